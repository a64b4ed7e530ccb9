"""Character n-grams beside the word n-grams, measured: python benchmarks/char_ngrams.py

The model reads stemmed word unigrams and bigrams. Character n-grams (scikit-learn's
``char_wb``: n-grams inside each word, padded with a space) are the usual other choice for
short texts, since they match inflections, compounds and misspellings that a stemmer
leaves apart ("Bundeswehr-Sondervermögen", "Ukraine's", "deterence"). This script measures
whether they earn their cost, with plain scikit-learn so that both sides are fitted the
same way: one logistic regression per label (liblinear, the model's C=30) on

- ``word``: the label heads' own features (``stance.text.make_analyzer`` with the default
  options; TF-IDF with sublinear tf, as training does);
- ``word + char a-b ×w``: the same, with ``char_wb`` n-grams of a to b characters seen in
  at least two statements appended, their block scaled by w before each row is normalised
  again (so w sets how much of a row's length the characters take);
- ``char 3-5``: the character n-grams alone.

and a shared favor/against head (balanced, the model's stance_C=30) on the same features,
trained on the corpus's statements that take a position. For each it prints top-1 in gold
and the off-topic label's F1 on the build's held-out split (paraphrase clusters on one
side), on the challenge set and the probes (model trained on the whole corpus), the stance
accuracy on their statements with a gold stance, the seed's top labels in gold, the
number of character features, and what their weights would add to the saved model. The
last lines give the paired difference in top-1 of each variant against ``word`` over the
challenge and probe statements with a 95% bootstrap interval (1,000 resamples, seeded).

The figures the README quotes come from this script (2026-12-02, 23,803 corpus statements);
it took 25 minutes on two cores that other work kept busy (load 6 to 10), so its fit
seconds are comparable within a run only.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "datasets"))

import pandas as pd  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import normalize  # noqa: E402

import stance  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.text import make_analyzer  # noqa: E402

import build  # noqa: E402
import validate  # noqa: E402

LABELS = ("deterrence", "eastern_flank", "none", "ukraine_support", "unity")
# (smallest, largest characters, weight of the character block); None is words only.
VARIANTS = {
    "word": None,
    "word + char 3-5 ×0.5": (3, 5, 0.5),
    "word + char 3-5 ×1": (3, 5, 1.0),
    "word + char 2-5 ×1": (2, 5, 1.0),
    "char 3-5": (3, 5, None),
}
RESAMPLES = 1000
DEFAULTS = stance.StanceModel().get_params()
# A saved model keeps each weight as float32: one per label head and one per stance block
# (shared plus one per primary label), and an idf and a vocabulary entry per feature.
BYTES_PER_FEATURE = 4 * (len(LABELS) + 1 + len(LABELS)) + 4 + 8


class Features:
    """The variant's vectorisers, fitted on the training texts."""

    def __init__(self, variant: tuple[int, int, float | None] | None, texts: list[str]) -> None:
        self.variant = variant
        self.word = None if variant and variant[2] is None else TfidfVectorizer(
            analyzer=make_analyzer(ngram_max=DEFAULTS["ngram_max"], stem=DEFAULTS["stem"],
                                   apostrophes=DEFAULTS["apostrophes"]),
            lowercase=False, sublinear_tf=True).fit(texts)
        self.char = None if variant is None else TfidfVectorizer(
            analyzer="char_wb", ngram_range=variant[:2], min_df=2, sublinear_tf=True).fit(texts)

    @property
    def n_char(self) -> int:
        return 0 if self.char is None else len(self.char.vocabulary_)

    def __call__(self, texts: list[str]):
        if self.char is None:
            return self.word.transform(texts)
        if self.word is None:
            return self.char.transform(texts)
        both = sp.hstack([self.word.transform(texts), self.char.transform(texts) * self.variant[2]])
        return normalize(both.tocsr())


def fit_predict(variant, train: pd.DataFrame, tests: dict[str, pd.DataFrame]) -> tuple[dict, int, float]:
    """Each test frame's (top labels, stances) from heads trained on ``train``; the
    number of character features; the seconds the fit took."""
    started = time.perf_counter()
    features = Features(variant, train.text.tolist())
    x = features(train.text.tolist())
    gold = [parse_label_set(value) for value in train.labels]
    y = np.array([[label in row for label in LABELS] for row in gold], dtype=int)
    heads = [LogisticRegression(C=DEFAULTS["C"], solver="liblinear", max_iter=1000, random_state=0)
             .fit(x, y[:, j]) for j in range(len(LABELS))]
    taking = (train.stance != "").to_numpy()
    stance_head = LogisticRegression(C=DEFAULTS["stance_C"], solver="liblinear", max_iter=1000,
                                     class_weight="balanced", random_state=0).fit(x[taking], train.stance[taking])
    seconds = time.perf_counter() - started
    answers = {}
    for name, frame in tests.items():
        z = features(frame.text.tolist())
        probabilities = np.column_stack([head.predict_proba(z)[:, 1] for head in heads])
        answers[name] = ([LABELS[j] for j in probabilities.argmax(axis=1)], stance_head.predict(z))
    return answers, features.n_char, seconds


def scores(frame: pd.DataFrame, answer: tuple[list[str], np.ndarray]) -> dict:
    """Top-1 in gold, the off-topic label's F1 (primary against gold), stance accuracy."""
    top, stances = answer
    gold = [parse_label_set(value) for value in frame.labels]
    right = np.array([label in row for label, row in zip(top, gold)])
    said_none, is_none = np.array([label == "none" for label in top]), np.array([row == ("none",) for row in gold])
    both = (said_none & is_none).sum()
    none_f1 = 2 * both / max(said_none.sum() + is_none.sum(), 1)
    taking = (frame.stance != "").to_numpy()
    return {"top1": right.mean(), "none_f1": none_f1,
            "stance": (stances[taking] == frame.stance.to_numpy()[taking]).mean(), "right": right}


def main() -> int:
    # Every frame with "" for no stance, as the seed and probe files read.
    corpus = validate.load_corpus().fillna({"stance": ""})
    seeds = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)
    challenge = validate.load_corpus(build.HERE / "challenge").fillna({"stance": ""})
    probes = pd.concat(build.load_probes().values(), ignore_index=True)
    probes = probes[probes.labels != ""].reset_index(drop=True)
    train_rows, test_rows, _ = build.held_out_split(corpus)
    held_out = corpus.iloc[test_rows].reset_index(drop=True)
    outside = {"challenge": challenge, "probes": probes, "seed": seeds}
    print("| variant | held out top-1 / none F1 / stance | challenge top-1 / none F1 / stance "
          "| probes top-1 / none F1 / stance | seed | char features | MB added | fit s |")
    print("|---|---|---|---|---|---:|---:|---:|")
    right = {}
    for name, variant in VARIANTS.items():
        split_answers, _, _ = fit_predict(variant, corpus.iloc[train_rows], {"held out": held_out})
        answers, n_char, seconds = fit_predict(variant, corpus, outside)
        cells = []
        for frame, answer in ((held_out, split_answers["held out"]), (challenge, answers["challenge"]),
                              (probes, answers["probes"])):
            s = scores(frame, answer)
            cells.append(f"{s['top1']:.3f} / {s['none_f1']:.3f} / {s['stance']:.3f}")
        seed = scores(seeds, answers["seed"])["right"]
        right[name] = np.concatenate([scores(challenge, answers["challenge"])["right"],
                                      scores(probes, answers["probes"])["right"]])
        print(f"| {name} | " + " | ".join(cells) + f" | {seed.sum()}/{len(seed)} | {n_char:,} | "
              f"{n_char * BYTES_PER_FEATURE / 1e6:.1f} | {seconds:.0f} |", flush=True)
    rng = np.random.default_rng(0)
    base = right["word"]
    draws = rng.integers(0, len(base), size=(RESAMPLES, len(base)))
    print(f"\nTop-1 against `word` on the {len(base):,} challenge and probe statements "
          f"(paired, 95% bootstrap interval):")
    for name in list(VARIANTS)[1:]:
        difference = right[name].astype(float) - base
        low, high = np.percentile(difference[draws].mean(axis=1), [2.5, 97.5])
        print(f"  {name}: {difference.mean():+.4f} [{low:+.4f}, {high:+.4f}]; "
              f"gained {(right[name] & ~base).sum()}, lost {(base & ~right[name]).sum()}")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes minutes
    raise SystemExit(main())

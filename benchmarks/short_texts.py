"""What damping the features of short texts would do: a floor under the length of each text's vector.

    python benchmarks/short_texts.py            # about two minutes: four trainings

A text of one or two words ("Deterrence", "No.") puts all of its unit-length TF-IDF vector on
those words, six times what one word of a sentence gets, so its answer is as sure as a
sentence's (`deterrence` 1.00 for the heading "Deterrence", which the annotation guide calls
a mention, `none`). Dividing each vector by max(its length, FLOOR) instead of its length leaves
every text longer than FLOOR as it is and pulls a short one towards the intercepts, which
favour `none`.

A model is trained on datasets/corpus alone without a floor (length_floor=None, the default
before 0.5.0), and its target head is applied with each floor,
at prediction only (the model is not trained with it). FLOOR is a percentile of the lengths
of the training texts' raw vectors, so that the floor comes from the corpus, not from the
sets it is judged on. Columns: top-1 in gold on the challenge set, the probes, the seed, the
challenge slice of bare mentions (challenge_mentions.csv) and the statements of four words or
fewer of the challenge set and the probes. The first row is that model as it is, checked equal
to its own predictions. Deterministic: the same corpus gives the same table.

A second table trains with the option that does this, ``length_floor`` (None, and the 2nd,
5th and 10th percentiles): the floor is then applied in training too, in the threshold and
calibration folds (each fold its own floor) and in every prediction path. Beside the columns
of the first table it gives the probes' stance F_avg and the challenge set's
confidence_error (how far the calibrated confidence is from the share of answers right).
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

PERCENTILES = (1, 2, 5, 10, 20)
TRAINED = (None, 2, 5, 10)  # length_floor of the second table
EXAMPLES = ("Deterrence", "The eastern flank", "No.", "NATO out!", "Scrap Trident.", "Arm Ukraine now!")


def raw_vectors(model: stance.StanceModel, texts: list[str]):
    """The texts' sublinear TF times idf over the columns the target head reads, not normalised."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from stance.text import make_analyzer

    params = model.params_
    vectorizer = TfidfVectorizer(analyzer=make_analyzer(**params.analyzer_options), lowercase=False,
                                 vocabulary=params.vocabulary_index, sublinear_tf=True, norm=None).fit(["x"])
    vectorizer.idf_ = params.idf
    x = vectorizer.transform(texts)
    return x if params.label_columns is None else x[:, np.flatnonzero(params.label_columns)]


def primary_labels(model: stance.StanceModel, x, floor: float) -> list[str]:
    """The most probable label of each row of ``x`` divided by max(its length, ``floor``)."""
    from scipy import sparse

    params = model.params_
    lengths = np.sqrt(np.asarray(x.multiply(x).sum(axis=1))).ravel()
    scale = np.divide(1.0, np.maximum(lengths, floor), out=np.zeros_like(lengths), where=lengths > 0)
    coef = params.target_coef if params.label_columns is None else params.target_coef[params.label_columns]
    logits = sparse.diags(scale) @ x @ coef + params.target_intercept
    return [params.labels[j] for j in np.asarray(logits).argmax(axis=1)]


def main() -> int:
    corpus = read_table(ROOT / "datasets" / "corpus")
    challenge, probes = read_table(ROOT / "datasets" / "challenge"), read_table(ROOT / "datasets" / "probes")
    both = [*zip(challenge.text, challenge.labels), *zip(probes.text, probes.labels)]
    sets = {"challenge": list(zip(challenge.text, challenge.labels)), "probes": list(zip(probes.text, probes.labels)),
            "seed": list(zip(*(lambda f: (f.text, f.labels))(read_table(ROOT / "seeds" / "seed_statements.csv")))),
            "mentions": list(zip(*(lambda f: (f.text, f.labels))(
                read_table(ROOT / "datasets" / "challenge" / "challenge_mentions.csv")))),
            "<= 4 words": [(text, labels) for text, labels in both if len(text.split()) <= 4]}
    model = stance.train(corpus, stance_column="stance", length_floor=None)
    lengths = np.sqrt(np.asarray(raw_vectors(model, corpus.text.tolist()).power(2).sum(axis=1))).ravel()
    floors = {"none": 0.0, **{f"percentile {p:g}": float(np.percentile(lengths, p)) for p in PERCENTILES}}
    vectors = {name: raw_vectors(model, [text for text, _ in rows]) for name, rows in sets.items()}
    examples = raw_vectors(model, list(EXAMPLES))
    as_it_is = primary_labels(model, vectors["challenge"], 0.0)
    assert as_it_is == [model.labels[j] for j in model.predict_proba(challenge.text.tolist()).argmax(axis=1)]
    print(f"training texts' vector lengths: median {np.median(lengths):.1f}; "
          f"examples: {', '.join(f'{t!r} {n:.1f}' for t, n in zip(EXAMPLES, np.sqrt(examples.power(2).sum(1)).A1))}")
    print(f"{'floor':22} " + " ".join(f"{name:>10}" for name in sets) + "   " + " | ".join(EXAMPLES))
    for name, floor in floors.items():
        cells = []
        for set_name, rows in sets.items():
            hits = sum(label in parse_label_set(gold)
                       for label, (_, gold) in zip(primary_labels(model, vectors[set_name], floor), rows))
            cells.append(f"{hits}/{len(rows)}" if set_name == "seed" else f"{hits / len(rows):.4f}")
        said = " | ".join(primary_labels(model, examples, floor))
        print(f"{name + f' ({floor:.1f})':22} " + " ".join(f"{cell:>10}" for cell in cells) + "   " + said)
    print()
    print("trained with length_floor (in training and prediction):")
    print(f"{'length_floor':22} " + " ".join(f"{name:>10}" for name in sets)
          + f" {'stance F':>9} {'conf err':>9}   " + " | ".join(EXAMPLES))
    for percentile in TRAINED:
        trained = model if percentile is None else stance.train(corpus, stance_column="stance",
                                                                length_floor=percentile)
        cells = []
        for set_name, rows in sets.items():
            said = [p.label for p in trained.classify_many([text for text, _ in rows])]
            hits = sum(label in parse_label_set(gold) for label, (_, gold) in zip(said, rows))
            cells.append(f"{hits}/{len(rows)}" if set_name == "seed" else f"{hits / len(rows):.4f}")
        stance_f = stance.evaluate(trained, probes).metrics["stance_f_avg"]
        confidence_error = stance.evaluate(trained, challenge).metrics["confidence_error"]
        floor = trained.params_.length_floor
        name = "None" if percentile is None else f"{percentile:g} ({floor:.1f})"
        name += " default" if percentile == stance.StanceModel().length_floor else ""
        said = " | ".join(p.label for p in trained.classify_many(list(EXAMPLES)))
        print(f"{name:22} " + " ".join(f"{cell:>10}" for cell in cells)
              + f" {stance_f:>9.4f} {confidence_error:>9.4f}   " + said)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes a minute
    raise SystemExit(main())

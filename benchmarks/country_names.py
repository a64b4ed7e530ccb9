"""A country's name, measured: python benchmarks/country_names.py [MODEL_OR_CORPUS …]

Who acts is not what they do: "Hungary announced a new package of military aid for Ukraine." is
`favor` whoever the country is. The corpus quotes some governments mostly as critics and others
mostly as supporters, so a model trained on it can read the name as a stance. This script puts
each of the 32 allies' names into sixteen sentences (eight of support, eight of opposition, two of
each on every target, written for this script before the thirty-second corpus wave and shown to
none of its writers) and, for each model, prints: stance accuracy over the 512 statements (on
those whose primary label is the sentence's target), how many of the sixteen sentences read the
same stance whatever the name, how many allies' names get every sentence's stance right, and the
allies whose names turn the most sentences the wrong way, with each ally's mean P(against) less
the mean over all allies (the name's own pull; a name that carried no stance would be 0).

Each argument is a saved model's directory, or a folder of labelled tables (a corpus), on which a
model is trained with the default options, or with the flags `stance train` takes for them
(--text-column, --labels-column, --stance-column, --none-label, --option NAME=VALUE; see
benchmarks/training_flags.py), which its refusal of a corpus names; with none, the bundled model
and a model of ``datasets/corpus`` alone. Deterministic; about a minute a model trained, seconds a
model loaded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import model_of  # benchmarks/attribution.py: a model from a directory or a corpus
from training_flags import script_arguments  # the training flags, as `stance train` takes them

ALLIES = ("Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "France",
          "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Montenegro",
          "the Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia",
          "Spain", "Sweden", "Turkey", "Britain", "the United States")

# (sentence, target, stance): {X} is the ally's name. Written before the thirty-second wave; its writers never saw them.
SENTENCES = (
    ("{X} said it would send more troops to the battlegroup in Lithuania.", "eastern_flank", "favor"),
    ("{X} has agreed to extend its fighter jets' air-policing mission over the Baltic states.", "eastern_flank",
     "favor"),
    ("{X} announced a new package of military aid for Ukraine.", "ukraine_support", "favor"),
    ("The government of {X} approved the delivery of air-defence systems to Kyiv.", "ukraine_support", "favor"),
    ("{X} will raise its defence budget to three percent of GDP next year.", "deterrence", "favor"),
    ("{X} backs a stronger nuclear deterrent in Europe, its defence minister said.", "deterrence", "favor"),
    ("{X} reaffirmed that an attack on one ally is an attack on all.", "unity", "favor"),
    ("{X} stands with every ally, whatever the threat.", "unity", "favor"),
    ("{X} said it would withdraw its troops from the battlegroup in Lithuania.", "eastern_flank", "against"),
    ("{X} opposes any permanent NATO bases on the eastern flank.", "eastern_flank", "against"),
    ("{X} blocked a new package of military aid for Ukraine.", "ukraine_support", "against"),
    ("The government of {X} refused to deliver air-defence systems to Kyiv.", "ukraine_support", "against"),
    ("{X} will cut its defence budget next year.", "deterrence", "against"),
    ("{X} wants no part in a new arms race with Russia, its prime minister said.", "deterrence", "against"),
    ("{X} says it will not be dragged into a war to defend other allies.", "unity", "against"),
    ("{X} will go its own way rather than follow the alliance's line.", "unity", "against"),
)


def named(sentence: str, ally: str) -> str:
    """``sentence`` with ``ally`` for {X}, "The Netherlands" when it opens the sentence."""
    text = sentence.replace("{X}", ally)
    return text[0].upper() + text[1:]


def main(argv: list[str] | None = None) -> int:
    flags = script_arguments(__doc__, argv)  # refused, or --help, before any work
    print(f"{len(SENTENCES)} sentences x {len(ALLIES)} allies = {len(SENTENCES) * len(ALLIES)} statements")
    for argument in flags.models or [None, str(Path(__file__).resolve().parent.parent / "datasets" / "corpus")]:
        shown, model = model_of(argument, flags)
        predictions = model.classify_many([named(s, ally) for s, _, _ in SENTENCES for ally in ALLIES])
        grid = [predictions[i * len(ALLIES):(i + 1) * len(ALLIES)] for i in range(len(SENTENCES))]
        on_target = [(p, wanted) for row, (_, target, wanted) in zip(grid, SENTENCES) for p in row if p.label == target]
        accuracy = sum(p.stance == wanted for p, wanted in on_target) / len(on_target)
        invariant = sum(len({p.stance for p in row}) == 1 for row in grid)
        wrong = {ally: sum(grid[i][j].stance != SENTENCES[i][2] for i in range(len(SENTENCES)))
                 for j, ally in enumerate(ALLIES)}
        pull = {ally: sum(grid[i][j].stance_scores.get("against", 0.0) for i in range(len(SENTENCES))) / len(SENTENCES)
                for j, ally in enumerate(ALLIES)}
        mean_pull = sum(pull.values()) / len(pull)
        spread = (sum((value - mean_pull) ** 2 for value in pull.values()) / len(pull)) ** 0.5
        print(f"{shown}:")
        print(f"  stance accuracy {accuracy:.4f} on {len(on_target)} statements read on target; "
              f"{invariant} of {len(SENTENCES)} sentences read one stance whatever the name; "
              f"{sum(count == 0 for count in wrong.values())} of {len(ALLIES)} names get all {len(SENTENCES)} right; "
              f"the names' pull towards against: sd {spread:.3f}")
        worst = sorted(ALLIES, key=lambda ally: (-wrong[ally], -abs(pull[ally] - mean_pull)))
        print("  " + "; ".join(f"{ally} {wrong[ally]} wrong, {pull[ally] - mean_pull:+.3f}" for ally in worst[:8]))
        print("  " + "; ".join(f"{ally} {pull[ally] - mean_pull:+.3f}"
                               for ally in sorted(ALLIES, key=lambda ally: pull[ally])[:4]) + " (pulled most to favor)")
        for (sentence, _, wanted), row in zip(SENTENCES, grid):
            off = [ally for ally, p in zip(ALLIES, row) if p.stance != wanted]
            print(f"    {wanted:7} {len(off):2d} wrong  {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

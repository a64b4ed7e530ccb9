"""Plain words of arming Ukraine, measured: python benchmarks/arming_plain.py [MODEL_OR_CORPUS …]

"We must send more weapons to Ukraine." comes out `against` (0.95) with the bundled model of
0.15.0: in the corpus the plain words of arming Ukraine stand mostly in critics' mouths (rows
holding "weapons to Ukraine" or "weapons to Kyiv" are 51 `against` and 9 `favor`, "more
weapons" 38 and 10), so the stance head reads "weapons", "more weapons" and "to Ukraine" as
opposition. The thirty sentences below (twenty of support, demands and deeds reported, and ten
of opposition, each carried by a word of less: stop, no more, against, refuse…) were written
for this script before the thirty-third corpus wave and shown to none of its writers (see the
datasheet). For each model it prints how many of each stance it gets right (the primary label
must be `ukraine_support` too) and the sentences it gets wrong, with the probability of the
stance it gave.

Each argument is a saved model's directory, or a folder of labelled tables (a corpus), on
which a model is trained with the default options, or with the flags `stance train` takes for
them (--text-column, --labels-column, --stance-column, --none-label, --option NAME=VALUE; see
benchmarks/training_flags.py), which its refusal of a corpus names; with none, the bundled
model and a model of ``datasets/corpus`` alone. Deterministic; about half a minute a model
trained.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import ROOT, model_of  # benchmarks/attribution.py: a model from a directory or a corpus
from training_flags import script_arguments  # the training flags, as `stance train` takes them

# (sentence, stance), every one on `ukraine_support`. Written before the thirty-third wave; its writers never saw them.
SENTENCES = (
    ("We must send more weapons to Ukraine.", "favor"),
    ("We have to give Ukraine more weapons.", "favor"),
    ("Arm Ukraine now.", "favor"),
    ("The West should send Ukraine more weapons and ammunition.", "favor"),
    ("I want my government to send more tanks to Ukraine.", "favor"),
    ("Ukraine needs more arms from us.", "favor"),
    ("We should be sending far more weapons to Kyiv.", "favor"),
    ("Deliver the weapons Ukraine asked for.", "favor"),
    ("More ammunition for Ukraine.", "favor"),
    ("Europe must send more missiles to Ukraine this winter.", "favor"),
    ("Our country should give Ukraine longer-range weapons.", "favor"),
    ("Send Ukraine the jets.", "favor"),
    ("The minister said Canada would send more weapons to Ukraine.", "favor"),
    ("Poland will send more artillery to Ukraine.", "favor"),
    ("We need to get more weapons to Ukraine faster.", "favor"),
    ("Weapons for Ukraine save lives.", "favor"),
    ("Let's send Ukraine everything it needs to win.", "favor"),
    ("The senator urged the White House to send more weapons to Ukraine.", "favor"),
    ("We must not stop sending weapons to Ukraine.", "favor"),
    ("Keep the weapons flowing to Ukraine.", "favor"),
    ("We must stop sending weapons to Ukraine.", "against"),
    ("Not one more weapon for Ukraine.", "against"),
    ("We should send no more weapons to Ukraine.", "against"),
    ("Sending weapons to Ukraine only prolongs the war.", "against"),
    ("I am against sending more tanks to Ukraine.", "against"),
    ("The party wants to end arms deliveries to Ukraine.", "against"),
    ("Our weapons belong at home.", "against"),
    ("Enough weapons for Ukraine; we need peace talks.", "against"),
    ("The government refused to send more missiles to Kyiv.", "against"),
    ("No more tanks for Ukraine.", "against"),
)


def main(argv: list[str] | None = None) -> int:
    flags = script_arguments(__doc__, argv)  # refused, or --help, before any work
    texts = [text for text, _ in SENTENCES]
    for argument in flags.models or [None, str(ROOT / "datasets" / "corpus")]:
        name, model = model_of(argument, flags)
        predictions = model.classify_many(texts)
        right = {"favor": 0, "against": 0}
        wrong = []
        for (text, gold), prediction in zip(SENTENCES, predictions):
            if prediction.label == "ukraine_support" and prediction.stance == gold:
                right[gold] += 1
            else:
                shown = (f"{prediction.stance} {prediction.stance_scores[prediction.stance]:.2f}" if prediction.stance
                         else prediction.label)
                wrong.append(f"    {gold:7} read {shown:13} {text}")
        favor, against = (sum(gold == stance for _, gold in SENTENCES) for stance in ("favor", "against"))
        print(f"{name}: favor {right['favor']} of {favor}, against {right['against']} of {against}")
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Names as the press spells them, measured: python benchmarks/names.py

The corpus writes the names of the eastern flank and of Ukraine with their diacritics and in
one transliteration ("Suwałki", "Rzeszów", "Šiauliai", "Kogălniceanu", "Kyiv", "Zelensky");
the press mostly writes them otherwise. This script rewrites the challenge set and the probes
twice, as wire copy does (every diacritic of a Latin letter dropped, "Zelensky" written
"Zelenskyy") and as older and critics' text does (diacritics dropped, and "Kiev", "Kharkov",
"Odessa", "Lugansk", "Donbass", "Zaporozhye", "Lvov", "Nikolaev" for the corpus's forms), and
scores them, and the originals, with two models trained on the corpus: with ``names=True``
(the default) and ``names=False``; first, how many of the texts the bundled model is trained on
(the corpus and the seed) the option reads otherwise. The rewrite is made here, by Unicode decomposition and a
list of its own, not by the option's code. For each set it prints top-1 in gold and stance
accuracy (on statements with a gold stance whose primary label the model got right) on the
originals, and on the statements each rewrite changed, before and after it. The README's
"Names as the press writes them" quotes it. Deterministic; about 35 seconds on two cores
(2026-12-05, other work running).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spelling import accuracy  # noqa: E402  (benchmarks/spelling.py: top-1 and stance accuracy)

import stance  # noqa: E402
from stance.tables import read_table  # noqa: E402

# Letters wire copy writes bare that Unicode does not decompose.
_BARE = str.maketrans("łŁøØđĐ", "lLoOdD")

WIRE = {"Zelensky": "Zelenskyy"}
OLDER = {"Kyiv": "Kiev", "Kharkiv": "Kharkov", "Odesa": "Odessa", "Luhansk": "Lugansk", "Donbas": "Donbass",
         "Zaporizhzhia": "Zaporozhye", "Lviv": "Lvov", "Mykolaiv": "Nikolaev"}


def without_diacritics(text: str) -> str:
    """``text`` with each Latin letter's diacritics dropped: "Suwałki" is "Suwalki"; a mark of
    another script's letter ("й") or of an emoji (a variation selector) is kept."""
    kept, base = [], ""
    for character in unicodedata.normalize("NFD", text.translate(_BARE)):
        if unicodedata.category(character) == "Mn":
            if unicodedata.name(base, "").startswith("LATIN"):
                continue
        else:
            base = character
        kept.append(character)
    return unicodedata.normalize("NFC", "".join(kept))


def respelt(text: str, names: dict[str, str]) -> str:
    """``text`` without diacritics and with each of ``names`` written the other way."""
    text = without_diacritics(text)
    for corpus_form, other_form in names.items():
        text = re.sub(rf"\b{corpus_form}\b", other_form, text)
    return text


def picked(rows: list[int], *columns: list) -> list[list]:
    """Each of ``columns`` at the positions ``rows`` only."""
    return [[column[i] for i in rows] for column in columns]


def main() -> int:
    corpus = read_table(ROOT / "datasets" / "corpus")
    models = {flag: stance.train(corpus, stance_column="stance", names=flag) for flag in (False, True)}
    # What the bundled model is trained on: the corpus and the seed; how many of them the option reads otherwise.
    trained_on = corpus.text.tolist() + read_table(ROOT / "seeds" / "seed_statements.csv").text.tolist()
    read = {flag: models[flag]._analyzer_for(models[flag].params_) for flag in models}
    otherwise = sum(read[False](text) != read[True](text) for text in trained_on)
    print(f"corpus and seed: {otherwise:,} of {len(trained_on):,} texts read otherwise with names=True")
    for name in ("challenge", "probes"):
        data = read_table(ROOT / "datasets" / name)
        data = data[data.text.notna()]
        texts, labels, stances = data.text.tolist(), data.labels.tolist(), data.stance.tolist()
        print(f"{name}: {len(data)} statements")
        for flag, model in models.items():
            original = accuracy(model, texts, labels, stances)
            print(f"  names={flag!s:5}  originals: top-1 {original[0]:.4f} stance {original[1]:.4f}")
        for style, table in (("wire copy", WIRE), ("older spellings", OLDER)):
            rewritten = [respelt(text, table) for text in texts]
            changed = [i for i, (old, new) in enumerate(zip(texts, rewritten)) if old != new]
            print(f"  {style}: {len(changed)} statements changed")
            for flag, model in models.items():
                before = accuracy(model, *picked(changed, texts, labels, stances))
                after = accuracy(model, *picked(changed, rewritten, labels, stances))
                whole = accuracy(model, rewritten, labels, stances)
                print(f"    names={flag!s:5}  changed, as written: top-1 {before[0]:.4f} stance {before[1]:.4f}; "
                      f"respelt: top-1 {after[0]:.4f} stance {after[1]:.4f} | whole set respelt: top-1 "
                      f"{whole[0]:.4f} stance {whole[1]:.4f}")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which trains two models first
    raise SystemExit(main())

"""How the document splitter's time grows with a document's pages: CPU seconds per size.

    python benchmarks/long_documents.py            # about half a minute

A PDF's text of N pages, each a sentence cut at the page's foot below a footnote marked "¹",
the footnote, the page's number and a running header above the sentence's end, the way a long
report or a Hansard volume reads once copied out. Sentences are drawn from a fixed vocabulary
with a seeded generator, so every run splits the same text. The splitter should take time in
proportion to the pages: the last column, seconds per 1,000 pages, stays level when it does
(each footnote's marker was once looked for among every marker of the text, which took
5.7 s for 4,000 pages against 0.8 s for 1,000).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stance.sentences import split_statements

WORDS = ["allies", "agreed", "plans", "forces", "brigade", "spending", "readiness", "ministers", "summit",
         "eastern", "flank", "support", "deterrence", "border", "drones", "training", "exercise"]


def footnoted_pages(pages: int, seed: int = 1) -> str:
    """``pages`` pages of a PDF's text, each cutting a sentence below a footnote."""
    rng = random.Random(seed)

    def words() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(6))

    lines = []
    for page in range(1, pages + 1):
        lines += [f"The {words()} today.¹ The {words()} and", f"¹ See the {words()}.", str(page),
                  "NATO Review", f"{words()} in {words()}."]
    return "\n".join(lines)


def main() -> None:
    print(f"{'pages':>6} {'statements':>10} {'seconds':>8} {'s per 1,000 pages':>18}")
    for pages in (500, 1000, 2000, 4000):
        text = footnoted_pages(pages)
        started = time.process_time()
        statements = split_statements(text)
        seconds = time.process_time() - started
        print(f"{pages:>6} {len(statements):>10} {seconds:>8.2f} {seconds / pages * 1000:>18.2f}")


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes half a minute
    main()

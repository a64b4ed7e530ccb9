"""Reading a dotted handle as one word, measured: python benchmarks/handles.py

Trains two models on the corpus alone, with ``handles=False`` (as every model before the
option read "@ukraine.bsky.social": the words "ukraine", "bsky" and "social") and
``handles=True`` (the default since format 12: one word, ``ukraine.bsky.social``). For the
challenge set and the probes it prints top-1 in gold and stance F_avg, and for the same on
:data:`POSTS`, social posts of our own that open or close with a dotted handle (Bluesky, a
custom domain, Mastodon) whose parts are words the model knows; then how many seed statements
get a label of their gold set, and each model's ukraine_support for the newsroom audit's post
with and without its handle. The README's "Dotted handles" quotes it. Deterministic; about a
minute on two cores.
"""

from __future__ import annotations

import pandas as pd
from option_effect import figures, held_out, seed_hits  # before stance: it puts this checkout first on sys.path

import stance

# (text, gold labels, gold stance): half mention the handle around small talk (none), half
# around a statement with a stance, which the handle's parts should not sway.
POSTS = [
    ("@ukraine.bsky.social Great interview this morning.", "none", ""),
    ("Thanks for having me on the panel today @nato.int.", "none", ""),
    ("@kyiv-independent.bsky.social what time does the stream start?", "none", ""),
    ("Lovely weather in Brussels today. Photos by @eastern-flank.bsky.social", "none", ""),
    ("@deterrence.bsky.social Happy birthday, have a great one!", "none", ""),
    ("@rutte@mastodon.social See you at the press conference tomorrow.", "none", ""),
    ("Follow @unity-summit.bsky.social for the schedule.", "none", ""),
    ("@ukraine-aid.org Where can I find the slides from yesterday?", "none", ""),
    ("New podcast episode is out now, with @baltic-defence.bsky.social", "none", ""),
    ("@nato.int Congratulations on the new website!", "none", ""),
    ("@ukraine.bsky.social We must keep sending air defence to Ukraine until the war is won.",
     "ukraine_support", "favor"),
    ("Europe should stop funding Kyiv's war, enough is enough. @nato.int", "ukraine_support", "against"),
    ("@nato.int More troops on the eastern flank now: the Baltic states must be defended.", "eastern_flank", "favor"),
    ("Permanent bases in Poland and Lithuania only provoke Moscow. @defence.bsky.social", "eastern_flank", "against"),
    ("@deterrence.bsky.social Nuclear deterrence keeps the peace in Europe; we need it more than ever.",
     "deterrence", "favor"),
    ("Nuclear weapons make no one safer, scrap them. @peace.bsky.social", "deterrence", "against"),
    ("@unity.bsky.social The alliance must speak with one voice; allies stand together.", "unity", "favor"),
    ("The alliance is divided and should stop pretending otherwise. @rutte@mastodon.social", "unity", "against"),
    ("@ukraine.bsky.social Ukraine deserves every shell and every jet we can send.", "ukraine_support", "favor"),
    ("Send Patriots to Ukraine now. @zelensky.bsky.social", "ukraine_support", "favor"),
]
AUDIT = "@ukraine.bsky.social Great interview this morning."


def main() -> int:
    corpus, sets, seeds = held_out()
    sets["posts with dotted handles"] = pd.DataFrame(POSTS, columns=["text", "labels", "stance"])
    for flag in (False, True):
        model = stance.train(corpus, stance_column="stance", handles=flag)
        print(f"handles={flag}")
        for name, frame in sets.items():
            frame = frame[frame.text.notna()]
            print(f"  {name} ({len(frame)}): {figures(model, frame)}")
        hits = seed_hits(model, seeds)
        at = model.labels.index("ukraine_support")
        with_handle, without = model.predict_proba([AUDIT, AUDIT.split(" ", 1)[1]])[:, at]
        print(f"  seed: {hits} of {len(seeds)}; {AUDIT!r}: ukraine_support {with_handle:.4f} "
              f"({without:.4f} without the handle)")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run
    raise SystemExit(main())

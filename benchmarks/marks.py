"""Reading a combining mark as part of its word, measured: python benchmarks/marks.py

Trains two models on the corpus alone, with ``marks=False`` (as every model before the option
read a word with a mark NFKC composes into no letter: parted at it, "Са\u0301нкції" as "са" and
"нкції") and ``marks=True`` (the default since format 13: a mark is part of its word, and the
stress marks, harakat and tatweel that only annotate pronunciation are dropped). For the
challenge set and the probes it prints top-1 in gold and stance F_avg, then how many seed
statements get a label of their gold set. The corpus is English, so the figures should not
move. Then it trains two models on :data:`UKRAINIAN`, 40 statements of our own, and prints
how many of :data:`STRESSED` (statements written with the stress marks of teaching texts and
dictionaries) get the answer their unstressed text gets, and the audit's statement's answer.
The README's "Combining marks" quotes it. Deterministic; about a minute on two cores.
"""

from __future__ import annotations

from option_effect import figures, held_out, seed_hits  # before stance: it puts this checkout first on sys.path

import stance

# (text, label, stance): sanctions on Russia, aid to Ukraine, and small talk.
UKRAINIAN = [
    ("Санкції треба посилити.", "sanctions", "favor"),
    ("Санкції проти Росії працюють, їх треба розширити.", "sanctions", "favor"),
    ("Нові санкції потрібні вже зараз.", "sanctions", "favor"),
    ("Європа має посилити санкції проти агресора.", "sanctions", "favor"),
    ("Санкції мають бути жорсткішими.", "sanctions", "favor"),
    ("Ми підтримуємо нові санкції.", "sanctions", "favor"),
    ("Санкції слід зняти, вони шкодять нам самим.", "sanctions", "against"),
    ("Санкції не працюють, їх треба скасувати.", "sanctions", "against"),
    ("Санкції б'ють по нашій економіці, досить.", "sanctions", "against"),
    ("Час відмовитися від санкцій.", "sanctions", "against"),
    ("Санкції лише шкодять бізнесу.", "sanctions", "against"),
    ("Ми проти нових санкцій.", "sanctions", "against"),
    ("Україні потрібна зброя, і її треба дати негайно.", "aid", "favor"),
    ("Треба надіслати більше допомоги Україні.", "aid", "favor"),
    ("Допомога Україні має зрости.", "aid", "favor"),
    ("Ми мусимо підтримати Україну зброєю.", "aid", "favor"),
    ("Допомогу Україні треба збільшити вдвічі.", "aid", "favor"),
    ("Більше ППО для України, і негайно.", "aid", "favor"),
    ("Допомогу Україні слід припинити.", "aid", "against"),
    ("Досить грошей для Києва.", "aid", "against"),
    ("Ми не повинні надсилати зброю Україні.", "aid", "against"),
    ("Допомога Україні затягує війну.", "aid", "against"),
    ("Жодної зброї для Києва.", "aid", "against"),
    ("Допомогу треба скоротити.", "aid", "against"),
    ("Доброго ранку, колеги.", "none", None),
    ("Дякую за увагу.", "none", None),
    ("Засідання оголошую відкритим.", "none", None),
    ("Перерва на обід о першій.", "none", None),
    ("Наступне питання порядку денного.", "none", None),
    ("Слово надається депутатові.", "none", None),
    ("Прошу тиші в залі.", "none", None),
    ("Голосування відбудеться завтра.", "none", None),
    ("Погода сьогодні гарна.", "none", None),
    ("Зустрінемося після перерви.", "none", None),
    ("Оголошую перерву.", "none", None),
    ("Прошу зайняти свої місця.", "none", None),
    ("Засідання закрито.", "none", None),
    ("Вітаю всіх присутніх.", "none", None),
    ("Реєстрація триває.", "none", None),
    ("Переходимо до обговорення.", "none", None),
]
# Statements as a teaching text or a dictionary writes them, a stress mark (U+0301) on a vowel
# of each word of more than one syllable; the answer should be that of the text without them.
STRESSED = [
    "Са\u0301нкції тре\u0301ба поси\u0301лити.",
    "Са\u0301нкції слід зня\u0301ти.",
    "Допомо\u0301гу Украї\u0301ні тре\u0301ба збі\u0301льшити.",
    "Ми про\u0301ти нови\u0301х са\u0301нкцій.",
    "Жо\u0301дної збро\u0301ї для Ки\u0301єва.",
    "Дя\u0301кую за ува\u0301гу.",
    "Ми підтри\u0301муємо нові\u0301 са\u0301нкції.",
    "Допомо\u0301га Украї\u0301ні затя\u0301гує війну\u0301.",
]
AUDIT = STRESSED[0]


def answer(model: stance.StanceModel, text: str) -> tuple[str, str | None]:
    """The label and stance ``model`` gives ``text``."""
    prediction = model.classify(text)
    return prediction.label, prediction.stance


def main() -> int:
    corpus, sets, seeds = held_out()
    texts, labels, stances = (list(column) for column in zip(*UKRAINIAN))
    plain = [text.replace("\u0301", "") for text in STRESSED]
    for flag in (False, True):
        model = stance.train(corpus, stance_column="stance", marks=flag)
        print(f"marks={flag}")
        for name, frame in sets.items():
            frame = frame[frame.text.notna()]
            print(f"  {name} ({len(frame)}): {figures(model, frame)}")
        print(f"  seed: {seed_hits(model, seeds)} of {len(seeds)}")
        ukrainian = stance.StanceModel(stem="russian", marks=flag, threshold_folds=0).fit(texts, labels,
                                                                                          stance=stances)
        same = sum(answer(ukrainian, s) == answer(ukrainian, p) for s, p in zip(STRESSED, plain))
        p = ukrainian.classify(AUDIT)
        print(f"  Ukrainian ({len(UKRAINIAN)} statements): {same} of {len(STRESSED)} stressed statements answered "
              f"as without their stress marks; {AUDIT!r}: {p.label} {p.stance} ({p.confidence:.2f}), "
              f"without the marks {answer(ukrainian, plain[0])}")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run
    raise SystemExit(main())

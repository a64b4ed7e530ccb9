"""Synthetic statements for speed and memory benchmarks (never for training a real model).

Texts are random walks over the corpus's own word sequence: each next word is what
followed the current word somewhere in the corpus, and now and then the walk jumps back
into a *template* statement whose labels and stance the synthetic row copies. So the
words, their bigrams and the label/word association look like the corpus (a learnable
signal and a realistic vocabulary size), while the texts themselves are nonsense. Purely
random word sequences would instead make nearly every bigram unique and measure a
vocabulary no real corpus has.

>>> import pandas as pd
>>> corpus = pd.DataFrame({"text": ["we stand together", "we stand with kyiv"],
...                        "labels": ["unity", "ukraine_support"], "stance": ["favor", "favor"]})
>>> frame = synthetic_statements(corpus, 5, seed=0)
>>> len(frame), list(frame.columns)
(5, ['text', 'labels', 'stance'])
>>> frame.equals(synthetic_statements(corpus, 5, seed=0))
True
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# Chance, per word, of jumping back into the template statement instead of following the chain.
JUMP = 0.3


def synthetic_statements(corpus: pd.DataFrame, n: int, *, seed: int = 0) -> pd.DataFrame:
    """``n`` synthetic rows with ``text``, ``labels`` and ``stance`` columns, deterministic in ``seed``.

    Parameters
    ----------
    corpus : a frame with ``text``, ``labels`` and ``stance`` columns (the bundled corpus).
    n : number of rows to make.
    seed : random seed; the same corpus and seed give the same rows.
    """
    words, starts, lengths = _flatten(corpus["text"].tolist())
    rng = np.random.default_rng(seed)
    templates = rng.integers(0, len(lengths), size=n)
    sizes = np.maximum(lengths[templates], 3)
    # Positions of every occurrence of every word, grouped by word: a random occurrence of
    # word w is by_word[first[w] + u * count[w]].
    vocabulary, word_ids = np.unique(words, return_inverse=True)
    by_word = np.argsort(word_ids, kind="stable")
    count = np.bincount(word_ids, minlength=len(vocabulary))
    first = np.concatenate([[0], np.cumsum(count)[:-1]])
    ends = starts + lengths  # one past the last word of each statement
    text_end = np.repeat(ends, lengths)

    position = starts[templates] + (rng.random(n) * lengths[templates]).astype(np.int64)
    walk = np.empty((n, int(sizes.max())), dtype=np.int64)
    for step in range(walk.shape[1]):
        walk[:, step] = position
        follow = position + 1
        jump = (rng.random(n) < JUMP) | (follow >= text_end[position])
        # Follow the chain: go to a random occurrence of the word that comes next.
        nxt = np.where(follow < len(words), follow, position)
        same = word_ids[nxt]
        chained = by_word[first[same] + (rng.random(n) * count[same]).astype(np.int64)]
        back = starts[templates] + (rng.random(n) * lengths[templates]).astype(np.int64)
        position = np.where(jump, back, chained)
    chosen = words[walk[np.arange(walk.shape[1]) < sizes[:, None]]].tolist()
    bounds = np.concatenate([[0], np.cumsum(sizes)]).tolist()
    texts = [" ".join(chosen[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    return pd.DataFrame({
        "text": texts,
        "labels": corpus["labels"].to_numpy()[templates],
        "stance": corpus["stance"].to_numpy()[templates],
    })


def _flatten(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All whitespace-separated words in order, with each statement's start and length."""
    split = [text.split() or ["."] for text in texts]
    lengths = np.array([len(words) for words in split], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    words = np.array([word for words in split for word in words], dtype=object)
    return words, starts, lengths

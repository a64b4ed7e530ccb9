"""Example data shipped inside the package, so that the quickstart notebook and a class's
exercises run from a pip install, in any working directory, with no checkout beside them.

Two sets are shipped (``datasets/DATASHEET.md`` says how each was made):

- ``"seed"``: the seed article, a news report of NATO Secretary General Mark Rutte's speech
  at Tapa Army Base, Estonia, 23 October 2024 (:func:`example_text`), and its 17 annotated
  statements (:func:`example_data`). The bundled model was trained on them, so scoring them
  measures a fit, not a test.
- ``"challenge"``: the challenge set, 5,300 statements written to be unlike the training
  corpus and never trained on (about 1 MB, 0.33 MB of the wheel).

The training corpus (4.5 MB) is not shipped: ``datasets/corpus`` of a checkout has it.

The files are not copies: ``pyproject.toml`` maps ``seeds/`` and ``datasets/challenge/`` of
the repository into the package (as it does the bundled model), so the wheel ships the very
files the repository holds, and a checkout reads them where they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import _forksafe as forksafe
from .csv_dialect import separator_given
from .exceptions import InvalidInputError, InvalidTypeError, quoted, quoted_list, refuse_several_values, type_name

if TYPE_CHECKING:
    import pandas as pd

# name -> (package folder under stance/_examples, repository folder, labelled file or folder, text file)
_EXAMPLES: dict[str, tuple[str, str, str, str | None]] = {
    "seed": ("", "seeds", "seed_statements.csv", "000_a2d3c2175fd4bd9d.txt"),
    "challenge": ("challenge", "datasets/challenge", ".", None),
}

_COLUMNS = ["text", "labels", "stance"]


def example_data(name: str) -> pd.DataFrame:
    """The labelled statements of the shipped example set ``name`` (``"seed"`` or
    ``"challenge"``), as :func:`stance.evaluate` reads them from a file: ``text``, ``labels``,
    ``stance`` and the set's other columns (the challenge set's rows are named
    ``"file.csv:row"``). What :func:`stance.evaluate`, :func:`stance.train` and
    :func:`stance.find_label_issues` take.

    >>> import stance
    >>> seed = stance.example_data("seed")
    >>> len(seed), seed.columns[:3].tolist()
    (17, ['text', 'labels', 'stance'])
    >>> seed.loc[0, "labels"], seed.loc[0, "stance"]
    ('unity', 'favor')
    """
    folder = _folder(name)  # an unknown name is refused before pandas is imported
    # Read as stance.evaluate reads a file, not checked as training data: the seed has one stance value only.
    # Read as the package writes it whatever --sep the command line gives for the user's files
    # (stance evaluate reads the seed to warn of the bundled model's training rows).
    with separator_given(None):
        return forksafe.imported(".tables").read_table(folder / _EXAMPLES[name][2], text_columns=_COLUMNS,
                                                       r_missing_in=_COLUMNS[:2])


def example_text(name: str) -> str:
    """The text of the shipped example document ``name``: ``"seed"``, the seed article
    (a news report of Mark Rutte's speech at Tapa, Estonia, 23 October 2024), whose
    statements :func:`example_data` gives annotated.

    >>> import stance
    >>> stance.example_text("seed")[:42]
    'NATO Secretary General Mark Rutte, speakin'
    """
    texts = [known for known, example in _EXAMPLES.items() if example[3] is not None]
    refuse_several_values("name", name, "a str")
    if name not in texts:
        raise _unknown(name, texts, "example text")
    return (_folder(name) / str(_EXAMPLES[name][3])).read_text(encoding="utf-8")


def _folder(name: str) -> Path:
    """Where the example set ``name`` is: inside the installed package, or in the
    repository of a source checkout (whose ``stance/`` has no ``_examples``)."""
    if not isinstance(name, str) or name not in _EXAMPLES:
        raise _unknown(name, list(_EXAMPLES))
    package, repository, labelled, _ = _EXAMPLES[name]
    forksafe.imported(".defaults").refuse_archived(f"the example set {name!r}", "")
    with forksafe.IMPORTING:  # importlib.resources imports its readers on first use
        from importlib.resources import files

        packaged = Path(str(files("stance") / "_examples" / package))
    if (packaged / labelled).exists():
        return packaged
    return Path(__file__).resolve().parent.parent / repository


def _unknown(name: object, known: list[str], kind: str = "example set") -> Exception:
    """The error of an example ``name`` that is none of ``known`` (a ``kind``)."""
    if not isinstance(name, str):
        return InvalidTypeError(f"name must be a str, got {type_name(name)}")
    message = f"name={quoted(name)}: no {kind} of that name; expected one of {quoted_list(sorted(known))}"
    if name in _EXAMPLES:  # a set of statements with no document behind it
        message += f" ({name!r} is statements only: stance.example_data({name!r}))"
    return InvalidInputError(message)

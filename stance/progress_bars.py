"""Progress bars: where one is shown unasked, and which kind is drawn.

``progress=None``, the default of :func:`stance.score`, :func:`stance.score_file`,
:meth:`stance.StanceModel.explain_many` and ``stance score``, shows a bar where someone
watches the run: on a terminal (stderr is one) and in a Jupyter notebook, whose stderr is no
terminal, so that a notebook scoring 200,000 rows showed nothing for minutes. Both get it by
the same rule (:func:`wanted`): for more than a batch of rows in memory (of rows explained,
``stance.explain.EXPLAIN_BAR_AFTER``), for any file.

A notebook gets tqdm's widget bar when ipywidgets is importable, and tqdm's plain text bar
otherwise. ``tqdm.auto``, used before, warned "TqdmWarning: IProgress not found. Please
update jupyter and ipywidgets" there, and then drew the plain bar anyway. The widget bar
shows its final state in the text that a saved notebook keeps beside the widget (what
``nbconvert``, GitHub and a notebook run headless by ``nbclient`` show): tqdm's gave the text
of the bar when it was shown, "scoring:   0%| … 0/9000" for a run that finished.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from . import _forksafe as forksafe


def wanted(progress: bool | None, rows: int | None = None, *, more_than: int = 0) -> bool:
    """Whether to show a bar: ``progress`` itself when True or False; for None (the
    default), on a terminal or in a notebook, for more than ``more_than`` rows (``rows``
    None: not known yet, as in a file read chunk by chunk, which is shown whatever its size).

    >>> wanted(True, 10), wanted(False, 10**6)
    (True, False)
    >>> wanted(None, 10, more_than=8192)  # too few to wait for, wherever it runs
    False
    """
    if progress is not None:
        return bool(progress)
    if rows is not None and rows <= more_than:
        return False
    return _on_terminal() or in_notebook()


# Rows from which stance.train, stance.find_label_issues (stance check) and stance.cross_validate
# show a bar unasked, as score does past a batch: fewer train in a few seconds (8,000 rows in
# about 3 s on one core), and a bar that flashes by is noise.
TRAINING_BAR_AFTER = 8_192


class _NoBar:
    """A stand-in for a bar not shown: counts nothing, draws nothing."""

    n = 0
    total = None

    def update(self, n: int = 1) -> None:
        pass


def wanted_for_training(progress: bool | None, rows: int) -> bool:
    """Whether to show a bar for a training (or a check, or a cross-validation) of ``rows``
    rows: as :func:`wanted`, past :data:`TRAINING_BAR_AFTER` rows.

    >>> wanted_for_training(None, 100), wanted_for_training(True, 100)
    (False, True)
    """
    return wanted(progress, rows, more_than=TRAINING_BAR_AFTER)


@contextmanager
def counted(progress: bool | None, rows: int, total: int | None, **options: Any) -> Iterator[Any]:
    """A bar of ``total`` steps, each ``update()`` a step done, when one is wanted for a
    training of ``rows`` rows (see :func:`wanted` and :data:`TRAINING_BAR_AFTER`); else a
    stand-in whose ``update()`` does nothing.

    >>> with counted(False, 10**6, 5, desc="folds") as steps:
    ...     steps.update()
    >>> steps.n
    0
    """
    if not wanted_for_training(progress, rows):
        yield _NoBar()
        return
    with bar(total, **options) as shown:
        yield shown


def bar(total: int | None = None, **options: Any) -> Any:
    """A tqdm bar of ``total`` steps (None: counted without an end) on stderr, with tqdm's
    ``options`` (``unit``, ``desc``…): the widget bar in a notebook that has ipywidgets, else
    the plain text bar (see the module's docstring)."""
    if in_notebook():
        notebook = forksafe.imported("tqdm.notebook")
        if notebook.IProgress is not None:  # ipywidgets, whose FloatProgress the widget bar is
            return _widget_bar()(total=total, **options)
    return forksafe.imported("tqdm.std").tqdm(total=total, file=sys.stderr, **options)


@functools.cache
def _widget_bar() -> type:
    """tqdm's widget bar, shown under a display id whose output its close updates to the
    bar's end: the output's text (``text/plain``, beside the widget's view) was the bar as
    first shown, 0%, and a saved notebook kept that (see the module's docstring)."""
    notebook = forksafe.imported("tqdm.notebook")

    class WidgetBar(notebook.tqdm):
        def __init__(self, *args: Any, **options: Any) -> None:
            super().__init__(*args, display=False, **options)
            self.shown = None
            if not self.disable and self.delay <= 0:  # as tqdm shows it, and a delayed bar is tqdm's
                self.shown = forksafe.imported("IPython.display").display(self.container, display_id=True)
                self.displayed = True

        def close(self) -> None:
            super().close()
            shown, self.shown = self.shown, None  # once: a bar closed twice (and again when collected)
            if shown is not None:
                shown.update(self.container)

    return WidgetBar


def in_notebook() -> bool:
    """Whether this process is a Jupyter kernel that a notebook (or JupyterLab, VS Code,
    Colab) shows: IPython's shell there has a kernel. Not Jupyter's Qt console or Spyder,
    which run one but show text alone, as tqdm tells them apart; nor a plain IPython."""
    ipython = sys.modules.get("IPython")  # never imported here: a kernel has imported it
    if ipython is None or "ipykernel" not in sys.modules:
        return False
    try:
        shell = ipython.get_ipython()
    except Exception:  # an IPython too old or half-imported: no notebook to draw in
        return False
    if shell is None or getattr(shell, "kernel", None) is None:
        return False
    return not any(name == "QT_API" or name.startswith("SPYDER") for name in os.environ)


def _on_terminal() -> bool:
    # A worker process (a Pool's, loky's, a Dask worker's) shares its parent's terminal: each
    # drew a bar of its own over the others' (two trainings under joblib, n_jobs=2). Its
    # multiprocessing is imported already; never imported here, it is no worker of one.
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is not None and multiprocessing.parent_process() is not None:
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # None (pythonw) or closed: no one sees a bar there
        return False

"""stance: which NATO policy positions does a political statement take?

>>> import stance
>>> stance.classify("Ukraine's security is our security.").label
'ukraine_support'

The public API is re-exported here; the work lives in the modules behind it. Nothing
heavy is imported until it is needed: pandas, scikit-learn and matplotlib load on first
use, and the bundled model on the first call that needs it.
"""

__version__ = "0.15.0"

from typing import TYPE_CHECKING

from . import (
    data,  # noqa: F401  (stance.data: checking labelled data before a fit)
    exceptions,  # noqa: F401  (stance.exceptions: the errors and warnings, and what they say)
    label_names,  # noqa: F401  (stance.label_names: label names that look alike or are miswritten)
    tables,  # noqa: F401  (stance.tables: reading a table from a file)
)
from .ally_names import ALLY_NAMES
from .api import classify, classify_many, load, read_labelled, train
from .cross_validation import cross_validate
from .defaults import default_model
from .document import DocumentScore, score_document, score_documents
from .evaluation import evaluate
from .examples import example_data, example_text
from .exceptions import (
    CountTypeError,
    InvalidInputError,
    InvalidTypeError,
    LabelTypeError,
    LongTextWarning,
    MissingDependencyError,
    ModelFormatError,
    ModelIntegrityError,
    MojibakeWarning,
    NotFittedError,
    OptionError,
    OptionTypeError,
    OtherLanguageWarning,
    RepeatedFileWarning,
    StanceError,
    StanceWarning,
    TextColumnWarning,
    WorkerDiedError,
)
from .files import score_file
from .labelling import find_label_issues, suggest
from .model import StanceModel
from .plotting import plot_profile, plot_trend
from .prediction import Prediction
from .profile import compare_profiles, profile
from .report import EvaluationReport, level_shown
from .scorers import scorer
from .scoring import score

if TYPE_CHECKING:
    # For type checkers, which take the name for a plain module and say "Module not callable" of
    # stance.explain(text): the module's class, which takes the call and has the module's names.
    from .explain import _ExplainModule

    explain: _ExplainModule
del TYPE_CHECKING  # the package's names are its public ones and its modules (test_contract)
__all__ = [
    "ALLY_NAMES",
    "CountTypeError",
    "DocumentScore",
    "EvaluationReport",
    "InvalidInputError",
    "InvalidTypeError",
    "LabelTypeError",
    "LongTextWarning",
    "MissingDependencyError",
    "ModelFormatError",
    "ModelIntegrityError",
    "MojibakeWarning",
    "NotFittedError",
    "OptionError",
    "OptionTypeError",
    "OtherLanguageWarning",
    "Prediction",
    "RepeatedFileWarning",
    "StanceError",
    "StanceModel",
    "StanceWarning",
    "TextColumnWarning",
    "WorkerDiedError",
    "__version__",
    "classify",
    "classify_many",
    "compare_profiles",
    "cross_validate",
    "default_model",
    "evaluate",
    "example_data",
    "example_text",
    "explain",
    "find_label_issues",
    "level_shown",
    "load",
    "plot_profile",
    "plot_trend",
    "profile",
    "read_labelled",
    "score",
    "score_document",
    "score_documents",
    "score_file",
    "scorer",
    "suggest",
    "train",
]


def __dir__() -> list[str]:
    """The package's names, with ``explain`` before its module is loaded (``__getattr__`` gives
    it then), so that tab completion offers ``stance.explain`` as it does ``stance.classify``."""
    return sorted(set(globals()) | {"explain"})


def __getattr__(name: str) -> object:
    """``stance.explain`` before its module is loaded: the module, which a call explains a
    statement with (``stance.explain(text)``, as ``stance.classify(text)``). Other names are
    missing as usual."""
    if name == "explain":
        from ._forksafe import imported

        # imported() holds the lock a fork waits for (see _forksafe); it imports the module by
        # import_module, not "from . import explain", which would look the name up here again
        return imported(".explain")
    raise AttributeError(f"module 'stance' has no attribute {name!r}")

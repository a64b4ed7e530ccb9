"""A description of a model for people: what ``stance info`` prints."""

from __future__ import annotations

import platform
from typing import Any


def model_info(model) -> dict[str, Any]:
    """Labels, options, versions, training data and metrics of a fitted model.

    ``versions`` are this process's; ``saved`` holds the versions a loaded model was
    saved with and when (None for a model trained in this process).
    """
    import numpy as np

    from . import __version__

    params = model._fitted()
    metrics = {k: v for k, v in (model.metrics_ or {}).items() if not isinstance(v, str)}
    return {
        "labels": list(params.labels),
        "none_label": params.none_label,
        "stance_classes": list(params.stance_classes),
        "n_features": len(params.vocabulary),
        "options": model.get_params(),
        "training_data": dict(model.training_ or {}),
        "metrics": metrics,
        "versions": {"stance": __version__, "numpy": np.__version__, "python": platform.python_version()},
        # What the model was saved with and when (a model trained in this process: None).
        "saved": getattr(model, "saved_", None),
    }

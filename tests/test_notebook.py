"""The quickstart notebook runs from top to bottom (so it never rots)."""

import shutil
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_quickstart_notebook_executes(tmp_path):
    # Run a copy beside the real one so relative paths (../seeds) resolve and the
    # committed notebook, with its outputs, is left untouched.
    copy = EXAMPLES / f".test-run-{tmp_path.name}.ipynb"
    shutil.copy(EXAMPLES / "quickstart.ipynb", copy)
    try:
        notebook = nbformat.read(copy, as_version=4)
        client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                         resources={"metadata": {"path": str(EXAMPLES)}})
        client.execute()
    finally:
        copy.unlink(missing_ok=True)
    outputs = [o for cell in notebook.cells for o in cell.get("outputs", [])]
    assert [o for o in outputs if o.get("output_type") == "error"] == []
    assert "Prediction(label=" in "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2

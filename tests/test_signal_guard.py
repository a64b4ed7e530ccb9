"""The tests of conftest's guard of SIGINT's and SIGTERM's handlers (``_interrupt_handlers_as_found``),
each a throwaway pytest run, in a process of its own, of a few tests beside a copy of conftest.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path


def _run_beside_the_guard(tmp_path: Path, tests: str) -> str:
    """pytest's report (-rA) of ``tests``, run in that order beside a copy of conftest.py."""
    shutil.copy(Path(__file__).with_name("conftest.py"), tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n")  # its own root: none of the suite's options
    (tmp_path / "test_throwaway.py").write_text(textwrap.dedent(tests))
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-rA", "-p", "no:cacheprovider", "-p", "no:xdist",
                           "test_throwaway.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    return done.stdout + done.stderr


def test_the_guard_puts_back_the_handler_a_test_left_changed(tmp_path):
    # The guard failed the test that left SIGTERM's handler changed, but left the handler in
    # place: the next test in its process found it and took it for its own starting point,
    # and a test of Ctrl-C among those after it failed far from the cause.
    report = _run_beside_the_guard(tmp_path, """
        import signal

        FOUND = []

        def test_leaves_sigterm_changed():
            FOUND.append(signal.getsignal(signal.SIGTERM))
            signal.signal(signal.SIGTERM, lambda *_: None)

        def test_finds_sigterm_as_the_test_before_it_found_it():
            assert signal.getsignal(signal.SIGTERM) == FOUND[0]
    """)
    assert "ERROR at teardown of test_leaves_sigterm_changed" in report, report
    assert "the test changed the handler of SIGTERM from" in report, report
    assert "PASSED test_throwaway.py::test_finds_sigterm_as_the_test_before_it_found_it" in report, report


def test_the_guard_lets_off_polars_import_for_sigint_only(tmp_path):
    # polars' import installs a handler of SIGINT only; a test that imported it first in its
    # process was let off SIGTERM's handler too, which polars never touches.
    report = _run_beside_the_guard(tmp_path, """
        import signal
        import sys
        import types

        def test_imports_polars_and_changes_both_handlers():
            sys.modules["polars"] = types.ModuleType("polars")  # as its import, first in this process
            signal.signal(signal.SIGINT, lambda *_: None)  # as a version installing it through Python would
            signal.signal(signal.SIGTERM, lambda *_: None)
    """)
    assert "ERROR at teardown of test_imports_polars_and_changes_both_handlers" in report, report
    assert "the test changed the handler of SIGTERM from" in report and "SIGINT from" not in report, report

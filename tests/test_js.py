"""Run the JavaScript tests (node's built-in runner) as part of the one test suite."""

from __future__ import annotations

import shutil
import subprocess

from .conftest import ROOT


def test_node_tests_pass():
    node = shutil.which("node")
    assert node, "node is needed for the widget's JavaScript tests"
    result = subprocess.run([node, "--test", "tests/js/"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout

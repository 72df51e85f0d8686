"""Every script in examples/ runs to completion."""

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.py"))


def test_there_are_examples():
    assert EXAMPLES


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(script):
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "Traceback" not in result.stderr


def test_no_example_copies_the_main_job():
    # The main job is Dataset.check(); an example that builds its own record
    # book and loops over the events is a copy that will drift.
    for script in EXAMPLES:
        text = script.read_text(encoding="utf-8")
        assert "RecordBook()" not in text, script.name

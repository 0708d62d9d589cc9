"""`python -m benchmarks --quick --only NAME` runs and prints one JSON object per line.

Shape only: timings on shared CI machines say nothing, so nothing here asserts on them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("figure", "names"),
    [
        ("search_p95_ms", {"search_p50_ms", "search_p95_ms"}),
        ("sync_rate_per_s", {"sync_rate_per_s"}),
    ],
)
def test_quick_figure_prints_json_lines(figure: str, names: set[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--only", figure],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines, "no output"
    results = [json.loads(line) for line in lines]
    for result in results:
        assert isinstance(result, dict)
        assert isinstance(result["name"], str)
        assert isinstance(result["value"], int | float)
        assert isinstance(result["unit"], str) and result["unit"]
    assert {r["name"] for r in results} == names
    if figure == "sync_rate_per_s":
        [rate] = results
        assert rate["unit"] == "notifications/s"
        assert {"baseline", "ratio", "target"} <= set(rate)

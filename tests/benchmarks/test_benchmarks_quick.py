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
        ("server_ingest_per_s", {"server_ingest_per_s", "server_p99_ms"}),
        ("outage_recovery_s", {"outage_recovery_s"}),
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
    if figure in ("server_ingest_per_s", "outage_recovery_s"):
        for result in results:
            # PostgreSQL (two instances) once the server has --database; SQLite until then, and
            # then only the PostgreSQL figures carry the single-process SQLite baseline.
            configuration = result["configuration"]
            assert configuration in ("postgresql-2-instances", "sqlite-1-process")
            if result["name"] != "outage_recovery_s":
                assert ("baseline" in result) == (configuration == "postgresql-2-instances")
            assert (
                0 < result["generator_cpu_share"] < 1 if "generator_cpu_share" in result else True
            )
            if result["name"] != "server_p99_ms":
                assert result["steal_shares"] and all(0 <= s < 1 for s in result["steal_shares"])
    if figure == "outage_recovery_s":
        [outage] = results
        # Everything queued was delivered once (the benchmark checks the server's own count and
        # fails otherwise); under the recovery burst the server answered 200 or 503, no other 5xx.
        assert outage["notifications"] == 120
        assert set(outage["statuses"]) <= {"200", "503", "429", "unreachable"}

"""How long the inbox takes to render with many notifications (median of repeated loads).

    .venv/bin/python scripts/workspace_render.py [--notifications 10000] [--repeat 30]

Starts a throw-away server on loopback, delivers N synthetic notifications with the real
signed client (batches of MAX_BATCH), signs an inspector in over HTTP and times GET /inbox
(first page of 100, ordered by deadline, marks computed) and one notification page. Prints one
JSON object per figure, like `python -m benchmarks`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sync.protocol import MAX_BATCH, make_wire_notification  # noqa: E402
from tests.support.devices import enroll_device  # noqa: E402
from tests.support.server_process import run_cli, running_server  # noqa: E402
from tests.support.workspace import WebUser, add_account, synthetic_payloads  # noqa: E402


def _median_ms(user: WebUser, path: str, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = user.get(path)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notifications", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp) / "server") as server:
        data = server.data_dir
        run_cli(data, "districts", "add", "akkol", "--name", "Аккольский район")
        run_cli(data, "units", "add", "--district", "akkol", "--kind", "police", "--name", "ИДН")
        add_account(data, "ivanov", "inspector", ["akkol"], "Иванов Иван Иванович")
        school = enroll_device(server, "Школа №1", district="akkol")
        items = [
            make_wire_notification(f"00000000-0000-4000-8000-{i:012d}", payload)
            for i, payload in enumerate(synthetic_payloads(args.notifications), start=1)
        ]
        for start in range(0, len(items), MAX_BATCH):
            school.client.deliver(items[start : start + MAX_BATCH])
        school.client.close()
        user = WebUser(server.base_url, "ivanov")
        user.sign_in()
        inbox = _median_ms(user, "/inbox", args.repeat)
        filtered = _median_ms(user, "/inbox?category=violence&state=new", args.repeat)
        page = _median_ms(user, f"/n/{items[len(items) // 2]['id']}", args.repeat)
        for name, value in (
            ("workspace_inbox_median_ms", inbox),
            ("workspace_inbox_filtered_median_ms", filtered),
            ("workspace_notification_median_ms", page),
        ):
            print(
                json.dumps(
                    {
                        "name": name,
                        "value": round(value, 1),
                        "unit": "ms",
                        "notifications": args.notifications,
                    }
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the web workspace (inbox, notification page) in Russian and Kazakh.

    .venv/bin/python scripts/workspace_screenshots.py [--out docs/screenshots]

Starts a throw-away server on loopback, enrolls a synthetic school, delivers synthetic
notifications with the real signed client, accepts one, and photographs the pages with
headless Chromium (Debian's chromium + chromium-driver) into workspace_{inbox,notification}_
{ru,kk}.png (and a phone-sized inbox).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from selenium.webdriver.common.by import By  # noqa: E402

from sync.protocol import make_wire_notification  # noqa: E402
from tests.support.browser import chromium, chromium_missing, sign_in  # noqa: E402
from tests.support.devices import enroll_device  # noqa: E402
from tests.support.server_process import run_cli, running_server  # noqa: E402
from tests.support.workspace import add_account, synthetic_payloads  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    missing = chromium_missing()
    if missing:
        print(f"workspace_screenshots: {missing}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp) / "server") as server:
        data = server.data_dir
        run_cli(data, "districts", "add", "akkol", "--name", "Аккольский район")
        run_cli(
            data,
            "units",
            "add",
            "--district",
            "akkol",
            "--kind",
            "police",
            "--name",
            "ИДН ОП Аккольского района",
        )
        run_cli(
            data,
            "units",
            "add",
            "--district",
            "akkol",
            "--kind",
            "guardianship",
            "--name",
            "Отдел опеки Аккольского района",
        )
        add_account(data, "ivanov", "inspector", ["akkol"], "Иванов Иван Иванович")
        schools = [
            enroll_device(server, name, district="akkol")
            for name in ("Школа №1 с. Акжар", "Гимназия №3 г. Акколь")
        ]
        items = [
            make_wire_notification(f"00000000-0000-4000-8000-{i:012d}", p)
            for i, p in enumerate(synthetic_payloads(12), start=1)
        ]
        for index, item in enumerate(items):
            item["payload"]["school"] = schools[index % 2].school
        # The photographed one in payload format 2 (rules kz-2026.2): a child who is not a
        # pupil of the school, learned of outside the school.
        items[1]["payload"].update(
            format=2,
            rules_version="kz-2026.2",
            participants_not_pupils=[
                {"role": "witness", "full_name": "Сейтказиев Данияр", "age": "14",
                 "note": "учится в другой школе"},
            ],
            learned_outside_school=False,
        )  # fmt: skip
        for index, school in enumerate(schools):
            batch = [i for n, i in enumerate(items) if n % 2 == index]
            # the payload changed above: rebuild the hash over the final payload
            school.client.deliver([make_wire_notification(i["id"], i["payload"]) for i in batch])
        first = items[1]["id"]
        run_cli(
            data,
            "ack",
            items[3]["id"],
            "--by",
            "Иванов Иван Иванович",
            "--reference",
            "КУИ № 2026-0412",
        )
        for language in ("ru", "kk"):
            driver = chromium(
                Path(tmp) / f"profile-{language}", width=1280, height=860, language=language
            )
            try:
                sign_in(driver, server.base_url, "ivanov")
                driver.get(server.base_url + "/inbox")
                driver.save_screenshot(str(args.out / f"workspace_inbox_{language}.png"))
                driver.get(f"{server.base_url}/n/{first}")
                driver.find_element(By.ID, "reference")
                driver.set_window_size(1280, 1300)
                driver.save_screenshot(str(args.out / f"workspace_notification_{language}.png"))
                if language == "ru":
                    driver.set_window_size(390, 844)
                    driver.get(server.base_url + "/inbox")
                    driver.save_screenshot(str(args.out / "workspace_inbox_phone_ru.png"))
                    driver.get(f"{server.base_url}/n/{first}")
                    driver.set_window_size(390, 1900)
                    driver.save_screenshot(str(args.out / "workspace_notification_phone_ru.png"))
            finally:
                driver.quit()
        for school in schools:
            school.client.close()
    print(f"screenshots written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

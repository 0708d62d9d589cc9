"""The whole pipe, end to end, as the people involved would run it (issue 8, "Done when").

The administrator sets up the real server with `qorgau-server` (init, districts, units, two
inspectors, an enrollment code for district A) and serves it on loopback. The school makes its
vault with the real `qorgau` CLI, enrolls with the code, records a mandatory incident through
the app's service layer and sends it with `qorgau sync --once`. The inspector of district A signs
in with headless Chromium (password, then TOTP), finds the notification in the inbox, opens it,
accepts it with a registration number. After the next `qorgau sync --once`,
`qorgau notifications list --json` and `qorgau certificate` name the officer, the unit, the
number and the time. The inspector of district B never sees it (inbox, direct link -> 403).

The clarification path goes the same way: a question asked in the browser reaches the school's
list; the school answers it with a correction; the workspace shows the correction linked to
the original.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from app.domain.cases import IncidentDraft, OtherParticipant, Participant
from app.domain.pupils import PupilDraft
from app.services.incidents import record_incident
from app.services.notifications import answer_clarification
from app.services.pupils import create_pupil
from app.synthetic import generate_pupils
from app.vault import open_vault
from tests.support.browser import chromium, chromium_missing, click_and_load, sign_in
from tests.support.server_process import (
    REPO_ROOT,
    ServerProcess,
    make_enroll_code,
    run_cli,
    running_server,
)
from tests.support.workspace import WebUser, add_account

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(chromium_missing() is not None, reason=str(chromium_missing())),
]

SCHOOL = "КГУ «Школа-гимназия №3 с. Акжар» (синтетическая)"
UNIT_A = "ИДН ОП Аккольского района"
OFFICER_A = "Иванов Иван Иванович"
REFERENCE = "КУИ № 2026-0417"
PASSPHRASE = "школьный пароль для проверки"
WAIT_S = 15


@dataclass
class Pipe:
    server: ServerProcess
    vault_dir: Path
    env: dict[str, str]
    pupil_id: int

    def qorgau(self, *args: str) -> subprocess.CompletedProcess[str]:
        """The school's command line, a real process on the real vault."""
        result = subprocess.run(
            [sys.executable, "-m", "cli.main", *args],
            cwd=REPO_ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"qorgau {' '.join(args)}: {result.stderr}"
        return result

    def sync(self) -> None:
        self.qorgau("sync", "--once")

    def listed(self, notification_id: str) -> dict[str, Any]:
        items = json.loads(self.qorgau("notifications", "list", "--json").stdout)
        [item] = [i for i in items if i["id"] == notification_id]
        return dict(item)

    def record(self, description: str) -> str:
        """A mandatory incident through the service layer: its notification id."""
        vault = open_vault(self.vault_dir, "psy", PASSPHRASE, sleep=lambda _s: None)
        try:
            recorded = record_incident(
                vault,
                IncidentDraft(
                    detected_at=datetime.now(UTC) - timedelta(minutes=10),
                    category="offence_by_minor",
                    description=description,
                    source="сообщил классный руководитель",
                    location="спортивная площадка школы",
                    measures="беседа с обучающимся",
                    participants=(Participant(self.pupil_id, "initiator"),),
                    others=(OtherParticipant("victim", "Жанибеков Ерлан", "15", "из колледжа"),),
                    learned_outside=True,
                ),
            )
        finally:
            vault.close()
        assert recorded.notification is not None
        return str(recorded.notification.id)


@pytest.fixture
def pipe(tmp_path: Path) -> Iterator[Pipe]:
    server_dir = tmp_path / "server"
    with running_server(server_dir) as server:  # `qorgau-server init`, then `serve`
        run_cli(server_dir, "districts", "add", "akkol", "--name", "Аккольский район")
        run_cli(server_dir, "districts", "add", "burabay", "--name", "Бурабайский район")
        for district, name in (("akkol", UNIT_A), ("burabay", "ИДН ОП Бурабайского района")):
            run_cli(
                server_dir, "units", "add", "--district", district, "--kind", "police",
                "--name", name,
            )  # fmt: skip
        add_account(server_dir, "ivanov", "inspector", ["akkol"], OFFICER_A)
        add_account(server_dir, "petrov", "inspector", ["burabay"], "Петров Пётр Петрович")
        code = make_enroll_code(server_dir, SCHOOL, district="akkol")

        password_file = tmp_path / "school.password"
        password_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        vault_dir = tmp_path / "vault"
        env = {
            **os.environ,
            "QORGAU_KDF_PROFILE": "fast",
            "PYTHONPATH": str(REPO_ROOT),
            "QORGAU_DATA_DIR": str(vault_dir),
            "QORGAU_USER": "psy",
            "QORGAU_PASSWORD_FILE": str(password_file),
        }
        env.pop("QORGAU_SERVER_DATA_DIR", None)
        pipe = Pipe(server, vault_dir, env, pupil_id=0)
        pipe.qorgau(
            "init", "--school", SCHOOL, "--full-name", "Сапарова Айгерим",
            "--role", "psychologist",
        )  # fmt: skip
        pipe.qorgau("enroll", server.base_url, code)
        [synthetic] = generate_pupils(1, seed=8)
        vault = open_vault(vault_dir, "psy", PASSPHRASE, sleep=lambda _s: None)
        try:
            pipe.pupil_id = create_pupil(
                vault,
                PupilDraft(
                    iin=synthetic.iin,
                    surname=synthetic.surname,
                    name=synthetic.name,
                    patronymic=synthetic.patronymic,
                    class_name=synthetic.class_name,
                ),
            ).id
        finally:
            vault.close()
        yield pipe


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    driver = chromium(tmp_path / "profile-ivanov")
    try:
        yield driver
    finally:
        driver.quit()


def open_from_inbox(browser: WebDriver, base_url: str, notification_id: str) -> None:
    """Like a person: the inbox, then the notification's link in it."""
    browser.get(base_url + "/inbox")
    link = WebDriverWait(browser, WAIT_S).until(
        expected_conditions.element_to_be_clickable(
            (By.CSS_SELECTOR, f'a[href="/n/{notification_id}"]')
        )
    )
    click_and_load(browser, link)
    WebDriverWait(browser, WAIT_S).until(expected_conditions.url_contains(f"/n/{notification_id}"))


def words(pdf: Path) -> str:
    """pypdf separates words with tabs or line breaks: compare word sequences."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def test_inspector_accepts_in_a_browser_and_the_school_holds_officer_and_number(
    pipe: Pipe, browser: WebDriver, tmp_path: Path
) -> None:
    nid = pipe.record("Синтетический случай: драка на спортивной площадке")
    assert pipe.listed(nid)["state"] == "queued"
    pipe.sync()
    assert pipe.listed(nid)["state"] == "delivered"

    sign_in(browser, pipe.server.base_url, "ivanov")
    open_from_inbox(browser, pipe.server.base_url, nid)
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Синтетический случай: драка на спортивной площадке" in page
    assert SCHOOL in page
    # everything the school sent, including what payload format 2 added
    assert "Жанибеков Ерлан" in page and "Стало известно вне организации образования" in page
    browser.find_element(By.ID, "reference").send_keys(REFERENCE)
    click_and_load(browser, browser.find_element(By.ID, "accept"))
    WebDriverWait(browser, WAIT_S).until(
        expected_conditions.text_to_be_present_in_element((By.ID, "state"), "принято")
    )
    assert REFERENCE in browser.find_element(By.ID, "history").text

    pipe.sync()
    item = pipe.listed(nid)
    assert item["state"] == "accepted"
    accepted = item["accepted"]
    assert accepted["kind"] == "accepted"
    assert accepted["officer"] == OFFICER_A
    assert accepted["unit"] == UNIT_A
    assert accepted["reference"] == REFERENCE
    accepted_at = datetime.fromisoformat(accepted["at"].replace("Z", "+00:00"))
    assert timedelta(0) <= datetime.now(UTC) - accepted_at < timedelta(hours=1)

    certificate = tmp_path / "certificate.pdf"
    pipe.qorgau("certificate", nid, "--output", str(certificate))
    text = words(certificate)
    assert " ".join(OFFICER_A.split()) in text
    assert " ".join(REFERENCE.split()) in text
    assert str(item["receipt"]["number"]) in text

    # The inspector of district B: not in the inbox, and the direct link is refused (403).
    other = chromium(tmp_path / "profile-petrov")
    try:
        sign_in(other, pipe.server.base_url, "petrov")
        assert nid not in other.page_source
        other.get(f"{pipe.server.base_url}/n/{nid}")
        assert "Этого уведомления нет в ваших входящих" in other.page_source
        assert "Синтетический случай" not in other.page_source
    finally:
        other.quit()
    petrov = WebUser(pipe.server.base_url, "petrov")
    try:
        petrov.sign_in()
        refused = petrov.get(f"/n/{nid}")
        assert refused.status_code == 403
        assert "Жанибеков" not in refused.text
    finally:
        petrov.close()


def test_a_question_in_the_browser_reaches_the_school_and_its_correction_comes_back_linked(
    pipe: Pipe, browser: WebDriver
) -> None:
    nid = pipe.record("Синтетический случай: вопрос о времени")
    pipe.sync()

    sign_in(browser, pipe.server.base_url, "ivanov")
    open_from_inbox(browser, pipe.server.base_url, nid)
    question = "Уточните, в какое время это произошло"
    browser.find_element(By.NAME, "question").send_keys(question)
    click_and_load(browser, browser.find_element(By.ID, "clarify"))
    WebDriverWait(browser, WAIT_S).until(
        expected_conditions.text_to_be_present_in_element((By.ID, "state"), "уточнение")
    )

    pipe.sync()
    item = pipe.listed(nid)
    assert item["clarification"] is not None
    assert item["clarification"]["note"] == question
    assert item["clarification"]["officer"] == OFFICER_A
    assert item["clarification"]["answer"] is None

    answer = "На большой перемене, в 10:15"
    vault = open_vault(pipe.vault_dir, "psy", PASSPHRASE, sleep=lambda _s: None)
    try:
        correction = answer_clarification(vault, nid, answer)
    finally:
        vault.close()
    fix = str(correction.id)
    pipe.sync()
    sent = pipe.listed(fix)
    assert sent["state"] == "delivered" and sent["corrects"] == nid
    assert pipe.listed(nid)["clarification"]["answer"] == fix  # the correction that answers it

    browser.get(f"{pipe.server.base_url}/n/{nid}")
    WebDriverWait(browser, WAIT_S).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, f'a[href="/n/{fix}"]'))
    )
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, f'a[href="/n/{fix}"]'))
    WebDriverWait(browser, WAIT_S).until(expected_conditions.url_contains(f"/n/{fix}"))
    shown = browser.find_element(By.TAG_NAME, "main").text
    assert answer in shown
    assert browser.find_elements(By.CSS_SELECTOR, f'a[href="/n/{nid}"]')

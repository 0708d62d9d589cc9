"""A real browser (headless Chromium from Debian, Selenium) at the workspace of the real server:
an inspector signs in with TOTP, finds the notification a real client delivered, accepts it
with a registration number, and the school's signed acknowledgement pull shows who and which
number. An inspector of another district never sees it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from tests.support.browser import chromium, chromium_missing, click_and_load, sign_in
from tests.support.devices import enroll_device, notification, signed_acknowledgements
from tests.support.server_process import ServerProcess, run_cli, running_server
from tests.support.workspace import add_account

pytestmark = [
    pytest.mark.skipif(chromium_missing() is not None, reason=str(chromium_missing())),
    pytest.mark.one_backend,  # the browser UI; its storage paths run in test_workspace on both
]

UNIT = "ИДН ОП Аккольского района"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    data_dir = tmp_path / "server"
    with running_server(data_dir) as running:
        for code, name in (("akkol", "Аккольский район"), ("burabay", "Бурабайский район")):
            run_cli(data_dir, "districts", "add", code, "--name", name)
        run_cli(data_dir, "units", "add", "--district", "akkol", "--kind", "police", "--name", UNIT)
        run_cli(
            data_dir,
            "units",
            "add",
            "--district",
            "burabay",
            "--kind",
            "police",
            "--name",
            "ИДН ОП Бурабайского района",
        )
        add_account(data_dir, "ivanov", "inspector", ["akkol"], "Иванов Иван Иванович")
        add_account(data_dir, "petrov", "inspector", ["burabay"], "Петров Пётр Петрович")
        yield running


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    driver = chromium(tmp_path / "profile")
    try:
        yield driver
    finally:
        driver.quit()


def test_inspector_accepts_in_a_browser_and_the_school_gets_officer_and_number(
    server: ServerProcess, browser: WebDriver, tmp_path: Path
) -> None:
    school = enroll_device(server, "Школа №1 с. Акжар", district="akkol")
    try:
        item = notification(
            category="violence",
            category_name="Насилие в отношении несовершеннолетнего",
            recipients=["police_102", "juvenile_inspector"],
            deadline="2030-01-01T10:00:00Z",
            description="Синтетический случай для проверки в браузере",
        )
        [delivered] = school.client.deliver([item])
        assert delivered.delivered
        nid = item["id"]

        sign_in(browser, server.base_url, "ivanov")
        click_and_load(browser, browser.find_element(By.CSS_SELECTOR, f'a[href="/n/{nid}"]'))
        WebDriverWait(browser, 10).until(expected_conditions.url_contains(f"/n/{nid}"))
        assert "Синтетический случай для проверки в браузере" in browser.page_source
        browser.find_element(By.ID, "reference").send_keys("КУИ № 2026-0417")
        click_and_load(browser, browser.find_element(By.ID, "accept"))
        WebDriverWait(browser, 10).until(
            expected_conditions.text_to_be_present_in_element((By.ID, "state"), "принято")
        )
        assert "КУИ № 2026-0417" in browser.find_element(By.ID, "history").text

        [ack] = [a for a in signed_acknowledgements(school.client) if a["id"] == nid]
        assert ack["kind"] == "accepted"
        assert ack["officer"] == "Иванов Иван Иванович"
        assert ack["unit"] == UNIT
        assert ack["reference"] == "КУИ № 2026-0417"

        # another district's inspector, in a fresh browser profile
        other = chromium(tmp_path / "other-profile")
        try:
            sign_in(other, server.base_url, "petrov")
            assert nid not in other.page_source
            other.get(f"{server.base_url}/n/{nid}")
            assert "Этого уведомления нет в ваших входящих" in other.page_source
            assert "Синтетический случай" not in other.page_source
        finally:
            other.quit()
    finally:
        school.client.close()

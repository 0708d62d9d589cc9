"""Headless Chromium from Debian's packages, driven by Selenium (no driver download).

driver = chromium(tmp_path / "profile")      # None-safe: check chromium_missing() first
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyotp
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from tests.support.workspace import PASSWORD, TOTP_SECRETS

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
)


def _binaries() -> tuple[str | None, str | None]:
    return (
        shutil.which("chromium") or shutil.which("chromium-browser"),
        shutil.which("chromedriver"),
    )


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    browser, driver = _binaries()
    if browser is None or driver is None:
        return "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
    return None


def chromium(
    profile: Path, *, width: int = 1280, height: int = 900, language: str = "ru"
) -> webdriver.Chrome:
    browser, driver = _binaries()
    assert browser is not None and driver is not None, chromium_missing()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    # Headless Chromium ignores --lang for Accept-Language; the preference is honoured.
    options.add_argument(f"--lang={language}")
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    return webdriver.Chrome(options=options, service=Service(executable_path=driver))


def sign_in(driver: WebDriver, base_url: str, login: str, password: str = PASSWORD) -> None:
    """Sign in like a person: password, then the TOTP code (set up on the first sign-in)."""
    driver.get(base_url + "/signin")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.ID, "signin").click()
    WebDriverWait(driver, 10).until(
        expected_conditions.presence_of_element_located((By.ID, "code"))
    )
    shown = driver.find_elements(By.ID, "totp-secret")
    if shown:
        TOTP_SECRETS[(base_url, login)] = shown[0].text.strip()
    code = pyotp.TOTP(TOTP_SECRETS[(base_url, login)]).now()
    driver.find_element(By.ID, "code").send_keys(code)
    driver.find_element(By.ID, "verify").click()
    WebDriverWait(driver, 10).until(expected_conditions.url_contains("/inbox"))

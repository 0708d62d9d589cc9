"""Headless Chromium from Debian's packages, driven by Selenium (no driver download).

driver = chromium(tmp_path / "profile")      # None-safe: check chromium_missing() first
click_and_load(driver, driver.find_element(By.ID, "accept"))   # a form post or a link
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyotp
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
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


def click_and_load(driver: WebDriver, element: WebElement, timeout_s: float = 10) -> None:
    """Click a submit button or a link and wait until the next page has replaced this one.

    Reading an element right after the click can catch the old document being torn down:
    Chromium then answers "Node with given id does not belong to the document", a plain
    WebDriverException that selenium's waits do not retry (CI failed on it once). So first wait
    until the old page's root is gone, retrying through such answers, then until the new page
    has loaded.
    """
    old_root = driver.find_element(By.TAG_NAME, "html")
    element.click()
    settling = WebDriverWait(driver, timeout_s, ignored_exceptions=(WebDriverException,))
    settling.until(expected_conditions.staleness_of(old_root))
    settling.until(lambda d: d.execute_script("return document.readyState") == "complete")


def sign_in(driver: WebDriver, base_url: str, login: str, password: str = PASSWORD) -> None:
    """Sign in like a person: password, then the TOTP code (set up on the first sign-in)."""
    driver.get(base_url + "/signin")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "password").send_keys(password)
    click_and_load(driver, driver.find_element(By.ID, "signin"))
    shown = driver.find_elements(By.ID, "totp-secret")
    if shown:
        TOTP_SECRETS[(base_url, login)] = shown[0].text.strip()
    code = pyotp.TOTP(TOTP_SECRETS[(base_url, login)]).now()
    driver.find_element(By.ID, "code").send_keys(code)
    click_and_load(driver, driver.find_element(By.ID, "verify"))
    WebDriverWait(driver, 10).until(expected_conditions.url_contains("/inbox"))

"""Headless Chromium from Debian's packages, driven by Selenium (no driver download).

driver = chromium(tmp_path / "profile")      # None-safe: check chromium_missing() first
"""

from __future__ import annotations

import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

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

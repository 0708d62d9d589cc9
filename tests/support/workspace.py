"""A person at the web workspace of a running server, over real HTTP (requests).

officer = WebUser(server.base_url, "ivanov", PASSWORD)
officer.sign_in()                 # sets up TOTP on the first sign-in, like a person would
page = officer.get("/inbox")
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyotp
import requests

from tests.support.server_process import run_cli

_CSRF = re.compile(r'name="csrf" value="([^"]*)"')
_SECRET = re.compile(r'id="totp-secret">([A-Z2-7]+)<')
PASSWORD = "пароль-для-теста-1"

# TOTP secrets seen on first sign-in, by (server URL, login): later sign-ins need them.
_SECRETS: dict[tuple[str, str], str] = {}


def add_account(
    data_dir: Path,
    login: str,
    role: str,
    districts: list[str],
    full_name: str,
    password: str = PASSWORD,
) -> None:
    password_file = data_dir.parent / f"{login}.password"
    password_file.write_text(password + "\n", encoding="utf-8")
    args = ["users", "add", login, "--role", role, "--full-name", full_name]
    if districts:
        args += ["--district", *districts]
    args += ["--password-file", str(password_file)]
    run_cli(data_dir, *args)


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match is not None, "no CSRF field on the page"
    return match.group(1)


@dataclass
class WebUser:
    base_url: str
    login: str
    password: str = PASSWORD
    language: str = "ru"
    session: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self) -> None:
        self.session.trust_env = False
        self.session.headers["Accept-Language"] = self.language

    def get(self, path: str) -> requests.Response:
        return self.session.get(self.base_url + path, timeout=30)

    def post(self, path: str, data: dict[str, str]) -> requests.Response:
        return self.session.post(self.base_url + path, data=data, timeout=30)

    def post_form(self, page: str, action: str, data: dict[str, str]) -> requests.Response:
        """Open ``page``, take its CSRF token, submit ``data`` to ``action``."""
        token = csrf_of(self.get(page).text)
        return self.post(action, {**data, "csrf": token})

    def password_step(self, password: str | None = None) -> requests.Response:
        form = self.get("/signin")
        return self.post(
            "/signin",
            {
                "login": self.login,
                "password": self.password if password is None else password,
                "csrf": csrf_of(form.text),
            },
        )

    def sign_in(self) -> requests.Response:
        step = self.password_step()
        assert step.url.endswith("/signin/totp"), step.text[:500]
        key = (self.base_url, self.login)
        secret_match = _SECRET.search(step.text)
        if secret_match is not None:
            _SECRETS[key] = secret_match.group(1)
        secret = _SECRETS[key]
        done = self.post(
            "/signin/totp", {"code": pyotp.TOTP(secret).now(), "csrf": csrf_of(step.text)}
        )
        assert done.status_code == 200 and "/signin" not in done.url, done.text[:500]
        return done

    def close(self) -> None:
        self.session.close()

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
TOTP_SECRETS: dict[tuple[str, str], str] = {}


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
            TOTP_SECRETS[key] = secret_match.group(1)
        secret = TOTP_SECRETS[key]
        done = self.post(
            "/signin/totp", {"code": pyotp.TOTP(secret).now(), "csrf": csrf_of(step.text)}
        )
        assert done.status_code == 200 and "/signin" not in done.url, done.text[:500]
        return done

    def close(self) -> None:
        self.session.close()


# --------------------------------------------------------------------------- synthetic content

CATEGORIES = {
    "offence_against_minor": (
        "Правонарушение в отношении несовершеннолетнего",
        ["police_102", "juvenile_inspector", "guardianship_authority"],
    ),
    "violence": (
        "Насилие в отношении несовершеннолетнего",
        ["police_102", "juvenile_inspector", "guardianship_authority"],
    ),
    "offence_by_minor": (
        "Правонарушение, совершённое несовершеннолетним",
        ["police_102", "juvenile_inspector"],
    ),
    "running_away": ("Самовольный уход из дома", ["juvenile_inspector"]),
    "substance_use": ("Употребление психоактивных веществ", ["juvenile_inspector"]),
}


def synthetic_payloads(count: int, seed: int = 2026) -> list[dict[str, object]]:
    """Notification payloads shaped like the app's, from the synthetic name lists only."""
    import random
    from datetime import UTC, datetime, timedelta

    from app.synthetic import generate_pupils, incident_description

    rng = random.Random(seed)
    pupils = generate_pupils(max(50, min(count, 2000)), seed=seed)
    now = datetime.now(UTC)
    payloads: list[dict[str, object]] = []
    codes = sorted(CATEGORIES)
    for index in range(count):
        code = codes[index % len(codes)]
        name, recipients = CATEGORIES[code]
        pupil = pupils[index % len(pupils)]
        detected = now - timedelta(minutes=rng.randint(5, 600))
        payloads.append(
            {
                "format": 1,
                "school": "",
                "category": code,
                "category_name": name,
                "detected_at": detected.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "description": incident_description(rng, code),
                "source": "сообщил классный руководитель",
                "location": "школа",
                "measures": "беседа с обучающимся, уведомлены законные представители",
                "participants": {
                    "victim": [
                        {
                            "surname": pupil.surname,
                            "name": pupil.name,
                            "patronymic": pupil.patronymic,
                            "birth_date": pupil.birth_date.isoformat(),
                            "class": pupil.class_name,
                            "iin": pupil.iin,
                        }
                    ],
                    "initiator": [],
                    "witness": [],
                },
                "recipients": recipients,
                "deadline": (detected + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "rules_version": "kz-2026.1",
                "legal_basis": "Закон Республики Казахстан «О профилактике правонарушений»",
                "reported_by": {"full_name": "Айгерим Сапарова", "role": "psychologist"},
                "created_at": detected.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "corrects": None,
                "correction_reason": None,
            }
        )
    return payloads

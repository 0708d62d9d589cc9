"""The web workspace against the real server process: sign-in, inbox, accept, clarification,
districts, bad input. Notifications arrive through the real signed client."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from starlette.requests import Request

from server import workspace as ws
from server.datadir import open_data_dir
from server.storage import SQLStorage
from server.web import WebError, Workspace
from tests.support.devices import (
    EnrolledDevice,
    enroll_device,
    notification,
    signed_acknowledgements,
)
from tests.support.server_process import (
    ServerProcess,
    open_storage,
    run_cli,
    running_server,
    server_config,
)
from tests.support.workspace import WebUser, add_account

POLICE_AKKOL = "ИДН ОП Аккольского района"
SURNAME = "Синтетиков"
IIN = "100101500123"


def payload(**fields: Any) -> dict[str, Any]:
    due = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    base: dict[str, Any] = {
        "category": "offence_against_minor",
        "category_name": "Правонарушение в отношении несовершеннолетнего",
        "detected_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "description": "Синтетический случай: ученика толкнули на перемене",
        "location": "коридор 2 этажа",
        "measures": "беседа, уведомлены родители",
        "participants": {
            "victim": [
                {
                    "surname": SURNAME,
                    "name": "Арман",
                    "patronymic": "",
                    "birth_date": "2010-01-01",
                    "class": "7А",
                    "iin": IIN,
                }
            ]
        },
        "recipients": ["police_102", "juvenile_inspector", "guardianship_authority"],
        "deadline": due,
        "legal_basis": "Закон РК «О профилактике правонарушений»",
        "reported_by": {"full_name": "Айгерим С.", "role": "psychologist"},
        "corrects": None,
        "correction_reason": None,
    }
    base.update(fields)
    return base


@dataclass
class World:
    server: ServerProcess
    akkol: EnrolledDevice
    burabay: EnrolledDevice

    def deliver(self, device: EnrolledDevice | None = None, **fields: Any) -> str:
        item = notification(**payload(**fields))
        [result] = (device or self.akkol).client.deliver([item])
        assert result.delivered
        return str(item["id"])

    def storage(self) -> SQLStorage:
        return open_storage(self.server.data_dir)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    data_dir = tmp_path_factory.mktemp("workspace") / "server"
    with running_server(data_dir) as server:
        run_cli(data_dir, "districts", "add", "akkol", "--name", "Аккольский район")
        run_cli(data_dir, "districts", "add", "burabay", "--name", "Бурабайский район")
        run_cli(
            data_dir,
            "units",
            "add",
            "--district",
            "akkol",
            "--kind",
            "police",
            "--name",
            POLICE_AKKOL,
        )
        run_cli(
            data_dir,
            "units",
            "add",
            "--district",
            "akkol",
            "--kind",
            "guardianship",
            "--name",
            "Отдел опеки Аккольского района",
        )
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
        add_account(data_dir, "petrov", "inspector", ["burabay"], "Петров Пётр")
        add_account(data_dir, "opeka", "guardianship", ["akkol"], "Сейтова Алма")
        add_account(data_dir, "analyst", "analyst", ["akkol", "burabay"], "Аналитик")
        add_account(data_dir, "admin", "admin", [], "Администратор")
        akkol = enroll_device(server, "Школа №1", district="akkol")
        burabay = enroll_device(server, "Школа №1", district="burabay")
        try:
            yield World(server, akkol, burabay)
        finally:
            akkol.client.close()
            burabay.client.close()


def _acks_for(device: EnrolledDevice, notification_id: str) -> list[dict[str, Any]]:
    return [a for a in signed_acknowledgements(device.client) if a["id"] == notification_id]


def test_inspector_accepts_and_the_school_receives_officer_and_reference(world: World) -> None:
    nid = world.deliver()
    officer = WebUser(world.server.base_url, "ivanov")
    officer.sign_in()
    inbox = officer.get("/inbox")
    assert f"/n/{nid}" in inbox.text
    page = officer.get(f"/n/{nid}")
    assert page.status_code == 200
    for sent in (SURNAME, IIN, "коридор 2 этажа", "беседа, уведомлены родители", "Айгерим С."):
        assert sent in page.text
    # the receipt's number in the school's chain (it was empty for per-school receipts)
    assert re.search(r"(квитанция №|түбіртек №|receipt No\.) \d+</dd>", page.text)
    # the registration number is required: nothing recorded without it
    refused = officer.post_form(f"/n/{nid}", f"/n/{nid}/accept", {"reference": "  ", "note": ""})
    assert refused.status_code == 422
    assert "регистрационный номер" in refused.text
    assert _acks_for(world.akkol, nid) == []
    done = officer.post_form(
        f"/n/{nid}", f"/n/{nid}/accept", {"reference": "КУИ № 2026-123", "note": "принято"}
    )
    assert done.status_code == 200 and done.url.endswith(f"/n/{nid}")
    assert "КУИ № 2026-123" in done.text
    [ack] = _acks_for(world.akkol, nid)
    assert ack["kind"] == "accepted"
    assert ack["officer"] == "Иванов Иван Иванович"
    assert ack["unit"] == POLICE_AKKOL
    assert ack["reference"] == "КУИ № 2026-123"
    assert ack["note"] == "принято"
    # the same form sent again (a replay, a double click) changes nothing
    token = re.search(r'name="csrf" value="([^"]*)"', inbox.text)
    assert token is not None
    again = officer.post(
        f"/n/{nid}/accept", {"reference": "КУИ № 999", "note": "", "csrf": token.group(1)}
    )
    assert again.status_code == 409
    assert "Уже принято" in again.text
    assert len(_acks_for(world.akkol, nid)) == 1
    # the guardianship unit of the district has it too, still to accept
    opeka = WebUser(world.server.base_url, "opeka")
    opeka.sign_in()
    assert f"/n/{nid}" in opeka.get("/inbox").text
    # every view is audited on the server
    storage = world.storage()
    try:
        views = [a for a in storage.audit_rows(nid) if a.action == "view"]
    finally:
        storage.close()
    assert views and views[0].login == "ivanov"


def test_an_inspector_of_another_district_never_sees_it(world: World) -> None:
    nid = world.deliver()
    other = WebUser(world.server.base_url, "petrov")
    other.sign_in()
    assert nid not in other.get("/inbox").text
    page = other.get(f"/n/{nid}")
    assert page.status_code == 403
    assert SURNAME not in page.text and IIN not in page.text
    assert "Попытка записана" in page.text
    accept = other.post_form("/inbox", f"/n/{nid}/accept", {"reference": "1", "note": ""})
    assert accept.status_code == 403
    assert _acks_for(world.akkol, nid) == []
    storage = world.storage()
    try:
        denied = [a for a in storage.audit_rows(nid) if a.action == "view_denied"]
    finally:
        storage.close()
    assert {a.login for a in denied} == {"petrov"}


def test_same_named_schools_in_two_districts_are_two_schools(world: World) -> None:
    # Both devices enrolled as "Школа №1" (issue 12): acknowledgements never cross over.
    mine = world.deliver()
    theirs = world.deliver(world.burabay)
    run_cli(world.server.data_dir, "ack", mine, "--by", "Иванов", "--reference", "КУИ 1")
    run_cli(world.server.data_dir, "ack", theirs, "--by", "Петров", "--reference", "КУИ 2")
    assert [a["reference"] for a in _acks_for(world.akkol, mine)] == ["КУИ 1"]
    assert _acks_for(world.akkol, theirs) == []
    assert [a["reference"] for a in _acks_for(world.burabay, theirs)] == ["КУИ 2"]
    assert _acks_for(world.burabay, mine) == []


def test_clarification_flows_back_and_a_correction_is_linked(world: World) -> None:
    nid = world.deliver()
    officer = WebUser(world.server.base_url, "ivanov")
    officer.sign_in()
    empty = officer.post_form(f"/n/{nid}", f"/n/{nid}/clarify", {"question": ""})
    assert empty.status_code == 422
    asked = officer.post_form(
        f"/n/{nid}", f"/n/{nid}/clarify", {"question": "Уточните время и место"}
    )
    assert asked.status_code == 200
    [ack] = _acks_for(world.akkol, nid)
    assert ack["kind"] == "clarification_requested"
    assert ack["note"] == "Уточните время и место"
    assert ack["reference"] is None and ack["officer"] == "Иванов Иван Иванович"
    assert "state=clarification_requested" not in officer.get("/inbox").url
    waiting = officer.get("/inbox?state=clarification_requested").text
    assert f"/n/{nid}" in waiting
    fix = world.deliver(corrects=nid, correction_reason="на перемене в 10:15, коридор 2 этажа")
    original = officer.get(f"/n/{nid}").text
    assert f"/n/{fix}" in original
    assert f"/n/{nid}" not in officer.get("/inbox?state=clarification_requested").text
    correction = officer.get(f"/n/{fix}").text
    assert f"/n/{nid}" in correction and "на перемене в 10:15" in correction


def test_the_page_shows_children_not_on_the_list_and_learned_outside(world: World) -> None:
    """Payload format 2 (rules kz-2026.2): everything the school sent is on the page."""
    nid = world.deliver(
        format=2,
        participants_not_pupils=[
            {
                "role": "initiator",
                "full_name": "Жанибеков Ерлан",
                "age": "15",
                "note": "учится в колледже",
            },
            {"role": "witness", "full_name": "Сосед Марат", "age": "", "note": ""},
        ],
        learned_outside_school=True,
    )
    officer = WebUser(world.server.base_url, "ivanov")
    officer.sign_in()
    page = officer.get(f"/n/{nid}").text
    assert "Дети, не обучающиеся в школе" in page
    assert "инициатор:</strong> Жанибеков Ерлан, возраст 15 — учится в колледже" in page
    assert "свидетель:</strong> Сосед Марат</li>" in page
    assert "Стало известно вне организации образования" in page
    assert "в ходе профессиональной деятельности" in page
    kazakh = WebUser(world.server.base_url, "ivanov", language="kk")
    kazakh.sign_in()
    page_kk = kazakh.get(f"/n/{nid}").text
    assert "Мектепте оқымайтын балалар" in page_kk and "жасы 15" in page_kk
    # the category in the reader's language (the rules file's name), never its raw code
    assert "<h1>Кәмелетке толмаған адамға қатысты құқық бұзушылық</h1>" in page_kk
    assert "(offence_against_minor)" not in page_kk
    inbox_kk = kazakh.get("/inbox").text
    assert ">Кәмелетке толмаған адамға қатысты құқық бұзушылық</option>" in inbox_kk
    assert ">offence_against_minor<" not in inbox_kk
    # a format-1 payload has neither: no empty headings, no "no" invented for it
    older = officer.get(f"/n/{world.deliver()}").text
    assert "Дети, не обучающиеся в школе" not in older
    assert 'id="learned-outside"' not in older


def test_a_recipient_without_a_unit_is_flagged_never_dropped(world: World) -> None:
    # Burabay has no guardianship unit: the police route works, guardianship is flagged.
    nid = world.deliver(world.burabay)
    listing = run_cli(world.server.data_dir, "unrouted").stdout
    assert nid in listing and "guardianship_authority" in listing
    assert "WARNING" in run_cli(world.server.data_dir, "notifications").stdout
    admin = WebUser(world.server.base_url, "admin")
    admin.sign_in()
    assert nid in admin.get("/admin").text
    added = run_cli(
        world.server.data_dir,
        "units",
        "add",
        "--district",
        "burabay",
        "--kind",
        "guardianship",
        "--name",
        "Опека Бурабай",
    ).stdout
    assert "waiting" in added
    assert nid not in run_cli(world.server.data_dir, "unrouted").stdout


def test_analysts_see_counts_only(world: World) -> None:
    world.deliver()
    analyst = WebUser(world.server.base_url, "analyst")
    analyst.sign_in()
    page = analyst.get("/overview")
    assert page.status_code == 200
    assert "Аккольский район" in page.text
    assert SURNAME not in page.text and IIN not in page.text
    assert analyst.get("/inbox").status_code == 403


def test_bad_csrf_and_a_form_from_elsewhere_change_nothing(world: World) -> None:
    nid = world.deliver()
    officer = WebUser(world.server.base_url, "ivanov")
    officer.sign_in()
    forged = officer.post(f"/n/{nid}/accept", {"reference": "1", "csrf": "forged"})
    assert forged.status_code == 403
    assert "Ничего не изменено" in forged.text
    missing = officer.post(f"/n/{nid}/accept", {"reference": "1"})
    assert missing.status_code == 403
    assert _acks_for(world.akkol, nid) == []
    # sign-in form without its cookie (posted from another site)
    stranger = WebUser(world.server.base_url, "ivanov")
    posted = stranger.post("/signin", {"login": "ivanov", "password": "x", "csrf": "abc"})
    assert posted.status_code == 403


def test_signed_out_session_and_unknown_session_get_the_sign_in_page(world: World) -> None:
    officer = WebUser(world.server.base_url, "ivanov")
    officer.sign_in()
    old_cookie = officer.session.cookies.get("qorgau_session")
    signed_out = officer.post_form("/inbox", "/signout", {})
    assert signed_out.url.endswith("/signin")
    replay = WebUser(world.server.base_url, "ivanov")
    replay.session.cookies.set("qorgau_session", old_cookie or "")
    page = replay.get("/inbox")
    assert page.status_code == 401
    assert "Сеанс истёк" in page.text


def test_first_sign_in_sets_up_totp_then_requires_the_code(world: World) -> None:
    add_account(world.server.data_dir, "novice", "inspector", ["akkol"], "Новиков Н.")
    person = WebUser(world.server.base_url, "novice")
    first = person.password_step()
    assert 'id="totp-secret"' in first.text and "otpauth://totp/" in first.text
    wrong = person.post("/signin/totp", {"code": "000000", "csrf": _csrf(first.text)})
    assert wrong.status_code == 401
    assert person.get("/inbox").status_code == 401  # not signed in without the code
    person.sign_in()
    later = WebUser(world.server.base_url, "novice")
    step = later.password_step()
    assert 'id="totp-secret"' not in step.text  # shown only until it was set up


def test_languages_follow_the_switch_and_accept_language(world: World) -> None:
    kazakh = WebUser(world.server.base_url, "ivanov", language="kk")
    assert "Жұмыс орнына кіру" in kazakh.get("/signin").text
    switched = kazakh.get("/lang/en?next=/signin")
    assert "Sign in to the workspace" in switched.text
    assert "Вход в рабочее место" in WebUser(world.server.base_url, "x").get("/signin").text


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]*)"', html)
    assert match is not None
    return match.group(1)


def test_enroll_code_school_id_adds_a_pc_to_the_same_school(world: World, tmp_path: Path) -> None:
    out = run_cli(
        world.server.data_dir, "enroll-code", "--school", "Школа №9", "--district", "akkol"
    ).stdout
    match = re.search(r"school id ([0-9a-f-]{36})", out)
    assert match is not None
    again = run_cli(world.server.data_dir, "enroll-code", "--school-id", match.group(1)).stdout
    assert match.group(1) in again and "Школа №9" in again
    unknown = run_cli(
        world.server.data_dir, "enroll-code", "--school-id", str(uuid.uuid4()), check=False
    )
    assert unknown.returncode != 0 and "no school" in unknown.stderr


def test_wrong_passwords_lock_the_account_with_a_growing_delay(world: World) -> None:
    add_account(world.server.data_dir, "typo", "inspector", ["akkol"], "Опечаткин")
    person = WebUser(world.server.base_url, "typo")
    for _ in range(2):
        wrong = person.password_step("не тот пароль")
        assert wrong.status_code == 401
        assert "Неверный логин или пароль" in wrong.text
    locked = person.password_step("не тот пароль")
    assert locked.status_code == 429
    assert "Повторите через 5 с" in locked.text
    # even the right password waits out the lock: nothing is checked, nothing changes
    still = person.password_step()
    assert still.status_code == 429
    assert ws.lock_seconds(4) == 10 and ws.lock_seconds(30) == ws.MAX_LOCK_S
    unknown = WebUser(world.server.base_url, "nobody").password_step("x")
    assert unknown.status_code == 401


def test_an_idle_session_expires_and_says_so(world: World) -> None:
    officer = WebUser(world.server.base_url, "ivanov")
    officer.sign_in()
    cookie = officer.session.cookies.get("qorgau_session")
    assert cookie
    later = time.time() + ws.IDLE_TIMEOUT_S + 5
    state = open_data_dir(server_config(world.server.data_dir))
    try:
        web = Workspace(state, lambda: later)
        request = Request(
            {
                "type": "http",
                "method": "GET",
                "path": "/inbox",
                "query_string": b"",
                "scheme": "http",
                "server": ("127.0.0.1", 80),
                "client": ("127.0.0.1", 1),
                "headers": [(b"cookie", f"qorgau_session={cookie}".encode())],
            }
        )
        with pytest.raises(WebError) as refused:
            web.inbox(web.context(request))
        assert refused.value.status == 401 and refused.value.title == "Your session has expired."
    finally:
        state.storage.close()
    # the row is gone: the real server now asks to sign in again too
    assert officer.get("/inbox").status_code == 401


def test_a_huge_after_is_a_4xx_not_a_500(world: World) -> None:
    # issue 12: an ack_seq beyond SQLite's integers made the acknowledgement pull a 500
    from sync.transport import Refused

    with pytest.raises(Refused) as refused:
        world.akkol.client._send(
            "GET", "/v1/acknowledgements?after=99999999999999999999", body=None, signed=True
        )
    assert refused.value.status == 422


def test_the_administrator_manages_everything_from_the_web_pages(world: World) -> None:
    admin = WebUser(world.server.base_url, "admin")
    admin.sign_in()
    made = admin.post_form(
        "/admin", "/admin/districts", {"code": "zerendy", "name": "Зерендинский район"}
    )
    assert made.status_code == 200 and "Район создан" in made.text
    unit = admin.post_form(
        "/admin", "/admin/units", {"district": "zerendy", "kind": "police", "name": "ИДН Зеренды"}
    )
    assert "Подразделение создано" in unit.text
    short = admin.post_form(
        "/admin",
        "/admin/users",
        {"login": "zh", "role": "inspector", "districts": "zerendy", "password": "short"},
    )
    assert short.status_code == 422 and "не меньше 10" in short.text
    account = admin.post_form(
        "/admin",
        "/admin/users",
        {
            "login": "zh",
            "full_name": "Жумабаев Ж.",
            "role": "inspector",
            "districts": "zerendy",
            "password": "достаточно-длинный",
        },
    )
    assert account.status_code == 200 and "Учётная запись создана" in account.text
    code = admin.post_form("/admin", "/admin/codes", {"school": "Школа №5", "district": "zerendy"})
    match = re.search(r'id="new-code">([A-Z0-9-]+)<', code.text)
    assert match is not None
    # the code enrolls a school of that district, whose notification reaches zh's inbox
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.protocol import public_key_to_b64
    from sync.transport import ServerClient

    key = Ed25519PrivateKey.generate()
    with ServerClient(world.server.base_url) as anonymous:
        enrolled = anonymous.enroll(match.group(1), public_key_to_b64(key.public_key()), "pc")
    assert enrolled.school == "Школа №5"
    with ServerClient(
        world.server.base_url,
        server_public_key=enrolled.server_public_key,
        device_id=enrolled.device_id,
        device_key=key,
    ) as school:
        item = notification(**payload())
        assert school.deliver([item])[0].delivered
    zh = WebUser(world.server.base_url, "zh", password="достаточно-длинный")
    zh.sign_in()
    assert f"/n/{item['id']}" in zh.get("/inbox").text
    assert f"/n/{item['id']}" in zh.get("/inbox?category=offence_against_minor").text
    assert f"/n/{item['id']}" not in zh.get("/inbox?category=violence").text
    assert f"/n/{item['id']}" not in zh.get("/inbox?from=2001-01-01&to=2001-01-02").text
    # nobody but the administrator reaches these pages or forms
    assert zh.get("/admin").status_code == 403
    assert zh.post_form("/inbox", "/admin/districts", {"code": "x", "name": "x"}).status_code == 403


def test_scripts_can_ask_and_accept_from_the_command_line(world: World) -> None:
    nid = world.deliver()
    data = world.server.data_dir
    missing = run_cli(data, "ack", nid, "--by", "Ахметова", check=False)
    assert missing.returncode != 0 and "--reference" in missing.stderr
    asked = run_cli(data, "ack", nid, "--by", "Ахметова", "--clarify", "Где это было?").stdout
    assert "clarification requested" in asked
    again = run_cli(data, "ack", nid, "--by", "Ахметова", "--clarify", "Где это было?").stdout
    assert "already" in again
    run_cli(data, "ack", nid, "--by", "Ахметова", "--unit", POLICE_AKKOL, "--reference", "ЕРДР 77")
    items = _acks_for(world.akkol, nid)
    assert [(a["kind"], a["note"], a["reference"]) for a in items] == [
        ("clarification_requested", "Где это было?", None),
        ("accepted", None, "ЕРДР 77"),
    ]
    assert items[1]["unit"] == POLICE_AKKOL and items[1]["officer"] == "Ахметова"

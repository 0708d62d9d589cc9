"""The web workspace at / : server-rendered pages for officers, analysts and the administrator.

Every page is a Jinja2 template (server/templates) rendered on the server, with no script at
all (the inbox refreshes itself with a meta refresh), so it works on an old PC and a phone.
Security: sessions are server-side rows behind an HttpOnly, SameSite=Strict cookie (Secure
under TLS); every form carries a CSRF token (the session's, or a double-submit cookie on the
sign-in form); every view of a notification is audited, a refused one too.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from server import workspace as ws
from server.datadir import ServerState
from server.enrollment import issue_code
from server.i18n import LANG_COOKIE, LANGUAGES, negotiate, translations
from server.passwords import hash_password, password_problem
from server.routing import ROLE_UNIT, ROLES, UNIT_KINDS
from server.storage import SQLStorage
from server.workspace_store import (
    ActRefused,
    DirectoryError,
    InboxFilter,
    Session,
    User,
)
from sync.protocol import format_unix_time

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 100
REFRESH_S = 20
# "Not accepted after N minutes" (configurable per installation in a later version).
WAITING_THRESHOLD_MIN = 30
# Kazakhstan has one time zone (UTC+5) since 2024; pages show times in it.
DISPLAY_TZ = timezone(timedelta(hours=5))
LOGIN_CSRF_COOKIE = "qorgau_login_csrf"
MAX_FIELD = 2000
STATES = ("new", "clarification_requested", "accepted")

Clock = Callable[[], float]


class WebError(Exception):
    """A refusal shown as a page: HTTP status, a translatable title and an optional detail."""

    def __init__(self, status: int, title: str, detail: str = "", *, signin: bool = False) -> None:
        super().__init__(title)
        self.status = status
        self.title = title
        self.detail = detail
        self.signin = signin


@dataclass
class Ctx:
    request: Request
    lang: str
    user: User | None = None
    session: Session | None = None
    token_hash: str | None = None

    def gettext(self, message: str) -> str:
        return str(translations(self.lang).ugettext(message))

    @property
    def secure(self) -> bool:
        return self.request.url.scheme == "https"

    @property
    def remote(self) -> str | None:
        return self.request.client.host if self.request.client else None


def _when(value: str | None) -> str:
    moment = ws.parse_instant(value)
    if moment is None:
        return value or "—"
    return moment.astimezone(DISPLAY_TZ).strftime("%d.%m.%Y %H:%M")


def _safe_next(target: str) -> str:
    return target if target.startswith("/") and not target.startswith("//") else "/"


def _clip(value: str, limit: int = MAX_FIELD) -> str:
    return value.strip()[:limit]


class Workspace:
    """Request handling of the web pages; blocking work runs in the thread pool."""

    def __init__(self, state: ServerState, clock: Clock) -> None:
        self.storage: SQLStorage = state.storage
        self.clock = clock
        self.env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["when"] = _when
        self.env.filters["epoch"] = lambda ts: _when(format_unix_time(float(ts)))

    # ----------------------------------------------------------------- plumbing

    def now_iso(self) -> str:
        return format_unix_time(self.clock())

    def context(self, request: Request) -> Ctx:
        lang = negotiate(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
        return Ctx(request, lang)

    def render(self, ctx: Ctx, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        page = self.env.get_template(template).render(
            _=ctx.gettext,
            lang=ctx.lang,
            languages=LANGUAGES,
            user=ctx.user if ctx.session is not None and ctx.session.stage == "full" else None,
            csrf=ctx.session.csrf if ctx.session is not None else "",
            path=ctx.request.url.path
            + ("?" + ctx.request.url.query if ctx.request.url.query else ""),
            **values,
        )
        response = HTMLResponse(page, status_code=status)
        self.harden(response)
        return response

    @staticmethod
    def harden(response: Response) -> None:
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'"
        )

    def error_page(self, ctx: Ctx, exc: WebError) -> HTMLResponse:
        return self.render(
            ctx,
            "error.html",
            exc.status,
            title=exc.title,
            detail=exc.detail,
            signin=exc.signin,
        )

    def set_cookie(self, ctx: Ctx, response: Response, name: str, value: str, **kw: Any) -> None:
        response.set_cookie(
            name,
            value,
            httponly=True,
            samesite="strict",
            secure=ctx.secure,
            path="/",
            **kw,
        )

    def authenticate(self, ctx: Ctx, *, stage: str = "full") -> User:
        """The signed-in user of this request, or a "session expired / sign in" page."""
        token = ctx.request.cookies.get(ws.SESSION_COOKIE)
        if not token:
            raise WebError(401, "Please sign in.", signin=True)
        digest = ws.token_hash(token)
        session = self.storage.get_session(digest)
        now = self.clock()
        if session is None or session.expires_at <= now:
            if session is not None:
                self.storage.delete_session(digest)
            raise WebError(
                401,
                "Your session has expired.",
                "Sign in again; nothing was changed.",
                signin=True,
            )
        if session.stage != stage:
            raise WebError(401, "Please sign in.", signin=True)
        user = self.storage.get_user(session.user_id)
        if user is None:
            raise WebError(401, "Please sign in.", signin=True)
        if stage == "full":
            expires = ws.session_expiry(session, now)
            # Write the sliding expiry at most once a minute: the inbox refreshes every 20 s.
            if now - session.last_seen > 60:
                self.storage.touch_session(digest, "full", now, expires)
        ctx.user, ctx.session, ctx.token_hash = user, session, digest
        return user

    @staticmethod
    def check_csrf(ctx: Ctx, token: str) -> None:
        assert ctx.session is not None
        if not token or not secrets.compare_digest(token, ctx.session.csrf):
            raise WebError(
                403,
                "This form has expired or was not sent from this page.",
                "Nothing was changed. Open the page again and repeat.",
            )

    @staticmethod
    def require_role(user: User, *roles: str) -> None:
        if user.role not in roles:
            raise WebError(403, "This page is not available to your account.")

    def home_of(self, user: User) -> str:
        if user.role in ROLE_UNIT:
            return "/inbox"
        return "/overview" if user.role == "analyst" else "/admin"

    # ----------------------------------------------------------------- sign-in

    def signin_page(self, ctx: Ctx, error: str = "", status: int = 200) -> HTMLResponse:
        token = ctx.request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
        response = self.render(ctx, "signin.html", status, error=error, login_csrf=token)
        self.set_cookie(ctx, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
        return response

    def signin(self, ctx: Ctx, login: str, password: str, csrf: str) -> Response:
        cookie = ctx.request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not cookie or not csrf or not secrets.compare_digest(cookie, csrf):
            raise WebError(
                403,
                "This form has expired or was not sent from this page.",
                "Nothing was changed. Open the page again and repeat.",
            )
        now = self.clock()
        result = ws.sign_in(self.storage, _clip(login, 100), password[:1000], now)
        if result.outcome == "locked":
            self.storage.audit(self.now_iso(), None, "sign_in_locked", detail=login[:100])
            message = ctx.gettext("Too many wrong passwords. Try again in {seconds} s.")
            return self.signin_page(ctx, message.format(seconds=result.wait_s), 429)
        if result.outcome == "wrong" or result.user is None:
            self.storage.audit(
                self.now_iso(), None, "sign_in_failed", detail=login[:100], remote=ctx.remote
            )
            return self.signin_page(ctx, ctx.gettext("Wrong login or password."), 401)
        opened = ws.start_session(self.storage, result.user, now)
        response = RedirectResponse("/signin/totp", status_code=303)
        self.set_cookie(ctx, response, ws.SESSION_COOKIE, opened.token)
        return response

    def totp_page(self, ctx: Ctx, error: str = "", status: int = 200) -> HTMLResponse:
        user = self.authenticate(ctx, stage="totp")
        setup = not user.totp_confirmed
        return self.render(
            ctx,
            "totp.html",
            status,
            error=error,
            setup=setup,
            secret=user.totp_secret if setup else "",
            uri=ws.totp_uri(user) if setup else "",
        )

    def totp(self, ctx: Ctx, code: str, csrf: str) -> Response:
        user = self.authenticate(ctx, stage="totp")
        self.check_csrf(ctx, csrf)
        now = self.clock()
        if not ws.check_totp(user, code, now):
            failures = user.failed_count + 1
            locked = ws.lock_seconds(failures)
            self.storage.record_failed_sign_in(user.id, now + locked if locked else 0.0)
            self.storage.audit(self.now_iso(), user, "totp_failed", remote=ctx.remote)
            if locked:
                assert ctx.token_hash is not None
                self.storage.delete_session(ctx.token_hash)
                raise WebError(
                    429,
                    "Too many wrong codes.",
                    ctx.gettext("Try again in {seconds} s.").format(seconds=int(locked)),
                    signin=True,
                )
            return self.totp_page(
                ctx, ctx.gettext("Wrong code. Check the time on your phone."), 401
            )
        if not user.totp_confirmed:
            self.storage.confirm_totp(user.id)
        self.storage.clear_failed_sign_ins(user.id)
        # A new token for the signed-in session: the half-signed-in one is never promoted.
        assert ctx.token_hash is not None
        self.storage.delete_session(ctx.token_hash)
        token, csrf_token = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self.storage.create_session(
            ws.token_hash(token), user.id, csrf_token, "full", now, now + ws.IDLE_TIMEOUT_S
        )
        self.storage.audit(self.now_iso(), user, "sign_in", remote=ctx.remote)
        response = RedirectResponse(self.home_of(user), status_code=303)
        self.set_cookie(ctx, response, ws.SESSION_COOKIE, token)
        return response

    def signout(self, ctx: Ctx, csrf: str) -> Response:
        user = self.authenticate(ctx)
        self.check_csrf(ctx, csrf)
        assert ctx.token_hash is not None
        self.storage.delete_session(ctx.token_hash)
        self.storage.audit(self.now_iso(), user, "sign_out", remote=ctx.remote)
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(ws.SESSION_COOKIE, path="/")
        return response

    # ----------------------------------------------------------------- officers

    def inbox(self, ctx: Ctx) -> HTMLResponse:
        user = self.authenticate(ctx)
        self.require_role(user, *ROLE_UNIT)
        query = ctx.request.query_params
        units = ws.unit_ids(self.storage, user)
        state = query.get("state", "")
        where = InboxFilter(
            district=query.get("district") or None,
            school=query.get("school") or None,
            category=query.get("category") or None,
            state=state if state in STATES else None,
            received_from=query.get("from") or None,
            received_to=_day_after(query.get("to") or ""),
        )
        try:
            page = max(1, int(query.get("page", "1")))
        except ValueError:
            page = 1
        rows, total = self.storage.inbox(units, where, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        now = self.clock()
        items = [
            (row, ws.marks(row.state, row.deadline, row.received_at, now, WAITING_THRESHOLD_MIN))
            for row in rows
        ]
        filters = {
            k: query.get(k, "") for k in ("district", "school", "category", "state", "from", "to")
        }
        base = {k: v for k, v in filters.items() if v}
        return self.render(
            ctx,
            "inbox.html",
            items=items,
            total=total,
            page=page,
            pages=max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE),
            page_link=lambda n: "/inbox?" + urlencode({**base, "page": n}),
            filters=filters,
            districts=[d for d in self.storage.districts() if d.code in user.districts],
            schools=self.storage.schools(user.districts),
            categories=self.storage.categories(units),
            states=STATES,
            refresh=REFRESH_S,
            threshold=WAITING_THRESHOLD_MIN,
            now=format_unix_time(now),
        )

    def _visible(self, ctx: Ctx, notification_id: str) -> tuple[User, Any]:
        user = self.authenticate(ctx)
        self.require_role(user, *ROLE_UNIT)
        stored = self.storage.get_notification(notification_id)
        if stored is None or not ws.may_view(self.storage, user, stored):
            # Same answer whether it exists elsewhere or not at all; the attempt is audited.
            self.storage.audit(
                self.now_iso(), user, "view_denied", notification_id[:100], remote=ctx.remote
            )
            raise WebError(
                403,
                "This notification is not in your inbox.",
                "It belongs to another district or unit. The attempt was recorded.",
            )
        return user, stored

    def my_unit(self, user: User, notification_id: str) -> Any:
        mine = set(ws.unit_ids(self.storage, user))
        for unit_id in sorted(self.storage.assignments_of(notification_id)):
            if unit_id in mine:
                return self.storage.get_unit(unit_id)
        return None

    def notification(
        self, ctx: Ctx, notification_id: str, error: str = "", status: int = 200
    ) -> HTMLResponse:
        user, stored = self._visible(ctx, notification_id)
        self.storage.audit(self.now_iso(), user, "view", stored.id, remote=ctx.remote)
        payload = json.loads(stored.payload_json)
        unit = self.my_unit(user, stored.id)
        assignments = self.storage.assignments_of(stored.id)
        state = assignments.get(unit.id, "new") if unit is not None else "new"
        receipt = json.loads(stored.receipt_json)
        routes = self.storage.routes_of(stored.id)
        units = {u.id: u for u in self.storage.units(stored.district)}
        return self.render(
            ctx,
            "notification.html",
            status,
            n=stored,
            p=payload,
            receipt=receipt,
            unit=unit,
            state=state,
            marks=ws.marks(
                state,
                payload.get("deadline"),
                stored.received_at,
                self.clock(),
                WAITING_THRESHOLD_MIN,
            ),
            acts=self.storage.acts_of(stored.id),
            views=[a for a in self.storage.audit_rows(stored.id) if a.action == "view"][:50],
            corrections=self.storage.corrections_of(stored.id),
            routes=[(r, units.get(u) if u is not None else None) for r, u in routes],
            error=error,
            participants=_participants(payload),
            others=_others(payload),
            learned_outside=payload.get("learned_outside_school"),
        )

    def accept(
        self, ctx: Ctx, notification_id: str, reference: str, note: str, csrf: str
    ) -> Response:
        user, stored = self._visible(ctx, notification_id)
        self.check_csrf(ctx, csrf)
        reference = _clip(reference, 100)
        if not reference:
            return self.notification(
                ctx,
                stored.id,
                ctx.gettext("Enter the registration number (КУИ / ЕРДР). Nothing was changed."),
                422,
            )
        return self._act(ctx, user, stored.id, "accepted", reference, _clip(note) or None)

    def clarify(self, ctx: Ctx, notification_id: str, question: str, csrf: str) -> Response:
        user, stored = self._visible(ctx, notification_id)
        self.check_csrf(ctx, csrf)
        question = _clip(question)
        if not question:
            return self.notification(
                ctx,
                stored.id,
                ctx.gettext("Write the question to the school. Nothing was changed."),
                422,
            )
        return self._act(ctx, user, stored.id, "clarification_requested", None, question)

    def _act(
        self,
        ctx: Ctx,
        user: User,
        notification_id: str,
        kind: Any,
        reference: str | None,
        note: str | None,
    ) -> Response:
        unit = self.my_unit(user, notification_id)
        if unit is None:
            raise WebError(403, "This notification is not in your inbox.")
        try:
            act = self.storage.add_act(
                notification_id,
                kind,
                self.now_iso(),
                unit=unit,
                officer=user.full_name,
                reference=reference,
                note=note,
                user_id=user.id,
            )
        except ActRefused as exc:
            messages = {
                "already_accepted": "It was already accepted. Nothing was changed.",
                "already_asked": "A clarification was already requested. Nothing was changed.",
            }
            return self.notification(
                ctx,
                notification_id,
                ctx.gettext(messages.get(exc.code, "Nothing was changed.")),
                409,
            )
        self.storage.audit(
            self.now_iso(),
            user,
            kind,
            notification_id,
            detail=f"ack_seq={act.ack_seq}",
            remote=ctx.remote,
        )
        return RedirectResponse(f"/n/{notification_id}", status_code=303)

    # ----------------------------------------------------------------- analysts

    def overview(self, ctx: Ctx) -> HTMLResponse:
        user = self.authenticate(ctx)
        self.require_role(user, "analyst", "admin")
        districts = (
            [d.code for d in self.storage.districts()]
            if user.role == "admin"
            else list(user.districts)
        )
        rows = ws.overview(self.storage.count_rows(districts), self.clock())
        names = {d.code: d.name for d in self.storage.districts()}
        self.storage.audit(self.now_iso(), user, "overview", remote=ctx.remote)
        return self.render(ctx, "overview.html", rows=rows, names=names, columns=ws.COLUMNS)

    # ----------------------------------------------------------------- administrator

    def admin(self, ctx: Ctx, message: str = "", code: str = "", status: int = 200) -> HTMLResponse:
        user = self.authenticate(ctx)
        self.require_role(user, "admin")
        return self.render(
            ctx,
            "admin.html",
            status,
            message=message,
            new_code=code,
            districts=self.storage.districts(),
            units=self.storage.units(),
            unit_kinds=UNIT_KINDS,
            users=self.storage.users(),
            roles=ROLES,
            schools=self.storage.schools(),
            codes=self.storage.enroll_codes(),
            unrouted=self.storage.unrouted(),
        )

    def admin_action(self, ctx: Ctx, action: str, form: dict[str, Any]) -> Response:
        user = self.authenticate(ctx)
        self.require_role(user, "admin")
        self.check_csrf(ctx, str(form.get("csrf", "")))
        now = self.clock()
        text = {k: _clip(str(v), 200) for k, v in form.items() if isinstance(v, str)}
        try:
            if action == "districts":
                if not text.get("code") or not text.get("name"):
                    raise DirectoryError(ctx.gettext("Code and name are required."))
                self.storage.add_district(text["code"], text["name"], self.now_iso())
                done = ctx.gettext("District created.")
            elif action == "units":
                kind = text.get("kind", "")
                if kind not in UNIT_KINDS or not text.get("name"):
                    raise DirectoryError(ctx.gettext("Kind and name are required."))
                _unit, routed = self.storage.add_unit(text.get("district", ""), kind, text["name"])
                done = ctx.gettext(
                    "Unit created; {count} waiting notification(s) routed to it."
                ).format(count=routed)
            elif action == "users":
                password = str(form.get("password", ""))
                problem = password_problem(password)
                if problem:
                    raise DirectoryError(ctx.gettext("Password: at least 10 characters."))
                role = text.get("role", "")
                districts = [str(d) for d in form.get("districts_list", [])]
                if role not in ROLES or not text.get("login"):
                    raise DirectoryError(ctx.gettext("Login and role are required."))
                if role != "admin" and not districts:
                    raise DirectoryError(ctx.gettext("Choose at least one district."))
                self.storage.add_user(
                    text["login"],
                    text.get("full_name") or text["login"],
                    role,
                    hash_password(password),
                    districts,
                    ws.new_totp_secret(),
                    self.now_iso(),
                )
                done = ctx.gettext("Account created. The first sign-in sets up the one-time codes.")
            elif action == "codes":
                district = text.get("district", "")
                if not text.get("school"):
                    raise DirectoryError(ctx.gettext("School name is required."))
                school = self.storage.add_school(text["school"], district, self.now_iso())
                code = issue_code(self.storage, school, now, 24.0)
                self.storage.audit(self.now_iso(), user, "admin_codes", detail=school.id)
                return self.admin(
                    ctx, ctx.gettext("Give this code to the school; it is shown once."), code
                )
            else:
                raise WebError(404, "No such page.")
        except DirectoryError as exc:
            return self.admin(ctx, str(exc), status=422)
        self.storage.audit(
            self.now_iso(),
            user,
            f"admin_{action}",
            detail=text.get("login") or text.get("code") or text.get("name"),
        )
        return self.admin(ctx, done)


def _day_after(value: str) -> str | None:
    try:
        return (
            datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC) + timedelta(days=1)
        ).strftime("%Y-%m-%d")
    except ValueError:
        return None


def _participants(payload: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    people = payload.get("participants")
    if not isinstance(people, dict):
        return []
    out: list[tuple[str, dict[str, Any]]] = []
    for role, persons in people.items():
        if isinstance(persons, list):
            out.extend((str(role), person) for person in persons if isinstance(person, dict))
    return out


def _others(payload: dict[str, Any]) -> list[dict[str, str]]:
    """Children who are not pupils of the school (payload format 2), each with role, name,
    age and note as the school typed them; anything malformed is left out, never a 500."""
    people = payload.get("participants_not_pupils")
    if not isinstance(people, list):
        return []
    return [
        {key: str(person.get(key) or "") for key in ("role", "full_name", "age", "note")}
        for person in people
        if isinstance(person, dict)
    ]


def install_workspace(app: FastAPI, state: ServerState, clock: Clock) -> None:
    """Add the web pages to the API app."""
    web = Workspace(state, clock)
    css = (HERE / "static" / "workspace.css").read_bytes()

    async def page(request: Request, work: Callable[[Ctx], Response]) -> Response:
        ctx = web.context(request)

        def run() -> Response:
            try:
                return work(ctx)
            except WebError as exc:
                return web.error_page(ctx, exc)

        return await run_in_threadpool(run)

    @app.get("/", include_in_schema=False)
    async def root(request: Request) -> Response:
        def work(ctx: Ctx) -> Response:
            try:
                user = web.authenticate(ctx)
            except WebError:
                return RedirectResponse("/signin", status_code=303)
            return RedirectResponse(web.home_of(user), status_code=303)

        return await page(request, work)

    @app.get("/static/workspace.css", include_in_schema=False)
    async def stylesheet() -> Response:
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/lang/{code}", include_in_schema=False)
    async def language(request: Request, code: str, next: str = "/") -> Response:
        response = RedirectResponse(_safe_next(next), status_code=303)
        if code in LANGUAGES:
            response.set_cookie(
                LANG_COOKIE,
                code,
                max_age=365 * 86400,
                httponly=True,
                samesite="strict",
                secure=request.url.scheme == "https",
                path="/",
            )
        return response

    @app.get("/signin", include_in_schema=False)
    async def signin_form(request: Request) -> Response:
        return await page(request, web.signin_page)

    @app.post("/signin", include_in_schema=False)
    async def signin(
        request: Request,
        login: Annotated[str, Form()] = "",
        password: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        return await page(request, lambda ctx: web.signin(ctx, login, password, csrf))

    @app.get("/signin/totp", include_in_schema=False)
    async def totp_form(request: Request) -> Response:
        return await page(request, web.totp_page)

    @app.post("/signin/totp", include_in_schema=False)
    async def totp(
        request: Request, code: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = ""
    ) -> Response:
        return await page(request, lambda ctx: web.totp(ctx, code, csrf))

    @app.post("/signout", include_in_schema=False)
    async def signout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
        return await page(request, lambda ctx: web.signout(ctx, csrf))

    @app.get("/inbox", include_in_schema=False)
    async def inbox(request: Request) -> Response:
        return await page(request, web.inbox)

    @app.get("/n/{notification_id}", include_in_schema=False)
    async def notification(request: Request, notification_id: str) -> Response:
        return await page(request, lambda ctx: web.notification(ctx, notification_id))

    @app.post("/n/{notification_id}/accept", include_in_schema=False)
    async def accept(
        request: Request,
        notification_id: str,
        reference: Annotated[str, Form()] = "",
        note: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        return await page(
            request, lambda ctx: web.accept(ctx, notification_id, reference, note, csrf)
        )

    @app.post("/n/{notification_id}/clarify", include_in_schema=False)
    async def clarify(
        request: Request,
        notification_id: str,
        question: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        return await page(request, lambda ctx: web.clarify(ctx, notification_id, question, csrf))

    @app.get("/overview", include_in_schema=False)
    async def overview(request: Request) -> Response:
        return await page(request, web.overview)

    @app.get("/admin", include_in_schema=False)
    async def admin(request: Request) -> Response:
        return await page(request, web.admin)

    @app.post("/admin/{action}", include_in_schema=False)
    async def admin_action(request: Request, action: str) -> Response:
        form = await request.form()
        values: dict[str, Any] = {k: v for k, v in form.items() if isinstance(v, str)}
        values["districts_list"] = [v for v in form.getlist("districts") if isinstance(v, str)]
        return await page(request, lambda ctx: web.admin_action(ctx, action, values))

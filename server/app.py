"""The reference server's HTTP API (FastAPI). ``create_app(config)`` builds it;
``app_from_environment()`` is the factory each ``serve --workers N`` process calls.

Order of checks on a signed request: body size (middleware) -> signature headers present and
well-formed -> device known -> signature valid -> timestamp within ±300 s of the server clock ->
nonce unused -> JSON shape. Checking the signature before freshness means a stale_timestamp
answer (which carries the server time) is only given to the real device.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import json
import logging
import os
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from server import models
from server.datadir import ServerConfig, ServerState, open_data_dir
from server.limits import (
    AddressGuardMiddleware,
    Limits,
    LoadShedMiddleware,
    RefusalLog,
    TokenBuckets,
    retry_after_header,
)
from server.storage import (
    Device,
    DeviceRate,
    DeviceRateExceeded,
    EnrollCodeRefused,
    IncomingNotification,
    KeyAlreadyEnrolled,
    NonceClaim,
    NonceReused,
    Refusal,
    StorageBusy,
    hash_enroll_code,
)
from server.timing import ServerTimingMiddleware
from server.web import install_workspace
from sync import protocol as p

logger = logging.getLogger("qorgau.server")

Clock = Callable[[], float]
T = TypeVar("T")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# A client that sends a little too much should see the 413, not a connection reset; beyond this
# we stop reading and let the connection drop.
_DRAIN_LIMIT = 4 * p.MAX_BODY_BYTES
MAX_AFTER = 2**62


def normalise_enroll_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch not in "- \t")


class Refuse(Exception):
    """Raised by request handling to answer a 4xx with ``{"error": code, ...}`` and log it."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        device_id: str | None = None,
        authenticated: bool = False,
        extra: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.device_id = device_id
        # The device's signature verified: only then may the refusal take a durable row.
        self.authenticated = authenticated
        self.extra = extra or {}
        self.headers = headers or {}


class BodyLimitMiddleware:
    """Refuse bodies over ``MAX_BODY_BYTES`` (declared or actually sent) before any handler, and
    bodies that do not arrive within ``body_timeout_s`` (a body trickled in a byte at a time
    would hold its connection and task forever)."""

    def __init__(
        self,
        app: ASGIApp,
        on_refusal: Callable[[Scope, int, str], Awaitable[None]],
        body_timeout_s: float,
    ) -> None:
        self.app = app
        self.on_refusal = on_refusal
        self.body_timeout_s = body_timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        outcome: tuple[str, bytes] | None = None
        with anyio.move_on_after(self.body_timeout_s):
            outcome = await self._read(scope, receive)
        if outcome is None:
            await self._refuse(scope, receive, send, 408, p.ERR_BODY_TIMEOUT, "body too slow")
            return
        kind, body = outcome
        if kind == "gone":
            return
        if kind == "too_large":
            detail = f"body over {p.MAX_BODY_BYTES} bytes"
            await self._refuse(scope, receive, send, 413, p.ERR_BODY_TOO_LARGE, detail)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, status: int, code: str, detail: str
    ) -> None:
        await self.on_refusal(scope, status, code)
        response = JSONResponse(
            {"error": code, "detail": detail}, status_code=status, headers={"Connection": "close"}
        )
        await response(scope, receive, send)

    async def _read(self, scope: Scope, receive: Receive) -> tuple[str, bytes]:
        """("ok", body), ("too_large", b"") or ("gone", b"") when the client disconnected."""
        declared: int | None = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = None
        too_large = declared is not None and declared > p.MAX_BODY_BYTES
        chunks: list[bytes] = []
        total = 0
        more = True
        while more and total <= _DRAIN_LIMIT:
            if too_large and declared is not None and declared > _DRAIN_LIMIT:
                break
            message = await receive()
            if message["type"] == "http.disconnect":
                return "gone", b""
            chunk = message.get("body", b"")
            total += len(chunk)
            more = bool(message.get("more_body", False))
            if total > p.MAX_BODY_BYTES:
                too_large = True
                chunks.clear()
            elif not too_large:
                chunks.append(chunk)
        if too_large or more:
            return "too_large", b""
        return "ok", b"".join(chunks)


def _target(scope: Scope) -> str:
    """The request target as the client signed it: raw path plus raw query string."""
    raw = scope.get("raw_path")
    path = raw.decode("latin-1") if isinstance(raw, bytes) else str(scope.get("path", ""))
    query = scope.get("query_string", b"")
    return path + ("?" + query.decode("latin-1") if query else "")


def _body_doc(model: type[BaseModel], signed: bool) -> dict[str, Any]:
    extra: dict[str, Any] = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
            },
        }
    }
    if signed:
        extra.update(_SIGNED_DOC)
    return extra


_SIGNED_DOC: dict[str, Any] = {
    "parameters": [
        {
            "name": name,
            "in": "header",
            "required": True,
            "schema": {"type": "string"},
            "description": text,
        }
        for name, text in (
            (p.HEADER_DEVICE, "Device id from enrollment"),
            (p.HEADER_TIMESTAMP, "Unix seconds, within ±300 s of the server clock"),
            (p.HEADER_NONCE, "16 random bytes as 32 lowercase hex digits, never reused"),
            (
                p.HEADER_SIGNATURE,
                'Base64 Ed25519 by the device key over b"QORGAU-REQ-1\\n" + METHOD + "\\n" + '
                'PATH_WITH_QUERY + "\\n" + TIMESTAMP + "\\n" + NONCE + "\\n" + sha256_hex(body)',
            ),
        )
    ]
}

_REFUSALS: dict[int | str, dict[str, Any]] = {
    401: {"model": models.ErrorBody, "description": "Signature missing, invalid, stale, replayed"},
    413: {"model": models.ErrorBody, "description": "Body over 1 MiB"},
    422: {"model": models.ErrorBody, "description": "Malformed JSON or wrong shape"},
    429: {"model": models.ErrorBody, "description": "Too many requests (Retry-After)"},
    503: {"model": models.ErrorBody, "description": "Overloaded, shedding load (Retry-After)"},
}


def _over_rate(device_id: str, wait_s: float) -> Refuse:
    """429 for a device over its request rate: this process's bucket or the shared one."""
    return Refuse(
        429,
        p.ERR_RATE_LIMITED,
        "too many requests from this device",
        device_id=device_id,
        authenticated=True,
        headers={"Retry-After": retry_after_header(wait_s)},
    )


class _Handlers:
    """Request handling bound to one data dir; the sync methods run in the thread pool."""

    def __init__(self, state: ServerState, clock: Clock, limits: Limits) -> None:
        self.state = state
        self.storage = state.storage
        self.clock = clock
        self.limits = limits
        # Rates run on the monotonic clock: a test's fixed wall clock must not freeze them.
        self.refusals = RefusalLog(limits, time.monotonic)
        # A device's rate, twice: this process's buckets refuse a runaway before it costs a
        # database write; the database's bucket (in the request's own transaction) is the
        # limit every process on the database shares.
        self.devices = TokenBuckets(limits.device_rate_per_s, limits.device_burst, time.monotonic)
        self.device_rate = DeviceRate(limits.device_rate_per_s, limits.device_burst)
        self._device_slots: dict[str, int] = {}
        self._slots_lock = threading.Lock()

    def now_iso(self) -> str:
        return p.format_unix_time(self.clock())

    # ----------------------------------------------------------------- refusals

    def note_refusal(
        self,
        method: str,
        path: str,
        remote: str | None,
        status: int,
        code: str,
        device: str | None,
        *,
        authenticated: bool = False,
    ) -> bool:
        """Count it (cheap, on the event loop); True if it deserves a durable row."""
        return self.refusals.note(
            method, path, remote, status, code, device, authenticated=authenticated
        )

    def log_refusal(
        self, method: str, path: str, remote: str | None, status: int, code: str, device: str
    ) -> None:
        """The durable row (fsync under the write lock): authenticated devices only."""
        self.storage.log_refusal(
            Refusal(self.now_iso(), remote, method, path[:200], status, code, device)
        )

    # ----------------------------------------------------------------- signed requests

    def signed_call(
        self,
        scope: Scope,
        headers: dict[str, str],
        body: bytes,
        work: Callable[[Device, NonceClaim], T],
    ) -> T:
        """Authenticate, then run ``work`` holding one of the device's in-flight slots.

        ``work`` records the request's nonce (``NonceClaim``) in the transaction of its own
        write, or on its own (``use_nonce``) if it writes nothing: a replay is refused (401) and
        changes nothing. A device's own client sends one request at a time; more at once is a
        runaway or a copied key, and must not take the pool from other schools: 429 +
        Retry-After.
        """
        device, signed = self.verify(scope, headers, body)
        with self._slots_lock:
            busy = self._device_slots.get(device.id, 0)
            if busy >= self.limits.device_in_flight:
                slot = False
            else:
                self._device_slots[device.id] = busy + 1
                slot = True
        if not slot:
            raise Refuse(
                429,
                p.ERR_RATE_LIMITED,
                "too many requests at once from this device",
                device_id=device.id,
                authenticated=True,
                headers={"Retry-After": "1"},
            )
        try:
            claim = NonceClaim(
                device.id,
                signed.nonce,
                signed.timestamp + p.TIMESTAMP_WINDOW_S + 1,
                self.clock(),
                rate=self.device_rate,
            )
            try:
                # Inside the slot: a device's requests waiting for the write lock count too.
                return work(device, claim)
            except NonceReused as exc:
                raise Refuse(
                    401,
                    p.ERR_REPLAYED,
                    "nonce already used",
                    device_id=device.id,
                    authenticated=True,
                ) from exc
            except DeviceRateExceeded as exc:  # the budget all processes share
                raise _over_rate(device.id, exc.wait_s) from exc
            except Refuse as exc:  # the device's own bad request: worth a durable row
                exc.device_id, exc.authenticated = device.id, True
                raise
        finally:
            with self._slots_lock:
                left = self._device_slots[device.id] - 1
                if left:
                    self._device_slots[device.id] = left
                else:
                    del self._device_slots[device.id]

    def verify(
        self, scope: Scope, headers: dict[str, str], body: bytes
    ) -> tuple[Device, p.SignedHeaders]:
        """Everything but the nonce: headers, device, signature, freshness, the device's rate.
        Writes nothing."""
        try:
            signed = p.parse_signed_headers(headers)
        except p.SignatureInvalid as exc:
            raise Refuse(401, exc.code, exc.detail) from exc
        device = self.storage.get_device(signed.device_id)
        if device is None:
            raise Refuse(401, p.ERR_UNKNOWN_DEVICE, "device is not enrolled")
        public_key = p.public_key_from_b64(device.public_key_b64)
        try:
            p.verify_request_signature(public_key, signed, scope["method"], _target(scope), body)
        except p.SignatureInvalid as exc:
            raise Refuse(401, exc.code, exc.detail, device_id=device.id) from exc
        now = self.clock()
        if abs(now - signed.timestamp) > p.TIMESTAMP_WINDOW_S:
            raise Refuse(
                401,
                p.ERR_STALE_TIMESTAMP,
                f"timestamp is {signed.timestamp - now:+.0f} s off the server clock",
                device_id=device.id,
                authenticated=True,
                extra={"server_time": p.format_unix_time(now)},
            )
        # Before the nonce write: a runaway device must not keep the write lock busy.
        wait = self.devices.take(device.id)
        if wait > 0.0:
            raise _over_rate(device.id, wait)
        return device, signed

    # ----------------------------------------------------------------- endpoints

    def health(self) -> dict[str, Any]:
        return {
            "status": "ok",
            "server_public_key": self.state.public_key_b64,
            "server_time": self.now_iso(),
            "protocol": p.PROTOCOL_VERSION,
        }

    def enroll(self, body: bytes) -> dict[str, Any]:
        request = _parse(models.EnrollRequest, body)
        try:
            p.public_key_from_b64(request.device_public_key)
        except p.ProtocolError as exc:
            raise Refuse(422, p.ERR_MALFORMED, f"device_public_key: {exc}") from exc
        code_hash = hash_enroll_code(normalise_enroll_code(request.code))
        candidate = Device(
            id=str(uuid.uuid4()),
            school="",
            name=request.device_name,
            public_key_b64=request.device_public_key,
            enrolled_at=self.now_iso(),
        )
        try:
            device = self.storage.redeem_enroll_code(code_hash, self.clock(), candidate)
        except EnrollCodeRefused as exc:
            raise Refuse(403, exc.code, "enrollment code not accepted") from exc
        except KeyAlreadyEnrolled as exc:
            raise Refuse(409, p.ERR_KEY_ENROLLED, "this device key is already enrolled") from exc
        school = self.storage.get_school(device.school)
        school_name = school.name if school is not None else device.school
        logger.info("enrolled device %s (%s) for school %s", device.id, device.name, device.school)
        return {
            "device_id": device.id,
            "school": school_name,
            "server_public_key": self.state.public_key_b64,
            "server_time": self.now_iso(),
        }

    def deliver(self, device: Device, nonce: NonceClaim, body: bytes) -> dict[str, Any]:
        request = _parse(models.DeliveryRequest, body)
        results: list[dict[str, Any] | None] = []
        incoming: list[IncomingNotification] = []
        for item in request.notifications:
            try:
                canonical = p.canonical_json(item.payload)
            except p.CanonicalJSONError as exc:
                raise Refuse(422, p.ERR_MALFORMED, f"notification {item.id}: {exc}") from exc
            if p.sha256_hex(canonical) != item.payload_sha256:
                results.append(
                    {"id": item.id, "status": 422, "receipt": None, "error": p.ERR_HASH_MISMATCH}
                )
                continue
            results.append(None)
            incoming.append(
                IncomingNotification(
                    item.id,
                    canonical.decode("utf-8"),
                    item.payload_sha256,
                    recipients=_recipients(item.payload),
                    corrects=_corrects(item.payload),
                )
            )

        key = self.state.signing_key
        # The batch commits in one transaction, so its items are stored at one instant: read the
        # clock once, inside the transaction, when the first new item is signed.
        received_at: list[str] = []

        def make_receipt(notification_id: str, digest: str, seq: int, prev: str) -> p.Receipt:
            if not received_at:
                received_at.append(self.now_iso())
            return p.sign_receipt(
                key,
                notification_id=notification_id,
                payload_sha256=digest,
                server_received_at=received_at[0],
                school=device.school,
                school_seq=seq,
                prev_receipt_hash=prev,
            )

        outcomes = iter(
            self.storage.record_notifications(
                device.school, device.id, incoming, make_receipt, nonce=nonce
            )
        )
        counts = {"new": 0, "repeat": 0, "conflict": 0}
        final: list[dict[str, Any]] = []
        for slot in results:
            if slot is not None:
                final.append(slot)
                continue
            outcome = next(outcomes)
            counts[outcome.status] += 1
            if outcome.receipt is None:
                final.append(
                    {"id": outcome.id, "status": 409, "receipt": None, "error": p.ERR_CONFLICT}
                )
            else:
                receipt = outcome.receipt.to_json_dict()
                final.append({"id": outcome.id, "status": 200, "receipt": receipt, "error": None})
        if request.notifications:
            logger.info(
                "device %s delivered %d: %d new, %d repeated, %d conflicting",
                device.id,
                len(request.notifications),
                counts["new"],
                counts["repeat"],
                counts["conflict"],
            )
        return {"results": final, "server_time": self.now_iso()}

    def acknowledgements(self, device: Device, after: int) -> dict[str, Any]:
        records = self.storage.acknowledgements_after(device.school, after, p.MAX_ACKS_PER_PAGE)
        # The item shape is the acknowledgement contract (notes/COMMON.md, sync.protocol AckDict).
        acks = [
            {
                "id": r.id,
                "ack_seq": r.ack_seq,
                "acknowledged_at": r.acknowledged_at,
                "kind": r.kind,
                "officer": r.officer,
                "unit": r.unit,
                "reference": r.reference,
                "note": r.note,
            }
            for r in records
        ]
        return {"acknowledgements": acks, "server_time": self.now_iso()}


M = TypeVar("M", bound=BaseModel)


def _recipients(payload: dict[str, Any]) -> tuple[str, ...]:
    """Recipient codes of the rules file named by the payload (routing, DESIGN §6a)."""
    value = payload.get("recipients")
    if not isinstance(value, list):
        return ()
    return tuple(str(code) for code in value if isinstance(code, str) and code)


def _corrects(payload: dict[str, Any]) -> str | None:
    value = payload.get("corrects")
    return value if isinstance(value, str) and value else None


def _parse(model: type[M], body: bytes) -> M:
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        # include_input=False: payload contents never reach the logs or the answer.
        first = exc.errors(include_input=False, include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise Refuse(422, p.ERR_MALFORMED, f"{where}: {first['msg']}") from exc


def _headers(request: Request) -> dict[str, str]:
    return {key.lower(): value for key, value in request.headers.items()}


# Set by ``qorgau-server serve`` for its worker processes (JSON of the Limits it was given).
ENV_LIMITS = "QORGAU_SERVER_SERVE_LIMITS"


def limits_to_environ(limits: Limits) -> dict[str, str]:
    return {ENV_LIMITS: json.dumps(dataclasses.asdict(limits))}


def app_from_environment() -> FastAPI:
    """The uvicorn app factory: every worker process builds its app from the environment
    (data dir, database, signing key: server/datadir.py; limits: ``ENV_LIMITS``)."""
    limits = Limits()
    if os.environ.get(ENV_LIMITS):
        fields = json.loads(os.environ[ENV_LIMITS])
        fields["shed_retry_after_s"] = tuple(fields.get("shed_retry_after_s", (1, 5)))
        limits = Limits(**fields)
    return create_app(ServerConfig.resolve(), limits=limits)


# Seconds a thread may hold the GIL while another waits for it (Python's default: 0.005).
GIL_SWITCH_INTERVAL_S = 0.001
# The cyclic collector's thresholds (Python's default: 700, 10, 10). A full collection stops
# every thread of the process while it walks the whole heap: under the burst benchmark each
# process ran one every ~3 s (every 10th second-generation collection), 100-170 ms each, and
# the requests in flight then waited that long. One in every 100 makes it ~10 times rarer.
# The youngest generation is collected every 7,000 net allocations instead of 700: most of a
# request's objects are freed by reference counting before then, so fewer survive to be walked
# again in the older generations. In 6 interleaved pairs of the burst benchmark the server
# needed less CPU for the same load in 5 and as much in the sixth (6.3-8.7 s against
# 6.6-11.5 s).
GC_THRESHOLDS = (7000, 10, 100)


def create_app(
    where: ServerConfig | Path | str, *, clock: Clock | None = None, limits: Limits | None = None
) -> FastAPI:
    """Build the API over an initialised server (``qorgau-server init``): a config, or a data
    dir holding both the key and the SQLite database."""
    state = open_data_dir(where)
    limits = limits or Limits()
    handlers = _Handlers(state, clock or time.time, limits)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The pool of the blocking handlers (run_in_threadpool); its size bounds the database
        # connections of this process. The limiter belongs to the event loop, so it is set here.
        anyio.to_thread.current_default_thread_limiter().total_tokens = limits.threads
        # The event loop (accepting, reading, answering and shedding requests) shares the GIL
        # with the pool's threads. At Python's default 5 ms switch interval it may wait that
        # long behind a handler each time it wants the GIL back, hundreds of times in a burst
        # of schools; at 1 ms the burst's accepted requests wait far less (benchmarks: p99
        # 682-836 ms against 1,094-1,789 ms at 5 ms, in the same minutes), at no loss of
        # throughput. Set in each worker process, like the limiter.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        logger.info("GIL switch interval: %.1f ms", sys.getswitchinterval() * 1000)
        # Which loop serves is a measured choice (server/serving.py: not uvloop); said once.
        loop = type(asyncio.get_running_loop())
        logger.info("event loop: %s.%s", loop.__module__, loop.__qualname__)
        gc.set_threshold(*GC_THRESHOLDS)
        logger.info("garbage collector thresholds: %s", gc.get_threshold())
        try:
            yield
        finally:
            state.storage.close()

    app = FastAPI(
        title="Qorgau reference server",
        version=str(p.PROTOCOL_VERSION),
        description=(p.__doc__ or "").strip(),
        lifespan=lifespan,
    )

    async def refusal_from_middleware(scope: Scope, status: int, code: str) -> None:
        # Before authentication: counted and maybe logged, never a database row.
        client = scope.get("client")
        handlers.note_refusal(
            scope.get("method", "?"),
            str(scope.get("path", "")),
            client[0] if client else None,
            status,
            code,
            None,
        )

    def shed() -> None:
        handlers.note_refusal("-", "-", None, 503, p.ERR_OVERLOADED, None)

    # Outermost last: the address guard answers before any body is read; bodies are read (in
    # bounded time) before a request counts as in flight, so slow uploads cannot fill the slots.
    app.add_middleware(LoadShedMiddleware, limits=limits, on_shed=shed)
    app.add_middleware(
        BodyLimitMiddleware,
        on_refusal=refusal_from_middleware,
        body_timeout_s=limits.body_timeout_s,
    )
    app.add_middleware(AddressGuardMiddleware, refusals=handlers.refusals)
    app.add_middleware(ServerTimingMiddleware)  # outermost: every answer says its time

    async def refuse(request: Request, exc: Refuse) -> JSONResponse:
        remote = request.client.host if request.client else None
        durable = handlers.note_refusal(
            request.method,
            request.url.path,
            remote,
            exc.status,
            exc.code,
            exc.device_id,
            authenticated=exc.authenticated,
        )
        if durable and exc.device_id is not None:
            await run_in_threadpool(
                handlers.log_refusal,
                request.method,
                request.url.path,
                remote,
                exc.status,
                exc.code,
                exc.device_id,
            )
        content: dict[str, str] = {"error": exc.code, "detail": exc.detail, **exc.extra}
        return JSONResponse(content, status_code=exc.status, headers=exc.headers or None)

    @app.exception_handler(Refuse)
    async def on_refuse(request: Request, exc: Refuse) -> JSONResponse:
        return await refuse(request, exc)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        where = ".".join(str(x) for x in errors[0].get("loc", ())) if errors else "request"
        return await refuse(request, Refuse(422, p.ERR_MALFORMED, f"{where}: invalid"))

    @app.exception_handler(StorageBusy)
    async def on_busy_database(request: Request, exc: StorageBusy) -> JSONResponse:
        # "database is locked" after the busy timeout, a database server unreachable or a
        # concurrent write refused: the server is overloaded, not broken; the client retries.
        logger.warning("database busy: %s", exc)
        handlers.note_refusal(request.method, request.url.path, None, 503, p.ERR_OVERLOADED, None)
        return JSONResponse(
            {"error": p.ERR_OVERLOADED, "detail": "server busy, retry later"},
            status_code=503,
            headers={"Retry-After": "5"},
        )

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: p.ERR_NOT_FOUND, 405: p.ERR_METHOD_NOT_ALLOWED}.get(
            exc.status_code, f"http_{exc.status_code}"
        )
        return await refuse(request, Refuse(exc.status_code, code, str(exc.detail)))

    @app.get(
        p.PATH_HEALTH,
        response_model=models.Health,
        summary="Liveness probe and the server's receipt-signing key (unsigned)",
    )
    async def health() -> JSONResponse:
        return JSONResponse(handlers.health())

    @app.post(
        p.PATH_ENROLL,
        response_model=models.EnrollResponse,
        summary="Register a device key with a one-time enrollment code (unsigned)",
        responses={
            403: {"model": models.ErrorBody, "description": "Code unknown, used or expired"},
            409: {"model": models.ErrorBody, "description": "Device key already enrolled"},
            413: _REFUSALS[413],
            422: _REFUSALS[422],
        },
        openapi_extra=_body_doc(models.EnrollRequest, signed=False),
    )
    async def enroll(request: Request) -> JSONResponse:
        body = await request.body()
        return JSONResponse(await run_in_threadpool(handlers.enroll, body))

    @app.post(
        p.PATH_NOTIFICATIONS,
        response_model=models.DeliveryResponse,
        summary="Deliver a batch of mandatory notifications; returns a signed receipt for each",
        responses=_REFUSALS,
        openapi_extra=_body_doc(models.DeliveryRequest, signed=True),
    )
    async def deliver(request: Request) -> JSONResponse:
        body = await request.body()

        def work() -> dict[str, Any]:
            return handlers.signed_call(
                request.scope,
                _headers(request),
                body,
                lambda device, nonce: handlers.deliver(device, nonce, body),
            )

        return JSONResponse(await run_in_threadpool(work))

    @app.get(
        p.PATH_ACKNOWLEDGEMENTS,
        response_model=models.AcknowledgementsResponse,
        summary="Acknowledgements by the receiving authority for this device's school",
        responses={
            304: {"description": "Nothing newer than If-None-Match (the client's cursor)"},
            **_REFUSALS,
        },
        openapi_extra=_SIGNED_DOC,
    )
    async def acknowledgements(
        request: Request,
        # Bounded so that SQLite's 64-bit integers never overflow into a 500.
        after: int = Query(
            0, ge=0, le=MAX_AFTER, description="Return acknowledgements with ack_seq > after"
        ),
    ) -> Response:
        body = await request.body()
        headers = _headers(request)

        def pull(device: Device, nonce: NonceClaim) -> tuple[str, dict[str, Any] | None]:
            handlers.storage.use_nonce(nonce)  # a read: the nonce is its only write
            etag = p.ack_etag(handlers.storage.last_ack_seq(device.school))
            # Conditional pull: nothing newer than the client's cursor -> 304, no body.
            if headers.get("if-none-match") == etag and etag == p.ack_etag(after):
                return etag, None
            return etag, handlers.acknowledgements(device, after)

        def work() -> tuple[str, dict[str, Any] | None]:
            return handlers.signed_call(request.scope, headers, body, pull)

        etag, data = await run_in_threadpool(work)
        if data is None:
            return Response(status_code=304, headers={"ETag": etag})
        return JSONResponse(data, headers={"ETag": etag})

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (models.EnrollRequest, models.DeliveryRequest):
            model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(model_schema.pop("$defs", {}))
            components[model.__name__] = model_schema
        # The payload is validated as any JSON object but documented by its shape.
        components["NotificationPayload"] = models.payload_schema()
        payload = components["WireNotification"]["properties"]["payload"]
        components["WireNotification"]["properties"]["payload"] = {
            "$ref": "#/components/schemas/NotificationPayload",
            "description": payload["description"],
        }
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    install_workspace(app, state, handlers.clock)
    return app

"""HTTP client for the Qorgau server, independent of the vault.

``ServerClient`` speaks the protocol in ``sync.protocol`` over one ``requests.Session``. It never
retries by itself (except one re-sign after a clock-skew refusal, see ``_send``): the delivery
engine owns retry policy (``sync.backoff``) and decides from the exception type:

* ``ServerUnreachable`` — connection refused/reset, timeouts, truncated or garbled responses
  (``BadResponse``): retry with backoff.
* ``ServerBusy`` — 429/503; ``retry_after`` is the server's lower bound for the next try.
* ``ServerError`` — other 5xx: retry with backoff.
* ``TLSFailure`` — the certificate does not verify against the pinned CA: retrying will not help
  until an administrator looks; show it.
* ``Refused`` — 4xx with the server's error ``code`` (``sync.protocol.ERR_*``).
* ``ReceiptInvalid`` (from ``sync.protocol``) — the server answered but its receipt does not
  verify against the pinned key; never mark anything delivered on it.

Transport security: ``https://`` is verified against the pinned CA (``ca_pem``) or the default
trust store; plain ``http://`` is only accepted for loopback hosts. Certificate verification
cannot be switched off.
"""

from __future__ import annotations

import ipaddress
import json
import os
import tempfile
import time
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.backoff import parse_retry_after
from sync.protocol import (
    ACK_KINDS,
    ERR_STALE_TIMESTAMP,
    MAX_BATCH,
    PATH_ACKNOWLEDGEMENTS,
    PATH_ENROLL,
    PATH_HEALTH,
    PATH_NOTIFICATIONS,
    PROTOCOL_VERSION,
    CanonicalNotification,
    MalformedMessage,
    ProtocolError,
    Receipt,
    WireNotification,
    ack_etag,
    canonical_json,
    canonical_notification,
    delivery_request_body,
    is_sha256_hex,
    parse_time,
    public_key_from_b64,
    public_key_to_b64,
    sign_request,
    verify_receipt,
)

DEFAULT_TIMEOUT: Final = (5.0, 30.0)
MAX_RESPONSE_BYTES: Final = 16 * 1024 * 1024
USER_AGENT: Final = f"qorgau-sync/{PROTOCOL_VERSION}"

# --------------------------------------------------------------------------- errors


class TransportError(Exception):
    """Base class of everything ``ServerClient`` raises apart from ``ProtocolError``s."""


class InsecureURL(TransportError, ValueError):
    """The URL is not https:// and not a loopback http:// URL, or is otherwise unusable."""


class NotConfigured(TransportError):
    """The call needs a device id/key or a pinned server key that the client was not given."""


class ServerUnreachable(TransportError):
    """No usable answer: connection failed, timed out, was reset or the body was cut short."""


class BadResponse(ServerUnreachable):
    """The server answered with something that is not the documented JSON shape."""


class TLSFailure(TransportError):
    """TLS handshake or certificate verification failed (wrong CA, wrong host, old protocol)."""


class ServerBusy(TransportError):
    """429 or 503: come back later, no earlier than ``retry_after`` seconds if given."""

    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(f"server busy (HTTP {status}), retry after {retry_after}")
        self.status = status
        self.retry_after = retry_after


class ServerError(TransportError):
    """A 5xx answer (other than 503), or an unexpected status."""

    def __init__(self, status: int, detail: str = "") -> None:
        super().__init__(f"server error HTTP {status} {detail}".rstrip())
        self.status = status


class Refused(TransportError):
    """A 4xx answer; ``code`` is the server's error code (``sync.protocol.ERR_*``)."""

    def __init__(self, status: int, code: str, detail: str = "") -> None:
        super().__init__(f"refused by server: HTTP {status} {code}: {detail}".rstrip(": "))
        self.status = status
        self.code = code
        self.detail = detail


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class HealthInfo:
    status: str
    server_public_key: Ed25519PublicKey
    server_public_key_b64: str
    server_time: str
    protocol: int


@dataclass(frozen=True)
class EnrollResult:
    device_id: str
    school: str
    server_public_key: Ed25519PublicKey
    server_public_key_b64: str
    server_time: str


@dataclass(frozen=True)
class DeliveryResult:
    """Outcome for one notification; ``receipt`` is set (and verified) only when status is 200."""

    id: str
    status: int
    receipt: Receipt | None
    error: str | None

    @property
    def delivered(self) -> bool:
        return self.status == 200 and self.receipt is not None

    @property
    def conflict(self) -> bool:
        return self.status == 409


@dataclass(frozen=True)
class DeliveryAnswer:
    """The server's answer to a delivery request, before any receipt in it is verified.

    Only ``ServerClient.verify_delivery`` turns it into results; nothing may be marked on it.
    """

    items: tuple[CanonicalNotification, ...]
    raw_results: tuple[object, ...]


@dataclass(frozen=True)
class Ack:
    id: str
    acknowledged_at: str
    ack_seq: int
    note: str | None
    kind: str = "accepted"  # absent from older servers: an acceptance
    officer: str | None = None
    unit: str | None = None
    reference: str | None = None


# --------------------------------------------------------------------------- helpers

# What ``_send`` returns for a 304 to a conditional request (compared by identity).
_NOT_MODIFIED: Final[dict[str, Any]] = {}


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(base_url: str) -> str:
    """Return ``base_url`` without a trailing slash, or raise ``InsecureURL``."""
    parts = urlsplit(base_url)
    scheme = parts.scheme.lower()
    host = parts.hostname
    if scheme not in ("http", "https") or not host:
        raise InsecureURL(f"not an http(s) URL: {base_url!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InsecureURL("the server URL must not contain credentials, a query or a fragment")
    if scheme == "http" and not is_loopback_host(host):
        raise InsecureURL(f"plain http:// is only allowed to loopback addresses, not {host!r}")
    try:
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError as exc:
        raise InsecureURL(f"bad port in {base_url!r}") from exc
    return base_url.rstrip("/")


def _remove_file(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _expect(data: Mapping[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = data.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise BadResponse(f"response field {name!r} missing or of the wrong type")
    return value


# --------------------------------------------------------------------------- client


class ServerClient:
    """One server, one device. Not thread-safe: give each worker thread its own client."""

    def __init__(
        self,
        base_url: str,
        *,
        ca_pem: bytes | None = None,
        server_public_key: Ed25519PublicKey | None = None,
        device_id: str | None = None,
        device_key: Ed25519PrivateKey | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self._loopback = is_loopback_host(urlsplit(self.base_url).hostname or "")
        self.server_public_key = server_public_key
        self.device_id = device_id
        self.device_key = device_key
        self.timeout = timeout
        # Seconds to add to the local clock when signing; learnt from a stale_timestamp refusal.
        self.clock_offset = 0.0
        self.last_server_time: str | None = None
        self._verify: bool | str = True
        self._ca_path: str | None = None
        if ca_pem is not None:
            if b"-----BEGIN CERTIFICATE-----" not in ca_pem:
                raise ValueError("ca_pem is not a PEM certificate")
            fd, path = tempfile.mkstemp(prefix="qorgau-ca-", suffix=".pem")  # mode 0600
            try:
                os.write(fd, ca_pem)
            finally:
                os.close(fd)
            self._ca_path = path
            self._verify = path
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._finalizer = weakref.finalize(
            self, ServerClient._cleanup, self._session, self._ca_path
        )

    @staticmethod
    def _cleanup(session: requests.Session, ca_path: str | None) -> None:
        session.close()
        if ca_path is not None:
            _remove_file(ca_path)

    def close(self) -> None:
        self._finalizer()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ----------------------------------------------------------------- endpoints

    def health(self) -> HealthInfo:
        data = self._send("GET", PATH_HEALTH, body=None, signed=False)
        key_b64 = _expect(data, "server_public_key", str)
        protocol = _expect(data, "protocol", int)
        return HealthInfo(
            status=_expect(data, "status", str),
            server_public_key=self._parse_key(key_b64),
            server_public_key_b64=key_b64,
            server_time=_expect(data, "server_time", str),
            protocol=protocol,
        )

    def enroll(self, code: str, device_public_key_b64: str, device_name: str) -> EnrollResult:
        """Register the device key with a one-time code; pin ``server_public_key`` from it."""
        request = {
            "code": code,
            "device_public_key": device_public_key_b64,
            "device_name": device_name,
        }
        data = self._send("POST", PATH_ENROLL, body=canonical_json(request), signed=False)
        key_b64 = _expect(data, "server_public_key", str)
        key = self._parse_key(key_b64)
        if self.server_public_key is not None and public_key_to_b64(
            self.server_public_key
        ) != public_key_to_b64(key):
            raise BadResponse("the server's signing key differs from the pinned one")
        return EnrollResult(
            device_id=_expect(data, "device_id", str),
            school=_expect(data, "school", str),
            server_public_key=key,
            server_public_key_b64=key_b64,
            server_time=_expect(data, "server_time", str),
        )

    def deliver(
        self, items: Sequence[WireNotification | CanonicalNotification]
    ) -> list[DeliveryResult]:
        """Send up to ``MAX_BATCH`` notifications; every returned receipt has been verified.

        Raises ``ReceiptInvalid`` if any receipt does not verify against the pinned server key
        for the id and payload hash that were sent; in that case nothing should be marked.
        """
        return self.verify_delivery(self.post_notifications(items))

    def post_notifications(
        self, items: Sequence[WireNotification | CanonicalNotification]
    ) -> DeliveryAnswer:
        """First half of ``deliver``: send the batch and check the answer's shape only.

        Each payload is serialised (or, for a ``CanonicalNotification``, was checked) once and its
        hash compared with the declared one (``MalformedMessage`` if stale); the body is built from
        those bytes and is byte for byte ``canonical_json`` of the ``DeliveryRequest``.
        """
        if self.server_public_key is None:
            raise NotConfigured("deliver needs the pinned server public key")
        if len(items) > MAX_BATCH:
            raise ValueError(f"at most {MAX_BATCH} notifications per request")
        if not items:
            return DeliveryAnswer((), ())
        prepared = tuple(
            item if isinstance(item, CanonicalNotification) else canonical_notification(item)
            for item in items
        )
        body = delivery_request_body(prepared)
        data = self._send("POST", PATH_NOTIFICATIONS, body=body, signed=True)
        raw_results = _expect(data, "results", list)
        if len(raw_results) != len(prepared):
            raise BadResponse(f"{len(raw_results)} results for {len(prepared)} notifications")
        return DeliveryAnswer(prepared, tuple(raw_results))

    def verify_delivery(self, answer: DeliveryAnswer) -> list[DeliveryResult]:
        """Second half of ``deliver``: parse every result and verify every receipt against the
        pinned key, the id and the payload hash that were sent.

        Touches no connection state, so it may run on another thread while this client sends
        the next batch. Raises ``ReceiptInvalid``, ``BadResponse`` or ``MalformedMessage``.
        """
        if self.server_public_key is None:
            raise NotConfigured("deliver needs the pinned server public key")
        return [
            self._parse_result(item, raw)
            for item, raw in zip(answer.items, answer.raw_results, strict=True)
        ]

    def acknowledgements(self, after: int) -> list[Ack]:
        """One page of acknowledgements with ``ack_seq > after``, ascending.

        A conditional request: ``If-None-Match`` names the cursor, and a server with nothing
        newer answers 304 without a body (older servers simply answer the empty list).
        """
        if after < 0:
            raise ValueError("after must be >= 0")
        path = f"{PATH_ACKNOWLEDGEMENTS}?after={int(after)}"
        data = self._send(
            "GET", path, body=None, signed=True, headers={"If-None-Match": ack_etag(after)}
        )
        if data is _NOT_MODIFIED:
            return []
        acks: list[Ack] = []
        last = after
        for raw in _expect(data, "acknowledgements", list):
            if not isinstance(raw, dict):
                raise BadResponse("acknowledgement is not an object")
            texts = {}
            for field in ("note", "officer", "unit", "reference"):
                value = raw.get(field)
                if value is not None and not isinstance(value, str):
                    raise BadResponse(f"acknowledgement {field} must be a string or null")
                texts[field] = value
            kind = raw.get("kind", "accepted")  # older servers only knew acceptance
            if kind not in ACK_KINDS:
                raise BadResponse(f"unknown acknowledgement kind {kind!r}")
            ack = Ack(
                id=_expect(raw, "id", str),
                acknowledged_at=_expect(raw, "acknowledged_at", str),
                ack_seq=_expect(raw, "ack_seq", int),
                kind=kind,
                **texts,
            )
            if ack.ack_seq <= last:
                raise BadResponse("acknowledgements not in ascending ack_seq order after 'after'")
            last = ack.ack_seq
            acks.append(ack)
        return acks

    # ----------------------------------------------------------------- internals

    def _parse_key(self, key_b64: str) -> Ed25519PublicKey:
        try:
            return public_key_from_b64(key_b64)
        except ProtocolError as exc:
            raise BadResponse(f"server public key: {exc}") from exc

    def _parse_result(self, item: CanonicalNotification, raw: object) -> DeliveryResult:
        if not isinstance(raw, dict):
            raise BadResponse("delivery result is not an object")
        result_id = _expect(raw, "id", str)
        if result_id != item.id:
            raise BadResponse(f"result for {result_id!r} where {item.id!r} was expected")
        status = _expect(raw, "status", int)
        error = raw.get("error")
        if error is not None and not isinstance(error, str):
            raise BadResponse("delivery result error must be a string or null")
        if status != 200:
            return DeliveryResult(id=result_id, status=status, receipt=None, error=error)
        receipt = Receipt.from_json_dict(raw.get("receipt"))
        assert self.server_public_key is not None  # checked by deliver()
        if not is_sha256_hex(item.payload_sha256):
            raise MalformedMessage("payload_sha256 must be 64 lowercase hex digits")
        verify_receipt(
            self.server_public_key,
            receipt,
            expected_id=item.id,
            expected_hash=item.payload_sha256,
        )
        return DeliveryResult(id=result_id, status=200, receipt=receipt, error=None)

    def _send(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None,
        signed: bool,
        headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        try:
            return self._send_once(method, path, body=body, signed=signed, headers=headers)
        except Refused as exc:
            # A PC with a wrong clock (common after a dead CMOS battery) would never deliver;
            # the server tells an authentic request its time, so re-sign once with the offset.
            if not (signed and exc.code == ERR_STALE_TIMESTAMP and self._learnt_offset):
                raise
            self._learnt_offset = False
            return self._send_once(method, path, body=body, signed=signed, headers=headers)

    _learnt_offset = False

    def _send_once(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None,
        signed: bool,
        headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        conditional = headers is not None and "If-None-Match" in headers
        headers = {"Accept": "application/json", **(headers or {})}
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = requests.Request(method, self.base_url + path, data=body, headers=headers)
        prepared = self._session.prepare_request(request)
        if signed:
            prepared.headers.update(self.signature_headers(method, prepared.path_url, body or b""))
        url = prepared.url or (self.base_url + path)
        if self._loopback:
            # An HTTP(S)_PROXY from the environment must not carry loopback traffic off-host.
            settings: dict[str, Any] = {"proxies": {}, "stream": True, "cert": None}
        else:
            settings = self._session.merge_environment_settings(url, {}, True, self._verify, None)
        settings["verify"] = self._verify  # never let the environment replace a pinned CA
        try:
            response = self._session.send(
                prepared, timeout=self.timeout, allow_redirects=False, **settings
            )
            try:
                content = self._read_limited(response)
            finally:
                response.close()
        except requests.exceptions.SSLError as exc:
            raise TLSFailure(f"TLS failure talking to {self.base_url}: {exc}") from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise ServerUnreachable(f"{self.base_url} unreachable: {exc}") from exc
        except requests.exceptions.RequestException as exc:
            # ChunkedEncodingError, ContentDecodingError: the body was cut or mangled.
            raise ServerUnreachable(f"broken response from {self.base_url}: {exc}") from exc
        if conditional and response.status_code == 304:
            return _NOT_MODIFIED
        return self.interpret_response(response.status_code, response.headers, content)

    def _read_limited(self, response: requests.Response) -> bytes:
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_content(chunk_size=65536):
            total += len(chunk)
            if total > MAX_RESPONSE_BYTES:
                raise BadResponse("response larger than the protocol allows")
            chunks.append(chunk)
        return b"".join(chunks)

    def signature_headers(self, method: str, target: str, body: bytes) -> dict[str, str]:
        """The headers that sign a request of this device (``target``: path and query), at the
        server's time as far as this client has learnt it."""
        if self.device_id is None or self.device_key is None:
            raise NotConfigured("this request needs an enrolled device (id and key)")
        return sign_request(
            self.device_key,
            self.device_id,
            method,
            target,
            body,
            now=time.time() + self.clock_offset,
        )

    def interpret_response(
        self, status: int, headers: Mapping[str, str], content: bytes
    ) -> dict[str, Any]:
        """An answer's JSON object, or the error the engine acts on (``ServerBusy`` with its
        Retry-After, ``ServerError``, ``Refused``, ``BadResponse``); learns the server's time.

        ``headers`` must look names up case-insensitively. Public for the load generator, which
        sends the same signed requests over its own HTTP connections (benchmarks/server_load.py).
        """
        data: object = None
        try:
            data = json.loads(content.decode("utf-8")) if content else None
        except (UnicodeDecodeError, ValueError):
            data = None
        body = data if isinstance(data, dict) else {}
        server_time = body.get("server_time")
        if isinstance(server_time, str):
            self.last_server_time = server_time
        if status in (429, 503):
            raise ServerBusy(status, parse_retry_after(headers.get("Retry-After")))
        if status >= 500:
            raise ServerError(status, str(body.get("error", "")))
        if 400 <= status < 500:
            code = body.get("error")
            detail = body.get("detail")
            code_text = code if isinstance(code, str) else f"http_{status}"
            if code_text == ERR_STALE_TIMESTAMP and isinstance(server_time, str):
                self._learn_offset(server_time)
            return self._raise_refused(status, code_text, detail)
        if status != 200:
            raise BadResponse(f"unexpected HTTP status {status}")
        if not isinstance(data, dict):
            raise BadResponse("response body is not a JSON object (truncated?)")
        return data

    def _raise_refused(self, status: int, code: str, detail: object) -> dict[str, Any]:
        raise Refused(status, code, detail if isinstance(detail, str) else "")

    def _learn_offset(self, server_time: str) -> None:
        try:
            server_ts = parse_time(server_time).timestamp()
        except ProtocolError:
            return
        self.clock_offset = server_ts - time.time()
        self._learnt_offset = True

"""Delivering the outbox: queued notifications out, signed receipts and acknowledgements in.

Plain synchronous Python with a ``cancel`` event and a ``progress`` callable (``app.progress``:
notifications sent of those queued, and the time left), so the desktop runs it on a worker
thread (with that thread's own database connection) and `qorgau sync` runs it directly.

Exactly once: every notification travels with its UUID and payload hash, the server answers
the same id + hash with the same receipt, and a receipt is stored together with the
"delivered" mark in one transaction only after it verified against the pinned server key.
A crash before that transaction means a resend, which the server answers with the receipt it
already issued — never a loss, never a duplicate.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import clock
from app.domain.cases import OutboxItem
from app.errors import DatabaseBusy, NotFound, QorgauError
from app.progress import ProgressMeter, Reporter
from app.storage import device as device_repo
from app.storage import notifications as outbox
from app.storage.db import Database
from sync.backoff import Backoff
from sync.protocol import (
    MAX_BATCH,
    MAX_BODY_BYTES,
    CanonicalNotification,
    ProtocolError,
    canonical_notification_from_text,
    delivery_request_body,
    public_key_from_b64,
)
from sync.transport import (
    BadResponse,
    DeliveryAnswer,
    DeliveryResult,
    Refused,
    ServerBusy,
    ServerClient,
    ServerError,
    ServerUnreachable,
    TransportError,
)

DEFAULT_BATCH = 200
# A batch's request body stays within the server's limit (a 413 refuses the whole batch).
MAX_BATCH_BYTES = MAX_BODY_BYTES
# Acknowledgements come from an officer's act, minutes to hours after delivery: pulling them
# every round would only load the server (DESIGN §6, issue 9).
DEFAULT_ACK_INTERVAL_S = 120.0
_EMPTY_BODY_BYTES = len(delivery_request_body(()))
# First health-probe delay ceiling during an outage (seconds); it doubles from there, up to
# PROBE_CAP_S: the probe is one small GET, and its ceiling is how long a school may stay away
# from a server that is back (1,000 schools probing at most every 30 s: ~70 GETs a second on
# average, spread by full jitter, while deliveries keep their own, longer backoff).
PROBE_BASE_S = 1.0
PROBE_CAP_S = 30.0
# A gateway's "bad gateway" / "gateway timeout": the reverse proxy is up, the server behind it
# is not — an outage like a refused connection, ended early by a probe that gets through.
GATEWAY_STATUSES = (502, 504)

logger = logging.getLogger(__name__)


class NotEnrolled(QorgauError):
    """The vault has not been enrolled with a server (`qorgau enroll URL CODE`)."""

    code = "not_enrolled"


@dataclass
class SyncReport:
    delivered: int = 0
    acknowledged: int = 0
    remaining: int = 0
    conflicts: list[str] = field(default_factory=list)
    # Queued notifications too large for any request: they stay queued, with last_error set,
    # and must be reported by phone.
    oversized: list[str] = field(default_factory=list)
    error: str | None = None
    retry_after: float | None = None
    # The server could not be reached at all (as opposed to answering with an error): only then
    # may a successful health probe cut the backoff short.
    unreachable: bool = False

    @property
    def complete(self) -> bool:
        return self.error is None and self.remaining == 0 and not self.conflicts


def client_for(db: Database) -> ServerClient:
    record = device_repo.get(db)
    if record is None:
        raise NotEnrolled("this vault is not enrolled with a server; run `qorgau enroll URL CODE`")
    return ServerClient(
        record.server_url,
        ca_pem=record.ca_pem,
        server_public_key=public_key_from_b64(record.server_public_key),
        device_id=record.device_id,
        device_key=Ed25519PrivateKey.from_private_bytes(record.private_key),
    )


def _wire(item: OutboxItem) -> CanonicalNotification:
    # The outbox holds the payload as the canonical JSON text it was hashed from: check it once
    # and send those bytes, rather than parse, re-serialise and re-check it in the client.
    return canonical_notification_from_text(item.id, item.payload, item.payload_sha256)


def wire_size(item: CanonicalNotification) -> int:
    """Bytes ``item`` adds to a delivery request body (without the separating comma)."""
    return len(delivery_request_body((item,))) - _EMPTY_BODY_BYTES


def oversized_message(size: int, limit: int | None) -> str:
    accepts = f"at most {limit} bytes" if limit is not None else "less"
    return (
        f"too large to send: {size} bytes, the server accepts {accepts} per request; "
        "report it by phone and record the call"
    )


@dataclass(frozen=True)
class _Batch:
    items: list[OutboxItem]
    wires: list[CanonicalNotification]
    body_bytes: int


def sync_once(
    db: Database,
    *,
    client: ServerClient | None = None,
    cancel: threading.Event | None = None,
    progress: Reporter | None = None,
    batch_size: int = DEFAULT_BATCH,
    max_batch_bytes: int = MAX_BATCH_BYTES,
    pull_acks: bool = True,
) -> SyncReport:
    """Deliver everything queued (in batches) and pull acknowledgements, once.

    Batches are bounded by count and by the bytes of their request body: one notification too
    large for any request is reported (``oversized``, its ``last_error``) and skipped, so the rest
    still flows; a 413 all the same (a server with a lower limit) halves the byte budget.

    One request is in flight at a time, sent from a helper thread that never touches ``db``. As
    soon as a batch's answer is in, the next batch goes out, and this thread verifies the
    answer's receipts and stores them while the server works on the next one. A batch is only
    sent after the previous request was answered; after a transport error nothing more is sent,
    and receipts are stored only once verified.

    ``progress`` hears "0 of N" first (N: queued at the start), then the count delivered after
    each batch's receipts are stored.
    """
    own_client = client is None
    client = client or client_for(db)
    report = SyncReport()
    # A report per batch (at most 50 for 10,000): no thinning needed.
    meter = ProgressMeter(outbox.queued_count(db), progress, interval_s=0.0) if progress else None
    if meter is not None:
        meter.update(0)
    failed_ids: set[str] = set()
    limit = min(batch_size, MAX_BATCH)
    byte_budget = [max(max_batch_bytes, _EMPTY_BODY_BYTES + 1)]
    sending = client

    def cancelled() -> bool:
        return cancel is not None and cancel.is_set()

    def too_large(item: OutboxItem, size: int, limit_bytes: int | None) -> None:
        message = oversized_message(size, limit_bytes)
        logger.warning("notification %s: %s", item.id, message)
        with db.transaction():
            outbox.record_attempt(db, item.id, clock.now_iso(), message)
        failed_ids.add(item.id)
        report.oversized.append(item.id)

    def next_batch(in_flight: Sequence[OutboxItem]) -> _Batch:
        skip = failed_ids | {i.id for i in in_flight}
        queued = outbox.queued_batch(db, limit + len(skip))
        items: list[OutboxItem] = []
        wires: list[CanonicalNotification] = []
        body = _EMPTY_BODY_BYTES
        for item in queued:
            if item.id in skip:
                continue
            wire = _wire(item)
            size = wire_size(wire)
            if _EMPTY_BODY_BYTES + size > max_batch_bytes:
                too_large(item, _EMPTY_BODY_BYTES + size, max_batch_bytes)
                continue
            if items and body + 1 + size > byte_budget[0]:
                break  # the next batch starts with it
            items.append(item)
            wires.append(wire)
            body += size + (1 if len(items) > 1 else 0)
            if len(items) == limit:
                break
        return _Batch(items, wires, body)

    def send(batch: _Batch) -> DeliveryAnswer:
        return sending.post_notifications(batch.wires)

    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="qorgau-sync-send") as sender:
            batch = _Batch([], [], 0) if cancelled() else next_batch(())
            pending = sender.submit(send, batch) if batch.items else None
            while pending is not None:
                sent = batch
                done = batch.items
                try:
                    answer = pending.result()
                except Refused as exc:
                    if exc.status != 413:
                        _note_attempts(db, done, str(exc))
                        report.error = str(exc)
                        break
                    # This server's limit is lower than the protocol's: smaller batches, and a
                    # single notification refused on its own is reported, not resent forever.
                    if len(done) == 1:
                        too_large(done[0], sent.body_bytes, None)
                    else:
                        byte_budget[0] = max(sent.body_bytes // 2, _EMPTY_BODY_BYTES + 1)
                    batch = next_batch(())
                    pending = sender.submit(send, batch) if batch.items else None
                    continue
                except ServerBusy as exc:
                    _note_attempts(db, done, f"server busy: {exc}")
                    report.error, report.retry_after = str(exc), exc.retry_after
                    break
                except (TransportError, ProtocolError) as exc:
                    _note_attempts(db, done, str(exc))
                    report.error, report.unreachable = str(exc), is_outage(exc)
                    break
                pending = None
                if not cancelled():
                    batch = next_batch(done)
                    pending = sender.submit(send, batch) if batch.items else None
                try:
                    results = client.verify_delivery(answer)
                except (TransportError, ProtocolError) as exc:
                    # A receipt that does not verify: mark nothing. A batch already sent after
                    # this one is waited for on leaving the block, and its answer dropped.
                    _note_attempts(db, done, str(exc))
                    report.error, report.unreachable = str(exc), is_outage(exc)
                    break
                _store_results(db, results, report, failed_ids)
                if meter is not None:  # notifications queued meanwhile go out in this run too
                    meter.update(report.delivered, max(meter.total, report.delivered))
            # Leaving the block waits for a request still in flight.
        if report.error is None and pull_acks and not cancelled():
            report.acknowledged = pull_acknowledgements(db, client)
    except Refused as exc:
        report.error = str(exc)
    except (TransportError, ProtocolError) as exc:
        report.error, report.unreachable = str(exc), is_outage(exc)
    finally:
        if own_client:
            client.close()
    report.remaining = outbox.queued_count(db)
    return report


def _store_results(
    db: Database, results: list[DeliveryResult], report: SyncReport, failed_ids: set[str]
) -> None:
    """Store verified receipts with the 'delivered' mark, and the failures, in one transaction."""
    stored_at = clock.now_iso()
    with db.transaction():
        for result in results:
            if result.delivered and result.receipt is not None:
                receipt = result.receipt
                outbox.mark_delivered(
                    db,
                    result.id,
                    payload_sha256=receipt.payload_sha256,
                    server_received_at=receipt.server_received_at,
                    server_seq=receipt.seq if receipt.national else None,
                    prev_receipt_hash=receipt.prev_receipt_hash,
                    signature=receipt.signature,
                    receipt_json=json.dumps(receipt.to_json_dict(), sort_keys=True),
                    stored_at=stored_at,
                )
                report.delivered += 1
            else:
                reason = "conflict" if result.conflict else (result.error or "refused")
                outbox.record_attempt(db, result.id, stored_at, reason)
                failed_ids.add(result.id)
                if result.conflict:
                    report.conflicts.append(result.id)


def is_outage(exc: Exception) -> bool:
    """The server itself could not be reached (no connection, or only its gateway answered):
    health probes may end the wait. A garbled answer (BadResponse) came from something that is
    up, and so did a 500 or a 503."""
    if isinstance(exc, ServerError):
        return exc.status in GATEWAY_STATUSES
    return isinstance(exc, ServerUnreachable) and not isinstance(exc, BadResponse)


def probe_backoff(deliveries: Backoff) -> Backoff:
    """The health probes' own full-jitter backoff beside ``deliveries``' (same random source)."""
    return Backoff(
        base=min(deliveries.base, PROBE_BASE_S),
        cap=min(deliveries.cap, PROBE_CAP_S),
        rng=deliveries.rng,
    )


def pull_acknowledgements(db: Database, client: ServerClient) -> int:
    record = device_repo.get(db)
    assert record is not None
    cursor, count = record.ack_cursor, 0
    while True:
        acks = client.acknowledgements(after=cursor)
        if not acks:
            return count
        stored_at = clock.now_iso()
        with db.transaction():
            for ack in acks:
                try:
                    new = outbox.record_acknowledgement(
                        db,
                        ack.id,
                        ack_seq=ack.ack_seq,
                        kind=ack.kind,
                        at=ack.acknowledged_at,
                        officer=ack.officer,
                        unit=ack.unit,
                        reference=ack.reference,
                        note=ack.note,
                        received_at=stored_at,
                    )
                except NotFound:
                    # Not in this vault (e.g. restored from an older backup): nothing to
                    # attach it to; skipping it must not stop the cursor forever.
                    logger.warning("acknowledgement %s for an unknown notification", ack.ack_seq)
                    new = False
                if new:
                    count += 1
                cursor = max(cursor, ack.ack_seq)
            device_repo.set_ack_cursor(db, cursor)


def _note_attempts(db: Database, batch: list[OutboxItem], error: str) -> None:
    at = clock.now_iso()
    with db.transaction():
        for item in batch:
            outbox.record_attempt(db, item.id, at, error[:500])


def run_forever(
    db: Database,
    *,
    cancel: threading.Event,
    idle_poll_s: float = 30.0,
    backoff: Backoff | None = None,
    on_report: Callable[[SyncReport], None] | None = None,
    wake: threading.Event | None = None,
    new_work_poll_s: float = 1.0,
    ack_interval_s: float = DEFAULT_ACK_INTERVAL_S,
    on_cycle: Callable[[], None] | None = None,
    progress: Reporter | None = None,
) -> None:
    """Keep delivering until cancelled: after an error wait with full-jitter backoff (at least
    Retry-After); when everything is out, poll every ``idle_poll_s``. ``wake`` (set by the
    desktop's network hint or by "Send now") cuts a wait short, and so does a notification
    queued meanwhile (looked for every ``new_work_poll_s`` in the local outbox): whatever
    recorded it — a dialog, a pupil card, the command line — it goes out at once.

    While the server cannot be reached (or only its gateway answers, 502/504), a health probe may
    end the wait early; the probes follow their own full-jitter backoff (base at most
    ``PROBE_BASE_S``, ceiling at most ``PROBE_CAP_S``): a fixed short poll from every school at
    once is what keeps a recovering server down, an ever-growing one what keeps schools away
    from a server that is back.
    Acknowledgements are pulled on the first round, after a wake, and then at most every
    ``ack_interval_s``.

    ``on_cycle`` is called as each delivery round starts and ``progress`` hears its counts
    (``sync_once``); ``on_report`` its outcome. A wake asked for before a round starts is
    answered by that round, not by another one right after it.
    """
    backoff = backoff or Backoff()
    probes = probe_backoff(backoff)
    wake = wake or threading.Event()
    client = client_for(db)
    last_ack_pull: float | None = None
    woken = False
    try:
        while not cancel.is_set():
            started = time.monotonic()
            pull = woken or last_ack_pull is None or started - last_ack_pull >= ack_interval_s
            wake.clear()  # this round sends whatever is queued now: an earlier wake is answered
            if on_cycle:
                on_cycle()
            try:
                report = sync_once(
                    db, client=client, cancel=cancel, pull_acks=pull, progress=progress
                )
            except DatabaseBusy as exc:
                # Another process holds the vault's write lock (a long import): nothing was
                # lost, anything sent is resent and answered with its stored receipt.
                report = SyncReport(error=exc.message, remaining=outbox.queued_count(db))
            if pull and report.error is None:
                last_ack_pull = started
            if on_report:
                on_report(report)
            if report.error:
                delay = backoff.next_delay(report.retry_after)
            else:
                backoff.reset()
                probes.reset()
                delay = idle_poll_s
            woken = _wait(report, delay, cancel, wake, probes, client, db, new_work_poll_s)
    finally:
        client.close()


# How often a wait looks at ``cancel`` (a local event: no network traffic).
_CANCEL_CHECK_S = 0.5


def _wait(
    report: SyncReport,
    delay: float,
    cancel: threading.Event,
    wake: threading.Event,
    probes: Backoff,
    client: ServerClient,
    db: Database,
    new_work_poll_s: float,
) -> bool:
    """Sit out ``delay``; True if ``wake`` or a notification queued meanwhile cut it short."""
    now = time.monotonic()
    deadline = now + delay
    # Not during a backoff: new work must not hammer a failing server.
    next_look = now + new_work_poll_s if not report.error else float("inf")
    # Only when the server could not be reached at all: after a 5xx/503 health answering says
    # nothing, and Retry-After must hold.
    next_probe = now + probes.next_delay() if report.unreachable else float("inf")
    while not cancel.is_set():
        now = time.monotonic()
        if now >= deadline:
            return False
        if now >= next_look:
            next_look = now + new_work_poll_s
            if outbox.queued_count(db) > report.remaining:
                return True
            continue
        if now >= next_probe:
            if _reachable(client):
                probes.reset()  # connectivity is back: do not sit out the rest of the backoff
                return False
            next_probe = now + probes.next_delay()
            continue
        soonest = min(deadline, next_probe, next_look) - now
        if wake.wait(timeout=min(_CANCEL_CHECK_S, max(0.0, soonest))):
            wake.clear()
            return True
    return False


def _reachable(client: ServerClient) -> bool:
    try:
        client.health()
    except TransportError:
        return False
    return True

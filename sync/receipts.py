"""Re-verify every stored receipt against the pinned server key (`qorgau check`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.storage import device as device_repo
from app.storage import notifications as outbox
from app.vault import Vault
from sync.protocol import (
    Receipt,
    ReceiptInvalid,
    public_key_from_b64,
    verify_receipt,
    verify_receipt_chain,
)


@dataclass
class ReceiptCheck:
    facts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def verify_stored_receipts(vault: Vault) -> ReceiptCheck:
    check = ReceiptCheck()
    stored = outbox.all_receipts(vault.db)
    record = device_repo.get(vault.db)
    if record is None:
        if stored:
            check.problems.append("receipts are stored but no server key is pinned")
        else:
            check.facts.append("receipts: not enrolled with a server yet")
        return check
    key = public_key_from_b64(record.server_public_key)
    receipts: list[Receipt] = []
    for row in stored:
        try:
            receipt = Receipt.from_json_dict(json.loads(row.receipt_json))
            notification = outbox.by_id(vault.db, row.notification_id)
            if notification is None:
                raise ReceiptInvalid("the notification it belongs to is missing")
            verify_receipt(
                key,
                receipt,
                expected_id=row.notification_id,
                expected_hash=notification.payload_sha256,
            )
            receipts.append(receipt)
        except (ReceiptInvalid, ValueError) as exc:
            check.problems.append(f"receipt for {row.notification_id}: {exc}")
    try:
        verify_receipt_chain(sorted(receipts, key=lambda r: r.server_seq))
    except ReceiptInvalid as exc:
        check.problems.append(f"receipt chain: {exc}")
    if not check.problems:
        check.facts.append(f"receipts: {len(receipts)} verified against the pinned server key")
    return check

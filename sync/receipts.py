"""Re-verify every stored receipt against the pinned server key (`qorgau check`).

Each receipt's signature is checked against the pinned key and the notification it belongs to.
Then the chains:

* per-school receipts (format 2) must form the school's complete, unforked chain: seqs 1..n
  without gaps, each linking to the hash of the one before ("gap: receipts k..m missing",
  "fork at k" otherwise). A gap is a receipt the server issued to this school that this vault
  does not hold: lost, deleted, or delivered from another PC enrolled for the same school.
* receipts issued before per-school chains (format 1, one national chain) keep their old rule:
  the school holds only its own links of the national chain, so consecutive server_seqs it
  holds must link, seq 1 must link to the genesis hash, and no seq may repeat.
"""

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
    school_chain_problems,
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
    national: list[Receipt] = []
    schools: dict[str, list[Receipt]] = {}
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
        except (ReceiptInvalid, ValueError) as exc:
            check.problems.append(f"receipt for {row.notification_id}: {exc}")
            continue
        if receipt.school is None:
            national.append(receipt)
        else:
            schools.setdefault(receipt.school, []).append(receipt)
    try:
        verify_receipt_chain(sorted(national, key=lambda r: r.seq))
    except ReceiptInvalid as exc:
        check.problems.append(f"receipt chain (before per-school chains): {exc}")
    chains: list[str] = []
    for school, receipts in sorted(schools.items()):
        # The server's school id is long; its start is enough to tell two chains apart.
        label = f"school chain {school[:8]}" if len(schools) > 1 else "school chain"
        problems = school_chain_problems(receipts)
        check.problems.extend(f"receipt {label}: {problem}" for problem in problems)
        top = max(r.seq for r in receipts)
        chains.append(f"{label} 1..{top} {'broken' if problems else 'complete'}")
    if not check.problems:
        count = len(national) + sum(len(r) for r in schools.values())
        parts = [f"receipts: {count} verified against the pinned server key"]
        if national:
            parts.append(f"{len(national)} from before per-school chains")
        check.facts.append(", ".join(parts + chains))
    return check

"""Figures for the vault: KDF, open, search as you type, the pupil card, encrypted ÷ plain."""

from __future__ import annotations

import os
import random
import secrets
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from app.domain.pupils import PupilFilter
from app.keyslots import KdfParams
from app.storage import chronology as chronology_repo
from app.storage import pupils as pupils_repo
from app.storage.db import Database, open_plain_baseline
from app.storage.migrate import migrate
from app.synthetic import generate_pupils

Result = dict[str, object]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def timed_ms(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return (time.perf_counter() - start) * 1000


def figure(
    name: str,
    value: float,
    unit: str,
    *,
    baseline: float | None = None,
    target: str = "",
    **extra: object,
) -> Result:
    result: Result = {"name": name, "value": round(value, 3), "unit": unit}
    if baseline is not None:
        result["baseline"] = round(baseline, 3)
        result["ratio"] = round(value / baseline, 3) if baseline else None
    if target:
        result["target"] = target
    result.update(extra)
    return result


# -- building the data ----------------------------------------------------------------------


def build_pair(
    work: Path, pupils: int, key: bytes | None = None
) -> tuple[Database, Database, list[int]]:
    """The same synthetic school twice: encrypted (a random 256-bit key, as a vault) and plain."""
    key = key or secrets.token_bytes(32)
    encrypted = Database.open(work / "enc.db", key, create=True)
    plain = open_plain_baseline(work / "plain.db")
    rows = [
        pupils_repo.PupilValues(
            p.iin, p.surname, p.name, p.patronymic, p.class_name, p.birth_date, p.sex, p.address
        )
        for p in generate_pupils(pupils, seed=7)
    ]
    ids: list[int] = []
    for db in (encrypted, plain):
        migrate(db)
        with db.transaction():
            db.execute(
                "INSERT INTO staff (id, login, full_name, role, created_at)"
                " VALUES (1, 'bench', 'Bench', 'psychologist', '2026-01-01T00:00:00Z')"
            )
            ids = pupils_repo.insert_many(db, rows, now="2026-01-01T00:00:00Z")
    return encrypted, plain, ids


def add_chronology(db: Database, pupil_id: int, events: int) -> None:
    """``events`` dated records of every kind the card merges, for one pupil."""
    rng = random.Random(pupil_id)
    with db.transaction():
        for i in range(events):
            day = date(2025, 9, 1).toordinal() + rng.randrange(400)
            when = date.fromordinal(day).isoformat()
            kind = i % 5
            if kind == 0:
                cur = db.execute(
                    "INSERT INTO incidents (detected_at, category, description, recorded_by,"
                    " created_at) VALUES (?, 'conflict', 'синтетика', 1, ?)",
                    (when + "T09:00:00Z", when + "T09:05:00Z"),
                )
                db.execute(
                    "INSERT INTO incident_pupils VALUES (?, ?, 'initiator')",
                    (cur.lastrowid, pupil_id),
                )
            elif kind == 1:
                db.execute(
                    "INSERT INTO counselling_sessions (pupil_id, kind, held_at, duration_min,"
                    " summary, author_id, created_at) VALUES (?, 'individual', ?, 45,"
                    " 'беседа', 1, ?)",
                    (pupil_id, when + "T10:00:00Z", when + "T11:00:00Z"),
                )
            elif kind == 2:
                db.execute(
                    "INSERT INTO absences (pupil_id, date_from, date_to, days, created_by,"
                    " created_at) VALUES (?, ?, ?, 1, 1, ?)",
                    (pupil_id, when, when, when),
                )
            elif kind == 3:
                db.execute(
                    "INSERT INTO referrals (pupil_id, destination, referred_on, created_by,"
                    " created_at) VALUES (?, 'medical', ?, 1, ?)",
                    (pupil_id, when, when),
                )
            else:
                db.execute(
                    "INSERT INTO tasks (pupil_id, title, due_on, created_by, created_at)"
                    " VALUES (?, 'задача', ?, 1, ?)",
                    (pupil_id, when, when),
                )


def keystrokes(db: Database, count: int, seed: int) -> list[str]:
    """What people type: growing prefixes of surnames, names, IINs and classes."""
    rng = random.Random(seed)
    sample = db.all(
        "SELECT surname, name, iin, class_name FROM pupils ORDER BY random() LIMIT ?", (count,)
    )
    typed: list[str] = []
    for surname, name, iin, class_name in sample:
        word = rng.choice([surname, f"{surname} {name}", iin[:6], class_name]).lower()
        typed.extend(word[:n] for n in range(1, len(word) + 1))
    return typed


def one_keystroke(db: Database, text: str) -> None:
    """What the pupil list does per keystroke: count the hits, fetch the first page."""
    f = PupilFilter(query=text)
    pupils_repo.count(db, f)
    pupils_repo.page(db, f, offset=0, limit=100)


def open_card(db: Database, pupil_id: int) -> None:
    pupils_repo.by_id(db, pupil_id)
    pupils_repo.representatives_of(db, pupil_id)
    chronology_repo.for_pupil(db, pupil_id, limit=500)


# -- figures -------------------------------------------------------------------------------------


def kdf_ms(work: Path, quick: bool) -> list[Result]:
    saved = os.environ.pop("QORGAU_KDF_PROFILE", None)
    try:
        params = KdfParams.fresh()
    finally:
        if saved is not None:
            os.environ["QORGAU_KDF_PROFILE"] = saved
    samples = [timed_ms(lambda: params.derive(b"correct horse battery")) for _ in range(5)]
    return [
        figure(
            "kdf_ms",
            statistics.median(samples),
            "ms",
            target="250-500",
            params=f"argon2id m={params.memory_cost}KiB t={params.iterations} p={params.lanes}",
        )
    ]


def vault_open_ms(work: Path, quick: bool) -> list[Result]:
    key = secrets.token_bytes(32)
    encrypted, plain, _ = build_pair(work, 2000 if quick else 50_000, key)
    encrypted.close()
    plain.close()
    enc_path = work / "enc.db"

    def open_encrypted() -> None:
        d = Database.open(enc_path, key)
        migrate(d)
        d.scalar("SELECT count(*) FROM staff")
        d.close()

    def open_plain() -> None:
        d = open_plain_baseline(work / "plain.db")
        migrate(d)
        d.scalar("SELECT count(*) FROM staff")
        d.close()

    enc = statistics.median(timed_ms(open_encrypted) for _ in range(30))
    base = statistics.median(timed_ms(open_plain) for _ in range(30))
    return [figure("vault_open_ms", enc, "ms", baseline=base, target="<=20")]


def search(work: Path, quick: bool) -> list[Result]:
    size = 5000 if quick else 50_000
    encrypted, plain, _ = build_pair(work, size)
    typed = keystrokes(encrypted, 30 if quick else 150, seed=11)
    results = []
    samples: dict[str, list[float]] = {}
    for label, db in (("encrypted", encrypted), ("plain", plain)):
        for text in typed[:20]:  # warm the page cache the way a user's first seconds do
            one_keystroke(db, text)
        samples[label] = [timed_ms(partial(one_keystroke, db, t)) for t in typed]
    for q, name in ((0.5, "search_p50_ms"), (0.95, "search_p95_ms")):
        results.append(
            figure(
                name,
                percentile(samples["encrypted"], q),
                "ms",
                baseline=percentile(samples["plain"], q),
                target="<=16" if q == 0.95 else "",
                pupils=size,
                keystrokes=len(typed),
            )
        )
    encrypted.close()
    plain.close()
    return results


def card(work: Path, quick: bool) -> list[Result]:
    encrypted, plain, ids = build_pair(work, 1000 if quick else 50_000)
    rng = random.Random(3)
    chosen = rng.sample(ids, 5)
    for db in (encrypted, plain):
        for pupil_id in chosen:
            add_chronology(db, pupil_id, 500)
    samples: dict[str, list[float]] = {}
    for label, db in (("encrypted", encrypted), ("plain", plain)):
        open_card(db, chosen[0])
        samples[label] = [timed_ms(partial(open_card, db, p)) for _ in range(20) for p in chosen]
    encrypted.close()
    plain.close()
    return [
        figure(
            "card_p95_ms",
            percentile(samples["encrypted"], 0.95),
            "ms",
            baseline=percentile(samples["plain"], 0.95),
            target="<=30",
            events=500,
        )
    ]


def encrypted_vs_plain(work: Path, quick: bool) -> list[Result]:
    """The app's own mix: searches, card views, and single-record writes (one transaction each,
    with synchronous=FULL as in the app)."""
    encrypted, plain, ids = build_pair(work, 2000 if quick else 20_000)
    for db in (encrypted, plain):
        add_chronology(db, ids[0], 200)
    typed = keystrokes(encrypted, 20 if quick else 60, seed=5)
    extra = generate_pupils(100 if quick else 300, seed=99)

    def mix(db: Database) -> float:
        start = time.perf_counter()
        for i, text in enumerate(typed):
            one_keystroke(db, text)
            if i % 10 == 0:
                open_card(db, ids[i % len(ids)])
        for p in extra:
            with db.transaction():
                pupils_repo.insert(
                    db,
                    pupils_repo.PupilValues(
                        "9" + p.iin[1:],
                        p.surname,
                        p.name,
                        p.patronymic,
                        p.class_name,
                        p.birth_date,
                        p.sex,
                        p.address,
                    ),
                    now="2026-01-01T00:00:00Z",
                )
            with db.transaction():
                db.execute(
                    "INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash)"
                    " VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM audit_log),"
                    " 'now', 'bench', 'x', '', '')"
                )
        return (time.perf_counter() - start) * 1000

    enc = mix(encrypted)
    base = mix(plain)
    encrypted.close()
    plain.close()
    return [
        figure(
            "encrypted_vs_plain",
            enc / base,
            "ratio",
            baseline=1.0,
            target="<=1.3",
            encrypted_ms=round(enc, 1),
            plain_ms=round(base, 1),
        )
    ]

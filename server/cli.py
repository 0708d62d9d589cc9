"""``qorgau-server``: administer and run the reference server.

    qorgau-server [--data-dir DIR] [--database URL] [--signing-key FILE] COMMAND ...

    qorgau-server [--data-dir DIR] init
    qorgau-server [--data-dir DIR] districts add CODE --name NAME | districts list
    qorgau-server [--data-dir DIR] units add --district CODE --kind police|guardianship|education
                                             --name NAME | units list
    qorgau-server [--data-dir DIR] enroll-code --school NAME --district CODE [--ttl-hours N]
    qorgau-server [--data-dir DIR] enroll-code --school-id ID [--ttl-hours N]   # another PC
    qorgau-server [--data-dir DIR] schools list | schools move ID --district CODE
    qorgau-server [--data-dir DIR] users add LOGIN --role inspector|guardianship|analyst|admin
                                             --district CODE... [--full-name NAME]
                                             [--password-file F] | users list
    qorgau-server [--data-dir DIR] serve [--host H] [--port P] [--tls-cert PEM --tls-key PEM]
                                         [--insecure-http] [--max-in-flight N]
                                         [--target-latency-ms MS] [--device-rate R]
                                         [--header-timeout S]
                                         [--threads N] [--workers N]
    qorgau-server [--data-dir DIR] notifications [--json]
    qorgau-server [--data-dir DIR] unrouted [--json]
    qorgau-server [--data-dir DIR] ack ID --by NAME --reference REGNO [--unit UNIT] [--note TEXT]
    qorgau-server [--data-dir DIR] ack ID --by NAME --clarify TEXT [--unit UNIT]

--database (or $QORGAU_SERVER_DATABASE) is a postgresql:// URL, else SQLite in the data dir;
the signing key comes from --signing-key, $QORGAU_SERVER_SIGNING_KEY_FILE,
$CREDENTIALS_DIRECTORY/qorgau-signing-key or the data dir (server/datadir.py).
Errors are one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from server import receipt_verify
from server.datadir import (
    DataDirError,
    ServerConfig,
    ServerState,
    init_data_dir,
    open_data_dir,
)
from server.db import POSTGRES
from server.enrollment import issue_code
from server.limits import Limits
from server.passwords import hash_password, password_problem
from server.routing import ROLE_UNIT, ROLES, UNIT_KINDS
from server.storage import SQLStorage, StorageError
from server.workspace import new_totp_secret
from server.workspace_store import ActKind, ActRefused, DirectoryError
from sync.protocol import format_unix_time, key_fingerprint, public_key_from_b64

DEFAULT_TTL_HOURS = 24.0
DEFAULT_PORT = 8443


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1."""


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    config: ServerConfig = args.config
    public_b64, created = init_data_dir(config)
    key = public_key_from_b64(public_b64)
    print(f"Database {config.describe_database()} is ready")
    print(f"{'Created' if created else 'Kept'} the signing key {config.key_path}")
    print(f"Receipt signing key: {public_b64}")
    print(f"Fingerprint: {key_fingerprint(key)}")
    return 0


def _open(args: argparse.Namespace) -> ServerState:
    return open_data_dir(args.config)


def _now_iso() -> str:
    return format_unix_time(time.time())


def cmd_enroll_code(args: argparse.Namespace) -> int:
    if not args.ttl_hours > 0:
        raise CliError("--ttl-hours must be positive")
    state = _open(args)
    try:
        storage = state.storage
        if args.school_id is not None:
            school = storage.get_school(args.school_id)
            if school is None:
                raise CliError(f"no school with id {args.school_id}")
        else:
            name = (args.school or "").strip()
            if not name:
                raise CliError("--school must not be empty")
            if not args.district:
                raise CliError("--district is required (qorgau-server districts list)")
            school = storage.add_school(name, args.district.strip(), _now_iso())
        now = time.time()
        code = issue_code(storage, school, now, args.ttl_hours)
        expires = now + args.ttl_hours * 3600.0
    finally:
        state.storage.close()
    print(
        f"One-time enrollment code for {school.name!r} (school id {school.id}, district "
        f"{school.district}), valid until {format_unix_time(expires)} "
        "(give it to the school; it is not stored in readable form):"
    )
    print(code)
    return 0


def cmd_districts(args: argparse.Namespace) -> int:
    state = _open(args)
    try:
        if args.action == "add":
            code, name = args.code.strip(), (args.name or "").strip()
            if not code or not name:
                raise CliError("districts add needs CODE and --name")
            state.storage.add_district(code, name, _now_iso())
            print(f"District {code} ({name}) created")
        else:
            for district in state.storage.districts():
                print(f"{district.code}\t{district.name}")
    finally:
        state.storage.close()
    return 0


def cmd_units(args: argparse.Namespace) -> int:
    state = _open(args)
    try:
        if args.action == "add":
            if not args.district or not args.kind or not (args.name or "").strip():
                raise CliError("units add needs --district, --kind and --name")
            unit, routed = state.storage.add_unit(args.district, args.kind, args.name.strip())
            print(f"Unit {unit.id} ({unit.kind}) {unit.name} in {unit.district} created")
            if routed:
                print(f"{routed} waiting recipient route(s) now go to it")
        else:
            for unit in state.storage.units():
                print(f"{unit.id}\t{unit.district}\t{unit.kind}\t{unit.name}")
    finally:
        state.storage.close()
    return 0


def cmd_schools(args: argparse.Namespace) -> int:
    state = _open(args)
    try:
        if args.action == "move":
            if not args.id or not args.district:
                raise CliError("schools move needs ID and --district")
            state.storage.move_school(args.id, args.district)
            print(f"School {args.id} is now in {args.district}")
        else:
            for school in state.storage.schools():
                print(f"{school.id}\t{school.district}\t{school.name}")
    finally:
        state.storage.close()
    return 0


def _read_password(path: Path | None) -> str:
    if path is not None:
        lines = path.read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    first = getpass.getpass("Initial password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise CliError("the passwords differ")
    return first


def cmd_users(args: argparse.Namespace) -> int:
    state = _open(args)
    try:
        if args.action == "add":
            login = (args.login or "").strip()
            if not login or args.role is None:
                raise CliError("users add needs LOGIN and --role")
            districts = list(dict.fromkeys(args.district or []))
            if args.role != "admin" and not districts:
                raise CliError(f"a {args.role} account needs at least one --district")
            password = _read_password(args.password_file)
            problem = password_problem(password)
            if problem:
                raise CliError(f"password: {problem}")
            user = state.storage.add_user(
                login,
                (args.full_name or login).strip(),
                args.role,
                hash_password(password),
                districts,
                new_totp_secret(),
                _now_iso(),
            )
            print(
                f"Account {user.login} ({user.role}; {', '.join(user.districts) or 'all'}) created; "
                "the first sign-in at / sets up the one-time codes (TOTP)"
            )
            kind = ROLE_UNIT.get(user.role)
            if kind is not None:
                have = {u.district for u in state.storage.units() if u.kind == kind}
                for code in user.districts:
                    if code not in have:
                        print(f"note: district {code} has no {kind} unit yet: its inbox is empty")
        else:
            for user in state.storage.users():
                print(f"{user.login}\t{user.role}\t{','.join(user.districts)}\t{user.full_name}")
    finally:
        state.storage.close()
    return 0


def _uvicorn_log_config(level: str) -> dict[str, Any]:
    # Everything on stderr (uvicorn's default sends the access log to stdout).
    fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": fmt}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": ["stderr"], "level": level, "propagate": False},
            "qorgau": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
    }


def _check_connection_budget(storage: SQLStorage, workers: int, threads: int) -> None:
    """Refuse to start an instance that alone could exhaust PostgreSQL's connections (its
    requests would fail once the pool grows, not at start); otherwise log the budget, which the
    other instances on the same database share."""
    # Imported here: psycopg is loaded only by PostgreSQL servers (server/datadir.py).
    from server.pg import PostgresStorage, connections_needed

    assert isinstance(storage, PostgresStorage)
    needed = connections_needed(workers, threads)
    limit, open_now = storage.connection_limit()
    if needed > limit:
        raise CliError(
            f"--workers {workers} x (--threads {threads} + 1) = {needed} database connections, "
            f"but PostgreSQL allows {limit}: lower --threads or --workers, or raise "
            "max_connections (docs/server.md, 'Connections')"
        )
    logging.getLogger("qorgau.server").info(
        "PostgreSQL: this instance holds at most %d of %d connections (%d open now)",
        needed,
        limit,
        open_now,
    )


def cmd_serve(args: argparse.Namespace) -> int:
    tls = args.tls_cert is not None or args.tls_key is not None
    if tls and (args.tls_cert is None or args.tls_key is None):
        raise CliError("--tls-cert and --tls-key go together")
    if not tls and not _is_loopback(args.host) and not args.insecure_http:
        raise CliError(
            f"refusing plain HTTP on non-loopback host {args.host!r}: "
            "give --tls-cert/--tls-key (or --insecure-http behind a TLS proxy)"
        )
    for path in (args.tls_cert, args.tls_key):
        if path is not None and not Path(path).is_file():
            raise CliError(f"{path}: no such file")
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from server.app import limits_to_environ
    from server.serving import raise_open_file_limit, uvicorn_options

    limits = Limits(
        max_in_flight=args.max_in_flight,
        target_latency_ms=args.target_latency_ms,
        min_in_flight=min(Limits.min_in_flight, args.max_in_flight),
        threads=args.threads,
        device_rate_per_s=args.device_rate,
        device_burst=max(args.device_rate * 10, 1.0),
        header_timeout_s=args.header_timeout,
    )
    open_files = raise_open_file_limit()
    level = args.log_level.upper()
    # Until uvicorn configures logging, the startup lines go through main()'s basic handler.
    logging.getLogger("qorgau").setLevel(level)
    logging.getLogger("qorgau.server").info(
        "limits: %d requests in flight (adapting to a %d ms latency target) on %d threads, "
        "%.0f requests/s per device, %.0f s for headers, %d open files",
        limits.max_in_flight,
        limits.target_latency_ms,
        limits.threads,
        limits.device_rate_per_s,
        limits.header_timeout_s,
        open_files,
    )
    # Checked here so that a wrong key or an uninitialised database is one line, not N workers'
    # tracebacks; each worker opens its own storage through the factory.
    storage = open_data_dir(args.config).storage
    try:
        if storage.dialect is POSTGRES:
            _check_connection_budget(storage, args.workers, limits.threads)
    finally:
        storage.close()
    # The factory of every worker reads the same configuration from the environment.
    os.environ.update(args.config.environ())
    os.environ.update(limits_to_environ(limits))
    config = uvicorn.Config(
        "server.app:app_from_environment",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        log_config=_uvicorn_log_config(level),
        log_level=level.lower(),
        server_header=False,
        **uvicorn_options(limits.header_timeout_s, args.workers),
        # A client that vanished without closing its TLS connection must not hold up a restart.
        timeout_graceful_shutdown=5,
    )
    if args.workers > 1:
        # uvicorn's supervisor binds the socket and restarts workers that die.
        sock = config.bind_socket()
        Multiprocess(config, sockets=[sock]).run()
        return 0
    server = uvicorn.Server(config)
    server.run()
    # uvicorn exits quietly when it cannot bind; say so in one line.
    if not server.started:
        raise CliError(f"could not serve on {args.host}:{args.port}")
    return 0


def cmd_notifications(args: argparse.Namespace) -> int:
    state = _open(args)
    try:
        records = state.storage.list_notifications()
        unrouted = state.storage.unrouted()
    finally:
        state.storage.close()
    rows = [
        {
            "id": r.id,
            "school": r.school_name,
            "school_id": r.school,
            "district": r.district,
            "category": r.category,
            "deadline": r.deadline,
            "payload_sha256": r.payload_sha256,
            "received_at": r.received_at,
            "server_seq": r.server_seq,
            "state": r.state,
            "acknowledged_at": r.acknowledged_at,
        }
        for r in records
    ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        print(
            f"{row['server_seq']:>6}  {row['id']}  {row['state']:<23}  {row['received_at']}  "
            f"due {row['deadline'] or '-'}  {row['category'] or '-'}  {row['school']}"
        )
    print(f"{len(rows)} notification(s)")
    if unrouted:
        print(
            f"WARNING: {len(unrouted)} recipient(s) have no unit in their district; "
            "see 'qorgau-server unrouted'"
        )
    return 0


def cmd_unrouted(args: argparse.Namespace) -> int:
    state = _open(args)
    try:
        rows = state.storage.unrouted()
    finally:
        state.storage.close()
    if args.json:
        json.dump([row.__dict__ for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        print(
            f"{row.notification_id}  {row.recipient:<24}  {row.district:<12}  "
            f"{row.received_at}  {row.school_name}"
        )
    print(
        f"{len(rows)} unrouted recipient(s)"
        + ("; create the missing unit with 'qorgau-server units add'" if rows else "")
    )
    return 0


def cmd_ack(args: argparse.Namespace) -> int:
    """What a unit did, recorded by a script: accepted (--reference) or a question (--clarify)."""
    by, reference = (args.by or "").strip(), (args.reference or "").strip()
    question = (args.clarify or "").strip()
    kind: ActKind = "clarification_requested" if args.clarify is not None else "accepted"
    state = _open(args)
    try:
        if not by:
            raise CliError("ack needs --by NAME (the officer)")
        if kind == "accepted" and not reference:
            raise CliError("ack needs --reference REGNO (КУИ / ЕРДР), or --clarify TEXT")
        if kind == "clarification_requested" and not question:
            raise CliError("--clarify needs the question to the school")
        act = state.storage.add_act(
            args.id,
            kind,
            _now_iso(),
            unit=None,
            officer=by,
            reference=reference or None,
            note=question if kind == "clarification_requested" else args.note,
            user_id=None,
            unit_label=(args.unit or "").strip() or None,
        )
    except ActRefused as exc:
        if exc.code == "not_found":
            raise CliError(f"no notification with id {args.id}") from exc
        print(f"{args.id} was already acknowledged")
        return 0
    finally:
        state.storage.close()
    if kind == "accepted":
        print(f"{act.notification_id} acknowledged at {act.at} (ack_seq {act.ack_seq})")
    else:
        print(f"{act.notification_id} clarification requested (ack_seq {act.ack_seq})")
    return 0


def cmd_verify_receipt(args: argparse.Namespace) -> int:
    """Exit 0 and print the receipt's facts when it verifies; exit 1 with the reason if not."""
    text = sys.stdin.read() if args.receipt == "-" else Path(args.receipt).read_text("utf-8")
    try:
        verified = receipt_verify.verify_receipt_text(
            text,
            receipt_verify.read_public_key(args.public_key),
            notification_id=args.notification_id,
            payload_sha256=args.payload_sha256,
        )
    except receipt_verify.ReceiptRefused as exc:
        print(f"INVALID: {exc}")
        return 1
    print(f"VALID: signed by the server key {verified.key_fingerprint}")
    for name, value in sorted(verified.receipt.to_json_dict().items()):
        if name != "signature":
            print(f"  {name}: {value}")
    return 0


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qorgau-server", description="Qorgau reference server for mandatory notifications"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="state directory (default: $QORGAU_SERVER_DATA_DIR or the user data dir)",
    )
    parser.add_argument(
        "--database",
        default=None,
        metavar="URL",
        help="postgresql://... (default: $QORGAU_SERVER_DATABASE, else SQLite in the data dir)",
    )
    parser.add_argument(
        "--signing-key",
        type=Path,
        default=None,
        metavar="FILE",
        help="receipt signing key (default: $QORGAU_SERVER_SIGNING_KEY_FILE, "
        "$CREDENTIALS_DIRECTORY/qorgau-signing-key, else the data dir's key file)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser(
        "init", help="create or migrate the database; create the signing key if absent"
    )
    init.set_defaults(func=cmd_init)

    code = sub.add_parser("enroll-code", help="issue a one-time enrollment code for a school")
    which = code.add_mutually_exclusive_group(required=True)
    which.add_argument("--school", help="a new school with this name (a label)")
    which.add_argument("--school-id", help="another PC of an existing school")
    code.add_argument("--district", help="district code of the new school")
    code.add_argument("--ttl-hours", type=float, default=DEFAULT_TTL_HOURS)
    code.set_defaults(func=cmd_enroll_code)

    districts = sub.add_parser("districts", help="districts (add CODE --name NAME | list)")
    districts.add_argument("action", choices=["add", "list"])
    districts.add_argument("code", nargs="?", default="")
    districts.add_argument("--name")
    districts.set_defaults(func=cmd_districts)

    units = sub.add_parser("units", help="receiving units of a district (add | list)")
    units.add_argument("action", choices=["add", "list"])
    units.add_argument("--district")
    units.add_argument("--kind", choices=list(UNIT_KINDS))
    units.add_argument("--name")
    units.set_defaults(func=cmd_units)

    schools = sub.add_parser("schools", help="enrolled schools (list | move ID --district CODE)")
    schools.add_argument("action", choices=["list", "move"])
    schools.add_argument("id", nargs="?")
    schools.add_argument("--district")
    schools.set_defaults(func=cmd_schools)

    users = sub.add_parser("users", help="workspace accounts (add LOGIN ... | list)")
    users.add_argument("action", choices=["add", "list"])
    users.add_argument("login", nargs="?")
    users.add_argument("--role", choices=list(ROLES))
    users.add_argument("--district", nargs="+", help="district code(s) the account works in")
    users.add_argument("--full-name")
    users.add_argument("--password-file", type=Path, help="first line is the initial password")
    users.set_defaults(func=cmd_users)

    unrouted = sub.add_parser("unrouted", help="recipients with no unit in their district")
    unrouted.add_argument("--json", action="store_true")
    unrouted.set_defaults(func=cmd_unrouted)

    serve = sub.add_parser("serve", help="run the HTTP(S) server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--tls-cert", default=None, help="PEM certificate chain")
    serve.add_argument("--tls-key", default=None, help="PEM private key")
    serve.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow plain HTTP on a non-loopback address (only behind a TLS-terminating proxy)",
    )
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    serve.add_argument(
        "--max-in-flight",
        type=_positive_int,
        default=Limits.max_in_flight,
        help="requests handled at once at most; beyond this, 503 with Retry-After",
    )
    serve.add_argument(
        "--target-latency-ms",
        type=_non_negative_int,
        default=Limits.target_latency_ms,
        help="admit as many requests at once as the server completes in this time "
        "(at least 8, at most --max-in-flight); 0: always --max-in-flight",
    )
    serve.add_argument(
        "--device-rate",
        type=float,
        default=Limits.device_rate_per_s,
        help="requests per second per device (burst 10x); beyond this, 429 with Retry-After",
    )
    serve.add_argument(
        "--header-timeout",
        type=float,
        default=Limits.header_timeout_s,
        help="seconds a connection may take to send a request's headers",
    )
    serve.add_argument(
        "--threads",
        type=_positive_int,
        default=Limits.threads,
        help="threads per process for requests; each may hold a database connection",
    )
    serve.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        help="server processes on this port (PostgreSQL; SQLite serialises their writes)",
    )
    serve.set_defaults(func=cmd_serve)

    notes = sub.add_parser("notifications", help="list received notifications")
    notes.add_argument("--json", action="store_true", help="machine-readable output")
    notes.set_defaults(func=cmd_notifications)

    ack = sub.add_parser("ack", help="record that the receiving authority accepted one")
    ack.add_argument("id")
    ack.add_argument("--by", help="officer's full name")
    ack.add_argument("--reference", help="police registration number (КУИ / ЕРДР)")
    ack.add_argument("--unit", help="the officer's unit, e.g. 'ИДН ОП Аккольского района'")
    ack.add_argument("--note", default=None)
    ack.add_argument("--clarify", metavar="TEXT", help="ask the school this instead of accepting")
    ack.set_defaults(func=cmd_ack)

    verify = sub.add_parser(
        "verify-receipt",
        help="check a receipt from a certificate's QR code with the server's public key (offline)",
    )
    verify.add_argument("receipt", help="file with the receipt's JSON (the QR code's text), or -")
    verify.add_argument(
        "--public-key", required=True, help="the server's public key (base64) or a file holding it"
    )
    verify.add_argument("--notification-id", help="also require this notification id")
    verify.add_argument("--payload-sha256", help="also require this payload hash")
    verify.set_defaults(func=cmd_verify_receipt)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(message)s")
    try:
        args.config = ServerConfig.resolve(args.data_dir, args.database, args.signing_key)
        args.data_dir = args.config.data_dir
        result: int = args.func(args)
        return result
    except (CliError, DataDirError, StorageError, DirectoryError) as exc:
        print(f"qorgau-server: error: {exc}", file=sys.stderr)
    except sqlite3.Error as exc:
        print(f"qorgau-server: error: database: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"qorgau-server: error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
    except KeyboardInterrupt:
        print("qorgau-server: interrupted", file=sys.stderr)
        return 130
    return 1


if __name__ == "__main__":
    sys.exit(main())

"""``qorgau-server``: administer and run the reference server.

    qorgau-server [--data-dir DIR] init
    qorgau-server [--data-dir DIR] enroll-code --school NAME [--ttl-hours N]
    qorgau-server [--data-dir DIR] serve [--host H] [--port P] [--tls-cert PEM --tls-key PEM]
                                         [--insecure-http]
    qorgau-server [--data-dir DIR] notifications [--json]
    qorgau-server [--data-dir DIR] ack ID [--by NAME] [--reference REGNO] [--unit UNIT]
                                          [--note TEXT | --clarify TEXT]

Errors are one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import secrets
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from server.datadir import DataDirError, default_data_dir, init_data_dir, open_data_dir
from server.storage import NotificationNotFound, StorageError, hash_enroll_code
from sync.protocol import format_unix_time, key_fingerprint, public_key_from_b64

# No 0/O, 1/I/L: codes are read aloud over the phone and typed from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_GROUPS = 4
CODE_GROUP_LEN = 4
DEFAULT_TTL_HOURS = 24.0
DEFAULT_PORT = 8443


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1."""


def generate_enroll_code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LEN))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    public_b64 = init_data_dir(args.data_dir)
    key = public_key_from_b64(public_b64)
    print(f"Initialised {args.data_dir}")
    print(f"Receipt signing key: {public_b64}")
    print(f"Fingerprint: {key_fingerprint(key)}")
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    school = args.school.strip()
    if not school:
        raise CliError("--school must not be empty")
    if not args.ttl_hours > 0:
        raise CliError("--ttl-hours must be positive")
    state = open_data_dir(args.data_dir)
    try:
        code = generate_enroll_code()
        now = time.time()
        expires = now + args.ttl_hours * 3600.0
        state.storage.add_enroll_code(hash_enroll_code(code.replace("-", "")), school, now, expires)
    finally:
        state.storage.close()
    print(
        f"One-time enrollment code for {school!r}, valid until {format_unix_time(expires)} "
        f"(give it to the school; it is not stored in readable form):"
    )
    print(code)
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

    from server.app import create_app

    app = create_app(args.data_dir)
    level = args.log_level.upper()
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        log_config=_uvicorn_log_config(level),
        log_level=level.lower(),
        server_header=False,
        timeout_keep_alive=30,
        # A client that vanished without closing its TLS connection must not hold up a restart.
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    server.run()
    # uvicorn exits quietly when it cannot bind; say so in one line.
    if not server.started:
        raise CliError(f"could not serve on {args.host}:{args.port}")
    return 0


def cmd_notifications(args: argparse.Namespace) -> int:
    state = open_data_dir(args.data_dir)
    try:
        records = state.storage.list_notifications()
    finally:
        state.storage.close()
    rows = [
        {
            "id": r.id,
            "school": r.school,
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
            f"{row['server_seq']:>6}  {row['id']}  {row['state']:<12}  {row['received_at']}  "
            f"{row['school']}"
        )
    print(f"{len(rows)} notification(s)")
    return 0


def cmd_ack(args: argparse.Namespace) -> int:
    state = open_data_dir(args.data_dir)
    kind = "clarification_requested" if args.clarify is not None else "accepted"
    try:
        record, new = state.storage.acknowledge(
            args.id,
            args.clarify if args.clarify is not None else args.note,
            format_unix_time(time.time()),
            kind=kind,
            officer=args.by,
            unit=args.unit,
            reference=args.reference,
        )
    except NotificationNotFound as exc:
        raise CliError(f"no notification with id {args.id}") from exc
    finally:
        state.storage.close()
    if not new:
        print(f"{record.id} was already acknowledged at {record.acknowledged_at}")
    elif kind == "accepted":
        print(f"{record.id} acknowledged at {record.acknowledged_at} (ack_seq {record.ack_seq})")
    else:
        print(f"{record.id} clarification requested (ack_seq {record.ack_seq})")
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
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help="create the receipt signing key and the storage")
    init.set_defaults(func=cmd_init)

    code = sub.add_parser("enroll-code", help="issue a one-time enrollment code for a school")
    code.add_argument("--school", required=True)
    code.add_argument("--ttl-hours", type=float, default=DEFAULT_TTL_HOURS)
    code.set_defaults(func=cmd_enroll_code)

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
    serve.set_defaults(func=cmd_serve)

    notes = sub.add_parser("notifications", help="list received notifications")
    notes.add_argument("--json", action="store_true", help="machine-readable output")
    notes.set_defaults(func=cmd_notifications)

    ack = sub.add_parser("ack", help="record that the receiving authority acknowledged one")
    ack.add_argument("id")
    ack.add_argument("--note", default=None)
    ack.add_argument("--by", default=None, help="the officer's full name")
    ack.add_argument("--unit", default=None, help="the officer's unit")
    ack.add_argument("--reference", default=None, help="police registration number")
    ack.add_argument("--clarify", default=None, metavar="TEXT", help="ask the school instead")
    ack.set_defaults(func=cmd_ack)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(message)s")
    try:
        result: int = args.func(args)
        return result
    except (CliError, DataDirError, StorageError) as exc:
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

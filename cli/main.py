"""`qorgau` — the command line (DESIGN.md §7, a contract scripts rely on).

No command opens the desktop app. Every error is one clear line on stderr with a non-zero
exit status; nothing is half-written. Qt is imported only for the commands that need it, so
the command line stays fast and works on a machine without a screen.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import QorgauError, ValidationError, WrongPassphrase
from app.paths import default_data_dir
from app.storage.db import DatabaseError

EXIT_ERROR = 2
EXIT_INCOMPLETE = 1


class CliError(Exception):
    """A problem to report in one line."""


# -- credentials ----------------------------------------------------------------------------


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read the password file {path}: {exc.strerror}") from exc
    secret = text.splitlines()[0] if text else ""
    if not secret:
        raise CliError(f"the password file {path} is empty")
    return secret


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(f"{label} needed: use --password-file or QORGAU_PASSWORD_FILE")
    return getpass.getpass(f"{label}: ")


def _passphrase(args: argparse.Namespace) -> str:
    path = args.password_file or os.environ.get("QORGAU_PASSWORD_FILE")
    if path:
        return _read_secret_file(path)
    return _prompt("Passphrase")


def _new_passphrase(args: argparse.Namespace, *, file_attr: str = "new_password_file") -> str:
    path = getattr(args, file_attr, None)
    if path:
        return _read_secret_file(path)
    first = _prompt("New passphrase")
    if first != _prompt("Repeat the new passphrase"):
        raise CliError("the two passphrases differ; nothing was changed")
    return first


def _login(args: argparse.Namespace) -> str:
    login = args.user or os.environ.get("QORGAU_USER")
    if login:
        return str(login)
    if not sys.stdin.isatty():
        raise CliError("which account? use --user or QORGAU_USER")
    return input("Login: ").strip()


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _open(args: argparse.Namespace) -> Any:
    from app.vault import open_vault

    def announce(seconds: float) -> None:
        print(f"waiting {seconds:.0f} s after earlier failed attempts...", file=sys.stderr)
        import time

        time.sleep(seconds)

    try:
        vault = open_vault(_data_dir(args), _login(args), _passphrase(args), sleep=announce)
    except WrongPassphrase as exc:
        extra = f"; the next attempt waits {exc.delay_seconds:.0f} s" if exc.delay_seconds else ""
        raise CliError(f"wrong passphrase for this account{extra}") from exc
    for warning in vault.warnings:
        print(f"qorgau: warning: {warning.message}", file=sys.stderr)
    return vault


def _write_output(path: str, data: bytes) -> None:
    from app.atomic import atomic_write

    atomic_write(Path(path), data)


def _refuse_outputs_in_data_dir(args: argparse.Namespace, func: Any) -> None:
    from app.paths import refuse_inside_data_dir

    output = getattr(args, "output", None)
    if func is cmd_backup:
        output = args.file
    if output:
        refuse_inside_data_dir(_data_dir(args), Path(output), "output")


# -- commands --------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from app.vault import create_vault

    path = args.password_file or os.environ.get("QORGAU_PASSWORD_FILE")
    # The login comes from --user or $QORGAU_USER like every other command's (it was read from
    # --user only: without it, init died with a traceback).
    login = _login(args)
    passphrase = _read_secret_file(path) if path else _new_passphrase(args)
    created = create_vault(
        _data_dir(args),
        school=args.school,
        login=login,
        full_name=args.full_name or login,
        passphrase=passphrase,
        role=args.role,
    )
    created.vault.close()
    print(f"Created the vault for {args.school!r} in {_data_dir(args)}")
    print("Recovery key — print it or write it down now; it is shown only once:")
    print()
    print(f"    {created.recovery_key}")
    print()
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        account = vault.add_account(
            args.login,
            role=args.role,
            full_name=args.full_name or args.login,
            passphrase=_new_passphrase(args),
        )
        print(f"added {account.login} ({account.role})")
        if account.is_psychologist:
            print(
                "note: the account cannot read confidential notes until it is given the "
                f"notes key: `qorgau users grant-notes {account.login}` by a psychologist who "
                "holds it, or with the recovery key (--recovery-key), or in Settings"
            )
    finally:
        vault.close()
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        for account in vault.accounts():
            state = "" if account.active else " (disabled)"
            print(f"{account.login}\t{account.role}\t{account.full_name}{state}")
    finally:
        vault.close()
    return 0


def cmd_users_grant_notes(args: argparse.Namespace) -> int:
    """Give the notes key to one named account: as a psychologist holding it, or with the
    recovery key (prompted when the signed-in account holds no key)."""
    vault = _open(args)
    try:
        if not args.login:
            checks = {True: "verified", False: "NOT VERIFIED", None: "unchecked"}
            for holder in vault.compartment_holders():
                by = "set up the vault" if holder.how == "created" else f"by {holder.granted_by}"
                via = " with the recovery key" if holder.how == "recovery_key" else ""
                print(
                    f"holder: {holder.login}\t{by}{via} {holder.granted_at}"
                    f"\t{checks[holder.verified]}"
                )
            waiting = vault.compartment_waiting()
            for account in waiting:
                print(
                    f"waiting: {account.login}\t{account.full_name}\tcreated {account.created_at}"
                    f" by {account.created_by or '?'}"
                )
            if not waiting:
                print("no psychologist's account is waiting for the notes key")
            return 0
        key = args.recovery_key
        if key is None and not vault.can_read_confidential:
            key = _prompt("Recovery key")
        vault.grant_compartment(args.login, recovery_key=key)
        print(f"the notes key was given to {args.login}")
    finally:
        vault.close()
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        old = _passphrase(args)
        vault.change_passphrase(old, _new_passphrase(args))
        print("passphrase changed")
    finally:
        vault.close()
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from app.vault import recover_account

    key = args.recovery_key or _prompt("Recovery key")
    vault = recover_account(_data_dir(args), _login(args), key, _new_passphrase(args))
    vault.close()
    print("new passphrase set")
    return 0


def cmd_keyslots_restore(args: argparse.Namespace) -> int:
    from app.vault import restore_keyslots_backup

    try:
        restore_keyslots_backup(_data_dir(args))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CliError(
            "the backup copy keyslots.json.bak is damaged too; nothing was changed. Restore a "
            "full backup with `qorgau restore`"
        ) from exc
    print(
        "the key slot file was restored from its backup copy "
        "(the damaged one is kept as keyslots.json.damaged)"
    )
    return 0


IMPORT_REASONS = {
    "required": "is required",
    "length": "an IIN has 12 digits",
    "digits": "an IIN has digits only",
    "century": "the 7th digit of an IIN (century and sex) must be 1-6",
    "date": "the first six digits of an IIN must be a real birth date (YYMMDD)",
    "checksum": "the IIN's check digit does not match (a typo?)",
    "iin_mismatch": "does not match the birth date or sex in the IIN",
    "duplicate": "this IIN appears twice in the file",
    "exists": "a pupil with this IIN is already in the vault",
    "missing_column": "this required column is missing from the header",
    "duplicate_column": "this column appears twice in the header",
    "format": "has an unexpected format",
    "too_many_fields": "the row has more cells than the header",
    "empty": "the file is empty",
    "encoding": "this line is not valid UTF-8 while the rest of the file is (or the encoding is "
    "unclear): correct it or save the file again as UTF-8",
}


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.pupil_import import import_pupils, read_import_file

    data = read_import_file(Path(args.file))
    vault = _open(args)
    try:
        report = import_pupils(vault, data, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    finally:
        vault.close()
    errors = sorted([*report.errors, *report.duplicates_in_vault], key=lambda e: e.line)
    for error in errors:
        value = f" (found {error.value!r})" if error.value else ""
        reason = IMPORT_REASONS.get(error.reason, error.reason)
        print(f"{args.file}:{error.line}: {error.field}: {reason}{value}", file=sys.stderr)
    if args.dry_run:
        print(f"would import {report.valid} pupil(s); {len(errors)} row(s) with errors")
    elif not errors or args.skip_invalid:
        skipped = f"; skipped {len(errors)} row(s) with errors" if errors else ""
        print(f"imported {report.imported} pupil(s){skipped}")
    if errors and not args.skip_invalid:
        print(
            f"nothing was imported: {len(errors)} row(s) with errors; fix them or use "
            "--skip-invalid",
            file=sys.stderr,
        )
        return EXIT_INCOMPLETE
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.pupil_import import export_pupils

    vault = _open(args)
    try:
        data = export_pupils(vault)
    finally:
        vault.close()
    _write_output(args.output, data)
    print(f"wrote {args.output}")
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from app.services.demo import seed_demo

    vault = _open(args)
    try:
        summary = seed_demo(vault, pupils=args.pupils, incidents=args.incidents, seed=args.seed)
    finally:
        vault.close()
    print(summary)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.integrity import check_vault

    vault = _open(args)
    try:
        report = check_vault(vault)
        extra = _receipt_check(vault)
    finally:
        vault.close()
    for fact in [*report.facts, *extra[0]]:
        print(f"ok: {fact}")
    problems = [*report.problems, *extra[1]]
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return 0 if not problems else EXIT_INCOMPLETE


def _receipt_check(vault: Any) -> tuple[list[str], list[str]]:
    from sync.receipts import verify_stored_receipts

    try:
        result = verify_stored_receipts(vault)
    except DatabaseError:
        return [], ["receipts: cannot be read (they lie on a damaged page)"]
    return list(result.facts), list(result.problems)


def cmd_backup(args: argparse.Namespace) -> int:
    from app.backup import write_backup

    vault = _open(args)
    try:
        info = write_backup(vault, Path(args.file))
    finally:
        vault.close()
    print(f"wrote an encrypted backup to {args.file} ({info.size} bytes)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.backup import restore_backup

    info = restore_backup(Path(args.file), _data_dir(args), force=args.force)
    print(
        f"restored the vault from {args.file} (made {info.created_at}); "
        "run `qorgau check` to verify it"
    )
    return 0


def cmd_notifications_list(args: argparse.Namespace) -> int:
    from app.services.notifications import notifications_as_json

    vault = _open(args)
    try:
        items = notifications_as_json(vault)
    finally:
        vault.close()
    if args.json:
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for item in items:
            late = " LATE" if item.get("late") else ""
            accepted = item.get("accepted")
            by = (
                f"\taccepted by {accepted['officer'] or '?'}, no. {accepted['reference'] or '?'}"
                if accepted
                else ""
            )
            error = f"\tlast error: {item['last_error']}" if item.get("last_error") else ""
            print(f"{item['id']}\t{item['state']}\tdeadline {item['deadline']}{late}{by}{error}")
    return 0


def cmd_notifications_phoned(args: argparse.Namespace) -> int:
    from app.clock import parse_iso, utcnow
    from app.services.notifications import record_phone_report

    try:
        called_at = parse_iso(args.at) if args.at else utcnow()
    except ValueError as exc:
        raise ValidationError(
            "at", "format", "--at takes an ISO time, e.g. 2026-11-25T10:30:00+05:00"
        ) from exc
    vault = _open(args)
    try:
        record_phone_report(
            vault,
            args.id,
            called_at=called_at,
            answered_by=args.to,
            reference=args.reference or "",
            phone_number=args.number or "",
        )
    finally:
        vault.close()
    print(f"recorded the phone report for {args.id}")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from sync.enrollment import enroll

    ca_pem = None
    if args.ca_file:
        try:
            ca_pem = Path(args.ca_file).read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read {args.ca_file}: {exc.strerror}") from exc
    vault = _open(args)
    try:
        result = enroll(vault, args.url, args.code, ca_pem=ca_pem)
    finally:
        vault.close()
    print(f"enrolled with {args.url} as device {result.device_id}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from sync.cli import run_sync

    vault = _open(args)
    try:
        return int(run_sync(vault, once=args.once))
    finally:
        vault.close()


def cmd_report(args: argparse.Namespace) -> int:
    from cli.reports import run_report

    vault = _open(args)
    try:
        return int(run_report(vault, period=args.period, fmt=args.format, output=args.output))
    finally:
        vault.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from ui.app import run_demo

    return int(run_demo())


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import main as gui_main

    return int(gui_main([], data_dir=_data_dir(args)))


def cmd_certificate(args: argparse.Namespace) -> int:
    from cli.reports import run_certificate

    vault = _open(args)
    try:
        return int(run_certificate(vault, notification_id=args.id, output=args.output))
    finally:
        vault.close()


def cmd_protocol(args: argparse.Namespace) -> int:
    from cli.reports import run_protocol

    vault = _open(args)
    try:
        return int(run_protocol(vault, meeting_id=args.meeting, output=args.output))
    finally:
        vault.close()


def cmd_case_summary(args: argparse.Namespace) -> int:
    from cli.reports import run_case_summary

    sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    vault = _open(args)
    try:
        return int(
            run_case_summary(vault, pupil_id=args.pupil, sections=sections, output=args.output)
        )
    finally:
        vault.close()


# -- parser ----------------------------------------------------------------------------------


def _common_options(default: Any) -> argparse.ArgumentParser:
    # The same options are accepted before and after the command; after it, an option not
    # given must not overwrite one given before it, hence SUPPRESS there.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=default,
        help="vault directory (default: $QORGAU_DATA_DIR or the user data directory)",
    )
    common.add_argument("--user", default=default, help="login (default: $QORGAU_USER)")
    common.add_argument(
        "--password-file",
        default=default,
        help="file whose first line is "
        "the passphrase (default: $QORGAU_PASSWORD_FILE, else a prompt)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    top = _common_options(None)
    common = _common_options(argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="qorgau",
        parents=[top],
        description="Qorgau: records and mandatory notifications "
        "for school psychologists and social pedagogues.",
    )
    parser.add_argument("--version", action="version", version=f"qorgau {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help_: str, parent: Any = sub
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, parents=[common], help=help_)
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init, "create a vault and print the recovery key once")
    p.add_argument("--school", required=True)
    p.add_argument("--full-name")
    p.add_argument("--role", default="admin", choices=["admin", "psychologist", "social-pedagogue"])

    users = sub.add_parser("users", help="staff accounts").add_subparsers(
        dest="users_command", metavar="ACTION"
    )
    users.required = True
    p = command("add", cmd_users_add, "add a staff account (administrators)", users)
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=["psychologist", "social-pedagogue", "admin"])
    p.add_argument("--full-name")
    p.add_argument("--new-password-file", help="file with the new account's passphrase")
    command("list", cmd_users_list, "list staff accounts", users)
    p = command(
        "grant-notes",
        cmd_users_grant_notes,
        "give a psychologist's account the confidential-notes key (as a holder, or with the "
        "recovery key); without LOGIN, list the accounts waiting for it",
        users,
    )
    p.add_argument("login", nargs="?")
    p.add_argument("--recovery-key")

    p = command("passwd", cmd_passwd, "change your passphrase")
    p.add_argument("--new-password-file")
    p = command("recover", cmd_recover, "set a new passphrase with the recovery key")
    p.add_argument("--recovery-key")
    p.add_argument("--new-password-file")

    keyslots = sub.add_parser("keyslots", help="the key slot file").add_subparsers(
        dest="keyslots_command", metavar="ACTION"
    )
    keyslots.required = True
    command(
        "restore-backup",
        cmd_keyslots_restore,
        "put the backup copy of a damaged key slot file back",
        keyslots,
    )

    p = command("import-pupils", cmd_import, "import pupils from a CSV file")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--skip-invalid", action="store_true")
    p = command("export-pupils", cmd_export, "export pupils to a CSV file")
    p.add_argument("--output", required=True)
    p = command("seed-demo", cmd_seed_demo, "add synthetic demo data (never real people)")
    p.add_argument("--pupils", type=int, default=200)
    p.add_argument("--incidents", type=int, default=30)
    p.add_argument("--seed", type=int, default=2026)
    command("check", cmd_check, "verify integrity, the audit chain and receipts")
    p = command("backup", cmd_backup, "write an encrypted backup")
    p.add_argument("file")
    p = command("restore", cmd_restore, "restore a backup into the data directory")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="replace an existing vault (kept aside)")

    p = command("enroll", cmd_enroll, "register this installation with the central server")
    p.add_argument("url")
    p.add_argument("code")
    p.add_argument("--ca-file")
    p = command("sync", cmd_sync, "deliver queued notifications")
    p.add_argument("--once", action="store_true")

    notes = sub.add_parser("notifications", help="mandatory notifications").add_subparsers(
        dest="notifications_command", metavar="ACTION"
    )
    notes.required = True
    p = command("list", cmd_notifications_list, "list notifications", notes)
    p.add_argument("--json", action="store_true")
    p = command("phoned", cmd_notifications_phoned, "record a report made by phone", notes)
    p.add_argument("id")
    p.add_argument("--at", help="when the call was made (ISO time; default now)")
    p.add_argument("--to", required=True, help="who answered")
    p.add_argument("--reference", help="registration number given on the phone")
    p.add_argument("--number", help="the number called, e.g. 102")

    p = command("report", cmd_report, "period report")
    p.add_argument(
        "--period",
        required=True,
        help="2026 (year), 2026-Q3 (calendar quarter), 2026-09 (month), or 2026-S1 .. 2026-S4:"
        " a school quarter (четверть / тоқсан) of the school year starting in September 2026",
    )
    p.add_argument("--format", choices=["pdf", "csv"], default="pdf")
    p.add_argument("--output", required=True)
    p = command("certificate", cmd_certificate, "notification certificate (PDF)")
    p.add_argument("id", help="notification id (see `qorgau notifications list`)")
    p.add_argument("--output", required=True)
    p = command("protocol", cmd_protocol, "prevention council protocol (PDF)")
    p.add_argument("meeting", type=int, help="council meeting number")
    p.add_argument("--output", required=True)
    p = command("case-summary", cmd_case_summary, "a pupil's case summary for a referral (PDF)")
    p.add_argument("pupil", type=int, help="pupil number in the vault")
    p.add_argument(
        "--sections",
        default="profile,representatives,register,incidents,sessions,plans,referrals",
        help="comma-separated; confidential notes are never included",
    )
    p.add_argument("--output", required=True)
    command("demo", cmd_demo, "open the app on a throw-away demo vault")
    return parser


def _log_to_file() -> None:
    """Warnings (SQLCipher's findings, integrity details) go to the log file, not the terminal:
    the user gets one line per problem."""
    import logging

    from app.paths import default_log_dir

    root = logging.getLogger()
    if root.handlers:
        return
    try:
        folder = default_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "qorgau-cli.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is None and os.environ.get("QORGAU_DATA_DIR"):
        args.data_dir = os.environ["QORGAU_DATA_DIR"]
    func = getattr(args, "func", None) or cmd_gui
    if func is not cmd_gui and func is not cmd_demo:
        _log_to_file()
    try:
        _refuse_outputs_in_data_dir(args, func)
        return func(args)
    except CliError as exc:
        print(f"qorgau: {exc}", file=sys.stderr)
    except ValidationError as exc:
        print(f"qorgau: {exc.field}: {exc.message}", file=sys.stderr)
    except QorgauError as exc:
        print(f"qorgau: {exc.message}", file=sys.stderr)
    except DatabaseError as exc:
        print(
            f"qorgau: the vault's database could not be read ({exc}): part of it is damaged; "
            "run `qorgau check` and restore a backup",
            file=sys.stderr,
        )
    except KeyboardInterrupt:
        print("qorgau: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"qorgau: {exc.strerror or exc}{where}", file=sys.stderr)
    return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

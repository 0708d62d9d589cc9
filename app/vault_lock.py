"""Who has the vault open: a shared lock per open vault, an exclusive one for `restore --force`.

Every process that opens the vault (the app, `qorgau sync`, any command) holds a *shared*
``flock`` on ``qorgau.lock`` for as long as the vault is open. Replacing the vault's files
takes the lock *exclusively* without waiting: if anyone still has the vault open, the files
they are committing into would be moved aside under them, so the replacement is refused and
the holders are named. The kernel drops a lock when its process dies (even by SIGKILL), so a
crash never leaves the vault "busy".

Holders describe themselves in ``.open-<host>-<pid>.json`` (login, pid, host, command), only so
the refusal can say who it is; a stale description of a dead process is ignored and removed.
Writing that description may fail on a full disk: the lock is what matters, not the note.

On Windows there is no ``flock``; there the system itself refuses to rename a database file
another process has open, so `restore` fails with a clear "in use" error instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from app.errors import QorgauError
from app.paths import VaultPaths

if sys.platform != "win32":
    import fcntl


_NOTE_PREFIX = ".open-"


class VaultBusy(QorgauError):
    """The vault is open in another process."""

    code = "vault_busy"


@dataclass(frozen=True)
class Holder:
    login: str
    pid: int
    host: str
    command: str

    def describe(self) -> str:
        who = self.login or "an account not yet signed in"
        return f"{who} ({self.command or 'qorgau'}, pid {self.pid} on {self.host})"


def _host() -> str:
    return socket.gethostname() or "this computer"


def pid_alive(pid: int) -> bool:
    """Whether a process of this computer still runs (a lock or temp file it left is not stale)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _command() -> str:
    args = [os.path.basename(sys.argv[0])] if sys.argv and sys.argv[0] else []
    args += [a for a in sys.argv[1:3] if not a.startswith("-")]
    return " ".join(args)[:80]


class VaultLock:
    """An ``flock`` on the vault's lock file, held until :meth:`release`."""

    def __init__(self, paths: VaultPaths, fd: int | None, note: Path | None) -> None:
        self.paths = paths
        self._fd = fd
        self._note = note

    @classmethod
    def shared(cls, paths: VaultPaths) -> VaultLock:
        """Mark the vault open by this process. Waits only while a restore swaps the files."""
        fd = _open_lock_file(paths)
        if fd is not None and sys.platform != "win32":
            try:
                # A restore holds the exclusive lock for the milliseconds of its renames.
                fcntl.flock(fd, fcntl.LOCK_SH)
            except OSError:
                os.close(fd)
                fd = None
        lock = cls(paths, fd, None)
        lock.describe("")
        return lock

    @classmethod
    def exclusive(cls, paths: VaultPaths) -> VaultLock:
        """Take the vault for replacing its files; :class:`VaultBusy` if anyone has it open."""
        fd = _open_lock_file(paths)
        if fd is None or sys.platform == "win32":
            return cls(paths, fd, None)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            holders = live_holders(paths)
            names = "; ".join(h.describe() for h in holders) or "another program"
            raise VaultBusy(
                f"the vault in {paths.root} is open in {names}; close it (sign out, stop "
                "`qorgau sync`) and try again. Nothing was changed"
            ) from None
        return cls(paths, fd, None)

    def describe(self, login: str) -> None:
        """Say who holds the vault (best effort: a full disk only loses the description)."""
        if self._fd is None:
            return
        note = self.paths.root / f"{_NOTE_PREFIX}{_host()}-{os.getpid()}.json"
        body = {"login": login, "pid": os.getpid(), "host": _host(), "command": _command()}
        tmp = note.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(body), encoding="utf-8")
            os.replace(tmp, note)
            self._note = note
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()

    def release(self) -> None:
        if self._note is not None:
            with contextlib.suppress(OSError):
                self._note.unlink()
            self._note = None
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


def _open_lock_file(paths: VaultPaths) -> int | None:
    try:
        return os.open(paths.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        # A read-only or full disk cannot create the lock file: open anyway (read-only rescue
        # must work); only a concurrent restore goes unnoticed then.
        return None


def live_holders(paths: VaultPaths) -> list[Holder]:
    """Descriptions of the processes holding the vault; stale ones of dead processes removed."""
    found: list[Holder] = []
    try:
        notes = sorted(paths.root.glob(f"{_NOTE_PREFIX}*.json"))
    except OSError:
        return found
    here = _host()
    for note in notes:
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            holder = Holder(
                str(data.get("login", "")),
                int(data["pid"]),
                str(data.get("host", "")),
                str(data.get("command", "")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if holder.host == here and not pid_alive(holder.pid):
            with contextlib.suppress(OSError):
                note.unlink()
            continue
        found.append(holder)
    return found

"""A fault-injecting HTTP proxy on 127.0.0.1, between the client and the REAL reference server.

Plain threads and sockets. The proxy reads one HTTP/1.1 request at a time from the client,
decides what to do with it, and answers; every answer carries ``Connection: close`` so each
request travels on a fresh connection and a fault never leaks into the next request.

    with FaultProxy("127.0.0.1", server.port) as proxy:
        proxy.queue(Fault.reset(), Fault.status(503, retry_after=2), Fault.stall(3))
        client = ServerClient(proxy.base_url, timeout=(1, 1), ...)

Faults apply to requests whose path starts with ``proxy.fault_paths`` (by default every path);
other requests pass. Queued faults are used one per matching request, in order; when the queue
is empty ``proxy.default`` applies (``Fault.passthrough()`` unless set). Modes:

* ``pass``      forward and relay the answer;
* ``delay``     wait ``seconds``, then as ``pass``;
* ``reset``     forward (the server processes it), then reset the client connection (RST)
                instead of answering — the "lost response" case;
* ``truncate``  forward, then send the headers and only part of the body, then close;
* ``status``    answer ``status`` (500, 503 ...) without forwarding, optionally ``Retry-After``;
* ``stall``     forward (the server processes it), then send nothing for ``seconds`` — longer
                than the client's read timeout — and close.

``proxy.log`` records ``(monotonic time, mode, method, path)`` for every request seen.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass
from types import TracebackType

MAX_HEAD = 64 * 1024
IO_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Fault:
    mode: str = "pass"
    seconds: float = 0.0
    status_code: int = 0
    retry_after: str | None = None
    keep_fraction: float = 0.5

    @staticmethod
    def passthrough() -> Fault:
        return Fault("pass")

    @staticmethod
    def delay(seconds: float) -> Fault:
        return Fault("delay", seconds=seconds)

    @staticmethod
    def reset() -> Fault:
        return Fault("reset")

    @staticmethod
    def truncate(keep_fraction: float = 0.5) -> Fault:
        return Fault("truncate", keep_fraction=keep_fraction)

    @staticmethod
    def status(code: int, *, retry_after: float | str | None = None) -> Fault:
        value = None if retry_after is None else str(retry_after)
        return Fault("status", status_code=code, retry_after=value)

    @staticmethod
    def stall(seconds: float) -> Fault:
        return Fault("stall", seconds=seconds)


@dataclass(frozen=True)
class Seen:
    at: float  # time.monotonic() when the request had been read
    mode: str
    method: str
    path: str


class _Closed(Exception):
    """The peer closed the connection before a whole message arrived."""


def _read_message(sock: socket.socket, buffer: bytearray) -> tuple[bytes, bytes] | None:
    """One HTTP message (head, body) framed by Content-Length; None on a clean EOF."""
    while b"\r\n\r\n" not in buffer:
        if len(buffer) > MAX_HEAD:
            raise _Closed("header too large")
        chunk = sock.recv(65536)
        if not chunk:
            if buffer:
                raise _Closed("connection closed inside a header")
            return None
        buffer.extend(chunk)
    end = buffer.index(b"\r\n\r\n") + 4
    head = bytes(buffer[:end])
    del buffer[:end]
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding":
            raise _Closed("chunked bodies are not supported by this test proxy")
    while len(buffer) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise _Closed("connection closed inside a body")
        buffer.extend(chunk)
    body = bytes(buffer[:length])
    del buffer[:length]
    return head, body


def _with_connection_close(head: bytes) -> bytes:
    lines = head[:-4].split(b"\r\n")
    kept = [lines[0]] + [
        line
        for line in lines[1:]
        if line.split(b":", 1)[0].strip().lower() not in (b"connection", b"keep-alive")
    ]
    return b"\r\n".join([*kept, b"Connection: close"]) + b"\r\n\r\n"


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN (SO_LINGER on, zero timeout)."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        if upstream_host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the fault proxy only talks to loopback")
        self.upstream = (upstream_host, upstream_port)
        self.default = Fault.passthrough()
        self.fault_paths: tuple[str, ...] = ("/",)
        self.log: list[Seen] = []
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    # ------------------------------------------------------------------ control

    @property
    def port(self) -> int:
        port: int = self._listener.getsockname()[1]
        return port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def queue(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(faults)

    def pending(self) -> int:
        with self._lock:
            return len(self._faults)

    def seen(self, path_prefix: str = "/") -> list[Seen]:
        with self._lock:
            return [s for s in self.log if s.path.startswith(path_prefix)]

    def _choose(self, path: str) -> Fault:
        with self._lock:
            if not path.startswith(self.fault_paths):
                return Fault.passthrough()
            return self._faults.popleft() if self._faults else self.default

    def start(self) -> None:
        self._acceptor.start()

    def stop(self) -> None:
        self._stopping.set()
        self._acceptor.join(timeout=5)
        with contextlib.suppress(OSError):
            self._listener.close()
        for thread in list(self._threads):
            thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ work

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(IO_TIMEOUT_S)
        try:
            message = _read_message(conn, bytearray())
            if message is None:
                conn.close()
                return
            head, body = message
            request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, _, rest = request_line.partition(" ")
            path = rest.rsplit(" ", 1)[0]
            fault = self._choose(path)
            with self._lock:
                self.log.append(Seen(time.monotonic(), fault.mode, method, path))
            self._apply(conn, fault, head, body)
        except (OSError, _Closed, ValueError):
            _reset(conn)

    def _apply(self, conn: socket.socket, fault: Fault, head: bytes, body: bytes) -> None:
        if fault.mode == "status":
            self._answer(conn, fault)
            return
        if fault.mode == "delay" and self._stopping.wait(fault.seconds):
            _reset(conn)
            return
        response_head, response_body = self._forward(head, body)
        if fault.mode == "reset":
            _reset(conn)
        elif fault.mode == "truncate":
            keep = int(len(response_body) * fault.keep_fraction)
            conn.sendall(response_head + response_body[:keep])
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        elif fault.mode == "stall":
            self._stopping.wait(fault.seconds)
            _reset(conn)
        else:  # pass, delay
            conn.sendall(response_head + response_body)
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_WR)
            conn.close()

    def _forward(self, head: bytes, body: bytes) -> tuple[bytes, bytes]:
        with socket.create_connection(self.upstream, timeout=IO_TIMEOUT_S) as upstream:
            upstream.sendall(_with_connection_close(head) + body)
            message = _read_message(upstream, bytearray())
        if message is None:
            raise _Closed("the server closed the connection without answering")
        response_head, response_body = message
        return _with_connection_close(response_head), response_body

    def _answer(self, conn: socket.socket, fault: Fault) -> None:
        reason = {500: "Internal Server Error", 503: "Service Unavailable"}.get(
            fault.status_code, "Error"
        )
        body = b'{"error":"injected","detail":"fault proxy"}'
        lines = [
            f"HTTP/1.1 {fault.status_code} {reason}",
            "Content-Type: application/json",
            f"Content-Length: {len(body)}",
            "Connection: close",
        ]
        if fault.retry_after is not None:
            lines.append(f"Retry-After: {fault.retry_after}")
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        with contextlib.suppress(OSError):
            conn.shutdown(socket.SHUT_WR)
        conn.close()

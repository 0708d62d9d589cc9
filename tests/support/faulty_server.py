"""A deliberately misbehaving HTTP server on 127.0.0.1, for the client's error mapping.

Real sockets and real HTTP framing (stdlib ``http.server``), so the client sees exactly what a
broken proxy or a dying server would send: resets, truncated bodies, 5xx with Retry-After, hangs.

    with FaultyServer() as faulty:
        faulty.respond(status=503, headers={"Retry-After": "7"})
        ServerClient(faulty.base_url).health()   # -> ServerBusy(retry_after=7)
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass
class Behaviour:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"{}"
    truncate_to: int | None = None  # announce len(body) but send only this many bytes
    reset: bool = False  # close the connection without answering
    delay_s: float = 0.0


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        behaviour = self.server.behaviour
        self.server.requests += 1
        if behaviour.delay_s:
            time.sleep(behaviour.delay_s)
        if behaviour.reset:
            self.close_connection = True
            return
        self.send_response(behaviour.status)
        for name, value in behaviour.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(behaviour.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        body = behaviour.body
        if behaviour.truncate_to is not None:
            body = body[: behaviour.truncate_to]
        self.wfile.write(body)
        self.close_connection = True

    do_GET = _answer
    do_POST = _answer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    behaviour: Behaviour
    requests: int

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up on a slow answer is the point of some tests


class FaultyServer:
    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.behaviour = Behaviour()
        self._server.requests = 0
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def requests(self) -> int:
        return self._server.requests

    def respond(self, **kwargs: object) -> None:
        self._server.behaviour = Behaviour(**kwargs)  # type: ignore[arg-type]

    def __enter__(self) -> FaultyServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

"""A tiny OpenAI-compatible chat server for tests: scripted replies on 127.0.0.1, a free port.

Each POST to /v1/chat/completions takes the next scripted step and records the
request body. A step is a reply text, a `Fail(status)` answered with that HTTP
status, a `Delay(seconds, text)` that answers late, or a callable that gets
the request body and returns any of those. When the script runs out, the last
step repeats. Standard library only (http.server in a thread).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Union


@dataclass(frozen=True)
class Fail:
    status: int
    message: str = "scripted failure"


@dataclass(frozen=True)
class Delay:
    seconds: float
    text: str


Step = Union[str, Fail, Delay, Callable[[dict[str, Any]], Any]]


def fenced(asm: str) -> str:
    """A reply as a well-behaved model writes it."""
    return f"```assembly\n{asm}\n```"


class FakeOpenAI:
    """Start with `with FakeOpenAI([...]) as srv:`; point clients at `srv.base_url`."""

    def __init__(self, script: list[Step]) -> None:
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._step = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def count(self) -> int:
        return len(self.requests)

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, body: dict[str, Any]) -> Any:
        with self._lock:
            self.requests.append(body)
            step = self.script[min(self._step, len(self.script) - 1)]
            self._step += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        return step(body) if callable(step) else step

    def _done(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                if not self.path.endswith("/chat/completions"):
                    self._send(404, {"error": {"message": "not found"}})
                    return
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                step = server._next(body)
                try:
                    if isinstance(step, Delay):
                        time.sleep(step.seconds)
                        step = step.text
                    if isinstance(step, Fail):
                        self._send(step.status, {"error": {"message": step.message, "type": "test"}})
                        return
                    prompt_tokens = sum(len(m["content"].split()) for m in body["messages"])
                    completion_tokens = len(step.split())
                    self._send(200, {
                        "id": f"cmpl-{server.count}", "object": "chat.completion", "created": 0,
                        "model": body.get("model", ""),
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": step}}],
                        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                                  "total_tokens": prompt_tokens + completion_tokens},
                    })
                finally:
                    server._done()

            def _send(self, status: int, obj: dict[str, Any]) -> None:
                data = json.dumps(obj).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                    pass

        return Handler

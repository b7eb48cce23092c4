"""One HTTP request under a total deadline: connecting, sending, the headers and the body all within it.

urllib's ``timeout`` bounds each socket operation, not the request: a server that
accepts and never answers holds a caller for the whole timeout on every request,
and one that trickles a byte every few seconds holds it for ever. Here a watchdog
thread shuts the request's sockets down when the deadline passes, which wakes any
read or write blocked on them; the request then fails with a message naming the
URL and the deadline, never with a partial answer. urllib still does the rest
(proxies from the environment, HTTPS, redirects).

Imported only by the commands that talk to servers: ``urllib.request`` and
``http.client`` take a while to import.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from email.message import Message

from kg.errors import EndpointError

__all__ = ["Answer", "request", "refusal"]


@dataclass(frozen=True)
class Answer:
    """A server's complete answer: its status (an error status too), headers and body."""

    status: int
    headers: Message
    body: bytes


def request(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str = "POST", timeout: float = 60
) -> Answer:
    """Send one request and read the whole answer within ``timeout`` seconds from now.

    An answer with an error status is returned like any other (its body read within
    the same deadline); raises :class:`EndpointError` naming ``url`` when the server
    cannot be reached, the connection breaks, or the deadline passes first.
    """
    import http.client
    import urllib.error
    import urllib.request

    watch = _Watch(timeout)
    opener = urllib.request.build_opener(*_handlers(watch))
    try:
        try:
            with opener.open(urllib.request.Request(url, data, headers or {}, method=method), timeout=timeout) as response:
                answer = Answer(response.status, response.headers, response.read())
        except urllib.error.HTTPError as exc:
            answer = Answer(exc.code, exc.headers, exc.read())
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        if watch.passed:
            raise _late(url, timeout) from exc
        if isinstance(exc, urllib.error.URLError):
            raise EndpointError(url, f"cannot reach the server ({exc.reason})") from exc
        raise EndpointError(url, f"the connection broke off ({exc or type(exc).__name__})") from exc
    finally:
        watch.stop()
    if watch.passed:  # an answer read to a shut-down socket's end may look whole without a length to check
        raise _late(url, timeout)
    return answer


def refusal(url: str, answer: Answer) -> EndpointError:
    """An error status in the server's own words: the status and the start of its message."""
    import re

    text = answer.body.decode("utf-8", "replace")
    message = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    return EndpointError(url, message[:400] or f"the server answered {answer.status}", answer.status)


def _late(url: str, timeout: float) -> EndpointError:
    return EndpointError(url, f"no complete answer within {timeout:g} s (the deadline, --timeout); the server is slow or stuck")


class _Watch:
    """The deadline of one request: at it, every socket the request opened is shut down."""

    def __init__(self, timeout: float) -> None:
        self.expired = False
        self._deadline = time.monotonic() + timeout
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(timeout, 0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    @property
    def passed(self) -> bool:
        """Whether the deadline has passed: the watchdog fired, or a socket's own timeout (the same length) came
        first because a loaded machine ran the watchdog's thread late."""
        return self.expired or time.monotonic() >= self._deadline

    def add(self, sock: socket.socket) -> socket.socket:
        # A duplicate descriptor of the same socket: shutting it down stops the original too,
        # even after TLS has wrapped (and detached) the object the connection holds.
        with self._lock:
            self._sockets.append(sock.dup())
            if self.expired:
                self._shut(self._sockets[-1])
        return sock

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed by the other side

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _handlers(watch: _Watch) -> list:
    """urllib's HTTP and HTTPS handlers, with connections whose sockets ``watch`` can shut down."""
    import http.client
    import urllib.request

    def watched(base: type) -> type:
        class Watched(base):
            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                connect = self._create_connection
                self._create_connection = lambda *a, **k: watch.add(connect(*a, **k))

        return Watched

    http_connection, https_connection = watched(http.client.HTTPConnection), watched(http.client.HTTPSConnection)

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(http_connection, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(https_connection, req, context=self._context, check_hostname=self._check_hostname)

    return [HTTPHandler(), HTTPSHandler()]

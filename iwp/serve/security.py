"""The guard in front of ``iwp serve``, like a notebook server's.

Every request passes, in order:

1. **Host check** (DNS rebinding): the ``Host`` header must name this server (the bound
   address, or localhost, with its port). Anything else gets 400.
2. **Token**: ``Authorization: Bearer TOKEN`` (the JSON API), the ``iwp_token`` cookie, or
   ``?token=TOKEN`` once in the first URL - which is answered with a redirect to the same
   page without it and the cookie set (HttpOnly, SameSite=Strict). Otherwise 401.
3. **CSRF** (asgi-csrf, double-submit cookie): a POST needs the ``csrftoken`` form field
   or ``X-CSRFToken`` header matching its cookie, or a same-origin ``Origin`` header, or
   a Bearer token (no browser sends one by itself). Uploads (``multipart/form-data``)
   need the same-origin ``Origin`` (browsers send it with every POST): asgi-csrf 0.11
   cannot read multipart bodies with the python-multipart releases that fix
   CVE-2026-40347 (simonw/asgi-csrf#38), so they never reach that code.
4. **Size limit**: a request body larger than ``max_body`` gets 413 before it is read.

Every response gets a strict Content-Security-Policy (only this server's own scripts,
styles and images; nothing external), ``no-store`` caching (pages hold an SSN),
``nosniff``, ``Referrer-Policy: same-origin`` and ``frame-ancestors 'none'``.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
from collections.abc import Awaitable, Callable
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from asgi_csrf import asgi_csrf

from iwp.privacy import mask_ssns

log = logging.getLogger("iwp.serve")

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
TOKEN_COOKIE = "iwp_token"
TOKEN_PARAM = "token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # no-referrer would make Origin "null"
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def new_token() -> str:
    """A random token for the URL (as Jupyter does)."""
    return secrets.token_urlsafe(24)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The ``Host`` header values that name this server."""
    names = {host, "localhost", "127.0.0.1", "[::1]"} if is_loopback(host) else {host}
    if ":" in host and not host.startswith("["):
        names.add(f"[{host}]")
    return frozenset({f"{n}:{port}" for n in names} | ({*names} if port == 80 else set()))


def remote_warning(host: str, port: int) -> str:
    """What a user binding a non-loopback address must know and add."""
    return (f"iwp serve: WARNING: listening on {host}:{port}, reachable from other machines. "
            "The token is the only protection and travels unencrypted: anyone on the network "
            "path can read plans (with SSNs) and the token. Put a TLS-terminating reverse "
            "proxy with its own user accounts in front (see the README), or use 127.0.0.1.")


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in scope.get("headers") or []}


async def _plain(send: Send, status: int, text: str,
                 extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>iwp serve: {status}</title></head><body><main><h1>{text}</h1>"
            f"</main></body></html>").encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            *SECURITY_HEADERS, *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Host check, token and size limit around the app (CSRF is wrapped inside it)."""

    def __init__(self, app: App, *, token: str, hosts: frozenset[str], max_body: int,
                 secure_cookie: bool = False) -> None:
        self.token = token
        self.hosts = hosts
        self.max_body = max_body
        self.secure_cookie = secure_cookie
        self.app = asgi_csrf(app, signing_secret=secrets.token_hex(32),
                             skip_if_scope=self._same_origin, cookie_samesite="Strict",
                             send_csrf_failed=self._csrf_failed)

    def _same_origin(self, scope: Scope) -> bool:
        headers = _headers(scope)
        origin = headers.get(b"origin", b"").decode("latin-1")
        host = headers.get(b"host", b"").decode("latin-1")
        return bool(origin) and origin == f"{scope.get('scheme', 'http')}://{host}"

    async def _csrf_failed(self, scope: Scope, send: Send, reason: Any) -> None:
        log.warning("refused %s %s: security check failed (%s)", scope["method"],
                    mask_ssns(scope["path"]), getattr(reason, "name", reason))
        await _plain(send, 403, "This form was out of date, so it was not sent. Go back, "
                     "reload the page and send it again; nothing was changed.")

    def _authorised(self, headers: dict[bytes, bytes], query: dict[str, str]) -> str | None:
        """How the request proved it knows the token: bearer, cookie, query, or None."""
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth.startswith("Bearer ") and secrets.compare_digest(auth[7:].strip(), self.token):
            return "bearer"
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get(b"cookie", b"").decode("latin-1"))
        except Exception:  # a malformed cookie header is the same as none
            cookie = SimpleCookie()
        if TOKEN_COOKIE in cookie and secrets.compare_digest(cookie[TOKEN_COOKIE].value,
                                                             self.token):
            return "cookie"
        if secrets.compare_digest(query.get(TOKEN_PARAM, ""), self.token):
            return "query"
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        headers = _headers(scope)
        host = headers.get(b"host", b"").decode("latin-1").lower()
        if host not in self.hosts:
            log.warning("refused a request for another host name (DNS rebinding?)")
            await _plain(send, 400, "This server answers only to its own address.")
            return
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        how = self._authorised(headers, query)
        if how is None:
            await _plain(send, 401, "Open the address that iwp serve printed when it "
                         "started (it includes the access token).")
            return
        if how == "query":
            rest = urlencode([(k, v) for k, v in query.items() if k != TOKEN_PARAM])
            location = scope["path"] + (f"?{rest}" if rest else "")
            cookie = f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
            if self.secure_cookie:
                cookie += "; Secure"
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", location.encode("latin-1")),
                                    (b"set-cookie", cookie.encode()), *SECURITY_HEADERS]})
            await send({"type": "http.response.body", "body": b""})
            return
        if scope["method"] not in SAFE_METHODS and how != "bearer" and headers.get(
                b"content-type", b"").startswith(b"multipart/") and not self._same_origin(scope):
            await self._csrf_failed(scope, send, "upload without a same-origin Origin")
            return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _plain(send, 413, f"That upload is too large (the limit is "
                         f"{self.max_body // 1_048_576} MB).")
            return

        received = 0

        async def limited_receive() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise BodyTooLarge()
            return message

        started = False

        async def secured_send(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
                log.info("%s %s %s", scope["method"], mask_ssns(scope["path"]),
                         message["status"])
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except BodyTooLarge:
            if not started:
                await _plain(send, 413, "That upload is too large.")
        except Exception as e:  # never a traceback (it could quote plan data) in the log
            log.error("internal error on %s %s (%s)", scope["method"],
                      mask_ssns(scope["path"]), type(e).__name__)
            if not started:
                await _plain(send, 500, "Something went wrong; nothing was saved.")


class BodyTooLarge(Exception):
    """Raised when a request body streams past the size limit."""

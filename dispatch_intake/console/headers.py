"""Security headers on every answer: no content sniffing, no referrer, never framed, and a
content security policy (the console's own, or one that lets an API answer run nothing)."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def console_policy(tile_origins: tuple[str, ...] = ()) -> str:
    """The console's policy; `tile_origins` are the base map's tile servers, the one thing the
    page may fetch from elsewhere (images and, for vector tiles, data)."""
    extra = "".join(f" {origin}" for origin in tile_origins)
    return (
        f"default-src 'self'; img-src 'self' data:{extra}; style-src 'self'; script-src 'self'; "
        f"connect-src 'self'{extra}; object-src 'none'; frame-ancestors 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


# The page talks only to its own origin; nothing is fetched from elsewhere at run time, and
# no script or style is inline. The map's worker is a module from the same origin (no blob:).
CONSOLE_POLICY = console_policy()
# An API answer is data: nothing in it may run, load or be framed.
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class SecurityHeadersMiddleware:
    """Adds the headers to every HTTP answer, errors included; a route's own policy stays."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = CONSOLE_POLICY if scope["path"].startswith("/console") else API_POLICY

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in COMMON.items():
                    headers.setdefault(name, value)
                headers.setdefault("Content-Security-Policy", policy)
            await send(message)

        await self.app(scope, receive, send_with_headers)

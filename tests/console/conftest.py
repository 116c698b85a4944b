"""The real service on a loopback port, and Debian's Chromium driven by Playwright.

Playwright's sync API runs its own event loop inside greenlets; it is started once per module,
outside any asyncio loop, and closed before the module ends, so other tests' loops never see it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Route, ViewportSize

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT: ViewportSize = {"width": 1366, "height": 768}
TOKENS = {
    "call_taker": "console-test-call-taker",
    "dispatcher": "console-test-dispatcher",
    "supervisor": "console-test-supervisor",
    "auditor": "console-test-auditor",
}


@dataclass(frozen=True)
class LiveService:
    base_url: str
    # The service's app, for a test that sets up what no request can (a held call merged).
    app: Any = None

    def api(self, role: str) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {TOKENS[role]}"},
            timeout=10,
        )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def service_env() -> dict[str, str]:
    """More `DISPATCH_INTAKE_*` settings for the module's service; a module overrides it."""
    return {}


@pytest.fixture(scope="module")
def live_service(
    tmp_path_factory: pytest.TempPathFactory, service_env: dict[str, str]
) -> Iterator[LiveService]:
    """The service under uvicorn in a thread, on a fresh SQLite store, with one token per role."""
    from dispatch_intake.app import create_app

    store = tmp_path_factory.mktemp("console-store")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DISPATCH_INTAKE_DATABASE_URL", f"sqlite:///{store / 'intake.db'}")
        env.setenv("DISPATCH_INTAKE_VAR_DIR", str(store))
        env.setenv("DISPATCH_INTAKE_TOKENS", ",".join(f"{r}:{t}" for r, t in TOKENS.items()))
        env.setenv("DISPATCH_INTAKE_LOG_JSON", "false")
        env.setenv("DISPATCH_INTAKE_ALLOW_WEAK_TOKENS", "true")
        for name, value in service_env.items():
            env.setenv(name, value)
        port = _free_port()
        app = create_app()
        yield from serve_in_thread(app, port, name="console-test-service")


def serve_in_thread(app: Any, port: int, *, name: str) -> Iterator[LiveService]:
    """`app` under uvicorn in a thread on `port` until the generator is closed."""
    import uvicorn

    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        ws="none",
        lifespan="on",
        # Event streams never end on their own; shutdown must not wait for them.
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the service did not start; see the log above")
        time.sleep(0.05)
    try:
        yield LiveService(f"http://127.0.0.1:{port}", app)
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is absent: apt-get install chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    _require_chromium()
    from playwright.sync_api import expect, sync_playwright

    # The machine is shared: a page may wait on a busy service longer than expect's 5 s default.
    expect.set_options(timeout=15_000)

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


SignIn = Callable[..., "Page"]


@pytest.fixture
def sign_in(browser: Browser, live_service: LiveService) -> Iterator[SignIn]:
    """Opens fresh browser contexts signed in to the console; closes them after the test."""
    contexts: list[BrowserContext] = []

    def open_console(
        role: str,
        psap: str = "",
        *,
        prepare: Callable[[BrowserContext], None] | None = None,
        viewport: ViewportSize = VIEWPORT,
        scale: float = 1,
        bypass_csp: bool = False,
    ) -> Page:
        """`scale` is the browser's zoom (1.5 = 150 %): the same screen, fewer CSS pixels."""
        from playwright.sync_api import ViewportSize

        context = browser.new_context(
            viewport=ViewportSize(
                width=round(viewport["width"] / scale), height=round(viewport["height"] / scale)
            ),
            device_scale_factor=scale,
            locale="zh-CN",
            timezone_id="Asia/Shanghai",
            bypass_csp=bypass_csp,
        )
        contexts.append(context)
        context.set_default_timeout(10_000)
        if prepare is not None:
            prepare(context)
        page = context.new_page()
        page.goto(f"{live_service.base_url}/console")
        page.fill("#signin-token", TOKENS[role])
        page.select_option("#signin-psap", psap)
        page.press("#signin-token", "Enter")
        page.wait_for_selector("#signin", state="hidden")
        return page

    yield open_console
    for context in contexts:
        context.close()


def answer_starts_as_held(route: Route) -> None:
    """A route for `**/v1/calls`: a start goes to the service, and its answer reaches the page as
    one held locally (the store away); anything else passes."""
    if route.request.method != "POST":
        route.fallback()
        return
    answer = route.fetch()
    route.fulfill(
        status=answer.status,
        headers={**answer.headers, "X-Held-Locally": "true"},
        json={**answer.json(), "held_locally": True},
    )

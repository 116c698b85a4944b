"""Supervisor and auditor views, staff sign-in, and precision marks on candidates.

Where the service does not (yet) offer an agreed endpoint (/verify, /evidence, /v1/sessions),
the page is given the agreed answer by the browser; the controls are checked to hide when the
service does not publish the endpoint.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

if TYPE_CHECKING:
    from conftest import LiveService, SignIn

from .conftest import TOKENS

NUMBER = "13500000003"
SHANGHAI = timezone(timedelta(hours=8))
SCREENSHOTS = os.environ.get("CONSOLE_SCREENSHOTS")


def offering(*paths: str) -> Callable[[BrowserContext], None]:
    def prepare(context: BrowserContext) -> None:
        def add_paths(route: Route) -> None:
            document = route.fetch().json()
            for path in paths:
                document["paths"].setdefault(path, {"get": {}})
            route.fulfill(json=document)

        context.route("**/openapi.json", add_paths)

    return prepare


def service_paths(live_service: LiveService) -> set[str]:
    return set(httpx.get(f"{live_service.base_url}/openapi.json").json()["paths"])


def escalated_call(live_service: LiveService) -> str:
    with live_service.api("call_taker") as api:
        record = api.post(
            "/v1/calls",
            json={
                "psap": "kaifeng-120",
                "location_text": "河南大学明伦校区",
                "caller_number": NUMBER,
            },
        ).json()
    with live_service.api("supervisor") as api:
        assert api.post(f"/v1/calls/{record['id']}/escalate", json={"reason": "辱骂"}).is_success
    return str(record["id"])


def test_supervisor_finds_a_call_by_number_and_reads_its_timeline(
    sign_in: SignIn, live_service: LiveService
) -> None:
    call_id = escalated_call(live_service)
    supervisor = sign_in("supervisor", psap="zhengzhou-120")
    supervisor.keyboard.press("Escape")
    supervisor.keyboard.press("f")
    expect(supervisor.locator("#search")).to_be_visible()
    expect(supervisor.locator("#search-since")).to_be_focused()
    supervisor.locator("#search-psap").select_option("")
    supervisor.locator("#search-number").fill(NUMBER)
    supervisor.locator("#search-escalated").check()
    supervisor.locator("#search-number").press("Enter")
    result = supervisor.locator(f'#search-results button[data-id="{call_id}"]')
    expect(result).to_be_focused()
    expect(result).to_contain_text("开封市紧急医疗救援中心")
    expect(result).to_contain_text(NUMBER)
    expect(supervisor.locator("#search-count")).to_have_text("1 条")
    supervisor.keyboard.press("Enter")
    expect(supervisor.locator("#timeline")).to_contain_text("上报主管")
    expect(supervisor.locator("#timeline")).to_be_focused()
    if SCREENSHOTS:
        supervisor.screenshot(path=str(Path(SCREENSHOTS) / "console-search.png"))
    # Controls for endpoints the service does not publish are not shown.
    paths = service_paths(live_service)
    verify = supervisor.locator("#verify-button")
    if "/v1/calls/{call_id}/verify" in paths:
        expect(verify).to_be_visible()
    else:
        expect(verify).to_be_hidden()
    supervisor.keyboard.press("Escape")
    supervisor.keyboard.press("Escape")
    expect(supervisor.locator("#intake")).to_be_visible()


def test_auditor_searches_verifies_and_exports(sign_in: SignIn, live_service: LiveService) -> None:
    call_id = escalated_call(live_service)
    asked: list[str] = []

    def prepare(context: BrowserContext) -> None:
        offering("/v1/calls/{call_id}/verify", "/v1/calls/{call_id}/evidence")(context)

        def verify(route: Route) -> None:
            asked.append(route.request.url)
            route.fulfill(json={"ok": False, "problems": [{"seq": 3, "message": "哈希不符"}]})

        def evidence(route: Route) -> None:
            asked.append(route.request.url)
            route.fulfill(json={"call": {"id": call_id}, "timeline": []})

        context.route("**/v1/calls/*/verify", verify)
        context.route("**/v1/calls/*/evidence", evidence)

    auditor = sign_in("auditor", psap="", prepare=prepare)
    expect(auditor.locator("#search")).to_be_visible()
    expect(auditor.locator("#intake")).to_be_hidden()
    auditor.locator("#search-since").fill("昨天")
    auditor.locator("#search-since").press("Enter")
    expect(auditor.locator("#search-error")).to_have_text("时间请写成 2026-12-05 08:00 这样")
    yesterday = datetime.now(SHANGHAI) - timedelta(days=1)
    auditor.locator("#search-since").fill(yesterday.strftime("%Y-%m-%d %H:%M"))
    auditor.locator("#search-status").select_option("provisional")
    auditor.locator("#search-psap").select_option("kaifeng-120")
    auditor.locator("#search-actor").fill("supervisor")
    auditor.locator("#search-actor").press("Enter")
    result = auditor.locator(f'#search-results button[data-id="{call_id}"]')
    expect(result).to_be_visible()
    result.focus()
    auditor.keyboard.press("Enter")
    expect(auditor.locator("#timeline .entry").first).to_be_visible()
    expect(auditor.locator("#timeline")).to_contain_text("上报主管")

    auditor.locator("#verify-button").focus()
    auditor.keyboard.press("Enter")
    expect(auditor.locator("#audit-result")).to_have_text("时间线有问题：第 3 条 哈希不符")
    with auditor.expect_download() as download:
        auditor.locator("#evidence-button").focus()
        auditor.keyboard.press("Enter")
    assert download.value.suggested_filename == f"call-{call_id}-evidence.json"
    expect(auditor.locator("#audit-result")).to_contain_text("证据包已导出")
    assert [url.rsplit("/", 1)[-1] for url in asked] == ["verify", "evidence"]


def test_a_call_taker_has_no_search(sign_in: SignIn) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    taker.keyboard.press("Escape")
    taker.keyboard.press("f")
    expect(taker.locator("#search")).to_be_hidden()
    expect(taker.locator('#keybar [data-verb="search"]')).to_have_count(0)


def open_sign_in(browser: Browser, live_service: LiveService, prepare: Any) -> Page:
    context = browser.new_context(locale="zh-CN", viewport={"width": 1366, "height": 768})
    context.set_default_timeout(10_000)
    prepare(context)
    page = context.new_page()
    page.goto(f"{live_service.base_url}/console")
    return page


def test_staff_sign_in_opens_a_session_and_sign_out_revokes_it(
    browser: Browser, live_service: LiveService
) -> None:
    calls: list[tuple[str, Any]] = []

    def prepare(context: BrowserContext) -> None:
        offering("/v1/sessions")(context)

        def sessions(route: Route) -> None:
            body = json.loads(route.request.post_data or "{}")
            calls.append((route.request.method, body))
            if body.get("password") != "正确的密码":
                route.fulfill(
                    status=401,
                    json={"error": {"code": "bad_credentials", "message": "wrong"}},
                )
                return
            route.fulfill(
                status=201,
                json={
                    "token": TOKENS["dispatcher"],
                    "expires_at": "2099-01-01T00:00:00Z",
                    "staff_id": "D1024",
                    "name": "张敏",
                    "role": "dispatcher",
                    "permissions": [],
                },
            )

        def current(route: Route) -> None:
            calls.append((route.request.method, route.request.headers.get("authorization")))
            route.fulfill(status=204)

        def me(route: Route) -> None:
            identity = route.fetch().json()
            route.fulfill(json={**identity, "staff_id": "D1024", "name": "张敏"})

        context.route("**/v1/sessions", sessions)
        context.route("**/v1/sessions/current", current)
        context.route("**/v1/me", me)

    page = open_sign_in(browser, live_service, prepare)
    expect(page.locator("#signin-staff")).to_be_visible()
    page.locator("#signin-staff").fill("D1024")
    page.locator("#signin-password").fill("错的")
    page.locator("#signin-password").press("Enter")
    expect(page.locator("#signin-error")).to_have_text("工号或密码错误")
    page.locator("#signin-password").fill("正确的密码")
    page.locator("#signin-password").press("Enter")
    expect(page.locator("#signin")).to_be_hidden()
    expect(page.locator("#role")).to_have_text("调度员 · 张敏")
    assert page.evaluate("sessionStorage.getItem('dispatch-intake.session')") == "1"
    # The revocation is sent as the form comes back, not awaited before it: the route that
    # records it runs when the request is handled, so wait for the request to finish.
    with page.expect_event(
        "requestfinished",
        predicate=lambda request: (
            request.method == "DELETE" and request.url.endswith("/v1/sessions/current")
        ),
    ):
        page.locator("#signout").click()
    expect(page.locator("#signin")).to_be_visible()
    assert calls[-1] == ("DELETE", f"Bearer {TOKENS['dispatcher']}")
    assert calls[0] == ("POST", {"staff_id": "D1024", "password": "错的"})
    page.context.close()


def test_staff_fields_are_hidden_where_the_service_has_no_sessions(
    browser: Browser, live_service: LiveService
) -> None:
    page = open_sign_in(browser, live_service, lambda context: None)
    expect(page.locator("#signin-token")).to_be_visible()
    if "/v1/sessions" in service_paths(live_service):
        expect(page.locator("#signin-staff")).to_be_visible()
    else:
        expect(page.locator("#signin-staff")).to_be_hidden()
    page.context.close()


def test_candidates_whose_point_is_not_exact_are_marked(sign_in: SignIn) -> None:
    def precise(context: BrowserContext) -> None:
        def resolve(route: Route) -> None:
            answer = route.fetch().json()
            marks = ["approx", "district", "city", "surveyed"]
            for candidate, precision in zip(answer["candidates"], marks, strict=False):
                candidate["precision"] = precision
            route.fulfill(json=answer)

        context.route("**/v1/resolve?*", resolve)

    taker = sign_in("call_taker", psap="zhengzhou-120", prepare=precise)
    taker.locator("#location-input").press_sequentially("河南大学", delay=20)
    tags = taker.locator("#preview-list .tag.precision")
    expect(tags).to_have_text(["约", "区县级", "市级"])


def test_an_auditor_reaches_verify_from_the_timeline_by_keyboard(
    sign_in: SignIn, live_service: LiveService
) -> None:
    call_id = escalated_call(live_service)
    auditor = sign_in("auditor", psap="")
    expect(auditor.locator("#search-since")).to_be_focused()
    auditor.locator("#search-number").fill(NUMBER)
    auditor.keyboard.press("Enter")
    expect(auditor.locator("#search-results button.result").first).to_be_focused()
    for _ in range(20):
        if auditor.evaluate("document.activeElement.dataset.id") == call_id:
            break
        auditor.keyboard.press("ArrowDown")
    auditor.keyboard.press("Enter")
    expect(auditor.locator("#timeline")).to_be_focused()
    expect(auditor.locator("#timeline")).to_contain_text("上报主管")
    if "/v1/calls/{call_id}/verify" not in service_paths(live_service):
        return
    # Read the timeline, then Tab: the check of that timeline is the next stop.
    auditor.keyboard.press("Tab")
    expect(auditor.locator("#verify-button")).to_be_focused()
    auditor.keyboard.press("Enter")
    expect(auditor.locator("#audit-result")).to_have_text("时间线完整：每一条都与哈希链相符")
    expect(auditor.locator("#audit-result")).to_be_in_viewport(ratio=1)

"""A call's life at the console, in Chinese, acted on in one key, with a dispatcher alerted.

Endpoints that other work adds (complaint, one-seat centres in /v1/me) are tested against the
real service where it has them; where it does not yet, the page is given the agreed answer by
the browser, so what the console does with it is still checked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from .conftest import answer_starts_as_held

if TYPE_CHECKING:
    from conftest import LiveService, SignIn

COMPLAINT_PATH = "/v1/calls/{call_id}/complaint"


def wait_stream_open(page: Page) -> None:
    expect(page.locator("#stream-state")).to_have_attribute("data-state", "open")


def active_call_id(page: Page) -> str:
    call_id = page.locator("#call").get_attribute("data-id")
    assert call_id
    return call_id


def start_with_location(page: Page, text: str, key: str = "Enter") -> str:
    """Enter starts a call when none takes input; F2 starts one whatever is open."""
    before = page.locator("#call").get_attribute("data-id")
    page.locator("#location-input").fill(text)
    page.locator("#location-input").press(key)
    expect(page.locator("#call")).to_be_visible()
    if before:
        expect(page.locator("#call")).not_to_have_attribute("data-id", before)
    return active_call_id(page)


def service_paths(live_service: LiveService) -> set[str]:
    return set(httpx.get(f"{live_service.base_url}/openapi.json").json()["paths"])


def offering(*paths: str) -> Callable[[BrowserContext], None]:
    """The page is told the service publishes these paths too."""

    def prepare(context: BrowserContext) -> None:
        def add_paths(route: Route) -> None:
            document = route.fetch().json()
            for path in paths:
                document["paths"].setdefault(path, {"post": {}})
            route.fulfill(json=document)

        context.route("**/openapi.json", add_paths)

    return prepare


def test_a_dispatched_call_leaves_the_input_and_typing_starts_the_next(
    sign_in: SignIn, live_service: LiveService
) -> None:
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    dispatcher.locator("#complaint-input").fill("胸口疼，出冷汗")
    first = start_with_location(dispatcher, "郑州大学第一附属医院")
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("d")
    expect(dispatcher.locator("#call-status")).to_have_text("已派车")
    expect(dispatcher.locator("#call-left")).to_contain_text("输入即开始下一个呼叫")
    expect(dispatcher.locator("#location-input")).to_have_value("")
    expect(dispatcher.locator("#complaint-input")).to_have_value("")

    # The next caller's words are resolved alone: nothing of the dispatched call is mixed in.
    with dispatcher.expect_request(lambda request: "/v1/resolve" in request.url) as resolve:
        dispatcher.locator("#location-input").press_sequentially("河南大学", delay=20)
    assert parse_qs(urlparse(resolve.value.url).query)["q"] == ["河南大学"]
    expect(dispatcher.locator("#preview-list .option").first).to_be_visible()
    dispatcher.locator("#location-input").press("Enter")
    expect(dispatcher.locator("#call")).not_to_have_attribute("data-id", first)
    second = active_call_id(dispatcher)

    with live_service.api("supervisor") as api:
        assert api.get(f"/v1/calls/{first}").json()["location"]["text"] == ["郑州大学第一附属医院"]
        assert api.get(f"/v1/calls/{second}").json()["location"]["text"] == ["河南大学"]


def test_a_closed_call_refuses_in_chinese_and_the_banner_goes_when_untrue(
    sign_in: SignIn,
) -> None:
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    start_with_location(dispatcher, "郑州大学第一附属医院")
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("x")
    dispatcher.keyboard.type("误拨")
    dispatcher.keyboard.press("Enter")
    expect(dispatcher.locator("#call-status")).to_have_text("已结束")
    expect(dispatcher.locator("#call-left")).to_be_visible()
    dispatcher.keyboard.press("d")
    expect(dispatcher.locator("#error")).to_have_text(
        "派车失败：呼叫当前的状态不允许此操作（可能已派车、已结束或已转接）"
    )
    # The next call is another call: the refusal about the closed one is no longer true.
    start_with_location(dispatcher, "河南大学")
    expect(dispatcher.locator("#error")).to_have_text("")


def test_f2_on_an_empty_form_does_not_stack_calls_and_a_later_complaint_is_triaged(
    sign_in: SignIn, live_service: LiveService
) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    with live_service.api("supervisor") as api:
        before = len(api.get("/v1/calls", params={"limit": 500}).json())
    taker.keyboard.press("F2")
    expect(taker.locator("#call")).to_be_visible()
    first = active_call_id(taker)
    taker.keyboard.press("F2")
    taker.keyboard.press("F2")
    expect(taker.locator("#location-input")).to_be_focused()

    taker.locator("#complaint-input").fill("他说不出话了，喘不上气")
    taker.locator("#complaint-input").press("Enter")
    expect(taker.locator("#complaint-input")).to_have_value("")
    assert active_call_id(taker) == first
    with live_service.api("supervisor") as api:
        assert len(api.get("/v1/calls", params={"limit": 500}).json()) == before + 1
        record = api.get(f"/v1/calls/{first}").json()
    if COMPLAINT_PATH in service_paths(live_service):
        assert record["complaint"]["text"] == ["他说不出话了，喘不上气"]
        expect(taker.locator("#complaint-said")).to_contain_text("他说不出话了")
    else:
        # A service without the complaint endpoint keeps what was said as a note.
        assert record["notes"][-1]["text"] == "主诉补充：他说不出话了，喘不上气"


def test_a_complaint_after_the_start_goes_to_the_complaint_endpoint(
    sign_in: SignIn, live_service: LiveService
) -> None:
    sent: list[dict[str, Any]] = []

    def prepare(context: BrowserContext) -> None:
        offering(COMPLAINT_PATH)(context)

        def complaint(route: Route) -> None:
            sent.append(json.loads(route.request.post_data or "{}"))
            call_id = route.request.url.split("/")[-2]
            with live_service.api("call_taker") as api:
                if COMPLAINT_PATH in service_paths(live_service):
                    answer = api.post(f"/v1/calls/{call_id}/complaint", json=sent[-1])
                else:
                    answer = api.get(f"/v1/calls/{call_id}")
            route.fulfill(status=answer.status_code, json=answer.json())

        context.route("**/v1/calls/*/complaint", complaint)

    taker = sign_in("call_taker", psap="zhengzhou-120", prepare=prepare)
    start_with_location(taker, "河南大学")
    taker.locator("#complaint-input").fill("我好难受")
    taker.locator("#complaint-input").press("Enter")
    expect(taker.locator("#complaint-input")).to_have_value("")
    assert sent == [{"text": "我好难受"}]
    expect(taker.locator("#timeline")).not_to_contain_text("主诉补充")


def test_timeline_and_caller_read_in_chinese_without_codes(sign_in: SignIn) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    for _ in range(2):
        taker.locator("#number-input").fill("13700000001")
        taker.locator("#complaint-input").fill("摔倒了")
        start_with_location(taker, "河南大学郑州龙子湖校区", key="F2")
    expect(taker.locator("#call-repeat")).to_have_text("重复来电：此前 1 次")
    expect(taker.locator("#call-caller-number")).to_have_text("137****0001")
    timeline = taker.locator("#timeline")
    expect(timeline).to_contain_text("此号码此前来电 1 次")
    text = timeline.inner_text()
    assert "{" not in text and "repeat_caller" not in text and "zhengzhou-120" not in text
    # Every entry's kind is a word, not a code.
    for kind in taker.locator("#timeline .type").all_inner_texts():
        assert not re.search(r"[a-z_]", kind), kind
    for actor in taker.locator("#timeline .actor").all_inner_texts():
        assert actor.startswith("接警员"), actor


def test_dispatcher_hears_and_sees_a_new_critical_call_and_sends_it_with_one_key(
    sign_in: SignIn,
) -> None:
    def count_tones(context: BrowserContext) -> None:
        context.add_init_script(
            """
            window.__tones = 0;
            const Real = window.AudioContext;
            window.AudioContext = class extends Real {
              createOscillator() {
                const oscillator = super.createOscillator();
                const start = oscillator.start.bind(oscillator);
                oscillator.start = (...args) => { window.__tones += 1; return start(...args); };
                return oscillator;
              }
            };
            """
        )

    dispatcher = sign_in("dispatcher", psap="zhengzhou-120", prepare=count_tones)
    wait_stream_open(dispatcher)
    taker = sign_in("call_taker", psap="zhengzhou-120")
    taker.locator("#complaint-input").fill("我好难受，说不出话了")
    call_id = start_with_location(taker, "河南大学郑州龙子湖校区")

    body = dispatcher.locator("body")
    expect(body).to_have_attribute("data-alert-call", call_id)
    expect(body).to_have_class(re.compile("alerting"))
    assert dispatcher.evaluate("window.__tones") >= 3

    # Keyboard only: leave the box, take the newest critical call, Enter does what is advised.
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("j")
    expect(dispatcher.locator("#call")).to_have_attribute("data-id", call_id)
    expect(dispatcher.locator("#action .action-key")).to_contain_text("派车")
    dispatcher.keyboard.press("Enter")
    expect(dispatcher.locator("#call-status")).to_have_text("已派车")
    expect(dispatcher.locator("#call-clock-box")).to_have_class(re.compile("stopped"))


def test_a_call_taker_at_a_one_seat_centre_has_dispatch_transfer_and_close(
    sign_in: SignIn,
) -> None:
    def one_seat(context: BrowserContext) -> None:
        def me(route: Route) -> None:
            identity = route.fetch().json()
            identity.setdefault("one_seat_psaps", ["zhengzhou-120", "kaifeng-120"])
            route.fulfill(json=identity)

        context.route("**/v1/me", me)

    taker = sign_in("call_taker", psap="zhengzhou-120", prepare=one_seat)
    start_with_location(taker, "河南大学郑州龙子湖校区")
    for verb in ("dispatch", "transfer", "close"):
        expect(taker.locator(f'#keybar [data-verb="{verb}"]')).not_to_have_class(
            re.compile("disabled")
        )
    expect(taker.locator("#action .action-key")).not_to_have_class(re.compile("disabled"))


def test_priority_by_hand_goes_to_the_priority_endpoint(
    sign_in: SignIn, live_service: LiveService
) -> None:
    sent: list[dict[str, Any]] = []

    def prepare(context: BrowserContext) -> None:
        offering("/v1/calls/{call_id}/priority")(context)

        def priority(route: Route) -> None:
            sent.append(json.loads(route.request.post_data or "{}"))
            call_id = route.request.url.split("/")[-2]
            with live_service.api("call_taker") as api:
                record = api.get(f"/v1/calls/{call_id}").json()
            route.fulfill(json={**record, "priority": sent[-1]["priority"]})

        context.route("**/v1/calls/*/priority", priority)

    taker = sign_in("call_taker", psap="zhengzhou-120", prepare=prepare)
    start_with_location(taker, "河南大学郑州龙子湖校区")
    taker.keyboard.press("Escape")
    taker.keyboard.press("p")
    expect(taker.locator("#dialog-priority")).to_be_visible()
    taker.locator("#dialog-priority").select_option("critical")
    taker.locator("#dialog-text").fill("来电人几乎说不出话")
    taker.locator("#dialog-text").press("Enter")
    expect(taker.locator("#call-priority")).to_have_text("危重")
    assert sent == [{"priority": "critical", "reason": "来电人几乎说不出话"}]


def test_priority_key_is_absent_where_the_service_has_no_priority_endpoint(
    sign_in: SignIn, live_service: LiveService
) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    start_with_location(taker, "河南大学郑州龙子湖校区")
    taker.keyboard.press("Escape")
    taker.keyboard.press("?")
    help_text = taker.locator("#help-table").inner_text()
    offered = "/v1/calls/{call_id}/priority" in service_paths(live_service)
    assert ("调整分级" in help_text) == offered


def test_a_record_held_locally_says_so(sign_in: SignIn) -> None:
    def held(context: BrowserContext) -> None:
        # A live update from the store would say, rightly, that the call is no longer held.
        context.route("**/v1/events*", lambda route: route.abort())
        context.route("**/v1/calls", answer_starts_as_held)

    taker = sign_in("call_taker", psap="zhengzhou-120", prepare=held)
    start_with_location(taker, "河南大学")
    expect(taker.locator("#warnings")).to_contain_text("记录暂存在本机")


def test_a_supervisor_sees_an_escalated_call_first_with_its_reason_and_is_alerted(
    sign_in: SignIn, live_service: LiveService
) -> None:
    supervisor = sign_in("supervisor", psap="luoyang-120")
    wait_stream_open(supervisor)
    taker = sign_in("call_taker", psap="luoyang-120")
    escalated = start_with_location(taker, "洛阳市")
    taker.keyboard.press("Escape")
    taker.keyboard.press("e")
    taker.keyboard.type("来电人情绪激动，要求指定医院")
    taker.keyboard.press("Enter")
    expect(taker.locator("#call-outcome")).to_have_text("已上报主管")
    expect(supervisor.locator("body")).to_have_attribute("data-alert-call", escalated)
    # A critical call arriving after it does not push the escalation down the supervisor's queue.
    with live_service.api("call_taker") as api:
        critical = api.post(
            "/v1/calls",
            json={"psap": "luoyang-120", "location_text": "洛阳市", "complaint_text": "说不出话了"},
        ).json()
    queue = supervisor.locator("#queue-list .queue-item")
    expect(supervisor.locator(f'#queue-list [data-id="{critical["id"]}"]')).to_be_visible()
    expect(queue.first).to_have_attribute("data-id", escalated)
    expect(queue.first.locator(".row-escalated")).to_have_text(
        "已上报主管：来电人情绪激动，要求指定医院"
    )
    # Taken over, it is one call among the others again.
    supervisor.keyboard.press("Escape")
    supervisor.keyboard.press("j")
    expect(supervisor.locator("#call")).to_have_attribute("data-id", escalated)
    if "/v1/calls/{call_id}/takeover" in service_paths(live_service):
        supervisor.keyboard.press("g")
        expect(supervisor.locator("#call-outcome")).to_have_text("主管已接管")
        expect(queue.first).to_have_attribute("data-id", critical["id"])


def test_a_supervisors_reads_of_whole_numbers_read_in_chinese(
    sign_in: SignIn, live_service: LiveService
) -> None:
    with live_service.api("call_taker") as api:
        started = api.post(
            "/v1/calls",
            json={
                "psap": "pingdingshan-120",
                "location_text": "平顶山",
                "caller_number": "13700000009",
            },
        ).json()
    supervisor = sign_in("supervisor", psap="pingdingshan-120")
    expect(supervisor.locator(f'#queue-list [data-id="{started["id"]}"]')).to_be_visible()
    supervisor.keyboard.press("Escape")
    supervisor.keyboard.press("j")
    expect(supervisor.locator("#call")).to_have_attribute("data-id", started["id"])
    # Shown masked until the supervisor looks at it (H).
    expect(supervisor.locator("#call-caller-number")).to_contain_text("137****0009")
    supervisor.keyboard.press("h")
    expect(supervisor.locator("#call-caller-number")).to_have_text("13700000009")
    # The read just made is on the timeline the next time it is read.
    supervisor.keyboard.press("r")
    timeline = supervisor.locator("#timeline")
    expect(timeline).to_contain_text("查看号码")
    expect(timeline).to_contain_text("经打开呼叫")
    text = timeline.inner_text()
    assert "via" not in text and "其他记录" not in text, text


def test_a_call_sent_from_another_seat_keeps_what_the_call_taker_is_typing(
    sign_in: SignIn, live_service: LiveService
) -> None:
    """At a split centre the dispatcher sends the crew while the call-taker is still with the
    caller: what they are typing is not wiped, and it goes to that call, not a new one."""
    taker = sign_in("call_taker", psap="luoyang-120")
    wait_stream_open(taker)
    taker.locator("#complaint-input").fill("老人摔倒了，叫不醒")
    call_id = start_with_location(taker, "洛阳市")
    taker.locator("#location-input").fill("西工区王城公园东门")
    with live_service.api("dispatcher") as api:
        assert api.post(f"/v1/calls/{call_id}/dispatch", json={}).status_code == 200
    expect(taker.locator("#call-status")).to_have_text("已派车")
    expect(taker.locator("#call-left")).to_contain_text("另一席位已派车")
    expect(taker.locator("#location-input")).to_have_value("西工区王城公园东门")
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#said")).to_contain_text("西工区王城公园东门")
    assert active_call_id(taker) == call_id
    with live_service.api("supervisor") as api:
        said = api.get(f"/v1/calls/{call_id}").json()["location"]["text"]
    assert said == ["洛阳市", "西工区王城公园东门"]
    # The next caller is F2's.
    taker.locator("#location-input").fill("洛阳龙门站")
    taker.keyboard.press("F2")
    expect(taker.locator("#call")).not_to_have_attribute("data-id", call_id)
    expect(taker.locator("#call-left")).to_be_hidden()


def test_an_auditor_is_shown_no_live_stream_state(sign_in: SignIn) -> None:
    auditor = sign_in("auditor")
    expect(auditor.locator("#search-since")).to_be_focused()
    expect(auditor.locator("#stream-state")).to_be_hidden()
    taker = sign_in("call_taker", psap="zhengzhou-120")
    wait_stream_open(taker)
    expect(taker.locator("#stream-state")).to_have_text("实时：已连接")


def _number_reads(live_service: LiveService, call_id: str) -> list[str]:
    """The `full_read` events of a call made by supervisors, by how they read."""
    with live_service.api("dispatcher") as api:
        timeline = api.get(f"/v1/calls/{call_id}").json()["timeline"]
    return [
        e["data"]["via"]
        for e in timeline
        if e["type"] == "full_read" and e["actor"].startswith("supervisor")
    ]


@pytest.mark.parametrize("keys", ["rrh", "hrr", "rhr"])
def test_a_supervisors_queue_reads_no_number_and_a_look_is_recorded_once(
    sign_in: SignIn, live_service: LiveService, keys: str
) -> None:
    """Refills of the queue and of the open call (R, the stream) are nobody's look at a
    number: only H, a person's look at the open call's number, is on its timeline."""
    with live_service.api("call_taker") as api:
        started = api.post(
            "/v1/calls",
            json={
                "psap": "xinxiang-120",
                "location_text": "新乡市",
                "caller_number": "13700000011",
            },
        ).json()
    supervisor = sign_in("supervisor", psap="xinxiang-120")
    wait_stream_open(supervisor)
    row = supervisor.locator(f'#queue-list [data-id="{started["id"]}"]')
    expect(row).to_contain_text("137****0011")
    row.click()
    expect(supervisor.locator("#call")).to_have_attribute("data-id", started["id"])
    number = supervisor.locator("#call-caller-number")
    expect(number).to_contain_text("137****0011")
    expect(number.locator("kbd")).to_have_text("H")
    supervisor.keyboard.press("Escape")
    for key in keys:
        # Each key's reads have been answered before the next key: a read the service wrote
        # for a refill would be on the timeline below.
        with supervisor.expect_response(lambda r: "/v1/calls/" in r.url or "/v1/calls?" in r.url):
            supervisor.keyboard.press(key)
        if key == "h":
            expect(number).to_have_text("13700000011")
    # A change of the call on the live stream is no look either.
    with live_service.api("call_taker") as api:
        api.post(f"/v1/calls/{started['id']}/notes", json={"text": "来电人在人民公园"})
    expect(supervisor.locator("#timeline")).to_contain_text("来电人在人民公园")
    expect(number).to_have_text("13700000011")
    expect(row).to_contain_text("137****0011")
    assert _number_reads(live_service, started["id"]) == ["record"]
    expect(supervisor.locator("#timeline")).to_contain_text("查看号码")

"""The console in Chromium against the real service: keyboard intake, the live queue, roles."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, Route, expect

if TYPE_CHECKING:
    from conftest import LiveService, SignIn


# A screenshot of the console mid-call is written here when the variable names a path
# (`CONSOLE_SCREENSHOT=docs/console.png`), so the README's picture comes from a real call.
SCREENSHOT = os.environ.get("CONSOLE_SCREENSHOT")

CAMPUSES = ("龙子湖", "明伦", "金明")


def wait_stream_open(page: Page) -> None:
    expect(page.locator("#stream-state")).to_have_attribute("data-state", "open")


def option_labels(page: Page) -> list[str]:
    return page.locator("#options .option-label").all_inner_texts()


def active_call_id(page: Page) -> str:
    call_id = page.locator("#call").get_attribute("data-id")
    assert call_id
    return call_id


def test_campus_choice_reaches_another_console_and_is_dispatched(
    sign_in: SignIn, live_service: LiveService, tmp_path: Path
) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    expect(taker.locator("#role")).to_have_text("接警员")
    expect(dispatcher.locator("#role")).to_have_text("调度员")
    wait_stream_open(taker)
    wait_stream_open(dispatcher)

    # Live candidates while typing, before any record exists: all three campuses, two cities.
    taker.locator("#complaint-input").fill("我好难受，说不出话了")
    taker.locator("#number-input").fill("13800138000")
    taker.locator("#location-input").press_sequentially("河南大学", delay=40)
    preview = taker.locator("#preview-list .option")
    for campus in CAMPUSES:
        expect(preview.filter(has_text=campus)).to_have_count(1)
    details = " ".join(taker.locator("#preview-list .option-details").all_inner_texts())
    assert "郑州" in details and "开封" in details

    # Enter starts the call; the prompt and the numbered campuses are on screen.
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#call")).to_be_visible()
    expect(taker.locator("#prompt-text")).not_to_be_empty()
    expect(taker.locator("#call-priority")).to_have_text("危重")
    expect(taker.locator("#call-caller")).to_contain_text("138****8000")
    assert "13800138000" not in taker.content()
    labels = option_labels(taker)
    for campus in CAMPUSES:
        assert any(campus in label for label in labels), labels
    call_id = active_call_id(taker)
    if SCREENSHOT:
        taker.wait_for_timeout(400)  # the map's district outlines arrive after the call
        taker.screenshot(path=SCREENSHOT)

    # The other console hears of the call without reloading.
    row = dispatcher.locator(f'#queue-list li[data-id="{call_id}"]')
    expect(row).to_be_visible()
    expect(row.locator(".badge")).to_have_text("危重")

    # Pressing 1 confirms the option shown as 1.
    with live_service.api("call_taker") as api:
        option_one = api.get(f"/v1/calls/{call_id}").json()["prompt"]["options"][0]
    assert option_one["key"] == "1"
    taker.keyboard.press("1")
    expect(taker.locator("#call-status")).to_have_text("位置已确认")
    with live_service.api("call_taker") as api:
        record = api.get(f"/v1/calls/{call_id}").json()
    assert record["status"] == "location_confirmed"
    assert record["location"]["confirmed"]["place_id"] == option_one["place_id"]
    expect(taker.locator("#call-confirmed")).to_contain_text(
        record["location"]["confirmed"]["full_name"]
    )
    expect(row.locator(".status")).to_have_text("位置已确认")

    # The dispatcher selects the call from the queue by keyboard and dispatches it.
    dispatcher.keyboard.press("Escape")
    for _ in range(dispatcher.locator("#queue-list li").count()):
        dispatcher.keyboard.press("ArrowDown")
        if dispatcher.locator(f'#queue-list li.active[data-id="{call_id}"]').count():
            break
    expect(dispatcher.locator("#queue-list li.active")).to_have_attribute("data-id", call_id)
    expect(dispatcher.locator("#call-status")).to_have_text("位置已确认")
    dispatcher.keyboard.press("d")
    expect(dispatcher.locator("#call-status")).to_have_text("已派车")
    expect(dispatcher.locator("#timeline .entry").last).to_contain_text("派车")
    with live_service.api("dispatcher") as api:
        assert api.get(f"/v1/calls/{call_id}").json()["status"] == "dispatched"

    # The call-taker's screen follows the dispatch through the event stream.
    expect(taker.locator("#call-status")).to_have_text("已派车")
    taker.screenshot(path=str(tmp_path / "after-dispatch.png"))


def test_location_turns_narrow_the_choice_and_notes_land_on_the_timeline(
    sign_in: SignIn, tmp_path: Path
) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    taker.keyboard.press("F2")
    expect(taker.locator("#call")).to_be_visible()
    expect(taker.locator("#location-input")).to_be_focused()
    taker.keyboard.type("河南大学")
    taker.keyboard.press("Enter")
    expect(taker.locator("#said")).to_contain_text("河南大学")
    # With several campuses to choose from, the keys are for choosing: the box is left.
    expect(taker.locator("#location-input")).not_to_be_focused()
    taker.keyboard.press("l")
    expect(taker.locator("#location-input")).to_be_focused()
    taker.keyboard.type("龙子湖那边")
    # While typing, the candidates are for everything said so far plus the new words.
    expect(taker.locator("#preview-list .option").first).to_contain_text("龙子湖")
    taker.screenshot(path=str(tmp_path / "second-location-turn.png"))
    taker.keyboard.press("Enter")
    expect(taker.locator("#said")).to_contain_text("龙子湖那边")
    expect(taker.locator("#options .option").first).to_contain_text("龙子湖")

    expect(taker.locator("#call-priority")).to_have_text("未分级")
    taker.keyboard.press("n")
    expect(taker.locator("#dialog")).to_be_visible()
    taker.keyboard.type("来电人呼吸急促")
    taker.keyboard.press("Enter")
    expect(taker.locator("#dialog")).to_be_hidden()
    expect(taker.locator("#timeline")).to_contain_text("来电人呼吸急促")
    # What the note tells of the patient raises the priority, and the recommendation with it.
    expect(taker.locator("#call-priority")).to_have_text("危重")
    expect(taker.locator("#action .action-kind")).to_have_text("立即派车")
    expect(taker.locator("#complaint-said")).to_have_text("主诉：尚未记录（分级依据备注）")
    taker.screenshot(path=str(tmp_path / "note-raises-priority.png"))


def test_caller_position_is_drawn_and_sent_with_the_call(sign_in: SignIn) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    taker.locator("#position-input").fill("34.79,113.80,3000")
    taker.locator("#location-input").fill("河南大学")
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#call-caller")).to_contain_text("定位 ±3.0 公里")
    expect(taker.locator("#map circle.caller-circle")).to_have_count(1)
    # Every candidate can be chosen by number, not only the ones the prompt offers.
    labels = option_labels(taker)
    for campus in CAMPUSES:
        assert any(campus in label for label in labels), labels
    keys = taker.locator("#options .key").all_inner_texts()
    assert keys == [str(n) for n in range(1, len(keys) + 1)]


def test_a_dropped_field_is_shown_as_a_warning_and_the_call_still_stands(sign_in: SignIn) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    taker.locator("#position-input").fill("999,113.8,2000")
    taker.locator("#location-input").fill("河南大学")
    expect(taker.locator("#position-input")).to_have_value("999,113.8,2000")
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#call-status")).to_have_text("待确认位置")
    expect(taker.locator("#warnings li").first).to_be_visible()
    expect(taker.locator("#warnings")).to_contain_text("来电定位")


def test_call_taker_cannot_dispatch_and_is_told_why(
    sign_in: SignIn,
) -> None:
    # 洛阳 splits taking and dispatching; 郑州 and 开封 are one-seat centres (config/psaps.toml).
    taker = sign_in("call_taker", psap="luoyang-120")
    expect(taker.locator('#keybar [data-verb="dispatch"]')).to_have_class(re.compile("disabled"))
    taker.locator("#location-input").fill("河南科技大学开元校区")
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#call")).to_be_visible()
    taker.keyboard.press("Escape")
    sent: list[str] = []
    taker.on("request", lambda request: sent.append(request.url))
    taker.keyboard.press("d")
    expect(taker.locator("#error")).to_have_text(
        "洛阳市120急救指挥中心受理和调度分席：派车由调度员执行，本呼叫已在调度员的队列中"
    )
    expect(taker.locator("#call-status")).not_to_have_text("已派车")
    assert not [url for url in sent if url.endswith("/dispatch")], sent
    # T and X say the same at once, instead of opening a dialog that then refuses.
    for key, what in (("t", "转接"), ("x", "结束呼叫")):
        taker.keyboard.press(key)
        expect(taker.locator("#dialog")).to_be_hidden()
        expect(taker.locator("#error")).to_contain_text(f"{what}由调度员执行")


def test_out_of_area_campus_is_handed_over_with_the_recommended_centre(
    sign_in: SignIn,
) -> None:
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    kaifeng = sign_in("dispatcher", psap="kaifeng-120")
    wait_stream_open(kaifeng)
    dispatcher.locator("#location-input").fill("河南大学明伦校区")
    dispatcher.locator("#location-input").press("Enter")
    expect(dispatcher.locator("#action .action-kind")).to_have_text("转接")
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("t")
    expect(dispatcher.locator("#dialog")).to_be_visible()
    expect(dispatcher.locator("#dialog-psap")).to_have_value("kaifeng-120")
    dispatcher.locator("#dialog-text").press("Enter")
    expect(dispatcher.locator("#call-status")).to_have_text("已转接")
    # Centres by name, never by id.
    expect(dispatcher.locator("#timeline")).to_contain_text("→ 开封市紧急医疗救援中心")
    assert "kaifeng-120" not in dispatcher.locator("#timeline").inner_text()
    call_id = active_call_id(dispatcher)
    # The call leaves this centre's queue and arrives, whole, in the receiving centre's.
    expect(dispatcher.locator(f'#queue-list li[data-id="{call_id}"]')).to_have_count(0)
    arrived = kaifeng.locator(f'#queue-list li[data-id="{call_id}"]')
    expect(arrived).to_be_visible()
    expect(arrived).to_contain_text("明伦")


def test_dispatcher_closes_a_call_and_help_lists_the_keys(sign_in: SignIn) -> None:
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("?")
    expect(dispatcher.locator("#help")).to_be_visible()
    for key in ("F2", "Enter", "D", "T", "E", "N", "A", "X"):
        expect(dispatcher.locator("#help-table kbd", has_text=key).first).to_be_visible()
    dispatcher.keyboard.press("Escape")
    expect(dispatcher.locator("#help")).to_be_hidden()

    dispatcher.locator("#location-input").fill("郑州大学第一附属医院")
    dispatcher.locator("#location-input").press("Enter")
    expect(dispatcher.locator("#call")).to_be_visible()
    call_id = active_call_id(dispatcher)
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("x")
    expect(dispatcher.locator("#dialog")).to_be_visible()
    dispatcher.keyboard.type("误拨")
    dispatcher.keyboard.press("Enter")
    expect(dispatcher.locator("#call-status")).to_have_text("已结束")
    expect(dispatcher.locator(f'#queue-list li[data-id="{call_id}"]')).to_have_count(0)


def test_a_wrong_token_is_refused_and_not_kept(browser: Browser, live_service: LiveService) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_service.base_url}/console")
    page.fill("#signin-token", "not-a-token")
    page.press("#signin-token", "Enter")
    expect(page.locator("#signin-error")).to_have_text("令牌无效")
    assert page.evaluate("sessionStorage.length") == 0
    context.close()


@pytest.mark.parametrize("role, word", [("supervisor", "值班主管"), ("auditor", "审计员")])
def test_role_is_shown(sign_in: SignIn, role: str, word: str) -> None:
    page = sign_in(role)
    expect(page.locator("#role")).to_have_text(word)


def test_event_stream_parser_handles_split_chunks_and_crlf(
    browser: Browser, live_service: LiveService
) -> None:
    page = browser.new_page()
    page.goto(f"{live_service.base_url}/console")
    chunks = [": ping\r\n\r\nevent: call\r", '\ndata: {"a"', ":1}\r\n", "id: 7\r\n\r\n"]
    chunks.append("data: x\ndata: y\n\n")
    messages = page.evaluate(
        """async (chunks) => {
            const { createParser } = await import("/console/static/js/events.js");
            const got = [];
            const feed = createParser((message) => got.push(message));
            for (const chunk of chunks) feed(chunk);
            return got;
        }""",
        chunks,
    )
    assert messages == [
        {"event": "call", "data": '{"a":1}', "id": "7"},
        {"event": "message", "data": "x\ny", "id": "7"},
    ]
    page.close()


def test_event_stream_reconnects_by_itself_and_a_reload_keeps_the_session(
    sign_in: SignIn, live_service: LiveService
) -> None:
    refusals = {"left": 2}
    page = sign_in("dispatcher", psap="zhengzhou-120")
    wait_stream_open(page)

    def refuse_twice(route: Route) -> None:
        if refusals["left"] > 0:
            refusals["left"] -= 1
            route.abort()
        else:
            route.continue_()

    # The next connections fail; the console must keep trying without a reload.
    page.route("**/v1/events*", refuse_twice)
    page.reload()
    expect(page.locator("#signin")).to_be_hidden()
    expect(page.locator("#role")).to_have_text("调度员")
    wait_stream_open(page)
    assert refusals["left"] == 0

    with live_service.api("call_taker") as api:
        response = api.post("/v1/calls", json={"location_text": "河南大学金明校区"})
    call_id = response.json()["id"]
    expect(page.locator(f'#queue-list li[data-id="{call_id}"]')).to_be_visible()

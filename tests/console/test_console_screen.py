"""The screen under stress: keyboard only at 1366×768 and at 150 % zoom, a large call clock, a
stable option list, the console's own CJK font, and axe-core with nothing serious."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from playwright.sync_api import Locator, Page, expect

if TYPE_CHECKING:
    from conftest import SignIn

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
# Screenshots for docs/ are written when this names a folder (`CONSOLE_SCREENSHOTS=docs`).
SCREENSHOTS = os.environ.get("CONSOLE_SCREENSHOTS")


def shoot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        page.wait_for_timeout(400)  # the map's outlines arrive after the call
        page.screenshot(path=str(Path(SCREENSHOTS) / name))


def px(locator: Locator, prop: str) -> float:
    return float(locator.evaluate(f"e => parseFloat(getComputedStyle(e)['{prop}'])"))


def serious_violations(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("zoom", [1, 1.5], ids=["100%", "150%"])
def test_keyboard_only_walk_through(sign_in: SignIn, zoom: float) -> None:
    """A 2022-style call, start to dispatch, without the mouse; what to read and what to do
    stay on screen at each step."""
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120", scale=zoom)
    keyboard = dispatcher.keyboard
    expect(dispatcher.locator("#location-input")).to_be_focused()
    keyboard.press("c")  # typed into the location box: keys are text while typing
    keyboard.press("Backspace")
    keyboard.press("Escape")
    keyboard.press("c")
    expect(dispatcher.locator("#complaint-input")).to_be_focused()
    keyboard.type("我好难受，说不出话了")
    keyboard.press("Escape")
    keyboard.press("l")
    keyboard.type("河南大学")
    keyboard.press("Enter")
    expect(dispatcher.locator("#call")).to_be_visible()
    for part in ("#call-clock", "#prompt-text", "#action .action-kind", "#call-caller-number"):
        expect(dispatcher.locator(part)).to_be_in_viewport(ratio=1)
    expect(dispatcher.locator("#action .action-kind")).to_have_text("立即派车")
    shoot(dispatcher, f"console-walk-{int(zoom * 100)}.png")

    keyboard.press("Escape")
    keyboard.press("1")
    expect(dispatcher.locator("#call-status")).to_have_text("位置已确认")
    expect(dispatcher.locator("#action .action-kind")).to_be_in_viewport(ratio=1)
    keyboard.press("Enter")
    expect(dispatcher.locator("#call-status")).to_have_text("已派车")
    expect(dispatcher.locator("#call-left")).to_be_visible()
    expect(dispatcher.locator("#call-clock")).to_be_in_viewport(ratio=1)
    if zoom == 1:
        shoot(dispatcher, "console-dispatched.png")
    # The next caller: typing goes to a new call.
    keyboard.press("l")
    keyboard.type("郑州大学第一附属医院")
    keyboard.press("Enter")
    expect(dispatcher.locator("#call-status")).to_have_text("待确认位置")


def test_call_clock_caller_and_a_stable_option_list(sign_in: SignIn) -> None:
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    dispatcher.locator("#number-input").fill("13600000002")
    dispatcher.locator("#position-input").fill("34.75,113.65,1500")
    dispatcher.locator("#location-input").fill("郑州大学附属医院")
    dispatcher.locator("#location-input").press("Enter")
    expect(dispatcher.locator("#call")).to_be_visible()
    expect(dispatcher.locator("#call-target")).to_have_text("派车目标 60 秒")
    assert px(dispatcher.locator("#call-clock"), "fontSize") >= 32
    assert px(dispatcher.locator("#call-caller-number"), "fontSize") >= 20
    expect(dispatcher.locator("#call-caller-number")).to_have_text("136****0002")
    expect(dispatcher.locator("#call-caller-position")).to_have_text("定位 ±1.5 公里（人工）")
    expect(dispatcher.locator("#call-repeat")).to_have_text("首次来电")

    options = dispatcher.locator("#options .option")
    expect(options.nth(4)).to_be_attached()  # more than four choices
    # Measured in one step in the page: a live update may redraw the list between two reads.
    lefts = set(options.evaluate_all("els => els.map(e => Math.round(e.offsetLeft))"))
    assert len(lefts) == 1, lefts  # one column, however many


def test_the_console_renders_with_its_own_font(sign_in: SignIn) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    taker.locator("#location-input").fill("河南大学")
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#prompt-text")).not_to_be_empty()
    loaded = taker.evaluate(
        """async () => {
          await document.fonts.ready;
          const text = document.getElementById('prompt-text').textContent;
          await document.fonts.load('600 25px "Console Sans SC"', text);
          return [...document.fonts].filter(f => f.family.includes('Console Sans SC'))
            .map(f => [f.weight, f.status]);
        }"""
    )
    assert ["100 500", "loaded"] in loaded or ["600 900", "loaded"] in loaded, loaded
    family = taker.locator("#prompt-text").evaluate("e => getComputedStyle(e).fontFamily")
    assert family.startswith('"Console Sans SC"')


@pytest.mark.parametrize("role", ["call_taker", "supervisor"])
def test_axe_finds_nothing_serious(sign_in: SignIn, role: str) -> None:
    page = sign_in(role, psap="zhengzhou-120", bypass_csp=True)
    page.locator("#complaint-input").fill("我好难受，说不出话了")
    page.locator("#location-input").fill("河南大学")
    page.locator("#location-input").press("Enter")
    expect(page.locator("#options .option").first).to_be_visible()
    expect(page.locator("#timeline .entry").first).to_be_visible()
    assert serious_violations(page) == []
    if role == "supervisor":
        page.keyboard.press("Escape")
        page.keyboard.press("f")
        expect(page.locator("#search")).to_be_visible()
        assert serious_violations(page) == []


@pytest.mark.parametrize("zoom", [1, 1.5], ids=["100%", "150%"])
def test_axe_finds_nothing_serious_on_a_call_sent_first_and_an_escalation(
    sign_in: SignIn, zoom: float
) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120", scale=zoom, bypass_csp=True)
    taker.locator("#complaint-input").fill("我好难受，说不出话了")
    taker.locator("#location-input").fill("河南大学")
    taker.locator("#location-input").press("Enter")
    for said in ("郑州", "明伦校区"):
        taker.locator("#location-input").fill(said)
        taker.locator("#location-input").press("Enter")
        expect(taker.locator("#said")).to_contain_text(said)
    taker.keyboard.press("Escape")
    taker.keyboard.press("Enter")
    expect(taker.locator("#call-left")).to_contain_text("位置尚未确认")
    taker.keyboard.press("e")
    taker.keyboard.type("来电人要求指定医院")
    taker.keyboard.press("Enter")
    expect(taker.locator("#queue-list .row-escalated").first).to_be_visible()
    if zoom == 1:
        shoot(taker, "console-sent-first.png")
    assert serious_violations(taker) == []


def test_a_call_without_places_to_show_leaves_no_gap(sign_in: SignIn) -> None:
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    dispatcher.locator("#location-input").fill("郑州东站")
    dispatcher.locator("#location-input").press("Enter")
    expect(dispatcher.locator("#options .option")).to_have_count(1)
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("1")
    expect(dispatcher.locator("#call-status")).to_have_text("位置已确认")
    dispatcher.keyboard.press("d")
    expect(dispatcher.locator("#call-left")).to_be_visible()
    expect(dispatcher.locator("#options .option")).to_have_count(0)
    assert dispatcher.locator("#options").evaluate("e => e.getBoundingClientRect().height") == 0


def test_a_dispatch_sent_before_the_confirm_answered_is_this_seats_own(sign_in: SignIn) -> None:
    """D pressed while the number key's confirm is still answering (its event already showed
    the place confirmed): the confirm's answer must not take away the dispatch's mark, or the
    dispatch's event, told before its answer, reads as a dispatch from another seat and the
    call keeps the input and its options."""
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    held: dict[str, Any] = {}

    def hold_confirm(route: Any) -> None:
        held["confirm"] = (route, route.fetch())

    def confirm_answers_then_dispatch(route: Any) -> None:
        # The confirm's answer reaches the page first, then the dispatch is made (its event
        # goes out), and its answer waits until the page has shown that event.
        confirm_route, confirm_response = held.pop("confirm")
        confirm_route.fulfill(response=confirm_response)
        held["dispatch"] = (route, route.fetch())

    dispatcher.route("**/v1/calls/*/confirm", hold_confirm)
    dispatcher.route("**/v1/calls/*/dispatch", confirm_answers_then_dispatch)
    dispatcher.locator("#location-input").fill("郑州东站")
    dispatcher.locator("#location-input").press("Enter")
    expect(dispatcher.locator("#options .option")).to_have_count(1)
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("1")
    expect(dispatcher.locator("#call-status")).to_have_text("位置已确认")
    assert "confirm" in held  # shown by the confirm's event, its answer still held
    dispatcher.keyboard.press("d")
    expect(dispatcher.locator("#call")).to_have_attribute("data-status", "dispatched")
    dispatch_route, dispatch_response = held.pop("dispatch")
    dispatch_route.fulfill(response=dispatch_response)
    expect(dispatcher.locator("#call-left")).to_contain_text("已离开输入")
    expect(dispatcher.locator("#options .option")).to_have_count(0)

"""The parallel alert of the 2022 call, done in one key: 郑州 → 明伦校区 at 郑州 120 sends a crew
here first and names 开封 to be told; B records that 开封 was told."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from playwright.sync_api import Page, expect

if TYPE_CHECKING:
    from conftest import LiveService, SignIn


def test_b_records_the_recommended_alert_and_the_recommendation_stops_asking(
    sign_in: SignIn, live_service: LiveService
) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120")
    taker.locator("#complaint-input").fill("说不出话了")
    taker.locator("#location-input").fill("郑州")
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#call")).to_be_visible()
    taker.keyboard.press("Escape")
    taker.keyboard.press("l")
    taker.keyboard.type("明伦校区")
    taker.keyboard.press("Enter")
    action = taker.locator("#action")
    expect(action).to_contain_text("同时通知 开封市紧急医疗救援中心")
    expect(action.locator('[data-step="alert"] kbd')).to_have_text("B")
    taker.keyboard.press("Escape")
    taker.keyboard.press("?")
    expect(taker.locator("#help-table")).to_contain_text("记录已通知建议的另一中心")
    taker.keyboard.press("Escape")

    taker.keyboard.press("Escape")
    taker.keyboard.press("b")
    expect(taker.locator("#timeline")).to_contain_text("已通知另一中心")
    expect(action).not_to_contain_text("同时通知")
    expect(action).to_contain_text("已通知开封市紧急医疗救援中心")
    # Send first stays the recommendation.
    expect(action).to_contain_text("立即派车")

    call_id = taker.locator("#call").get_attribute("data-id")
    with live_service.api("supervisor") as api:
        timeline = api.get(f"/v1/calls/{call_id}/timeline").json()["timeline"]
    alerted = [e for e in timeline if e["type"] == "parallel_alerted"]
    assert len(alerted) == 1
    assert alerted[0]["data"]["to_psap"] == "kaifeng-120"
    assert alerted[0]["actor"].startswith("call_taker")


def _sent_first_caller(taker: Page) -> str:
    """The 2022 caller at 郑州 120: critical, 郑州 then 明伦校区; send first and alert 开封."""
    taker.locator("#complaint-input").fill("说不出话了")
    taker.locator("#location-input").fill("郑州")
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#call")).to_be_visible()
    taker.keyboard.press("Escape")
    taker.keyboard.press("l")
    taker.keyboard.type("明伦校区")
    taker.keyboard.press("Enter")
    expect(taker.locator("#action")).to_contain_text("同时通知 开封市紧急医疗救援中心")
    call_id = taker.locator("#call").get_attribute("data-id")
    assert call_id
    return call_id


def _alerts(live_service: LiveService, call_id: str) -> list[dict[str, Any]]:
    with live_service.api("supervisor") as api:
        timeline = api.get(f"/v1/calls/{call_id}/timeline").json()["timeline"]
    return [e for e in timeline if e["type"] == "parallel_alerted"]


@pytest.mark.parametrize("keys", ["db", "bd"], ids=["dispatch-then-alert", "alert-then-dispatch"])
def test_an_alert_still_owed_after_sending_first_stays_on_screen_until_b(
    sign_in: SignIn, live_service: LiveService, keys: str
) -> None:
    """Sent first, the call leaves the input; the other centre still to be told stays in front
    of the call-taker, by name, under B, until B records it."""
    taker = sign_in("call_taker", psap="zhengzhou-120")
    call_id = _sent_first_caller(taker)
    action = taker.locator("#action")
    taker.keyboard.press("Escape")
    for key in keys:
        taker.keyboard.press(key)
        if key == "d":
            expect(taker.locator("#call-status")).to_have_text("已派车")
            expect(taker.locator("#call-left")).to_be_visible()
        else:
            expect(taker.locator("#call-outcome")).to_contain_text("已通知 开封市紧急医疗救援中心")
        if keys == "db" and key == "d":
            # Dispatched, the alert is still owed: named in Chinese, with its key.
            expect(action).to_be_visible()
            expect(action).to_contain_text("待办")
            expect(action).to_contain_text("通知 开封市紧急医疗救援中心")
            expect(action.locator('[data-step="alert"] kbd')).to_have_text("B")
            expect(action).not_to_contain_text("kaifeng-120")
            expect(action.locator('[data-step="alert"]')).to_be_in_viewport(ratio=1)
    # Told, nothing is owed: the action no longer asks, and the call says who was told.
    expect(taker.locator("#call-status")).to_have_text("已派车")
    expect(action).not_to_contain_text("待办")
    expect(taker.locator("#call-outcome")).to_contain_text("已通知 开封市紧急医疗救援中心")
    expect(taker.locator("#timeline")).to_contain_text("已通知另一中心")
    alerted = _alerts(live_service, call_id)
    assert len(alerted) == 1, alerted
    assert alerted[0]["data"]["to_psap"] == "kaifeng-120"
    # B again with nothing owed says so, and records nothing.
    taker.keyboard.press("b")
    expect(taker.locator("#error")).to_have_text("当前建议中没有需要通知的另一中心")
    assert len(_alerts(live_service, call_id)) == 1


def test_a_dispatcher_sees_the_alert_owed_on_a_call_a_call_taker_sent_first(
    sign_in: SignIn, live_service: LiveService
) -> None:
    """At another seat the call opened from the queue shows the alert still owed, and B there
    records it once."""
    taker = sign_in("call_taker", psap="zhengzhou-120")
    call_id = _sent_first_caller(taker)
    taker.keyboard.press("Escape")
    taker.keyboard.press("d")
    expect(taker.locator("#call-status")).to_have_text("已派车")
    dispatcher = sign_in("dispatcher", psap="zhengzhou-120")
    row = dispatcher.locator(f'#queue-list [data-id="{call_id}"]')
    row.click()
    expect(dispatcher.locator("#call")).to_have_attribute("data-id", call_id)
    action = dispatcher.locator("#action")
    expect(action).to_contain_text("通知 开封市紧急医疗救援中心")
    dispatcher.keyboard.press("Escape")
    dispatcher.keyboard.press("b")
    expect(dispatcher.locator("#call-outcome")).to_contain_text("已通知 开封市紧急医疗救援中心")
    expect(action).not_to_contain_text("待办")
    # The call-taker's screen learns it from the live stream.
    expect(taker.locator("#action")).not_to_contain_text("待办")
    assert len(_alerts(live_service, call_id)) == 1

"""The parallel alert of the 2022 call, done in one key: 郑州 → 明伦校区 at 郑州 120 sends a crew
here first and names 开封 to be told; B records that 开封 was told."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import expect

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
    expect(action).to_contain_text("[B]")
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

"""A call answered while the store was away (held in the service's journal) turns out, once the
store is back, to be the retry of a start the store had taken: it is merged into that call, and
every answer about it says so (`X-Merged-Into`). The console follows the open call to its stored
id, keeps what the call-taker typed, and says so briefly."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from ..conftest import TOKENS as SERVICE_TOKENS
from ..faults.held_retries import Calls
from .conftest import TOKENS

if TYPE_CHECKING:
    from conftest import LiveService, SignIn


@pytest.fixture(scope="module")
def service_env() -> dict[str, str]:
    # The held retry is made in-process as the faults tests make it, under their call-taker.
    tokens = [f"{r}:{t}" for r, t in TOKENS.items()]
    tokens.append(f"call_taker:{SERVICE_TOKENS['call_taker']}")
    return {"DISPATCH_INTAKE_TOKENS": ",".join(tokens)}


def _starts_answered_by(live_service: LiveService, held_id: str) -> Callable[[Route], None]:
    """The console's start is the retry the journal held: answered with that held call."""

    def answer(route: Route) -> None:
        if route.request.method != "POST":
            route.fallback()
            return
        with live_service.api("call_taker") as api:
            held = api.get(f"/v1/calls/{held_id}")
        assert held.headers.get("X-Held-Locally") == "true", held.text
        route.fulfill(
            status=201,
            headers={"X-Held-Locally": "true", "Location": f"/v1/calls/{held_id}"},
            json=held.json(),
        )

    return answer


def _open_held_call(
    sign_in: SignIn, live_service: LiveService, *, stream: bool
) -> tuple[Page, Calls, str, str]:
    calls = Calls(live_service.app)
    stored_id, held_id = calls.stored_then_held(f"console-merge-{uuid.uuid4()}")

    def prepare(context: BrowserContext) -> None:
        if not stream:
            context.route("**/v1/events*", lambda route: route.abort())
        context.route("**/v1/calls", _starts_answered_by(live_service, held_id))

    taker = sign_in("call_taker", psap="zhengzhou-120", prepare=prepare)
    taker.locator("#complaint-input").fill("我好难受，说不出话了")
    taker.locator("#location-input").fill("河南大学")
    taker.locator("#location-input").press("Enter")
    expect(taker.locator("#call")).to_have_attribute("data-id", held_id)
    expect(taker.locator("#warnings")).to_contain_text("记录暂存在本机")
    # Typed for this call while it is held, not yet sent.
    taker.locator("#location-input").fill("龙子湖那边")
    taker.locator("#number-input").fill("13900000007")
    return taker, calls, stored_id, held_id


def _followed(taker: Page, stored_id: str, held_id: str) -> None:
    expect(taker.locator("#call")).to_have_attribute("data-id", stored_id)
    expect(taker.locator("#warnings")).to_contain_text(f"#{held_id} 已并入本呼叫 #{stored_id}")
    expect(taker.locator("#warnings")).not_to_contain_text("记录暂存在本机")
    expect(taker.locator(f'#queue-list [data-id="{held_id}"]')).to_have_count(0)
    expect(taker.locator(f'#queue-list [data-id="{stored_id}"]')).to_have_count(1)


def _stored(live_service: LiveService, call_id: str) -> dict[str, Any]:
    with httpx.Client(base_url=live_service.base_url) as client:
        answer = client.get(
            f"/v1/calls/{call_id}", headers={"Authorization": f"Bearer {TOKENS['call_taker']}"}
        )
    assert answer.status_code == 200 and "X-Merged-Into" not in answer.headers
    record: dict[str, Any] = answer.json()
    return record


@pytest.mark.parametrize("first", ["enter", "refresh"])
def test_the_open_call_follows_its_merge_on_its_own_next_request(
    sign_in: SignIn, live_service: LiveService, first: str
) -> None:
    """Without a live stream the console learns of the merge from its next request about the
    call: the location typed (Enter) lands on the stored call, or a refresh (R) finds it; the
    words still in the boxes stay for it."""
    taker, calls, stored_id, held_id = _open_held_call(sign_in, live_service, stream=False)
    calls.held.replay()
    assert calls.held.pending == 0
    if first == "enter":
        taker.locator("#location-input").press("Enter")
        _followed(taker, stored_id, held_id)
        expect(taker.locator("#said")).to_contain_text("龙子湖那边")
        # The number typed goes with it, as the callback answer, once it has left its box.
        expect(taker.locator("#number-input")).to_have_value("")
        record = _stored(live_service, stored_id)
        assert record["location"]["text"][-1] == "龙子湖那边"
        assert record["answers"]["callback_number"]["text"] == "139****0007"
    else:
        taker.locator("#location-input").press("Escape")
        taker.keyboard.press("r")
        _followed(taker, stored_id, held_id)
        expect(taker.locator("#location-input")).to_have_value("龙子湖那边")
        expect(taker.locator("#number-input")).to_have_value("13900000007")
        # Sent now, it goes to the stored call.
        taker.keyboard.press("l")
        taker.keyboard.press("Enter")
        expect(taker.locator("#said")).to_contain_text("龙子湖那边")
        assert _stored(live_service, stored_id)["location"]["text"][-1] == "龙子湖那边"
    expect(taker.locator("#timeline")).to_contain_text(f"重复受理 {held_id} 已并入本呼叫")


def test_the_open_call_follows_its_merge_when_the_store_announces_it(
    sign_in: SignIn, live_service: LiveService
) -> None:
    """With the live stream, the store's return (the merged call announced) is enough: the
    console asks after its held call and follows it, typing untouched."""
    taker, calls, stored_id, held_id = _open_held_call(sign_in, live_service, stream=True)
    expect(taker.locator("#stream-state")).to_have_attribute("data-state", "open")
    calls.held.replay()
    _followed(taker, stored_id, held_id)
    expect(taker.locator("#location-input")).to_have_value("龙子湖那边")
    expect(taker.locator("#number-input")).to_have_value("13900000007")

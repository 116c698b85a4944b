"""The screen under stress: keyboard only at 1366×768 and at 150 % zoom, a large call clock, a
stable option list, the console's own CJK font, and axe-core with nothing serious."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from playwright.sync_api import Locator, Page, expect

from .test_console_walk import places_offered, say_location

if TYPE_CHECKING:
    from conftest import SignIn

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
# Screenshots for docs/ are written when this names a folder (`CONSOLE_SCREENSHOTS=docs`).
SCREENSHOTS = os.environ.get("CONSOLE_SCREENSHOTS")


def shoot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        # The outline map's districts arrive after the call (seconds on a busy machine).
        page.wait_for_function(
            """() => !document.querySelector('[data-basemap="outline"] #map')
              || document.querySelector('#map .district')""",
            timeout=30_000,
        )
        page.wait_for_timeout(400)
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


# A screen at 150 % zoom, as CSS pixels see it: 1920×1080 gives 1280×720, 1366×768 gives 911×512.
ZOOMED = {
    "1920x1080@150%": ({"width": 1920, "height": 1080}, 1.5),
    "1366x768@150%": ({"width": 1366, "height": 768}, 1.5),
    "1366x768@125%": ({"width": 1366, "height": 768}, 1.25),
}
# What was scrolled away from its start: the page, or any part of the call's column.
SCROLLED = """() => [document.scrollingElement, ...document.querySelectorAll('#intake, #intake *')]
  .filter((e) => e.scrollTop > 0 || e.scrollLeft > 0).map((e) => e.id || e.className)"""


@pytest.mark.parametrize("screen", ZOOMED.values(), ids=ZOOMED.keys())
def test_a_zoomed_screen_shows_the_sentence_the_action_and_six_places_unscrolled(
    sign_in: SignIn, screen: tuple[Any, float]
) -> None:
    """A critical caller, a place said eight ways: what the call-taker reads and acts on — the
    sentence, the recommended action and its key, the first six places — is on the first screen,
    nothing scrolled, each place on one line of one height."""
    viewport, zoom = screen
    taker = sign_in("call_taker", psap="zhengzhou-120", viewport=viewport, scale=zoom)
    taker.locator("#number-input").fill("13600000003")
    taker.locator("#position-input").fill("34.75,113.65,1500")
    taker.locator("#complaint-input").fill("家里老人晕过去了，喊也喊不醒")
    taker.locator("#location-input").fill("郑州大学附属医院")
    taker.locator("#location-input").press("Enter")
    options = taker.locator("#options .option")
    expect(options.nth(6)).to_be_attached()
    expect(taker.locator("#action .action-kind")).to_have_text("立即派车")
    for part in ("#call-clock", "#call-caller-number", "#prompt-text", "#action .action-key"):
        expect(taker.locator(part)).to_be_in_viewport(ratio=1)
    for n in range(6):
        expect(options.nth(n)).to_be_in_viewport(ratio=1)
    assert taker.evaluate(SCROLLED) == []
    heights = options.evaluate_all("els => els.map(e => Math.round(e.offsetHeight))")
    assert max(heights) - min(heights) <= 1, heights
    shoot(taker, f"console-zoomed-{viewport['width']}-{int(zoom * 100)}.png")


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


# Elements of the call that a box with overflow hidden cuts, or that lie off the page's width:
# what a person could not reach without a mouse-wheel trick, or at all.
OUT_OF_REACH = """() => {
  const cut = [];
  const parts = [...document.querySelectorAll('#call, #call > *, #options > li, #keybar > *')];
  const clips = (v) => v === 'hidden' || v === 'clip';
  const scrolls = (v) => v === 'auto' || v === 'scroll';
  for (const el of parts) {
    const box = el.getBoundingClientRect();
    if (!box.width && !box.height) continue;
    if (box.right > document.documentElement.clientWidth + 1 || box.left < -1) {
      cut.push(`${el.id || el.className} leaves the screen`);
    }
    // Up to the first box that scrolls it into view (itself checked as a part of its own).
    let down = true;
    let across = true;
    for (let a = el.parentElement; a && a !== document.body && (down || across);
         a = a.parentElement) {
      const style = getComputedStyle(a);
      const outer = a.getBoundingClientRect();
      if (down && clips(style.overflowY)
          && (box.bottom > outer.bottom + 1 || box.top < outer.top - 1)) {
        cut.push(`${el.id || el.className} cut by ${a.id || a.className}`);
      }
      if (across && clips(style.overflowX)
          && (box.right > outer.right + 1 || box.left < outer.left - 1)) {
        cut.push(`${el.id || el.className} cut across by ${a.id || a.className}`);
      }
      if (scrolls(style.overflowY)) down = false;
      if (scrolls(style.overflowX)) across = false;
    }
  }
  return cut;
}"""

# On the outline map: labels that cover one another, the scale's figure, a station, a place's
# mark or the caller; district names cut at the map's edge.
MAP_LABELS_OVERLAPPING = """() => {
  const box = (e) => e.getBoundingClientRect();
  const named = (sel) => [...document.querySelectorAll(sel)].map((e) => [e.textContent, box(e)]);
  const labels = named('#map .mark-label, #map .station-label, #map .scalebar text');
  const marks = [
    ...document.querySelectorAll('#map .caller-dot, #map rect.station, #map .mark circle'),
  ].map((e) => [e.getAttribute('class') || e.tagName, box(e)]);
  const meet = (p, q) => p.left < q.right - 1 && p.right > q.left + 1 && p.top < q.bottom - 1
    && p.bottom > q.top + 1;
  const over = [];
  labels.forEach(([a, p], i) => {
    for (const [b, q] of [...labels.slice(i + 1), ...marks]) {
      if (meet(p, q)) over.push(`${a} / ${b}`);
    }
  });
  const map = box(document.getElementById('map'));
  for (const [name, p] of named('#map .district-label')) {
    if (p.left < map.left - 1 || p.right > map.right + 1) over.push(`${name} cut at the edge`);
  }
  return over;
}"""


def _crowded_2022_call(page: Page) -> None:
    """The 2022 call with everything on it: a critical caller with a number and a position,
    words that contradict each other, four places, a note."""
    page.locator("#number-input").fill("13800138000")
    page.locator("#position-input").fill("34.78,113.95,3000")
    page.locator("#complaint-input").fill("我好难受，说不出话了")
    page.locator("#location-input").fill("河南大学")
    page.locator("#location-input").press("Enter")
    expect(page.locator("#call")).to_be_visible()
    for said in ("郑州", "明伦校区"):
        say_location(page, said)
    expect(page.locator("#options .option")).to_have_count(4)
    page.keyboard.press("Escape")
    page.keyboard.press("n")
    page.keyboard.type("来电人声音微弱，断断续续")
    page.keyboard.press("Enter")
    expect(page.locator("#timeline")).to_contain_text("断断续续")
    expect(page.locator("#warnings")).to_contain_text("明伦校区在开封")


@pytest.mark.parametrize("sent", [False, True], ids=["asking", "sent first"])
@pytest.mark.parametrize("zoom", [1, 1.5], ids=["100%", "150%"])
def test_the_crowded_2022_screen_leaves_nothing_cut_off_or_covered(
    sign_in: SignIn, zoom: float, sent: bool
) -> None:
    taker = sign_in("call_taker", psap="zhengzhou-120", scale=zoom)
    _crowded_2022_call(taker)
    if sent:
        # Scrolled down to the timeline (at zoom it is below the call), D still shows its call.
        taker.locator("#timeline").scroll_into_view_if_needed()
        taker.keyboard.press("Escape")
        taker.keyboard.press("d")
        expect(taker.locator("#call-status")).to_have_text("已派车")
        expect(taker.locator("#action")).to_contain_text("通知 开封市紧急医疗救援中心")
        for part in ("#call-clock", "#call-status", "#action"):
            expect(taker.locator(part)).to_be_in_viewport(ratio=1)
    # Measured in one step in the page: a live update may redraw the call between two reads.
    assert taker.evaluate(OUT_OF_REACH) == []
    assert taker.evaluate("document.documentElement.scrollWidth") <= taker.evaluate(
        "document.documentElement.clientWidth"
    )
    if zoom == 1:
        # At 1366×768 the key bar is one line, and 龙子湖 and 明伦 (the sentence asks between
        # them) show together with the prompt, the action and the contradiction.
        tops = taker.locator("#keybar .key-hint").evaluate_all(
            "els => els.map(e => Math.round(e.getBoundingClientRect().top))"
        )
        assert len(set(tops)) == 1, tops
        for part in ("#prompt-text", "#action", "#warnings"):
            expect(taker.locator(part)).to_be_in_viewport(ratio=1)
        for name in ("河南大学郑州龙子湖校区", "河南大学开封明伦校区"):
            row = taker.locator("#options .option").filter(has_text=name)
            expect(row).to_be_in_viewport(ratio=1)
    # The end of the call scrolled to: the clock and the caller's number stay in sight. (To its
    # end, as a person scrolls: "if needed" aligns the line to the box's edge, where a fraction
    # of a pixel of it may lie past.)
    taker.locator("#call").evaluate("e => { e.scrollTop = e.scrollHeight; }")
    expect(taker.locator("#said")).to_be_in_viewport(ratio=1)
    expect(taker.locator("#call-clock")).to_be_in_viewport(ratio=1)
    expect(taker.locator("#call-caller-number")).to_be_in_viewport(ratio=1)
    if taker.locator('[data-basemap="outline"] #map').count():
        expect(taker.locator("#map .mark-label").first).to_be_attached()
        assert taker.evaluate(MAP_LABELS_OVERLAPPING) == []


# 200 % zoom, as CSS pixels see it: 1366×768 gives 683×384, 1920×1080 gives 960×540.
DOUBLED = {
    "1366x768@200%": ({"width": 1366, "height": 768}, 2),
    "1920x1080@200%": ({"width": 1920, "height": 1080}, 2),
    "1366x768@150%": ({"width": 1366, "height": 768}, 1.5),
}
# The keys of the places a person can read now: wholly on the screen and inside the call's
# box, and on top there (not under the part of the call that stays in place).
PLACES_IN_SIGHT = """() => {
  const call = document.getElementById('call').getBoundingClientRect();
  return [...document.querySelectorAll('#options .option')].filter((row) => {
    const box = row.getBoundingClientRect();
    if (box.top < Math.max(0, call.top) - 1 || box.bottom > Math.min(innerHeight, call.bottom) + 1
        || box.left < 0 || box.right > innerWidth + 1) return false;
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + 2);
    const foot = document.elementFromPoint(box.left + box.width / 2, box.bottom - 2);
    return row.contains(top) && row.contains(foot);
  }).map((row) => row.querySelector('.key').textContent);
}"""
# What the call-taker reads and acts on, when any of it is off the screen or covered.
DECISION_OUT_OF_SIGHT = """() => ['#call-clock', '#call-caller-number', '#prompt-text',
    '#action .action-kind', '#action .action-key', '#location-input']
  .filter((sel) => {
    const el = document.querySelector(sel);
    if (!el || el.closest('[hidden]')) return false;
    const box = el.getBoundingClientRect();
    if (box.top < -1 || box.left < -1 || box.bottom > innerHeight + 1
        || box.right > innerWidth + 1) return true;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !el.contains(hit) && !(hit && hit.contains(el));
  })"""


# Whether the location and complaint boxes' placeholders fit their boxes, in their own font.
PLACEHOLDER_AND_ROOM = """() => ['#location-input', '#complaint-input'].map((sel) => {
  const box = document.querySelector(sel);
  const style = getComputedStyle(box);
  const pen = document.createElement('canvas').getContext('2d');
  pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return pen.measureText(box.placeholder).width <= room;
})"""


def _every_place_comes_into_sight(page: Page) -> None:
    """PageDown on the call, as a person reaches the places below: each comes into sight, and
    the sentence, the action, the clock and the caller never leave it."""
    keys = set(page.locator("#options .option .key").all_inner_texts())
    assert len(keys) >= 5, keys
    page.keyboard.press("Escape")
    page.locator("#call").evaluate("e => { e.scrollTop = 0; }")
    seen: set[str] = set()
    for _ in range(3 * len(keys)):
        assert page.evaluate(DECISION_OUT_OF_SIGHT) == []
        seen |= set(page.evaluate(PLACES_IN_SIGHT))
        if seen == keys:
            break
        page.keyboard.press("PageDown")
    assert seen == keys, sorted(keys - seen)


@pytest.mark.parametrize("screen", DOUBLED.values(), ids=DOUBLED.keys())
def test_at_double_zoom_every_place_is_reached_and_the_action_stays(
    sign_in: SignIn, screen: tuple[Any, float]
) -> None:
    """Seven places or more, a critical caller, words that contradict each other, then the crew
    sent: at each step every place can be brought into sight while the sentence to read, the
    recommended action with its key, the clock, the caller's number and the location box stay
    on the screen and uncovered; the location box is wide enough for what it asks."""
    viewport, zoom = screen
    taker = sign_in("call_taker", psap="zhengzhou-120", viewport=viewport, scale=zoom)
    keyboard = taker.keyboard
    taker.locator("#number-input").fill("13800138000")
    keyboard.press("F2")
    expect(taker.locator("#call")).to_be_visible()
    keyboard.press("Escape")
    keyboard.press("c")
    keyboard.type("我好难受……说不出话了")
    keyboard.press("Enter")
    expect(taker.locator("#call-priority")).to_have_text("危重")
    say_location(taker, "郑州大学附属医院")
    places = places_offered("郑州大学附属医院")
    assert places >= 7, "a list long enough to leave the screen at this zoom"
    expect(taker.locator("#options .option")).to_have_count(places)
    expect(taker.locator("#action .action-kind")).to_have_text("立即派车")
    # The location box says what it is for ("来电人说的地点，Enter 提交") whole.
    assert taker.evaluate(PLACEHOLDER_AND_ROOM) == [True, True], "the location box is too narrow"
    assert px(taker.locator("#call-clock"), "fontSize") >= 24
    assert px(taker.locator("#call-caller-number"), "fontSize") >= 20
    _every_place_comes_into_sight(taker)
    shoot(taker, f"console-doubled-{viewport['width']}-{int(zoom * 100)}.png")

    say_location(taker, "开封")
    expect(taker.locator("#warnings")).to_contain_text("开封")
    _every_place_comes_into_sight(taker)
    # The key of the last place, read from the bottom of the list, confirms it.
    keyboard.press("Escape")
    keyboard.press("Enter")
    expect(taker.locator("#call-status")).to_have_text("已派车")
    expect(taker.locator("#call-left")).to_be_visible()
    assert taker.evaluate(DECISION_OUT_OF_SIGHT) == []
    assert taker.evaluate(OUT_OF_REACH) == []

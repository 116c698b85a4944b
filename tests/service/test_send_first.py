"""A critical caller whose words contradict each other is sent an ambulance from here first."""

from __future__ import annotations

from typing import Any

from dispatch_intake.shapes import Action

from .factories import act, start_call
from .test_rules import LONGZIHU, MINGLUN, PSAPS, _action

MINGLUN_SAID = {
    "mention": "明伦校区",
    "place_id": "b",
    "place_city": "开封市",
    "context": "郑州",
    "context_city": "郑州市",
    "alternative_id": "a",
    "message": "明伦校区在开封，但来电人也说了郑州。",
}
OPTIONS = [{"key": "1", "place_id": "a"}, {"key": "2", "place_id": "b"}]


def _contradicted(**overrides: Any) -> Action:
    arguments: dict[str, Any] = {
        "priority": "critical",
        # 明伦 reads best, as it does after 郑州 → 明伦校区.
        "candidates": [{**MINGLUN, "score": 0.57}, {**LONGZIHU, "score": 0.33}],
        "prompt_kind": "choose",
        "options": OPTIONS,
        "contradicted": True,
        "contradictions": [MINGLUN_SAID],
    }
    arguments.update(overrides)
    return _action(**arguments)


def test_a_critical_contradicted_caller_gets_an_ambulance_to_this_areas_place() -> None:
    action = _contradicted()
    assert action["kind"] == "dispatch_now"
    assert action["place_id"] == "a"
    station = action["station"]
    assert station is not None and station["id"].startswith("zhengzhou-")
    assert action["parallel_alert"] == {
        "to_psap": "kaifeng-120",
        "place_id": "b",
        "label": MINGLUN["label"],
    }
    # The reason says what is still being asked, and who is told in parallel.
    kaifeng = PSAPS.get("kaifeng-120")
    assert kaifeng is not None
    assert "明伦校区在开封" in action["reason"] and "问清" in action["reason"]
    assert kaifeng.name in action["reason"] and MINGLUN["label"] in action["reason"]


def test_the_same_contradiction_without_urgency_is_asked_about() -> None:
    action = _contradicted(priority="urgent")
    assert action["kind"] == "disambiguate" and "parallel_alert" not in action


def test_with_nothing_to_send_to_here_the_question_carries_the_alert() -> None:
    only_there = _contradicted(
        candidates=[{**MINGLUN, "score": 0.57}], options=[{"key": "1", "place_id": "b"}]
    )
    assert only_there["kind"] == "disambiguate"
    assert only_there["parallel_alert"]["to_psap"] == "kaifeng-120"
    by_phone = _contradicted(
        candidates=[{**MINGLUN, "score": 0.57}],
        options=[{"key": "1", "place_id": "b"}],
        position={"lat": 34.75, "lon": 113.65},
        position_in_jurisdiction=True,
    )
    position = by_phone["position"]
    assert by_phone["kind"] == "dispatch_now" and position and position["lat"] == 34.75
    assert by_phone["parallel_alert"]["place_id"] == "b"


def test_a_confirmed_place_ends_the_send_first_rule() -> None:
    action = _contradicted(confirmed=LONGZIHU, contradicted=False)
    assert action["kind"] == "dispatch_now" and "parallel_alert" not in action


def test_zhengzhou_then_minglun_keeps_dispatch_now(client: Any) -> None:
    record = start_call(client, location_text="郑州", complaint_text="说不出话了")
    record = act(client, record["id"], "location", {"text": "明伦校区"}).json()
    assert record["location"]["candidates"][0]["place_id"] == "edu-4141010475-minglun"
    action = record["recommended_action"]
    assert action["kind"] == "dispatch_now"
    assert action["place_id"] == "edu-4141010475-longzihu"
    assert action["parallel_alert"]["to_psap"] == "kaifeng-120"
    assert action["parallel_alert"]["place_id"] == "edu-4141010475-minglun"
    # The alert is on the timeline with the action, for the audit.
    recommended = [e for e in record["timeline"] if e["type"] == "action_recommended"]
    assert recommended[-1]["data"]["parallel_alert"]["to_psap"] == "kaifeng-120"


# A critical caller the resolver cannot place for sure ------------------------------------------


def test_a_critical_caller_by_a_place_of_this_area_is_sent_towards_it() -> None:
    """The place read first behind an ask_more prompt, in this area, no division and read
    surely enough, is where the ambulance starts for; the reason says it is not confirmed."""
    near = {**LONGZIHU, "score": 0.6}
    action = _action(priority="critical", candidates=[near, MINGLUN], prompt_kind="ask_more")
    assert action["kind"] == "dispatch_now" and action["place_id"] == "a"
    assert "未确认" in action["reason"] and LONGZIHU["label"] in action["reason"]
    station = action["station"]
    assert station is not None and station["id"].startswith("zhengzhou-")


def test_only_a_surely_read_place_of_this_area_that_is_no_division_is_sent_towards() -> None:
    near = {**LONGZIHU, "score": 0.6}
    asked = [
        _action(priority="urgent", candidates=[near], prompt_kind="ask_more"),
        _action(priority="critical", candidates=[{**near, "score": 0.3}], prompt_kind="ask_more"),
        _action(
            priority="critical", candidates=[{**near, "kind": "district"}], prompt_kind="ask_more"
        ),
        # The other city's place read first: not this area's second guess.
        _action(
            priority="critical",
            candidates=[{**MINGLUN, "score": 0.6}, near],
            prompt_kind="ask_more",
        ),
    ]
    assert [a["kind"] for a in asked][:3] == ["ask_more", "ask_more", "ask_more"]
    assert asked[3]["kind"] != "dispatch_now"


def test_a_critical_caller_by_a_government_is_sent_an_ambulance(client: Any) -> None:
    record = start_call(
        client,
        psap="kaifeng-120",
        location_text="祥符区政府旁边的小区",
        complaint_text="我哥在屋里上吊了，刚放下来，不知道还有没有气",
    )
    assert record["prompt"]["kind"] == "ask_more"  # the caller is by it, not known to be in it
    action = record["recommended_action"]
    assert action["kind"] == "dispatch_now" and action["place_id"] == "lm-kf-gov-410212"
    assert action["station"]["id"].startswith("kaifeng-")
    told = act(client, record["id"], "notes", {"text": "来电人说现在有气了"}).json()
    assert told["recommended_action"]["kind"] == "dispatch_now"

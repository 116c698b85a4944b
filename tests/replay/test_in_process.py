"""`dispatch-intake replay` and `record` against the real service, in-process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from dispatch_intake.calls.contract import TimelineEvent
from dispatch_intake.cli import main
from dispatch_intake.replay.record import group_turns
from dispatch_intake.replay.service import in_process_service

PASSING = """\
id: nothing-said-yet
psap: zhengzhou-120
caller: {number: "13800138000"}
turns:
  - start: {}
    expect: {status: provisional, prompt_kind: ask_location, masked_number: true}
  - notes: 无声电话
    role: supervisor
    expect: {masked_number: false}
"""

FAILING = """\
id: wrong-on-purpose
psap: zhengzhou-120
turns:
  - start: {location_text: 二七塔}
    expect: {status: dispatched}
"""


def test_replay_in_process_reports_and_exits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.yaml").write_text(PASSING, encoding="utf-8")
    assert main(["replay", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["PASS nothing-said-yet", "1 passed, 0 failed"]

    (tmp_path / "b.yaml").write_text(FAILING, encoding="utf-8")
    junit = tmp_path / "junit.xml"
    assert main(["replay", str(tmp_path), "--junit", str(junit)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "PASS nothing-said-yet",
        "FAIL wrong-on-purpose: turn 0 (start): status: expected dispatched, got provisional",
        "1 passed, 1 failed",
    ]
    assert 'failures="1"' in junit.read_text(encoding="utf-8")


def test_record_exports_a_call_that_replays_green(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The store's audit keys are the service's: here a var_dir of the test's own.
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(tmp_path / "var"))
    with in_process_service(database_url) as clients:
        taker = clients["call_taker"]
        record = taker.start_call(
            psap="kaifeng-120",
            location_text="河南大学",
            complaint_text="同学摔倒了，腿骨折",
            caller_number="13800138000",
            caller_position={"lat": 34.81, "lon": 114.36, "radius_m": 2000, "source": "cell"},
        )
        call_id = record.id
        taker.add_location(call_id, "明伦校区")
        taker.confirm(call_id, option="1")
        taker.add_note(call_id, "在大礼堂门口")
        # A supervisor confirms nothing here but adds a note: the turn must keep its role.
        clients["supervisor"].add_note(call_id, "主管已知悉")
        clients["dispatcher"].dispatch(call_id)

    output = tmp_path / "recorded.yaml"
    status = main(["record", call_id, "--database-url", database_url, "-o", str(output)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert f"replayed on a fresh store: PASS recorded-{call_id}" in err

    scenario = yaml.safe_load(output.read_text(encoding="utf-8"))
    assert scenario["psap"] == "kaifeng-120"
    assert "number" not in scenario.get("caller", {})  # left out unless --keep-number
    assert scenario["caller"]["position"]["lat"] == 34.81
    turns = scenario["turns"]
    assert [next(iter(turn)) for turn in turns] == [
        "start",
        "location",
        "confirm",
        "notes",
        "notes",
        "dispatch",
    ]
    assert "role" not in turns[3] and turns[4]["role"] == "supervisor"
    assert "role" not in turns[5]  # dispatch by a dispatcher: the verb's default role
    assert turns[0]["start"] == {
        "complaint_text": "同学摔倒了，腿骨折",
        "location_text": "河南大学",
    }
    assert turns[0]["expect"]["priority"] == "urgent"
    assert set(turns[0]["expect"]) >= {"status", "priority", "top", "prompt_kind", "action"}
    assert turns[1]["expect"]["top"] == ["河南大学开封明伦校区"]
    assert turns[2]["expect"]["confirmed"] == ["河南大学开封明伦校区"]
    assert turns[5]["expect"]["status"] == "dispatched"


def test_record_exports_a_parallel_alert_as_its_own_turn(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(tmp_path / "var"))
    with in_process_service(database_url) as clients:
        taker = clients["call_taker"]
        record = taker.start_call(
            psap="zhengzhou-120", location_text="郑州", complaint_text="说不出话了"
        )
        call_id = record.id
        taker.add_location(call_id, "明伦校区")
        sent = clients["dispatcher"].dispatch(call_id)
        alert = sent.recommended_action.parallel_alert
        assert alert is not None and alert.to_psap == "kaifeng-120"
        told = taker.alert(call_id, reason="电话告知开封120")
        assert told.recommended_action.parallel_alert is None

    output = tmp_path / "recorded.yaml"
    status = main(["record", call_id, "--database-url", database_url, "-o", str(output)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert f"replayed on a fresh store: PASS recorded-{call_id}" in err
    turns = yaml.safe_load(output.read_text(encoding="utf-8"))["turns"]
    assert [next(iter(turn)) for turn in turns] == ["start", "location", "dispatch", "alert"]
    assert turns[3]["alert"]["to_psap"] == "kaifeng-120"
    assert turns[3]["alert"]["reason"] == "电话告知开封120"


def test_record_of_an_unknown_call_fails_cleanly(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(tmp_path / "var"))
    assert main(["record", "no-such-call", "--database-url", database_url, "--no-check"]) == 1
    assert "no call record" in capsys.readouterr().err


def event(seq: int, type_: str, actor: str, data: dict[str, Any]) -> TimelineEvent:
    return TimelineEvent(seq=seq, at="", type=type_, actor=actor, data=data, hash="")


def test_timeline_grouping_keeps_requests_apart() -> None:
    timeline = [
        event(1, "created", "call_taker", {"psap": "zhengzhou-120"}),
        event(2, "location_said", "call_taker", {"text": "河大"}),
        event(3, "prompt_shown", "call_taker", {"kind": "choose"}),
        event(4, "location_said", "call_taker", {"text": "龙子湖"}),
        event(5, "location_said", "call_taker", {"text": "郑州"}),
        event(6, "answer", "call_taker", {"question": "age"}),
        event(7, "note", "supervisor", {"text": "复核"}),
    ]
    turns, skipped = group_turns(timeline)
    assert [(t.verb, t.body) for t in turns] == [
        ("start", {"psap": "zhengzhou-120", "location_text": "河大"}),
        ("location", {"text": "龙子湖"}),
        ("location", {"text": "郑州"}),
        ("notes", "复核"),
    ]
    assert skipped == ["seq 6: script answers"]


def test_grouping_keeps_a_repeat_callers_start_whole() -> None:
    timeline = [
        event(1, "created", "call_taker#1", {"psap": "kaifeng-120"}),
        event(2, "repeat_caller", "call_taker#1", {"earlier_calls": []}),
        event(3, "location_said", "call_taker#1", {"text": "河大"}),
        event(4, "prompt_shown", "call_taker#1", {"kind": "choose"}),
    ]
    turns, skipped = group_turns(timeline)
    assert [(t.verb, t.body) for t in turns] == [
        ("start", {"psap": "kaifeng-120", "location_text": "河大"})
    ]
    assert skipped == []


def test_record_exports_a_repeat_callers_call_as_one_start(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with in_process_service(database_url) as clients:
        taker = clients["call_taker"]
        taker.start_call(psap="kaifeng-120", location_text="河南大学", caller_number="13800138000")
        again = taker.start_call(
            psap="kaifeng-120", location_text="明伦校区", caller_number="13800138000"
        )
        assert again.related_calls, "the second call is a repeat caller's"

    output = tmp_path / "recorded.yaml"
    status = main(["record", again.id, "--database-url", database_url, "-o", str(output)])
    err = capsys.readouterr().err
    assert status == 0, err
    text = output.read_text(encoding="utf-8")
    assert "left out" not in text
    turns = yaml.safe_load(text)["turns"]
    assert [next(iter(turn)) for turn in turns] == ["start"]
    assert turns[0]["start"]["location_text"] == "明伦校区"


def test_grouping_turns_every_request_with_a_verb_into_its_turn() -> None:
    station = {"id": "zhengzhou-1", "name": "郑州急救一站"}
    timeline = [
        event(1, "created", "call_taker#1", {"psap": "zhengzhou-120", "complaint_text": None}),
        event(2, "location_said", "call_taker#1", {"text": "河大"}),
        event(3, "prompt_shown", "call_taker#1", {"kind": "choose"}),
        event(4, "location_said", "call_taker#1", {"text": "龙子湖"}),
        event(5, "position_updated", "call_taker#1", {"caller_position": {"lat": 34.8}}),
        event(6, "complaint_said", "call_taker#1", {"text": "胸痛"}),
        event(7, "priority_set", "call_taker#1", {"to": "critical", "reason": "家属说"}),
        event(
            8,
            "dispatched",
            "dispatcher#2",
            {"unit": "郑州急救一站", "recommended_station": station},
        ),
        event(9, "dispatched", "dispatcher#2", {"unit": "120-7", "recommended_station": station}),
        event(10, "transferred", "dispatcher#2", {"to_psap": "kaifeng-120", "reason": None}),
        event(11, "escalated", "call_taker#1", {"reason": None}),
        event(12, "closed", "dispatcher#2", {"reason": None}),
    ]
    turns, skipped = group_turns(timeline)
    assert [(t.verb, t.body) for t in turns] == [
        ("start", {"psap": "zhengzhou-120", "location_text": "河大"}),
        ("location", {"text": "龙子湖", "caller_position": {"lat": 34.8}}),
        ("complaint", "胸痛"),
        ("priority", {"priority": "critical", "reason": "家属说"}),
        ("dispatch", {}),
        ("dispatch", {"unit": "120-7"}),
        ("transfer", {"to_psap": "kaifeng-120"}),
        ("escalate", {"reason": ""}),
    ]
    assert [t.derived[0].seq for t in turns[:1]] == [3]
    assert skipped == ["seq 12: closing the call"]

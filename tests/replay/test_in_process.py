"""`dispatch-intake replay` and `record` against the real service, in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

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


def test_record_of_an_unknown_call_fails_cleanly(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(tmp_path / "var"))
    assert main(["record", "no-such-call", "--database-url", database_url, "--no-check"]) == 1
    assert "no call record" in capsys.readouterr().err


def test_timeline_grouping_keeps_requests_apart() -> None:
    timeline = [
        {"seq": 1, "type": "created", "actor": "call_taker", "data": {"psap": "zhengzhou-120"}},
        {"seq": 2, "type": "location_said", "actor": "call_taker", "data": {"text": "河大"}},
        {"seq": 3, "type": "prompt_shown", "actor": "call_taker", "data": {"kind": "choose"}},
        {"seq": 4, "type": "location_said", "actor": "call_taker", "data": {"text": "龙子湖"}},
        {"seq": 5, "type": "location_said", "actor": "call_taker", "data": {"text": "郑州"}},
        {"seq": 6, "type": "answer", "actor": "call_taker", "data": {"question": "age"}},
        {"seq": 7, "type": "note", "actor": "supervisor", "data": {"text": "复核"}},
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
        {"seq": 1, "type": "created", "actor": "call_taker#1", "data": {"psap": "kaifeng-120"}},
        {"seq": 2, "type": "repeat_caller", "actor": "call_taker#1", "data": {"earlier_calls": []}},
        {"seq": 3, "type": "location_said", "actor": "call_taker#1", "data": {"text": "河大"}},
        {"seq": 4, "type": "prompt_shown", "actor": "call_taker#1", "data": {"kind": "choose"}},
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

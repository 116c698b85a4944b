"""Triage as a component: what callers really say, and every way complaint text arrives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dispatch_intake.errors import SettingsError
from dispatch_intake.priority.service import AnswerEffect, load_priority_rules

from ..conftest import CONFIG_DIR
from .factories import act, auth, start_call

TRIAGE = load_priority_rules(CONFIG_DIR / "priority.toml")


def level(*texts: str, answers: tuple[AnswerEffect, ...] = ()) -> str:
    return TRIAGE.assess(texts, answers).priority


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A denial reaches the phrase it precedes in its own clause, and no further.
        ("不是心口疼，是胃不舒服", "urgent"),
        ("不是心口疼是胃不舒服", "urgent"),
        ("没有胸痛，就是咳嗽几天了", "routine"),
        ("他否认胸痛，只是头晕", "urgent"),
        ("没有呼吸困难", "unknown"),
        ("不抽了，但还是叫不醒", "critical"),
        ("不知道怎么回事突然胸痛", "critical"),
        # Words that deny inside a finding are the finding (没有呼吸 is not 呼吸 denied).
        ("没有呼吸了", "critical"),
        ("一点反应都没有", "critical"),
        ("没有意识障碍，只是头疼", "urgent"),
    ],
)
def test_negation_has_a_scope(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我好难受，说不出话了",  # the words the old rules knew
        "我……好难受……",  # heard, not said: a caller speaking in breaths
        "我……胸口……",
        "救……救我……",
        "来电人说话断断续续，上气不接下气",
        "声音越来越小，听不清了",
        "说一句喘一下",
        "有气无力地说救命",
        "话都讲不清了",
        "接通了没人说话，只有很重的呼吸声",
    ],
)
def test_a_caller_who_can_barely_speak_is_critical(text: str) -> None:
    assert level(text) == "critical"


def test_one_hesitation_from_a_bystander_is_not_a_breathless_caller() -> None:
    assert level("他在……那个，腿摔伤了") == "urgent"


def test_degree_words_move_a_finding_within_its_own_levels() -> None:
    assert level("有点发烧") == "routine"
    assert level("发高烧") == "urgent"
    assert level("胸闷，有点喘") == "urgent"
    assert level("气喘得厉害，躺不下") == "critical"
    assert level("牙疼得厉害") == "routine"  # a toothache has no severe level


def test_speech_to_text_slips_are_read_by_sound() -> None:
    result = TRIAGE.assess(["胸口通得厉害"])
    assert result.priority == "critical"
    finding = next(f for f in result.findings if f.id == "chest_pain")
    assert finding.said == "胸口通" and finding.heard_as == "胸口痛"
    # A rarer reading of a character is not offered: 没吃药 is not 没气.
    assert level("没吃药也没喝酒，就是睡不着") == "routine"


def test_traditional_script_and_dialect() -> None:
    assert level("喘不上氣") == "critical"
    assert level("俺爹不中了，喊不醒") == "critical"
    assert level("中不中，快点") == "unknown"


def test_answers_replace_what_the_text_said_about_the_same_sign() -> None:
    awake = AnswerEffect("awake", None, ("consciousness",))
    assert level("刚才叫不醒") == "critical"
    assert level("刚才叫不醒", answers=(awake,)) == "unknown"
    # …but not what the caller's own voice tells.
    assert level("我……难受……", answers=(awake,)) == "critical"
    not_breathing = AnswerEffect("breathing", "critical", ("breathing",))
    assert level("肚子疼", answers=(not_breathing,)) == "critical"


def test_findings_say_what_was_read(client: Any) -> None:
    record = start_call(client, complaint_text="不是心口疼，是胃不舒服")
    findings = record["triage"]["findings"]
    assert {
        "id": "chest_pain",
        "sign": "chest",
        "level": "critical",
        "said": "心口疼",
        "negated": True,
    } in findings
    assert record["priority"] == "urgent" and record["triage"]["manual"] is None


def test_broken_rules_say_which_file_and_what(tmp_path: Path) -> None:
    path = tmp_path / "priority.toml"
    source = (CONFIG_DIR / "priority.toml").read_text(encoding="utf-8")
    path.write_text(source.replace('level = "critical"', 'level = "dire"', 1), encoding="utf-8")
    with pytest.raises(SettingsError, match=r"priority.toml.*patient.level"):
        load_priority_rules(path)
    path.write_text("[language]\nclause_marks = ','\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="findings"):
        load_priority_rules(path)


# Every way complaint text reaches a call ------------------------------------------------------


def test_a_complaint_typed_after_the_start_retriages(client: Any) -> None:
    record = start_call(client, complaint_text=None)
    assert record["priority"] == "unknown"
    updated = act(client, record["id"], "complaint", {"text": "他叫不醒了"})
    assert updated.status_code == 200
    body = updated.json()
    assert body["priority"] == "critical"
    assert body["complaint"]["text"] == ["他叫不醒了"]
    assert body["recommended_action"]["kind"] == "dispatch_now"
    types = [e["type"] for e in body["timeline"]]
    assert "complaint_said" in types and "priority_changed" in types
    assert act(client, record["id"], "complaint", {"text": "  "}).status_code == 400


def test_a_complaint_answer_retriages(client: Any) -> None:
    record = start_call(client, complaint_text=None)
    answered = act(
        client, record["id"], "answers", {"question": "what_happened", "answer": "喘不上气"}
    ).json()
    assert answered["priority"] == "critical"


def test_a_note_telling_of_the_patient_raises_the_priority(client: Any) -> None:
    """A script, a console without the complaint step, or a call-taker writes what the caller
    says as a note: it is read, and the call is no longer 未分级 under it."""
    record = start_call(client, complaint_text=None)
    noted = act(client, record["id"], "notes", {"text": "家属说人从楼梯上滚下来，叫了不答应"})
    assert noted.status_code == 200
    body = noted.json()
    assert body["priority"] == "critical"
    assert body["recommended_action"]["kind"] == "dispatch_now"
    assert "note" in body["triage"]["reasons"]
    assert body["complaint"]["text"] == []  # the note stays a note
    assert [e["type"] for e in body["timeline"]][-3:-1] == ["note", "priority_changed"]


@pytest.mark.parametrize(
    ("complaint", "note", "expected"),
    [
        # Only raised: what the note says against the complaint is the call-taker's to weigh.
        ("他叫不醒了", "来电人称已经醒了", "critical"),
        ("手指划了个小口子", "来电人情绪激动", "routine"),
        # History and the call-taker's own steps are no complaint.
        (None, "既往心梗病史，放过支架", "unknown"),
        (None, "已通知派出所，家属在楼下等车", "unknown"),
        ("有点咳嗽", "家里老人发烧三天了", "urgent"),
    ],
)
def test_a_note_only_raises_what_the_complaint_says(
    client: Any, complaint: str | None, note: str, expected: str
) -> None:
    record = start_call(client, complaint_text=complaint)
    body = act(client, record["id"], "notes", {"text": note}).json()
    assert body["priority"] == expected


def test_a_note_leaves_a_priority_set_by_hand(client: Any) -> None:
    record = start_call(client, complaint_text="有点咳嗽")
    act(client, record["id"], "priority", {"priority": "routine", "reason": "来电人说能走"})
    body = act(client, record["id"], "notes", {"text": "喘不上气了"}).json()
    assert body["priority"] == "routine"
    assert body["triage"]["priority"] == "critical"  # what triage alone would say


def test_an_awake_answer_overrides_the_text(client: Any) -> None:
    record = start_call(client, complaint_text="晕过去了", location_text="河南大学龙子湖校区")
    assert record["priority"] == "critical"
    answered = act(
        client, record["id"], "answers", {"question": "awake", "answer": "醒了，能说话"}
    ).json()
    assert answered["priority"] == "unknown"
    overridden = [f for f in answered["triage"]["findings"] if f.get("overridden_by")]
    assert overridden and overridden[0]["overridden_by"] == "awake"


def test_a_manual_priority_is_kept_over_automatic_triage(client: Any) -> None:
    record = start_call(client, complaint_text="有点咳嗽")
    assert record["priority"] == "routine"
    set_by_hand = act(
        client, record["id"], "priority", {"priority": "critical", "reason": "听到来电人倒地"}
    )
    assert set_by_hand.status_code == 200
    body = set_by_hand.json()
    assert body["priority"] == "critical"
    assert body["triage"]["manual"]["priority"] == "critical"
    assert body["triage"]["priority"] == "routine"  # what triage alone would say
    event = next(e for e in body["timeline"] if e["type"] == "priority_set")
    assert event["data"] == {
        "from": "routine",
        "to": "critical",
        "automatic": "routine",
        "reason": "听到来电人倒地",
    }
    # More text does not undo a person's decision.
    later = act(client, record["id"], "complaint", {"text": "好多了"}).json()
    assert later["priority"] == "critical"
    assert act(client, record["id"], "priority", {"priority": "dire"}).status_code == 400
    auditor = client.post(
        f"/v1/calls/{record['id']}/priority",
        json={"priority": "routine"},
        headers=auth("auditor"),
    )
    assert auditor.status_code == 403


def test_a_callback_answer_without_a_number_is_a_warning_and_the_question_stays(
    client: Any,
) -> None:
    record = start_call(client, caller_number=None, complaint_text="肚子疼")
    call_id = record["id"]
    act(client, call_id, "location", {"text": "河南大学"})
    wrong = act(
        client, call_id, "answers", {"question": "callback_number", "answer": "20岁左右，学生本人"}
    ).json()
    assert wrong["caller"]["number"] is None
    assert "callback_number" not in wrong["answers"]
    assert wrong["next_question"]["id"] == "callback_number"
    assert any(w["field"] == "answers.callback_number" for w in wrong["warnings"])
    right = act(
        client, call_id, "answers", {"question": "callback_number", "answer": "138 0013 8000"}
    ).json()
    assert right["caller"]["number"] == "138****8000"
    assert right["next_question"]["id"] != "callback_number"


@pytest.mark.parametrize(
    "name",
    [
        "dispatch_intake.priority.clauses",
        "dispatch_intake.priority.matching",
        "dispatch_intake.priority.service",
        "dispatch_intake.questions.service",
    ],
)
def test_docstring_examples_pass(name: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), raise_on_error=False)
    assert result.attempted > 0 and result.failed == 0

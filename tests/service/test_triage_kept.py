"""A call's words are triaged once: a start reads its complaint before its write begins, and
the turns that add no words (a place said, a dispatch) find the result kept, not read again
inside their write."""

from __future__ import annotations

import uuid
from typing import Any

from .factories import act, start_call


def _counts(app: Any) -> tuple[int, int]:
    info = app.state.intake.priority_rules._assessed.cache_info()
    return info.hits, info.misses


def test_a_start_reads_its_complaint_once_and_the_write_finds_it_kept(
    app: Any, client: Any
) -> None:
    # Words no other test says: the rules (shared by every app built from the same file in
    # this process) have never read them.
    complaint = f"老人在卫生间摔倒了，叫不醒（{uuid.uuid4().hex}）"
    hits, misses = _counts(app)
    record = start_call(client, complaint_text=complaint)
    assert record["priority"] == "critical"
    after_hits, after_misses = _counts(app)
    assert after_misses - misses == 1, "the complaint was read more than once"
    assert after_hits - hits >= 1, "the start's write read the complaint again"

    hits, misses = after_hits, after_misses
    turn = act(client, record["id"], "location", {"text": "龙子湖那边"})
    assert turn.status_code == 200, turn.text
    assert turn.json()["priority"] == "critical"
    assert _counts(app)[1] == misses, "a place said made the same words be read again"


def test_other_words_are_read_anew(app: Any, client: Any) -> None:
    said = f"胳膊擦破点皮（{uuid.uuid4().hex}）"
    record = start_call(client, complaint_text=said)
    _, misses = _counts(app)
    more = act(client, record["id"], "complaint", {"text": "现在喘不上气了，嘴唇发紫"})
    assert more.status_code == 200, more.text
    assert more.json()["priority"] == "critical"
    assert _counts(app)[1] > misses

"""Triage word families of the forty-sixth blind set's learning, widened where its rules kept
to their own words (bench/data/review46-probe.tsv): a snore after a collapse heard as a thud on
the phone; someone seen down by a bed, a sofa or in a kitchen, or through a door's glass; no
answer said with Henan 木 as the eyes not opening or no reaction at all; only a moan named as
all that is heard; smoke with a door that will not open or a stair not to be gone down; an
alarm's notice or a bedside bell and nobody picking up, said otherwise; a faint in a toilet not
come round, 醒 heard as 行; and, urgent, a fistula said by what it is for or by its hum gone; and,
kept lower, no fever said with 木, stool that will not come, a transfer asked for, a poor
appetite — each in other words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("电话里听见我爸那边扑通一声，然后一直是呼噜声", "critical"),
        ("我婆婆接着视频咚的一声没影了，只听见打鼾", "critical"),
        # A thud and a sleeper's snore.
        ("楼上扑通一声是孩子跳床，我爸在沙发上睡得直打呼噜", "not critical"),
    ],
)
def test_snore_after_a_thud(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("物业从门上的玻璃看见老太太趴在床边", "critical"),
        ("从猫眼瞅见他倒在厨房里", "critical"),
        ("网格员从窗户往里看，大爷脸朝下趴着", "critical"),
        # Seen on the sofa and nodding.
        ("从窗户看见大爷倒在沙发上看电视，冲我们点头", "not critical"),
    ],
)
def test_seen_down_in_another_room(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("喊俺爷半天，眼都木睁", "critical"),
        ("俺娘躺床上，一点反应也木有", "critical"),
        # A medicine that did nothing.
        ("俺娘吃了药木有啥反应，还是咳嗽", "not critical"),
    ],
)
def test_henan_no_answer_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("视频接通了，只听到呻吟声", "critical"),
        ("电话那头只剩哼哼，问啥都不说", "critical"),
        # Moaning with pain, talking clearly.
        ("老人腰疼得直呻吟，说话清楚，想去医院看看", "not critical"),
    ],
)
def test_only_a_moan_named(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("满屋子烟，防盗门开不开，人在里头", "critical"),
        ("楼里浓烟，老两口下不了楼", "critical"),
        # A dry pot's smoke let out of the window.
        ("锅烧干了一屋子烟，开窗散了，人都好好的", "not critical"),
    ],
)
def test_smoke_with_no_way_out_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("老人床头的呼叫铃响了，护工打电话过去没人接听", "critical"),
        ("手表提示老人跌倒了，拨过去木人接", "critical"),
        ("平台收到求救信号，回拨了几次都无人接", "critical"),
        # The notice answered.
        ("手环提示摔倒，我打过去我爸接了，说没事", "not critical"),
        # A watch's reading, not an alarm.
        ("手表显示心率一百，给我妈打电话没人接，估计去买菜了", "not critical"),
    ],
)
def test_alarm_unanswered_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺爷在厕所里晕了，到现在还没行过来", "critical"),
        ("老人在洗手间晕倒，半天没行过来", "critical"),
    ],
)
def test_faint_not_come_round(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺爹透析用的瘘今儿摸着不跳了", "urgent"),
        ("内瘘那儿听不到嗡嗡的声音了", "urgent"),
        # Deaf, with a fistula, a booked dialysis.
        ("内瘘的老人耳朵听不见，约车去透析", "routine"),
    ],
)
def test_fistula_gone_still_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺奶有点流鼻涕，木发烧", "routine"),
        ("老人拉不下屎三四天了", "routine"),
        ("想给老人转个院", "routine"),
        ("俺娘这几天胃口差，吃得少", "routine"),
    ],
)
def test_kept_lower_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)

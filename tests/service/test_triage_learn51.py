"""Triage word families learned from the fifty-first blind set's misses (known illness and
treatment: chemotherapy and transplants, heart pills, blood thinners, dialysis, epilepsy,
pregnancy) — each said here in other words than any line of bench/, with near-misses that must
keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("放疗化疗期间发高烧，血压只有六十多", "critical"),
        ("骨髓移植后发热，高压才八十，人迷糊了", "critical"),
        ("血压七十，出了一身冷汗", "critical"),
        # A high reading holds 八十; a normal one said with its lower figure; a fever alone.
        ("他血压一百七十，有点头晕", "not critical"),
        ("发烧，量血压一百二十八十", "not critical"),
        ("化疗后低烧，血压一百一，说话清楚", "not critical"),
    ],
)
def test_a_low_pressure_reading_with_a_fever_or_a_changed_mind_is_shock(
    text: str, level: str
) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他有冠心病，含了两片硝酸甘油也不管用，出了一身汗", "critical"),
        ("他吃着氯吡格雷，鼻子血止不住，坐着身子往下滑", "critical"),
        # The pill eased it; a pill run out with nothing wrong.
        ("含了一片硝酸甘油，过了几分钟就不疼了", "not critical"),
        ("救心丸快吃完了，想去医院再开点", "not critical"),
    ],
)
def test_a_heart_pain_the_own_pill_does_not_ease_and_a_thinners_bleed_with_a_slump(
    text: str, level: str
) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("几天没透析了，心跳一分钟二十多次，人糊涂了", "critical"),
        ("他吃着防血栓的药，摔一跤磕到了脑门，现在犯迷糊", "critical"),
        ("孕妇刚才抽了一下，现在醒了", "critical"),
        ("产后第三天，刚才突然抽了一次", "critical"),
        # A slow heart with a clear mind; an age said beside palpitations; muddled after a fit.
        ("心跳有点慢，人清醒，说话正常", "not critical"),
        ("二十多岁的小伙子，心慌，说话清清楚楚", "not critical"),
        ("有癫痫，刚抽完醒了，摔的时候额头磕破点皮，人有点迷糊", "not critical"),
        ("怀孕六个月，小腿抽筋了", "not critical"),
    ],
)
def test_a_far_off_heart_rate_or_a_knock_with_a_changed_mind_and_a_fit_in_pregnancy(
    text: str, level: str
) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("老爷子肺气肿，这两天特别嗜睡", "critical"),
        ("吸着氧的奶奶嘴唇颜色暗暗的", "critical"),
        ("他咳血，一口接一口的鲜血", "critical"),
        # A chronic lung patient awake and eating; streaks in the phlegm.
        ("老慢支又咳嗽了，吃饭睡觉都还行", "not critical"),
        ("痰里带了点血丝，人挺好", "not critical"),
    ],
)
def test_a_lung_patient_who_will_not_stay_awake_dark_lips_and_blood_by_the_mouthful(
    text: str, level: str
) -> None:
    assert_level(text, level)

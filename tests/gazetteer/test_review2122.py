"""The second review of the readings learned from location sets 21 and 22: where a rule reached
past what it was learned for. Each tested with other phrasings and near-misses."""

import pytest

from .answers import KAIFENG, ZHENGZHOU

# --- A shore said inside a name that goes on past it is no slip (西流湖 东岸 公园) -------------


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("西流湖 东岸 公园", "lm-zz-xiliuhugongyuan"),
        ("西流湖 北岸 公园 门口", "lm-zz-xiliuhugongyuan"),
        ("西流湖南岸公园 有人晕倒了", "lm-zz-xiliuhugongyuan"),
    ],
)
def test_a_shore_inside_a_name_said_keeps_the_name(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place, said


@pytest.mark.parametrize(
    ("said", "place", "centre"),
    [
        ("包公湖 东岸", "lm-kf-baogonghu", KAIFENG),  # the shore ends the words: the lake
        ("包公湖东岸 湖边", "lm-kf-baogonghu", KAIFENG),
        ("龙湖 东岸 湖边上", "lm-zz-longhu", ZHENGZHOU),
        ("西流湖 湖边 公园", "lm-zz-xiliuhugongyuan", ZHENGZHOU),
        ("包公湖院区 门口", "hosp-henu-1-baogonghu", KAIFENG),
    ],
)
def test_a_shore_ending_the_words_is_still_no_name(gz, said, place, centre):
    r = gz.resolve([said], jurisdiction=centre)
    assert r.candidates[0].place.id == place, said

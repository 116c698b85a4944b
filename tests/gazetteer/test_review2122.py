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


# --- Words that begin as a correction does but say someone is unwell take nothing back --------


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("中原路上 不对劲 人晕了", "lm-zz-zhongyuanlu"),
        ("我在文化路 他感觉不对劲 喘不上气", "lm-zz-wenhualu"),
        ("紫荆山公园 不对头 人倒了", "lm-zz-zijingshangongyuan"),
    ],
)
def test_something_wrong_with_someone_takes_no_place_back(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.id == place, said


@pytest.mark.parametrize("said", ["文化路 不对 是建设路", "中原路上 不对不对 在建设路"])
def test_a_correction_still_takes_the_place_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.id == "lm-zz-jianshelu", said

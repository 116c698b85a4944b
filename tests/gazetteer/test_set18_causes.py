"""Readings learned from location hold-out set 18 by cause, each tested with other places and
phrasings than the set's lines, and with near-misses that must not change."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed

# --- A town said short after its zone or county, its short name another province's (经开区 九龙) -


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("经开区 九龙", "adm-410171111"),  # 九龙 alone is 四川's 九龙县
        ("郑州经开区九龙", "adm-410171111"),
        ("金水区 大石桥", "adm-410105005"),  # 大石桥 alone is 辽宁's 大石桥市
        ("中原区 莲湖", "adm-410102013"),  # 莲湖 alone is 西安's 莲湖区
        ("高新区 石佛", "adm-410172160"),  # as before: 石佛 is no one else's
    ],
)
def test_a_town_said_short_after_its_zone_or_county(gz, said, town):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == town, said


@pytest.mark.parametrize("said", ["九龙", "大石桥", "莲湖"])
def test_the_short_name_alone_is_not_read_as_the_town(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("禹王台区繁塔", "lm-kf-fanta"),  # 繁塔街道's short name is the pagoda's, of 开封 itself
        ("雨王台区，繁塔那儿", "lm-kf-fanta"),
    ],
)
def test_a_short_name_of_a_place_of_the_province_stays_that_place(gz, said, place):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert confirmed(r) in (place, None), said
    assert r.candidates[0].place.id == place, said

"""The review of sets 23 and 24's second learning: words of speech ending in 城 are no estate's
name, a typed word set apart at a name's edge is a word of its own, and a compound's word said
in characters is not read as a campus across typed pinyin; with near-misses that keep their
answer."""

import pytest

from tests.gazetteer.answers import ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("二七塔，刚进城", "lm-zz-erqiguangchang"),
        ("郑州站，在县城", "lm-zz-zhengzhouzhan"),
        ("刚出城，南三环那边", "lm-zz-nansanhuan"),
        ("紫荆山公园，刚进城", "lm-zz-zijingshangongyuan"),
    ],
)
def test_going_into_or_out_of_town_is_no_estate_and_the_place_is_read_back(gz, said, place):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place


@pytest.mark.parametrize("said", ["融创城，南三环那个", "富田城，大学路附近，6号楼"])
def test_an_unheld_estate_ending_in_cheng_still_stops_the_road_read_back(gz, said):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) is None


@pytest.mark.parametrize(
    "said", ["我爸在二七，ta晕倒了", "二七，ta不行了", "二七 ta 家里", "二七 ta 晕倒了"]
)
def test_a_typed_word_set_apart_after_a_name_is_not_read_as_its_last_syllable(gz, said):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) != "lm-zz-erqiguangchang"


def test_a_typed_numeral_set_apart_after_a_school_is_not_read_into_a_hospital(gz):
    r = gz.resolve(["郑大 yi 个学生晕倒了"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.parent == "edu-4141010459"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("二七ta 底下", "lm-zz-erqiguangchang"),
        ("郑州 xi 站 出站口", "lm-zz-zhengzhouxizhan"),
        ("郑州dong站 出站口", "lm-zz-zhengzhoudongzhan"),
        ("郑航 dong校区", "edu-4141010485-dongxiaoqu"),
    ],
)
def test_a_typed_word_against_the_characters_or_inside_the_name_is_read_whole(gz, said, place):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place


@pytest.mark.parametrize(
    "said", ["xi 小区，3号楼", "xi小区 3号楼", "郑航 dong 小区", "nan 小区 2号楼"]
)
def test_a_compound_said_with_a_typed_direction_is_not_a_campus(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) is None
    assert not any(c.place.kind == "campus" for c in r.candidates)

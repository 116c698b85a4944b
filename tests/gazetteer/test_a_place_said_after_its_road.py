"""A place said with where it is (城隍庙那边, 文庙那儿) after a road said in a clause of its own:
the road is where the caller is, the place which stretch of it; said alone, or before the road,
the place is where the caller is."""

import pytest

from tests.gazetteer.answers import ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("商城路，城隍庙那边", "lm-zz-shangchenglu"),
        ("农业路，河南博物院那边", "lm-zz-nongyelu"),
        ("管城东大街，文庙那边", "lm-zz-dongdajie"),
        ("金水区金水路，紫荆山公园那儿", "lm-zz-jinshuilu"),
        ("東大街，文廟那兒", "lm-zz-dongdajie"),
    ],
)
def test_a_place_said_with_where_it_is_after_its_road_is_a_reference(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road
    assert confirmed(r) in (None, road)


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("城隍庙，商城路上", "lm-zz-zhengzhouchenghuangmiao"),
        ("河南博物院那边", "lm-zz-henanbowuyuan"),
        ("河南博物院，农业路上", "lm-zz-henanbowuyuan"),
        ("紫荆山公园那儿 有人晕倒了", "lm-zz-zijingshangongyuan"),
    ],
)
def test_the_place_said_alone_or_before_the_road_is_still_where_the_caller_is(gz, said, place):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place


def test_a_place_said_again_after_the_road_is_where_the_caller_insists_they_are(gz):
    r = gz.resolve(["花园路，国贸那个，国贸360那儿，对对"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-guomao360"


def test_a_division_said_with_where_it_is_after_a_road_says_where_the_road_is(gz):
    r = gz.resolve(["洛阳，开元大道，洛龙区这边"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id != "lm-zz-kaiyuanlu"
    assert any(c.place.id in ("adm-410300", "adm-410311") for c in r.candidates[:3])

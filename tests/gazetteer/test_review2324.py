"""A place said after a road in a clause of its own is where the caller is, not which stretch
of the road, when said with 这儿 or 这里 (here), when someone is said to be at it, or when a
part of it follows (住院部, 负一楼, 东门); said with 那边 or 那儿 and nothing more, the road
ranks first as it did."""

import pytest

from tests.gazetteer.answers import ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("经八路，二附院这儿", "hosp-zzu-2-jingbalu"),
        ("人民路，大卫城这儿", "lm-zz-dayuecheng"),
        ("商城路，城隍庙这里", "lm-zz-zhengzhouchenghuangmiao"),
    ],
)
def test_a_place_said_with_here_after_its_road_is_where_the_caller_is(gz, said, place):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("花园路，我就在国贸360那儿", "lm-zz-guomao360"),
        ("金水路，我爸倒在紫荆山公园那边", "lm-zz-zijingshangongyuan"),
    ],
)
def test_a_place_someone_is_said_to_be_at_after_a_road_ranks_first(gz, said, place):
    assert gz.resolve([said], jurisdiction=ZHENGZHOU).candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("经八路，二附院那儿，住院部", "hosp-zzu-2-jingbalu"),
        ("人民路，大卫城那边，负一楼", "lm-zz-dayuecheng"),
        ("商城路，城隍庙那边，东门", "lm-zz-zhengzhouchenghuangmiao"),
    ],
)
def test_a_place_with_a_part_of_it_said_next_is_where_the_caller_is(gz, said, place):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("经八路，二附院那边，有人晕倒了", "lm-zz-jingbalu"),
        ("人民路，大卫城那边", "lm-zz-renminlu"),
        ("花园路，国贸360那边，往北一点", "lm-zz-huayuanlu"),
    ],
)
def test_a_place_said_with_there_and_nothing_of_it_after_still_names_the_stretch(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road
    assert confirmed(r) in (None, road)

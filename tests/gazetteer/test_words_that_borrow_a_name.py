"""Words that carry a place's name without naming it: a campus's short name as the first words of
a park's, and the road at its gates; a 城中村's name said as a 街道's; and words that put the
caller beside a place (鼓楼跟前, a lake's shore, 楼下面) rather than in it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_a_campus_named_only_by_a_road_and_a_park_sharing_its_name_is_not_read_back(gz):
    # 河南科技大学 西苑校区 stands on 洛阳's 西苑路; 西苑公园 is a park.
    r = gz.resolve(["洛阳 西苑路 西苑公园那边"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


def test_a_campus_named_by_its_own_name_is_still_read_back(gz):
    r = gz.resolve(["河科大 西苑校区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-4141010464-xiyuan"


def test_a_site_said_as_a_subdistrict_of_its_name_is_not_read_back(gz):
    r = gz.resolve(["高皇寨街道"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


def test_the_site_said_alone_is_still_read_back(gz):
    r = gz.resolve(["高皇寨"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-zz-gaohuangzhai"


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("马市街 丁角街夜市跟前", "lm-kf-mashijie"),  # not the night market beside it
        ("汴京路 金明池跟前", "lm-kf-bianjinglu"),  # nor the park beside it
    ],
)
def test_a_place_said_with_genqian_is_a_reference_for_the_road_said(gz, said, road):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == road


def test_a_lakes_shore_is_a_reference_and_its_word_no_township(gz):
    # 东岸 is also a township's name (东岸乡): said after a lake it is the lake's east shore.
    r = gz.resolve(["金明池东岸 开元广场"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-kaiyuanguangchang"
    assert r.candidates[1].place.id == "lm-kf-jinmingchi"


def test_no_station_read_over_where_by_a_square_the_caller_is(gz):
    # 五一公圆 楼下面: a typed slip for the park, then 楼下面 (not its station's 站).
    r = gz.resolve(["五一公圆 楼下面"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-wuyigongyuan"
    assert "lm-zz-metro-wuyigongyuan" not in {c.place.id for c in r.candidates}


def test_a_division_name_beginning_a_sites_name_does_not_drop_the_town_said(gz):
    # 朝阳 is 朝阳区's short name (北京, 长春) and 朝阳市's: said as 朝阳公园 it names a park.
    r = gz.resolve(["大峪沟镇 朝阳公园那"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410181104"


def test_a_division_said_whole_still_drops_a_town_elsewhere(gz):
    r = gz.resolve(["大峪沟镇 朝阳区"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id != "adm-410181104"

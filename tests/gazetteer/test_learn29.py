"""A road said with the landmark that names which one (自由路，相国寺那条; 人民路，二七塔那条路)
is the road, not the landmark; a road said only by its landmark (相国寺那条路) names no road to
read back. A lake or river said with its edge (雁鸣湖边上, 米河边上) whose name is held only as
the town named after it is not that town read back; the town said as a town stays."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("自由路，是开封的，相国寺那条", ZHENGZHOU, "lm-kf-ziyoulu"),
        ("书店街，鼓楼那条", KAIFENG, "lm-kf-shudianjie"),
        ("人民路，二七塔那条，路边上", ZHENGZHOU, "lm-zz-renminlu"),
        ("中山路，龙亭那条路", KAIFENG, "lm-kf-zhongshanlu"),
        ("金水路，紫荆山公园那条", ZHENGZHOU, "lm-zz-jinshuilu"),
        ("建设路，碧沙岗那条路上", ZHENGZHOU, "lm-zz-jianshelu"),
        ("相国寺那条，自由路", KAIFENG, "lm-kf-ziyoulu"),
    ],
)
def test_a_road_said_with_which_landmarks_is_the_road(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road, said


@pytest.mark.parametrize("said", ["相国寺那条路", "二七塔那条"])
def test_a_road_said_only_by_its_landmark_is_not_the_landmark_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG if "相国寺" in said else ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("相国寺那边", KAIFENG, "lm-kf-daxiangguosi"),
        ("大相国寺门口，有人晕倒了", KAIFENG, "lm-kf-daxiangguosi"),
        ("二七塔那儿", ZHENGZHOU, "lm-zz-erqiguangchang"),
        ("相国寺那边，自由路上", KAIFENG, "lm-kf-daxiangguosi"),
        ("雁鸣湖镇", ZHENGZHOU, "adm-410122114"),
        ("中牟县雁鸣湖镇政府门口", ZHENGZHOU, "adm-410122114"),
        ("雁鸣湖那边", ZHENGZHOU, "adm-410122114"),
        ("米河镇上，街里", ZHENGZHOU, "adm-410181100"),
    ],
)
def test_near_misses_keep_their_answer(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == place, said


def test_a_held_lake_said_with_its_edge_is_still_the_lake(gz):
    r = gz.resolve(["龙湖边上，郑东那个"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-longhu"


@pytest.mark.parametrize(
    "said",
    [
        "中木县那个雁鸣湖边上",
        "雁鸣湖边上，有人掉水里了",
        "中牟雁鸣湖岸边",
        "巩义那个米河边上",
        "刘河边上，新密的",
        "梨河边上，登封的",
    ],
)
def test_water_said_with_its_edge_is_not_its_town_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "town"),
    [
        ("官渡镇，官渡古战场那边", ZHENGZHOU, "adm-410122102"),
        ("竹林镇，竹林长寿山那边", ZHENGZHOU, "adm-410181103"),
        ("巩义竹林镇，竹林长寿山那块", ZHENGZHOU, "adm-410181103"),
        ("朱仙镇，朱仙镇岳飞庙那边", KAIFENG, "adm-410212106"),
        ("新郑龙湖镇，龙湖大学城那边", ZHENGZHOU, "adm-410184109"),
    ],
)
def test_a_place_named_after_the_town_said_first_says_which_part_of_it(
    gz, said, jurisdiction, town
):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == town, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("竹林长寿山门口", ZHENGZHOU, "lm-zz-zhulinchangshoushan"),
        ("朱仙镇岳飞庙门口，有人晕倒了", KAIFENG, "lm-kf-zhuxianzhenyuefeimiao"),
        ("竹林镇上", ZHENGZHOU, "adm-410181103"),
    ],
)
def test_the_place_or_the_town_said_alone_keeps_its_answer(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place, said

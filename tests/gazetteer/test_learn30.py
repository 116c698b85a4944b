"""A road said first, then another the caller walks, drives or rides toward and has not reached
(在丰产路上，快走到花园路了) is the road said first, as 快到 already reads; the two said as a
corner, or reached (走到花园路了), stay their crossing."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("在金水路上，快走到未来路了", ZHENGZHOU, "lm-zz-jinshuilu"),
        ("农业路上，马上开到花园路了", ZHENGZHOU, "lm-zz-nongyelu"),
        ("我在中原路，还没走到桐柏路", ZHENGZHOU, "lm-zz-zhongyuanlu"),
        ("自由路上，快走到书店街了", KAIFENG, "lm-kf-ziyoulu"),
        ("文化路上，快要开到东风路了", ZHENGZHOU, "lm-zz-wenhualu"),
        ("嵩山路上，快骑到航海路了", ZHENGZHOU, "lm-zz-songshanlu"),
        ("航海路，刚走过嵩山路", ZHENGZHOU, "lm-zz-hanghailu"),
    ],
)
def test_a_road_walked_toward_is_not_where_the_caller_is(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("丰产路花园路口", "xing-lm-zz-fengchanlu-lm-zz-huayuanlu"),
        ("在丰产路上，走到花园路了", "xing-lm-zz-fengchanlu-lm-zz-huayuanlu"),
        ("在丰产路上，快到花园路了", "lm-zz-fengchanlu"),
    ],
)
def test_a_corner_or_a_road_reached_keeps_its_answer(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place, said


@pytest.mark.parametrize(
    "said",
    ["烟厂家属院，三楼", "郑州烟厂宿舍，二号楼", "建材厂家属院，五号楼", "那个烟厂家属院里面"],
)
def test_a_works_named_by_its_kind_is_not_one_unit_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("烟厂社区，新郑的", ZHENGZHOU, "adm-410184003002"),
        ("国棉三厂家属院，三号楼", ZHENGZHOU, "lm-zz-guomian3chang"),
        ("空分家属院，开封这个", KAIFENG, "adm-410203004021"),
        ("二砂家属院", ZHENGZHOU, "lm-zz-ersha"),
    ],
)
def test_a_works_named_by_its_own_name_keeps_its_answer(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("鼓楼区中山路，公交站", KAIFENG, "lm-kf-zhongshanlu"),
        ("龍亭區中山路，路西", KAIFENG, "lm-kf-zhongshanlu"),
        ("开封市鼓楼区书店街", KAIFENG, "lm-kf-shudianjie"),
        ("鼓樓區書店街", KAIFENG, "lm-kf-shudianjie"),
        ("鼓楼区自由路上", KAIFENG, "lm-kf-ziyoulu"),
    ],
)
def test_a_district_said_before_a_road_filed_under_its_neighbour_is_the_road(
    gz, said, jurisdiction, road
):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said


@pytest.mark.parametrize("said", ["中牟县人民路", "巩义市建设路，一个饭店门口", "上街区中原路"])
def test_a_county_or_a_far_district_said_before_a_road_is_not_the_citys_road(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("禹王台区中山路", KAIFENG, "lm-kf-zhongshanlu"),
        ("中原区建设路", ZHENGZHOU, "lm-zz-jianshelu"),
        ("鼓楼区西门大街", KAIFENG, "lm-kf-ximendajie"),
    ],
)
def test_a_road_said_with_its_own_district_keeps_its_answer(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said

"""Second review of the readings learned from location hold-out set 12, on phrasings that set never
had: where they misfired they were narrowed, where they fell short of how callers say the same
thing they were widened. Each with near-misses that must not change."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed


def _top(r):
    return r.candidates[0].place.id


# --- A street that names no road (倒在马路上, 躺路边, 在大街上) is no road said ----------------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("郑大南校区，附近，有人倒在马路上", ZHENGZHOU, "edu-4141010459-nanxiaoqu"),
        ("碧沙岗，旁边，有人躺路边上", ZHENGZHOU, "lm-zz-bishagang"),
        ("河南博物院 附近 马路边有人晕倒", ZHENGZHOU, "lm-zz-henanbowuyuan"),
        ("紫荆山公园那一片 有人躺在路上", ZHENGZHOU, "lm-zz-zijingshangongyuan"),
        ("二七塔那块 大街上有人晕倒", ZHENGZHOU, "lm-zz-erqiguangchang"),
        ("相国寺那一片，路上有人晕倒", KAIFENG, "lm-kf-daxiangguosi"),
    ],
)
def test_a_place_said_with_the_patient_on_a_street_is_where_the_caller_is(
    gz, said, jurisdiction, place
):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert _top(r) == place, said
    assert confirmed(r) in (None, place), said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        # A name before the street word makes it a road (一马路, 东大街).
        ("一马路，郑州站，对面", "lm-zz-yimalu"),
        ("东大街上，城隍庙那块", "lm-zz-dongdajie"),
        # A named road with the patient on the street: the road is still said.
        ("有人倒在马路上 中原路上", "lm-zz-zhongyuanlu"),
    ],
)
def test_a_road_whose_name_ends_as_a_street_does_is_still_a_road(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert _top(r) == road, said
    assert confirmed(r) in (None, road), said


# --- A road said alone in its clause, with a place and the ground about it: the stretch -------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("中原路，绿城广场那一带", ZHENGZHOU, "lm-zz-zhongyuanlu"),
        ("建设路 碧沙岗这一片", ZHENGZHOU, "lm-zz-jianshelu"),
        ("西门大街 淮河医院那一片", KAIFENG, "lm-kf-ximendajie"),
        # 那一带, 那一截 said on a road (中山路上) as 那块 is.
        ("中山路上 开封站那一带", KAIFENG, "lm-kf-zhongshanlu"),
        ("农业路上 省医那一截", ZHENGZHOU, "lm-zz-nongyelu"),
    ],
)
def test_a_road_said_alone_and_a_place_with_its_ground_is_the_road(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert _top(r) == road, said
    assert confirmed(r) in (None, road), said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # No road said: the place and its ground.
        ("绿城广场那一带", "lm-zz-lvchengguangchang"),
        # A ring road said short is a road, not a reference: the road said first stays first.
        ("文化路 北环那一带", "lm-zz-wenhualu"),
    ],
)
def test_ground_said_without_a_road_or_of_a_road_stays(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert _top(r) == place, said


# --- A side and a building of the place (后边住院楼) is which part of it ----------------------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("建设东路，一附院，后边住院楼 有人跳楼", ZHENGZHOU, "hosp-zzu-1-heyi"),
        ("纬五路 省医东边门诊楼", ZHENGZHOU, "hosp-hnsrmyy-weiwulu"),
        ("纬五路，省医，东边门诊楼", ZHENGZHOU, "hosp-hnsrmyy-weiwulu"),
        ("河大明伦校区后面宿舍楼", KAIFENG, "edu-4141010475-minglun"),
    ],
)
def test_a_side_and_a_building_is_part_of_the_place(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert _top(r) == place, said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        # The side alone, or another place behind it, is beside it: the road said is where.
        ("建设东路，一附院，后边，有人跳楼", "lm-zz-jianshedonglu"),
        ("纬五路 省医后面的小区", "lm-zz-weiwulu"),
    ],
)
def test_a_side_without_a_building_of_the_place_is_beside_it(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert _top(r) == road, said


# --- A road said straight before a place and a cue (中原路绿城广场对面) is where the caller is --


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("中原路绿城广场对面", ZHENGZHOU, "lm-zz-zhongyuanlu"),
        ("花园路国贸360旁边", ZHENGZHOU, "lm-zz-huayuanlu"),
        ("自由路相国寺对过", KAIFENG, "lm-kf-ziyoulu"),
    ],
)
def test_a_road_said_straight_before_a_place_and_a_cue_is_the_road(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert _top(r) == road, said
    assert confirmed(r) in (None, road), said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # No cue: the road says where the place is.
        ("中原路绿城广场", "lm-zz-lvchengguangchang"),
        # The road says which one of a name (桐柏路那个中心医院): that site, with the cue.
        ("市中心 桐柏路那个中心医院 对面 车撞人了", "hosp-zzszxyy-tongbailu"),
    ],
)
def test_a_road_naming_the_place_stays_the_place(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert _top(r) == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "crossing"),
    [
        # Two roads said together and a cue: their crossing, not the first road and a reference.
        ("金水路花园路交叉口附近", ZHENGZHOU, "xing-lm-zz-huayuanlu-lm-zz-jinshuilu"),
        ("自由路中山路口旁边", KAIFENG, "xing-lm-kf-zhongshanlu-lm-kf-ziyoulu"),
        ("文化路和农业路那附近", ZHENGZHOU, "xing-lm-zz-nongyelu-lm-zz-wenhualu"),
    ],
)
def test_two_roads_said_together_with_a_cue_stay_their_crossing(gz, said, jurisdiction, crossing):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert _top(r) == crossing, said

"""What set 40's callers said that the resolver read back wrong, in other words: a village said
with its 村 and then its name again as the start of a thing named after it (双庙村，双庙那个
小卖部): the caller said their village twice, not a town of another city so named whose seat
village bears the name too; a town of the centre's own area so named still says which village.
A place said with a side of it and the crossing word (人民公园北边那个路口): the crossing by the
place, not a far town heard in 路口 (息县's 路口乡) or in 边路口 (淮滨's 卞路口乡).
龙子湖 said with a road of 郑州 (龙子湖博学路东头): 郑州's 龙子湖 by the road, not 蚌埠's 龙子湖区
holding the road as one the data does not know there; a city said with a road (许昌，文化路那边)
still holds it. A far town's short name read as the end of a longer word (后|李庄, 奶|茶店): the
centre's village so named (后李庄村), or the place the shop is by, not 李庄镇 or 茶店镇 far away."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "village", "jurisdiction"),
    [
        ("双庙村，双庙那个小卖部门口", "adm-410185103203", ZHENGZHOU),
        ("陡沟村，陡沟那个桥头上", "adm-410173401202", ZHENGZHOU),
        ("枣林村，枣林那个坑边上", "adm-410222105220", KAIFENG),
        ("白潭村，白潭卫生室里", "adm-410223104209", KAIFENG),
    ],
)
def test_a_village_said_again_by_its_name_is_the_centres_not_a_far_towns(
    gz, said, village, jurisdiction
):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == village, said
    assert confirmed(r) in (None, village), said


def test_a_far_town_said_with_its_level_before_its_village_is_still_that_town(gz):
    _, top = _resolve(gz, "双庙乡双庙村", ZHENGZHOU)
    assert top == "adm-411723211200"


def test_a_town_of_the_centre_said_again_after_its_village_still_says_which(gz):
    r, _ = _resolve(gz, "古荥村，古荥那个桥边", ZHENGZHOU)
    assert confirmed(r) == "adm-410108101200"


@pytest.mark.parametrize(
    ("said", "place", "jurisdiction"),
    [
        ("郑州人民公园北边那个路口", "lm-zz-zhengzhourenmingongyuan", ZHENGZHOU),
        ("河南博物院东边的路口，有人晕倒", "lm-zz-henanbowuyuan", ZHENGZHOU),
        ("包公湖南边那个路口", "lm-kf-baogonghu", KAIFENG),
    ],
)
def test_the_crossing_word_after_a_side_of_a_place_is_no_far_town(gz, said, place, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == place, said
    assert r.candidates[0].place.admin.city in ("郑州市", "开封市"), said


def test_a_hospital_said_beside_a_crossing_word_is_offered_first(gz):
    r, _ = _resolve(gz, "省中医院旁边路口", ZHENGZHOU)
    assert r.candidates[0].place.id.startswith("hosp-hnszyy")


@pytest.mark.parametrize(
    ("said", "town"), [("卞路口乡", "adm-411624209"), ("路口乡", "adm-411528202")]
)
def test_a_far_town_named_after_a_crossing_said_in_full_is_still_that_town(gz, said, town):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == town, said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("龙子湖博学路东头", "lm-zz-boxuelu"),
        ("龙子湖这边，文苑北路东头那个超市", "lm-zz-wenyuanbeilu"),
    ],
)
def test_longzihu_said_with_a_road_of_the_city_is_not_bengbus_district(gz, said, road):
    r, top = _resolve(gz, said, ZHENGZHOU)
    assert top == road, said
    assert "adm-340302" not in [c.place.id for c in r.candidates[:1]], said


def test_a_road_said_after_another_city_is_still_in_that_city(gz):
    _, top = _resolve(gz, "许昌，文化路那边", ZHENGZHOU)
    assert top == "adm-411000"


@pytest.mark.parametrize(
    ("said", "village", "jurisdiction"),
    [
        ("后李庄，有人晕倒了", "adm-410122106220", ZHENGZHOU),
        ("南李庄那块，老太太摔了", "adm-410184102215", ZHENGZHOU),
        ("东黄庄，一个老人摔了", "adm-410223207213", KAIFENG),
    ],
)
def test_a_village_named_with_a_far_towns_name_is_the_centres_village(
    gz, said, village, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == village, said


def test_a_shop_holding_a_far_towns_name_leaves_the_place_said_first(gz):
    _, top = _resolve(gz, "肿瘤医院北边那个奶茶店里", ZHENGZHOU)
    assert top is not None and top.startswith("hosp-hnszlyy"), top


@pytest.mark.parametrize(("said", "town"), [("李庄镇", None), ("林州茶店", "adm-410581114")])
def test_a_far_town_said_as_a_word_of_its_own_is_still_that_town(gz, said, town):
    r, top = _resolve(gz, said, ZHENGZHOU)
    if town is None:
        assert r.candidates[0].place.kind == "town", said
    else:
        assert top == town, said

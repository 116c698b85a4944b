"""Readings learned from location hold-out set 15 by cause, each tested with other places and
phrasings than the set's lines, and with near-misses that must not change."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed

# --- Driving along a road, past or toward another (花园路往北走，过了农业路) ------------------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("农业路往东开，快到花园路了", ZHENGZHOU, "lm-zz-nongyelu"),
        ("金水路往西走，过了经三路", ZHENGZHOU, "lm-zz-jinshuilu"),
        ("建设路往西，快到桐柏路了，车撞了", ZHENGZHOU, "lm-zz-jianshelu"),
        ("中山路往北，快到自由路了", KAIFENG, "lm-kf-zhongshanlu"),
    ],
)
def test_the_road_driven_on_is_where_the_caller_is_not_the_crossing_ahead(
    gz, said, jurisdiction, road
):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said
    assert not (confirmed(r) or "").startswith("xing-"), said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("经三路 金水路往北 五十米", "lm-zz-jingsanlu"),  # no road passed: as before
        ("经三路 过了金水路往北 五十米 有人倒了", "lm-zz-jingsanlu"),
    ],
)
def test_a_road_with_a_way_but_nothing_passed_stays_a_reference(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said


def test_a_crossing_said_as_where_the_caller_is_stays_the_crossing(gz):
    r = gz.resolve(["文化路跟东风路口，快到了"], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == "xing-lm-zz-dongfenglu-lm-zz-wenhualu"


# --- Where the caller is, by a name not held, and a held place beside it --------------------


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("俺搁大石桥这，碧沙岗公园北边", ZHENGZHOU),
        ("我在杜岭街这，紫荆山公园对面", ZHENGZHOU),
    ],
)
def test_the_place_beside_an_unheld_name_is_not_read_back(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("碧沙岗公园北边不远", "lm-zz-bishagang"),  # the place with an offset: the place
        ("俺在屋里这，碧沙岗公园北边", "lm-zz-bishagang"),  # 屋里 names no place
        ("二七塔西边不远", "lm-zz-erqiguangchang"),
    ],
)
def test_a_place_said_with_an_offset_alone_is_still_read_back(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == place, said


# --- A city said as the centre rung or where someone lives, not where the caller is ---------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "city"),
    [
        ("洛阳建设路，我儿子在郑州上班", ZHENGZHOU, "adm-410300"),
        ("焦作人民路，打到郑州了", ZHENGZHOU, "adm-410800"),
        ("新乡平原路上，你们郑州的管不管", ZHENGZHOU, "adm-410700"),
    ],
)
def test_the_city_rung_does_not_take_the_road_from_the_city_said(gz, said, jurisdiction, city):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert not (confirmed(r) or "").startswith("lm-"), said
    assert city in [c.place.id for c in r.candidates[:3]], said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("我在郑州金水路上，开封的能来不", KAIFENG, "lm-zz-jinshuilu"),
        ("在郑州上班，建设路这晕倒了", ZHENGZHOU, "lm-zz-jianshelu"),
        ("俺在郑州建设路", ZHENGZHOU, "lm-zz-jianshelu"),
    ],
)
def test_the_road_of_the_city_the_caller_is_in_stays_first(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said


def test_a_city_said_again_as_where_someone_works_still_says_where(gz):
    r = gz.resolve(["洛阳 建设路 他在洛阳上班"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410300"


# --- A city said as "not that one" after a road named after it (南阳路，不是南阳) -------------


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("南阳路，不是南阳", "lm-zz-nanyanglu"),
        ("嵩山路，不是登封那个嵩山", "lm-zz-songshanlu"),
        ("不是南阳，是南阳路", "lm-zz-nanyanglu"),
    ],
)
def test_the_road_named_after_a_city_said_not_meant_stays(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said


def test_a_place_said_not_meant_is_still_not_read_back(gz):
    r = gz.resolve(["河南大学，不是明伦，是金明那个新的"], jurisdiction=KAIFENG)
    assert confirmed(r) == "edu-4141010475-jinming"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # Someone else said to work at a site, then unwell: they are there, the road said with
        # it only says which one.
        ("我媳妇在正弘城上班，花园路那边，她说喘不上气", "lm-zz-zhenghongcheng"),
        ("我闺女在正弘城上班，就是农业路那块，她说心慌", "lm-zz-zhenghongcheng"),
    ],
)
def test_a_site_someone_else_works_at_is_where_they_are(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place, said


def test_the_callers_own_workplace_stays_a_mark(gz):
    r = gz.resolve(["我在正弘城上班，我妈在家晕了，家在农业路"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-nongyelu"

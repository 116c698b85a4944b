"""Second review of the readings learned from location hold-out set 15, on text of the reviewer's
own: other phrasings of a road passed or not yet reached, of a road marked along the road driven,
and of a city said as the centre rung, with near-misses that must not change."""

import pytest

from gazetteer._context import reference_phrases, without_cities_not_where_now

from .answers import KAIFENG, ZHENGZHOU, confirmed

# --- A road not yet reached or just passed, said other ways (还没到, 马上到, 刚过) -------------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("在东风路，还没到文化路", ZHENGZHOU, "lm-zz-dongfenglu"),
        ("中原路上，还没到嵩山路", ZHENGZHOU, "lm-zz-zhongyuanlu"),
        ("建设路往西，马上到桐柏路了", ZHENGZHOU, "lm-zz-jianshelu"),
        ("南阳路上，快要到农业路了", ZHENGZHOU, "lm-zz-nanyanglu"),
        ("刚过农业路，花园路往北", ZHENGZHOU, "lm-zz-huayuanlu"),
        ("刚过自由路，中山路往南", KAIFENG, "lm-kf-zhongshanlu"),
        ("还没到鼓楼，在中山路上", KAIFENG, "lm-kf-zhongshanlu"),
    ],
)
def test_a_road_not_reached_or_just_passed_is_no_crossing(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said
    assert not (confirmed(r) or "").startswith("xing-"), said


@pytest.mark.parametrize(
    ("said", "crossing"),
    [
        # 刚过来 is a coming, not a road passed; 还没到 said of the ambulance is no mark.
        ("中原路嵩山路口，刚过来", "xing-lm-zz-zhongyuanlu-lm-zz-songshanlu"),
        ("救护车还没到，在中原路桐柏路口", "xing-lm-zz-zhongyuanlu-lm-zz-tongbailu"),
    ],
)
def test_a_crossing_said_beside_a_coming_or_a_wait_stays_the_crossing(gz, said, crossing):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == crossing, said


def test_just_come_over_names_no_road():
    assert reference_phrases("我刚过来 在二七塔这") == ([], "我刚过来 在二七塔这")


def test_a_place_said_after_just_coming_is_still_read_back(gz):
    r = gz.resolve(["我刚过来，在二七塔这"], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == "lm-zz-erqiguangchang"


# --- A road marked along the road driven does not point at the places by its one point -------


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("花园路往南开，过了东风路", "lm-zz-huayuanlu"),
        ("大学路往南，过了陇海路", "lm-zz-daxuelu"),
        ("往北走，花园路，过了东风路了", "lm-zz-huayuanlu"),
        ("金水路往东开，过了文化路", "lm-zz-jinshuilu"),
        ("中原路上 靠秦岭路那边", "lm-zz-zhongyuanlu"),
    ],
)
def test_the_road_driven_stays_above_sites_near_the_road_marked(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # A place said as the reference still points at what is beside it.
        ("碧沙岗公园北边不远", "lm-zz-bishagang"),
        ("二七塔西边不远", "lm-zz-erqiguangchang"),
    ],
)
def test_a_place_reference_with_no_road_driven_is_unchanged(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == place, said


# --- A city said as the centre rung leaves where the caller said they are -------------------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "city"),
    [
        ("我在洛阳，打的是郑州的吗", ZHENGZHOU, "adm-410300"),
        ("我在洛阳，打的郑州的", ZHENGZHOU, "adm-410300"),
        ("我在开封，打的郑州的", ZHENGZHOU, "adm-410200"),
        ("我在新乡，你们郑州的管不管", ZHENGZHOU, "adm-410700"),
        ("我在郑州，打到开封了", KAIFENG, "adm-410100"),
        ("俺在洛阳，建设路，打的是郑州吗", ZHENGZHOU, "adm-410300"),
    ],
)
def test_where_the_caller_is_stays_beside_the_centre_rung(gz, said, jurisdiction, city):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == city, said
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # 打的 as a taxi taken (打的到郑州, 打的去郑州): the city is not the centre rung.
        ("我打的到郑州了，在二七塔", "lm-zz-erqiguangchang"),
    ],
)
def test_a_taxi_taken_is_not_the_centre_rung(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == place, said


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("打的到郑州了", "打的到郑州了"),
        ("打的去郑州的路上", "打的去郑州的路上"),
        ("郑州的管不管 我在郑州", "郑州的管不管 我在郑州"),
    ],
)
def test_a_city_said_otherwise_is_kept(said, kept):
    assert without_cities_not_where_now(said) == kept


def test_a_relative_in_another_city_still_stands_aside(gz):
    # 俺妈在许昌 … 俺在郑州: the caller's own city said beside another, as before.
    r = gz.resolve(["俺妈在许昌，文化路上，俺在郑州"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-411000"

"""What set 36's callers said that the resolver read wrong, in other words: a river or canal the
data does not hold said first as where the caller is, with a road's bridge after it as a mark
(熊耳河北岸，中州大道那个桥); a town named after its water said short, or heard like it, with a
side of the water or a part of a site at it (雁鸣湖南侧, 艳鸣湖北边, 雁鸣湖那个观景台); a water
counted by its measure word after a place (绿博园里头那条河边上) read as 永城's 条河镇; 河财 for
河南财经政法大学; the caller's home city said of themself (俺是郑州人) beside where they are;
黄河景区, the scenic area, not the station named after it. Each with near-misses that keep their
answer."""

import pytest

from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("熊耳河北岸，中州大道那个桥", "lm-zz-zhongzhoudadao"),
        ("潮河岸边，第九大街桥那", "lm-zz-jingkai-dajie9"),
        ("我在七里河沿上，南三环那个桥底下", "lm-zz-nansanhuan"),
    ],
)
def test_a_road_after_a_water_not_held_is_offered_not_read_back(gz, said, road):
    r, top = _resolve(gz, said)
    assert top == road, said
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("第九大街桥那", "lm-zz-jingkai-dajie9"),  # the bridge alone
        ("中州大道上，熊耳河桥南边", "lm-zz-zhongzhoudadao"),  # the road first, the water a mark
    ],
)
def test_a_road_said_alone_or_first_is_still_read_back(gz, said, road):
    r, _ = _resolve(gz, said)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == road, said


def test_a_water_held_keeps_its_own_answer(gz):
    r, _ = _resolve(gz, "龙子湖边上，龙子湖东路那")
    assert "lm-zz-longzihu" in [c.place.id for c in r.candidates[:3]]


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("雁鸣湖南侧", "adm-410122114"),
        ("雁鸣湖那个观景台", "adm-410122114"),
        ("艳鸣湖北边", "adm-410122114"),  # heard like it
        ("中牟县雁鸣湖西边", "adm-410122114"),
        ("巩义米河西岸", "adm-410181100"),
    ],
)
def test_a_towns_water_by_its_side_or_a_site_part_is_not_the_town(gz, said, town):
    r, top = _resolve(gz, said)
    assert top == town, said
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("雁鸣湖镇西边", "adm-410122114"),  # the town in full
        ("雁鸣湖那边", "adm-410122114"),  # 那边 says where the town is
        ("中牟县雁鸣湖镇政府门口", "adm-410122114"),
    ],
)
def test_the_town_said_as_a_town_is_still_read_back(gz, said, town):
    r, _ = _resolve(gz, said)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == town, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("绿博园里头那条河边上", "lm-zz-zhengzhoulvboyuan"),
        ("郑州大学主校区西边，那条河堤上", "edu-4141010459-zhuxiaoqu"),
    ],
)
def test_a_water_counted_by_its_measure_word_is_no_town(gz, said, place):
    r, top = _resolve(gz, said)
    assert top == place, said
    ids = [c.place.id for c in r.candidates]
    assert "adm-411481125" not in ids and "adm-411422205" not in ids, said


def test_the_town_whose_name_begins_with_the_measure_word_stays(gz):
    _, top = _resolve(gz, "永城条河镇政府")
    assert top == "adm-411481125"


@pytest.mark.parametrize(
    ("said", "campus"),
    [
        ("河财的龙子湖校区宿舍楼", "edu-4141010484-longzihu"),
        ("河财北门", None),  # which campus is asked
    ],
)
def test_hecai_is_the_university_of_finance_and_law(gz, said, campus):
    r, top = _resolve(gz, said)
    assert top is not None and top.startswith("edu-4141010484"), said
    if campus is not None:
        assert r.question.kind == "confirm" and r.question.options[0].place.id == campus, said


@pytest.mark.parametrize(
    ("said", "city"),
    [
        ("深圳深南大道上，俺是郑州人", "adm-440300"),
        ("杭州西湖边上，我们是开封人", "adm-330100"),
    ],
)
def test_the_callers_home_city_is_not_where_they_are(gz, said, city):
    r, _ = _resolve(gz, said)
    ids = [c.place.id for c in r.candidates]
    assert city in ids, said
    home = "adm-410100" if "郑州" in said else "adm-410200"
    assert home not in ids or ids.index(city) < ids.index(home), said


def test_the_callers_home_county_beside_a_landmark_of_the_city(gz):
    r, _ = _resolve(gz, "俺们是新郑人，在郑州二七塔这")
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-zz-erqiguangchang"


def test_a_hospital_begun_with_the_city_and_people_is_still_the_hospital(gz):
    r, top = _resolve(gz, "俺是郑州人民医院的护士")
    assert top is not None and top.startswith("hosp-zzrmyy")


SCENIC_AREA = "lm-zz-zhengzhouhuanghefengjingmingshengqu"
STATION = "lm-zz-huanghejingquzhan"


@pytest.mark.parametrize("said", ["黄河景区售票处", "我们在郑州黄河景区玩，孩子摔了"])
def test_the_scenic_area_said_by_its_common_name_is_not_the_station(gz, said):
    r, top = _resolve(gz, said)
    assert top == SCENIC_AREA, said
    assert r.question.kind == "confirm", said


@pytest.mark.parametrize("said", ["黄河景区城际站", "黄河景区站出站口"])
def test_the_station_said_with_its_word_stays_the_station(gz, said):
    _, top = _resolve(gz, said)
    assert top == STATION, said

"""Stations by their side alone (西站, 北站), a destination said beside where the caller is
(去洛阳的车), and a 社区 called the 小区 it is named after."""

import pytest

from gazetteer import Jurisdiction, load_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_a_station_by_its_side_alone_is_offered_not_read_back(gz):
    r = gz.resolve(["西站进站口"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhouxizhan"
    assert r.question.kind != "confirm"


def test_a_station_by_its_side_with_its_city_is_read_back(gz):
    r = gz.resolve(["西站，郑州的"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-zz-zhengzhouxizhan"


def test_another_citys_station_side_is_no_contradiction_of_the_city_said(gz):
    # 开封北站 is a 北站 too; 郑州's own (the marshalling yard) is held since set 17.
    r = gz.resolve(["郑州北站那边"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "contradiction"
    assert r.candidates[0].place.id == "lm-zz-zhengzhoubeizhan"


def test_a_destination_is_not_against_where_the_caller_is(gz):
    r = gz.resolve(["郑州东站，去洛阳的车"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-zz-zhengzhoudongzhan"


@pytest.mark.parametrize(
    ("said", "place"), [("碧沙岗小区", "adm-410102001002"), ("一中小区", "adm-410102001008")]
)
def test_a_community_is_found_as_the_estate_it_is_named_after(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


def test_a_station_side_starting_a_road_name_is_the_road():
    r = load_gazetteer().resolve(["中原区西站北街"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410102"


def test_a_square_of_the_east_station_said_in_pinyin_is_that_station(gz):
    # 郑州东站 has an east and a west square, named as 郑州站's are: not 郑州站's square.
    r = gz.resolve(["dongzhan xi guangchang"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhoudongzhan"

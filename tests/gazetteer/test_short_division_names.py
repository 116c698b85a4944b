"""Divisions as callers shorten them: a district without the people it is named for (瀍河区),
a town without its level word (通许竖岗), a village after its town's short name (五里河史庄),
a town's own street (高阳镇街上)."""

import pytest

from gazetteer import Jurisdiction
from gazetteer._layers import town_short

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_a_district_named_for_a_people_is_found_without_it(gz):
    r = gz.resolve(["洛阳瀍河区"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410304"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("通许竖岗", "adm-410222101"),
        ("杞县五里河史庄", "adm-410221101201"),
        ("高阳镇街上", "adm-410221104"),
    ],
)
def test_a_town_or_village_said_short_is_read_back(gz, said, place):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize("said", ["铭功路上", "德化街步行街", "繁塔那边"])
def test_a_sub_district_named_after_a_road_or_site_is_not_read_back_without_its_level_word(
    gz, said
):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert not (r.question.kind == "confirm" and r.question.options[0].place.kind == "town")


def test_a_village_stays_unread_under_the_wrong_town(gz):
    # 七里堂村 lies in 五里河镇, not 高阳镇.
    r = gz.resolve(["杞县高阳七里堂"], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"


def test_town_short_keeps_two_characters_at_least():
    assert town_short("竖岗镇") == "竖岗"
    assert town_short("圉镇镇") == "圉镇"
    assert town_short("城镇") is None


@pytest.mark.parametrize(
    ("said", "place"), [("中原区林山寨", "adm-410102001"), ("龙亭区北书店", "adm-410202001")]
)
def test_a_sub_district_without_its_level_word_after_its_county_is_read_back(gz, said, place):
    r = gz.resolve([said], jurisdiction=KAIFENG if place.startswith("adm-4102") else ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize("said", ["二七区铭功路", "金水区丰产路"])
def test_a_road_after_a_county_is_not_the_sub_district_named_after_it(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert not (r.question.kind == "confirm" and r.question.options[0].place.kind == "town")


@pytest.mark.parametrize(
    ("said", "street_office"),
    [
        ("仙人庄，俺妈摔了", "adm-410204008"),  # 仙人庄街道, which holds 仙人庄社区
        ("梁苑那边", "adm-410202007"),  # 梁苑街道, which holds 梁苑社区
    ],
)
def test_a_street_office_named_after_its_village_is_found_without_its_level_word(
    gz, said, street_office
):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates and r.candidates[0].place.id == street_office


def test_a_street_office_named_after_its_village_is_offered_beside_it(gz):
    r = gz.resolve(["五里堡那块儿"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert {"adm-410103006", "adm-410103006004"} <= {c.place.id for c in r.candidates}


def test_a_street_office_named_after_a_road_is_still_the_road(gz):
    r = gz.resolve(["铭功路"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-minggonglu"

"""A city said, a pause, then a road whose name starts with a direction (西安，东大街): the city
is where the caller is, not the first words of a road named after it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "city"),
    [
        ("西安 东大街 路口 老人摔了", "adm-610100"),
        ("西安，东大街那边 俺妈摔了", "adm-610100"),
    ],
)
def test_the_city_said_before_the_road_comes_first(gz, said, city):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == city, said
    assert r.question.kind != "confirm"

"""A station said by its own name is where the caller is: the hospitals by its squares, which
the same name points at, are offered below it, not as other answers to choose from."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize("said", ["郑州站", "郑州火车站", "郑州站西广场"])
def test_a_station_said_alone_is_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-zz-zhengzhouzhan"
    # The hospitals beside it stay on offer.
    assert any(c.place.kind == "hospital_branch" for c in r.candidates[1:])


@pytest.mark.parametrize(
    "said",
    [
        "郑州站那个医院",  # the hospital by the station was asked for
        "火车站",  # every city has one
    ],
)
def test_a_hospital_asked_for_or_a_common_name_is_not_read_back_as_the_station(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


def test_a_road_said_alone_still_offers_the_hospitals_on_it(gz):
    r = gz.resolve(["纬五路"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "choose"
    assert r.question.options[0].place.kind == "road"

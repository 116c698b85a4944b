"""A landmark said with 那边 or 那块 (somewhere around it) beside another place names where the
caller is near, not where they are."""

import pytest

from gazetteer import Jurisdiction, load_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("said", "jurisdiction", "reference"),
    [
        ("开封府 包公湖那边", KAIFENG, "lm-kf-baogonghu"),
        ("龙亭 清明上河园那边", KAIFENG, "lm-kf-qingmingshangheyuan"),
        ("禹王台公园，铁塔那边", KAIFENG, "lm-kf-tieta"),
    ],
)
def test_a_landmark_said_around_is_not_read_back(gz, said, jurisdiction, reference):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id == reference)


def test_a_place_said_beside_a_landmark_around_ranks_first(gz):
    r = gz.resolve(["开封府 包公湖那边"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-kaifengfu"


def test_a_landmark_said_around_alone_is_still_offered(gz):
    r = gz.resolve(["铁塔那边"], jurisdiction=KAIFENG)
    assert r.candidates and r.candidates[0].place.id == "lm-kf-tieta"

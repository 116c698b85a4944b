"""Two roads said as a crossing the data holds no point for: the held road is where the caller
is, ahead of a site named after one of the roads."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "road"),
    [
        ("大学路优胜北路口", ZHENGZHOU, "lm-zz-daxuelu"),
        ("东京大道跟五大街路口", KAIFENG, "lm-kf-dongjingdadao"),
    ],
)
def test_a_crossing_said_ranks_its_held_road_before_a_site_named_after_the_other(
    gz, said, where, road
):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == road
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road


def test_a_held_crossing_is_still_the_answer(gz):
    r = gz.resolve(["大学路陇海路口"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.kind == "crossing"

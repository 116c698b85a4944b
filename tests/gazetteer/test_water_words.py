"""The words said at a water's edge are one list for every reading of a water: a side said with
沿 (西沿, 北沿) is the water's side for a town named after its water as it was already for a river
said first as where the caller is; a water said twice is read where each is said."""

import pytest

from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("雁鸣湖北沿", "adm-410122114"),
        ("中牟雁鸣湖东沿上", "adm-410122114"),
    ],
)
def test_a_towns_water_by_a_side_said_with_its_edge_is_not_the_town(gz, said, town):
    r, top = _resolve(gz, said)
    assert top == town, said
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("东风渠西沿，花园路那个桥", "lm-zz-huayuanlu"),
        ("熊耳河南沿，中州大道桥底下", "lm-zz-zhongzhoudadao"),
    ],
)
def test_a_road_after_a_water_said_by_its_side_is_offered(gz, said, road):
    r, top = _resolve(gz, said)
    assert top == road, said
    assert r.question.kind != "confirm", said


def test_the_town_said_in_full_with_a_side_stays_the_town(gz):
    r, top = _resolve(gz, "雁鸣湖镇北沿")
    assert top == "adm-410122114"
    assert r.question.kind == "confirm"

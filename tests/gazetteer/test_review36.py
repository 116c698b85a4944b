"""The second review of set 36's learning, in other words than its probe: a river or canal not
held whose name begins with a district's (金水河, 惠济河) or sounds like one (东风渠 as 东风区)
said first as where the caller is, a road's bridge after it as a mark — the road offered, not the
district; the caller's home said by their home or papers (老家是巩义的, 户口落在荥阳) beside
where they are. Near-misses keep their answer: the district said with 区, the road said first,
老家在X alone (where the old folks may be)."""

import pytest

from .answers import KAIFENG, ZHENGZHOU
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("俺在东风渠沿上，紫荆山路桥", "lm-zz-zijingshanlu", ZHENGZHOU),
        ("东风渠堤上，经三路桥北头", "lm-zz-jingsanlu", ZHENGZHOU),
        ("金水河上，经三路那个桥", "lm-zz-jingsanlu", ZHENGZHOU),
        ("惠济河边，自由路桥", "lm-kf-ziyoulu", KAIFENG),
    ],
)
def test_a_water_named_like_a_district_is_the_water_and_the_road_offered(
    gz, said, road, jurisdiction
):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == road, said
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("金水区，经三路桥这", "lm-zz-jingsanlu"),  # the district said with 区
        ("经三路上，东风渠桥南边", "lm-zz-jingsanlu"),  # the road said first
    ],
)
def test_the_district_said_whole_or_the_road_first_keeps_the_road_read_back(gz, said, road):
    r, _ = _resolve(gz, said)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("老家登封哩，在经一路上", "lm-zz-jingyilu"),
        ("老家是新密的，就在经三路桥这", "lm-zz-jingsanlu"),
    ],
)
def test_the_callers_home_or_papers_is_not_where_they_are(gz, said, place):
    _, top = _resolve(gz, said)
    assert top == place, said


def test_a_city_named_after_a_water_is_said_as_itself(gz):
    _, top = _resolve(gz, "漯河，经三路")
    assert top == "adm-411100", "漯河，经三路"


def test_a_home_said_alone_may_be_where_the_old_folks_are(gz):
    _, top = _resolve(gz, "我老家在巩义，老人在家摔了")
    assert top == "adm-410181", "我老家在巩义"

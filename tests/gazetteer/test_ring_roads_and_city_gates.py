"""郑州's 东三环 (SOURCES.md, "郑州's 东三环 and 开封's city gates"), found by what callers say
in other words than the probe's lines: the ring road said alone or with where on it; the ring roads
already held keep theirs; the ring roads not held, and 开封's 东环路, confirm nothing."""

import pytest

from .answers import KAIFENG, ZHENGZHOU
from .answers import confirmed as _confirmed


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        # 东三环 said alone went to 西三环站, 北三环站 or 南三环站 before (all three offered).
        ("东三环 往南 有个人倒在路边", ZHENGZHOU, "lm-zz-dongsanhuan"),
        ("东三环路上 电动车摔了", ZHENGZHOU, "lm-zz-dongsanhuan"),
    ],
)
def test_the_east_third_ring_is_found_by_what_callers_say(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert _confirmed(r) == place


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("西三环 往北", ZHENGZHOU, "lm-zz-xisanhuan"),
        ("南四环 路边", ZHENGZHOU, "lm-zz-nansihuan"),
    ],
)
def test_the_ring_roads_held_keep_their_names(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        # The ring roads not held are no held ring road.
        ("北四环 桥底下", ZHENGZHOU),
        ("西四环 路边", ZHENGZHOU),
        ("东四环 上面 追尾", ZHENGZHOU),
        # 开封's 东环路 is not 郑州's 东三环.
        ("开封 东环路", KAIFENG),
    ],
)
def test_a_ring_road_not_held_confirms_nothing(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm"

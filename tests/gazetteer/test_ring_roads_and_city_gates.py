"""郑州's 东三环 (SOURCES.md, "郑州's 东三环 and 开封's city gates") and the fourth ring's
east, west and north sides (SOURCES.md, "Names callers use, roads, malls, night markets and
城中村"), found by what callers say in other words than the probes' lines: the ring road said
alone or with where on it; the ring roads already held keep theirs; 开封's 东环路 confirms
nothing."""

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
        # Said alone, each side went to 南四环 or its station before, or to nothing.
        ("西四环 辅道上 有人倒了", ZHENGZHOU, "lm-zz-xisihuan"),
        ("东四环路 往北 车翻了", ZHENGZHOU, "lm-zz-dongsihuan"),
        # The north side is 大河路, by its ring name.
        ("北四环路 桥上 摔了一个", ZHENGZHOU, "lm-zz-dahelu"),
    ],
)
def test_the_fourth_ring_is_found_by_each_side(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("西三环 往北", ZHENGZHOU, "lm-zz-xisanhuan"),
        ("南四环 路边", ZHENGZHOU, "lm-zz-nansihuan"),
        # The south side keeps its own name with the other sides held.
        ("南四环快速路 桥底下", ZHENGZHOU, "lm-zz-nansihuan"),
    ],
)
def test_the_ring_roads_held_keep_their_names(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        # 开封's 东环路 is not 郑州's 东三环.
        ("开封 东环路", KAIFENG),
    ],
)
def test_a_ring_road_not_held_confirms_nothing(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm"

"""Second review of set 34's learning, in other words and places than the learner's: a village
said without 村 as a word of its own with its county (巩义那个两河口那边; 荥阳，兴国寺这儿) is
the county's one village of the name when a sure name lies inside its word (河口, 兴国), when the
word names only villages elsewhere (兰考的，牛王庙: 洛阳's and 南阳's), or with a pointing word
after it (登封，雷家沟那); a name two villages of the county share, a town's short name and a
village said alone keep their reading. A reference said after 旁边就是, 挨着 or 靠近 whose name
begins the road the caller said first (在鼓楼街，挨着鼓楼) is the reference only where it is cued:
the road is where the caller is; a district said first (鼓楼区 … 离鼓楼不远) and a reference with
nothing else said keep their reading."""

import pytest

from gazetteer import Gazetteer, Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "village"),
    [
        # A sure name inside the word (河口 of 两河口, 南河口; 兴国 of 兴国寺).
        ("巩义那个两河口那边", ZHENGZHOU, "adm-410181100209"),
        ("荥阳，兴国寺这儿", ZHENGZHOU, "adm-410182102214"),
        ("通许的，南河口", KAIFENG, "adm-410222101210"),
        # A name only villages of other counties bear, said whole.
        ("兰考的，牛王庙", KAIFENG, "adm-410225001215"),
        # A pointing word said right after the name.
        ("登封，雷家沟那", ZHENGZHOU, "adm-410185002209"),
    ],
)
def test_a_village_said_short_with_its_county_is_read(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction, village: str
) -> None:
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == village, said
    assert r.question.kind != "ask_more", said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == village, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "kept"),
    [
        # A town's short name with its county: the town, not its seat village.
        ("荥阳，刘河那", ZHENGZHOU, "adm-410182108"),
        ("新郑那个龙湖", ZHENGZHOU, "adm-410184109"),
    ],
)
def test_a_town_said_short_with_its_county_stays_the_town(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction, kept: str
) -> None:
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == kept, said


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        # Two 竹园村 in 荥阳: the word names neither.
        ("荥阳那个竹园", ZHENGZHOU),
        # No county said: the village of 巩义 is not picked out.
        ("两河口", ZHENGZHOU),
        ("牛王庙", KAIFENG),
    ],
)
def test_a_village_name_with_nothing_to_tell_which_is_not_read_back(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction
) -> None:
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm" or r.question.options[0].place.kind != "village", said


@pytest.mark.parametrize(
    "said",
    ["在鼓楼街，挨着鼓楼", "鼓楼街这，旁边就是鼓楼"],
)
def test_a_reference_that_begins_the_road_said_leaves_the_road(gz: Gazetteer, said: str) -> None:
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-guloujie", said
    assert r.question.options[0].place.id == "lm-kf-guloujie", said


@pytest.mark.parametrize(
    ("said", "first"),
    [
        # Another road with the same reference: the road, as before.
        ("在书店街，旁边就是鼓楼", "lm-kf-shudianjie"),
        # The reference with nothing else said: the landmark.
        ("在鼓楼旁边", "lm-kf-gulou"),
        # A district said first that the reference's name begins: the road said after it.
        ("鼓楼区 中山路上 离鼓楼不远", "lm-kf-zhongshanlu"),
    ],
)
def test_a_reference_not_inside_the_road_said_keeps_its_reading(
    gz: Gazetteer, said: str, first: str
) -> None:
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == first, said

"""A road said, then the 街道 named after it with a word pointing at it (上街济源路，济源路街道那):
the caller says where on the road they are, and the road is the place, never the 街道 read
back. The 街道 said alone, with its district or office, or after another road, stands."""

import pytest

from .answers import ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "road", "division"),
    [
        ("中原区秦岭路，秦岭路街道那", "lm-zz-qinlinglu", "adm-410102004"),
        ("二七区长江路，长江路街道这", "lm-zz-changjianglu", "adm-410103013"),
        ("南阳路，南阳路街道那块", "lm-zz-nanyanglu", "adm-410105006"),
        ("大学路，大学路街道那儿", "lm-zz-daxuelu", "adm-410103007"),
        ("上街中心路，中心路街道那个", "lm-zz-zhongxinlu-shangjie", "adm-410106002"),
        ("我在兴达路上，兴达路街道这边", "lm-zz-xingdalu", "adm-410105016"),
    ],
)
def test_a_road_said_before_its_street_division_is_the_road(gz, said, road, division):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, (said, [c.place.id for c in r.candidates])
    assert confirmed(r) != division, said


@pytest.mark.parametrize(
    ("said", "division"),
    [
        ("二七区大学路街道", "adm-410103007"),
        ("南阳路街道那边", "adm-410105006"),
        ("中原区秦岭路街道办事处", "adm-410102004"),
        ("兴达路街道，金水区那个", "adm-410105016"),
    ],
)
def test_the_street_division_said_without_its_road_stands(gz, said, division):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == division, (said, [c.place.id for c in r.candidates])


def test_a_street_division_after_another_road_is_not_that_road(gz):
    # 秦岭路 is not 长江路: the 街道 of another road is not read as the road said before it.
    r = gz.resolve(["中原区秦岭路，长江路街道那"], jurisdiction=ZHENGZHOU)
    assert "lm-zz-changjianglu" not in {c.place.id for c in r.candidates[:1]}
    assert confirmed(r) not in ("lm-zz-changjianglu", "lm-zz-qinlinglu")


def test_the_road_and_its_division_said_without_pointing_stay_as_they_were(gz):
    # Said again with its level word and nothing pointing at it (大学路 大学路街道), the caller
    # may be putting the name right: the 街道 as before.
    r = gz.resolve(["大学路 大学路街道"], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == "adm-410103007"

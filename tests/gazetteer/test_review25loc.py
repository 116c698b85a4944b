"""A 街道 named after a road, said after that road with a pointing word, is read as the road only
when the words say where on the road: when they go on to the 街道's office or one of its 社区, or
the call names the county holding the 街道 and no road of that name, the caller is in the 街道."""

import pytest

from .answers import ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "division"),
    [
        (["南阳路，南阳路街道这个办事处"], "adm-410105006"),
        (["长江路上，长江路街道那个街道办门口"], "adm-410103013"),
        (["大学路", "大学路街道那的办事处"], "adm-410103007"),
        (["兴达路，兴达路街道这个居委会"], "adm-410105016"),
    ],
)
def test_the_office_of_the_division_after_its_road_is_the_division(gz, said, division):
    r = gz.resolve(said, jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == division, (said, [c.place.id for c in r.candidates])
    assert confirmed(r) in (division, None), said


@pytest.mark.parametrize(
    ("said", "division"),
    [
        (["长江路，长江路街道这的社区"], "adm-410103013"),
        (["兴达路，兴达路街道这个社区"], "adm-410105016"),
    ],
)
def test_a_community_of_the_division_after_its_road_keeps_the_division(gz, said, division):
    r = gz.resolve(said, jurisdiction=ZHENGZHOU)
    assert division in [c.place.id for c in r.candidates[:3]], (said, r.candidates[:3])


@pytest.mark.parametrize(
    ("said", "division"),
    [
        ("巩义新华路上，新华路街道这边", "adm-410181001"),
        ("新密市新华路，新华路街道那块", "adm-410183002"),
        ("中牟县东风路，东风路街道这边", "adm-410122002"),
        ("新密西大街，西大街街道那", "adm-410183003"),
    ],
)
def test_the_division_of_a_county_named_with_no_such_road_stands(gz, said, division):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == division, (said, [c.place.id for c in r.candidates])


@pytest.mark.parametrize(
    ("said", "road"),
    [
        # Near-misses: the road's own district named, or words after the pointing word that
        # are no office (路口): still the road.
        ("金水东风路，东风路街道这边", "lm-zz-dongfenglu"),
        ("管城区西大街，西大街街道那块", "lm-zz-xidajie"),
        ("南阳路，南阳路街道那个路口", "lm-zz-nanyanglu"),
        ("上街济源路，济源路街道那", "lm-zz-jiyuanlu"),
    ],
)
def test_the_road_with_its_own_district_or_no_office_is_still_the_road(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, (said, [c.place.id for c in r.candidates])

"""What set 43's callers (commerce and industry in 郑州 and 开封) said that the resolver read back
wrong, in other words: a district said as where the caller is, with a road said only as what
the place is near (管城区，离紫荆山路不远; 惠济区，靠近江山路), is the district, not the road,
which runs on through it: the road is offered after it, and nothing is read back to confirm.
A road said as where the caller is, with the same words of what is near (文化路上，
离北三环不远), stays the road. A store named, then a road said as which of its branches
(苏宁电器，中州大道这家), is where the caller is: the road is not read back to confirm.
A town's short name said as the first words of a market's or a wholesaler's name (古荥批发站) is
that site, not the town, which is offered, not read back; said in full it stays the town.
A hospital said with a side's 院 none of its held sites is named by (郑州人民医院西院) is another
site, not held: its one held site is not read back."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "district", "road", "jurisdiction"),
    [
        ("管城区，离紫荆山路不远，老人摔了", "adm-410104", "lm-zz-zijingshanlu", ZHENGZHOU),
        ("就在二七区，靠近京广路那边", "adm-410103", "lm-zz-jingguangnanlu", ZHENGZHOU),
        ("中原区这块，离建设路很近", "adm-410102", "lm-zz-jianshelu", ZHENGZHOU),
        ("禹王台区，离东京大道不远", "adm-410205", "lm-kf-dongjingdadao", KAIFENG),
    ],
)
def test_a_district_with_a_road_said_only_as_near_is_the_district(
    gz, said, district, road, jurisdiction
):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == district, said
    assert confirmed(r) is None, said
    assert road in [o.place.id for o in r.question.options] + [c.place.id for c in r.candidates]


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("金水区花园路上，离北三环不远", "lm-zz-huayuanlu"),
        ("紫荆山路上，离金水路不远", "lm-zz-zijingshanlu"),
    ],
)
def test_a_road_said_as_where_the_caller_is_stays_the_road(gz, said, road):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == road, said


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("国美，北三环这家店，有人摔了", ZHENGZHOU),
        ("苏宁电器，中州大道这家，店员晕了", ZHENGZHOU),
        ("迪卡侬，中州大道那家，一个小孩磕着头了", ZHENGZHOU),
    ],
)
def test_a_road_said_as_which_branch_of_a_store_is_not_read_back(gz, said, jurisdiction):
    r, _ = _resolve(gz, said, jurisdiction)
    assert confirmed(r) is None, said


def test_a_road_said_as_where_the_caller_is_after_a_pause_is_still_read_back(gz):
    r, top = _resolve(gz, "北三环上，追尾了", ZHENGZHOU)
    assert top == "lm-zz-beisanhuan"


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("古荥批发站，卸车的摔了", "adm-410108101"),
        ("古荥批发部后头，有人从车上掉下来", "adm-410108101"),
    ],
)
def test_a_town_said_as_the_first_words_of_its_market_is_not_read_back(gz, said, town):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    assert confirmed(r) != town, said


def test_a_town_said_in_full_before_a_market_word_is_still_read_back(gz):
    r, top = _resolve(gz, "古荥镇，有人晕倒了", ZHENGZHOU)
    assert top == "adm-410108101"


@pytest.mark.parametrize(
    "said", ["郑州人民医院西院，急诊那块", "郑州市人民医院东院，有个病人不行了"]
)
def test_a_hospital_said_with_a_side_site_not_held_is_not_read_back(gz, said):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    assert confirmed(r) is None, said


def test_a_site_held_by_its_side_is_still_the_site(gz):
    _, top = _resolve(gz, "一附院南院，急诊门口", ZHENGZHOU)
    assert top == "hosp-zzu-1-nan"

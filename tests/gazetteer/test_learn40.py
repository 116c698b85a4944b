"""What set 40's callers said that the resolver read back wrong, in other words: a village said
with its 村 and then its name again as the start of a thing named after it (双庙村，双庙那个
小卖部): the caller said their village twice, not a town of another city so named whose seat
village bears the name too; a town of the centre's own area so named still says which village."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "village", "jurisdiction"),
    [
        ("双庙村，双庙那个小卖部门口", "adm-410185103203", ZHENGZHOU),
        ("陡沟村，陡沟那个桥头上", "adm-410173401202", ZHENGZHOU),
        ("枣林村，枣林那个坑边上", "adm-410222105220", KAIFENG),
        ("白潭村，白潭卫生室里", "adm-410223104209", KAIFENG),
    ],
)
def test_a_village_said_again_by_its_name_is_the_centres_not_a_far_towns(
    gz, said, village, jurisdiction
):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == village, said
    assert confirmed(r) in (None, village), said


def test_a_far_town_said_with_its_level_before_its_village_is_still_that_town(gz):
    _, top = _resolve(gz, "双庙乡双庙村", ZHENGZHOU)
    assert top == "adm-411723211200"


def test_a_town_of_the_centre_said_again_after_its_village_still_says_which(gz):
    r, _ = _resolve(gz, "古荥村，古荥那个桥边", ZHENGZHOU)
    assert confirmed(r) == "adm-410108101200"

"""What set 39's callers said that the resolver read back wrong, in other words: a place said
first by its kind (巩义市中院, 管城区社区卫生服务…) and then, in a clause of its own, the road it
stands on as where it is (杜甫路那个): the caller is at the place, not anywhere on the road, so
the road is offered, not read back. A road said after a division only is still read back."""

import pytest

from .answers import ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("巩义市中院，杜甫路那个", "lm-zz-dufulu"),
        ("新郑市中院，人民路那个", "lm-zz-renminlu-xinzheng"),
        ("管城区社区卫生服务…城东路那个", "lm-zz-chengdonglu"),
    ],
)
def test_a_road_said_after_a_place_said_by_its_kind_is_offered_not_read_back(gz, said, road):
    r, top = _resolve(gz, said, ZHENGZHOU)
    assert road in [c.place.id for c in r.candidates[:3]], said
    assert confirmed(r) is None, said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("中原区，建设路上那个", "lm-zz-jianshelu"),
        ("巩义，杜甫路那个", "lm-zz-dufulu"),
    ],
)
def test_a_road_said_after_a_division_only_is_still_read_back(gz, said, road):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    assert confirmed(r) == road, said

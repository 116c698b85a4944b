"""A road said and then its section (中原路，中原西路那个) is the caller putting the road right,
not two roads that cross: no crossing of the two is read back, and both stay on offer."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "roads"),
    [
        ("中原路，不对，中原西路那个", {"lm-zz-zhongyuanlu", "lm-zz-zhongyuanxilu"}),
        ("在建设路上，就是建设西路，路边上", {"lm-zz-jianshelu", "lm-zz-jianshexilu"}),
    ],
)
def test_no_crossing_of_a_road_with_its_own_section(gz, said, roads):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    ids = [c.place.id for c in r.candidates]
    assert not any(i.startswith("xing-") for i in ids), ids
    assert r.candidates[0].place.id in roads


def test_a_section_and_another_road_still_cross(gz):
    r = gz.resolve(["建设西路跟桐柏路"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "xing-lm-zz-jianshexilu-lm-zz-tongbailu"

"""Two places nothing said separates are ordered by the prior from data, whose last term is a
place's own known children (`_prominence`). That term is smaller than the prior's rounding when
the counts are close (郑州's 中原路 and 中原西路, whose alias it also is, 208 and 209 children), so
whether the rounding kept it turned on how many places the city held elsewhere: a police station
added in 金水区 reordered the two roads for a caller on 中原西路. The children are read whole."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    "said",
    ["中原西路66号 公交站牌", "中原西路 公交站 往东走", "中原西路 路边"],
)
def test_the_road_said_by_its_own_name_comes_first_of_the_two(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert [c.place.id for c in r.candidates[:2]] == ["lm-zz-zhongyuanxilu", "lm-zz-zhongyuanlu"]


def test_the_road_said_by_its_other_name_keeps_its_place(gz):
    r = gz.resolve(["中原路 路边"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhongyuanlu"

"""A county-level city heard wrong (登峰 for 登封) and a road named like one of its 街道 (中岳大街,
中岳街道): the city's sound reading run on into the road's first words is a name cut by a road
word, so the road the caller is on ranks first, not the 街道."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("登峰市中岳大街，饭店门口", "lm-zz-zhongyuedajie"),
        ("登峰中岳大街上，有人倒了", "lm-zz-zhongyuedajie"),
        ("公义市孝义路，门口", "lm-zz-xiaoyilu"),
    ],
)
def test_the_road_ranks_before_the_jiedao(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said

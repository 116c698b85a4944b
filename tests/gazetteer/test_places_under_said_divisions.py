"""A town or village said right after the county it lies in, as people shorten it: the first
character and the level word (巩义回镇 for 回郭镇), by sound (typed pinyin, or a homophone of the
county), without its level word, and a village said as 村 that is held as the community it has
become (新郑郭店 海寨村 for 海寨社区)."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("巩义回镇 街上 有人晕倒", ZHENGZHOU, "adm-410181113"),
        ("新郑郭店 海寨村 村口", ZHENGZHOU, "adm-410184108002"),
        ("新郑 郭店 海寨村", ZHENGZHOU, "adm-410184108002"),
    ],
)
def test_the_unit_under_the_county_said_ranks_first(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == place


def test_a_town_shortened_to_one_character_is_offered_not_read_back(gz):
    r = gz.resolve(["巩义回镇"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"

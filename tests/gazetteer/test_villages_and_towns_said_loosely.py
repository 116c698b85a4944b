"""Towns and villages said loosely beside the division that holds them: a village one character
short after its town, or written as it sounds; a community typed in pinyin as the village it
was; a town one character short after its county, or said before it; and the town never read
back while the caller named a village under it that the data does not hold (after a pause, or
typed in pinyin)."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("五里河镇七堂村", "adm-410221101204"),  # 七里堂村 of 杞县 五里河镇, without its 里
        ("冯庄乡梁岗村", "adm-410222200214"),  # 梁墓岗村 of 通许县 冯庄乡, without its 墓
    ],
)
def test_a_village_one_character_short_after_its_town_ranks_first(gz, said, village):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == village


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("兰考三义寨乡 夹和滩村", "adm-410225201244"),  # 夹河滩村
        ("兰考葡萄架乡 南家破村", "adm-410225208201"),  # 南家坡村
    ],
)
def test_a_village_written_as_it_sounds_after_its_town_is_that_village(gz, said, village):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == village


def test_a_community_typed_as_the_village_it_was_is_that_community(gz):
    # 华阳寨社区 of 新郑 郭店镇, typed as 华阳寨村.
    r = gz.resolve(["guodian zhen huayangzhai cun"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410184108001"


def test_a_town_one_character_short_after_its_county_finds_its_village(gz):
    # 杞县 五里河镇 said as 五河镇, then its 七里堂村 without its 村.
    r = gz.resolve(["杞县五河镇 七里堂"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410221101204"


def test_a_town_one_character_short_alone_is_offered(gz):
    r = gz.resolve(["杞县五河镇"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410221101"
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("蜜蜂张 二七区那边", "adm-410103005"),  # 蜜蜂张街道
        ("林山寨 中原区那块", "adm-410102001"),  # 林山寨街道
    ],
)
def test_a_town_said_before_its_county_ranks_above_the_county(gz, said, town):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == town


@pytest.mark.parametrize(
    "said",
    [
        "通许县四所楼镇 街北头 赵家村",  # a village after a pause, none so named there
        "sisuolou zhen gouzhai",  # pinyin no name reads
        "tongxu sisuolou zhen sunjiazhai",  # pinyin read only as another county's place
    ],
)
def test_an_unheld_village_said_after_the_town_never_confirms_the_town(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert r.candidates[0].place.id == "adm-410222103"


def test_a_town_typed_alone_in_pinyin_is_still_read_back(gz):
    r = gz.resolve(["tongxu sisuolou zhen"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "adm-410222103"

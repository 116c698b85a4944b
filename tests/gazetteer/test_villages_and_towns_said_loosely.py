"""Towns and villages said loosely beside the division that holds them: a village one character
short after its town, a community typed in pinyin as the village it was, a town one character
short after its county or said before it; and the town never read back while the caller named a
village under it that the data does not hold (after a pause, or typed in pinyin)."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "village"),
    [
        # 石槽李村 of 十八里镇 (尉氏县), said without its 槽.
        ("十八里镇石李村", KAIFENG, "adm-410223106205"),
        # 柏树刘社区 of 龙湖镇 (新郑市), the village said without its 树.
        ("龙湖镇柏刘村", ZHENGZHOU, "adm-410184109011"),
    ],
)
def test_a_village_one_character_short_after_its_town_ranks_first(gz, said, where, village):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == village


def test_a_community_typed_as_the_village_it_was_is_that_community(gz):
    # 郑老庄社区 of 龙湖镇, typed as 郑老庄村.
    r = gz.resolve(["longhu zhen zhenglaozhuang cun"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410184109005"


def test_a_town_one_character_short_after_its_county_finds_its_village(gz):
    # 祥符区 八里湾镇 said as 八湾镇, then its village 刘铁村 without its 村.
    r = gz.resolve(["祥符八湾镇 刘铁"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410212103201"


def test_a_town_one_character_short_alone_is_offered(gz):
    r = gz.resolve(["祥符八湾镇"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410212103"


def test_a_town_said_before_its_county_ranks_above_the_county(gz):
    # 杜岭街道 of 金水区, its short name said first.
    r = gz.resolve(["杜岭 金水区那边"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410105004"


@pytest.mark.parametrize(
    "said",
    [
        "祥符区八里湾镇 以前叫老街 王家村",  # a village after a pause, none so named there
        "baliwan zhen gouzhai",  # pinyin no name reads
        "xiangfu baliwan zhen sunjiazhai",  # pinyin read only as another county's place
    ],
)
def test_an_unheld_village_said_after_the_town_never_confirms_the_town(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert r.candidates[0].place.id == "adm-410212103"


def test_a_town_typed_alone_in_pinyin_is_still_read_back(gz):
    r = gz.resolve(["xiangfu baliwan zhen"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "adm-410212103"


@pytest.mark.parametrize(
    ("said", "where", "village"),
    [
        ("中牟官渡镇 少岗村", ZHENGZHOU, "adm-410122102201"),  # 邵岗村, written as it sounds
        ("尉氏十八里镇 马妙村", KAIFENG, "adm-410223106225"),  # 马庙村
    ],
)
def test_a_village_written_as_it_sounds_after_its_town_is_that_village(gz, said, where, village):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == village

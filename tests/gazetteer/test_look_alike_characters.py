"""A place name written with one character for another that looks like it (荣 for 荥, 氾 for 汜,
祀 for 杞) is read as the name it looks like: from the lexicon's groups of look-alike
characters, not from one alias per name."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("words", "centre", "place"),
    [
        ("荣阳市中医院 急诊", ZHENGZHOU, "hosp-xyszyy"),  # 荥阳市中医院
        ("萦阳市人民医院", ZHENGZHOU, "hosp-xysrmyy"),
        # 汜水镇 said alone: 虎牢关, in the town, is a place of its own since branch absentdata.
        ("氾水镇 集上", ZHENGZHOU, "adm-410182105"),  # 汜水镇
        ("祀县 县医院急诊楼", KAIFENG, "hosp-qxrmyy"),  # 杞县
    ],
)
def test_a_name_with_a_look_alike_character_is_the_name_it_looks_like(gz, words, centre, place):
    r = gz.resolve([words], jurisdiction=centre)
    assert r.candidates, words
    assert r.candidates[0].place.id.startswith(place), words


def test_a_name_written_right_is_not_read_as_a_look_alike(gz):
    r = gz.resolve(["古荥镇 大庙那"], jurisdiction=ZHENGZHOU)
    assert all(c.place.name != "古荣镇" for c in r.candidates)
    assert r.candidates[0].place.id == "adm-410108101"


def test_two_characters_with_no_level_word_are_not_read_through_a_look_alike(gz):
    # 荣华 could be anything; it is not 荥华 or any name one look-alike away.
    r = gz.resolve(["荣华 那边"], jurisdiction=ZHENGZHOU)
    assert all("荥" not in c.place.name for c in r.candidates)


@pytest.mark.parametrize(
    ("words", "centre", "place"),
    [
        # 锦 for 棉 (帛 beside 钅 or 木): the 街道 named after 棉纺路.
        ("锦纺路街道 办事处门口", ZHENGZHOU, "adm-410102003"),
        # 全 for 金 (金 is 全 with 丷).
        ("全水路 东头 有个人倒了", ZHENGZHOU, "lm-zz-jinshuilu"),
        # 冶 for 怡 (台 beside 冫 or 忄).
        ("心冶路 口上 有人倒了", ZHENGZHOU, "lm-zz-xinyilu"),
    ],
)
def test_a_road_or_district_typed_with_a_look_alike_is_the_name_it_looks_like(
    gz, words, centre, place
):
    r = gz.resolve([words], jurisdiction=centre)
    assert r.candidates, words
    assert r.candidates[0].place.id == place, words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # Names held with the look-alike character as written stay themselves.
        ("曲梁全庄村 老人摔了", "adm-410183113224"),
        ("侯寨全垌社区 门口", "adm-410103015023"),
    ],
)
def test_a_name_held_with_the_look_alike_as_written_stays_itself(gz, words, place):
    r = gz.resolve([words], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place, words

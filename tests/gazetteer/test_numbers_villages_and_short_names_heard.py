"""Misreadings of what a caller said, each by its cause.

A numbered road (经三路, 纬四路, 经开第三大街) whose number is heard with a curled initial for a
flat one (经山路) or the other way is still the numbered road; roads whose own name holds such a
character (江山路, 紫荆山路) keep theirs, and a number heard as said (是 as 十) comes first.
The 经 of 已经/曾经/正经/神经 (人已经是路边躺着了) numbers no road.

A village said with 村 right after its town, held as the town's 社区 of that name, is found
even when its first characters name a town elsewhere (沙窝 of 信阳's 沙窝镇 in 沙窝里村).

A landmark heard short of a character right after its city (开封大相寺) is not read as the
city's name with the landmark's first character, heard short of another name (开封大 for
开封大学): read so, the landmark's last words would be left over.
"""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("纬山路北头，药店门口", "lm-zz-weisanlu"),
        ("在经山路上，公交站牌那", "lm-zz-jingsanlu"),
        ("经开第山大街，厂子门口", "lm-zz-jingkai-dajie3"),
    ],
)
def test_a_roads_number_heard_with_a_curled_initial_is_the_number(gz, said, road):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == road


def test_a_roads_number_heard_flat_for_curled_is_offered(gz):
    r = gz.resolve(["纬是路，小学门口"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-weisilu"


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("江山路北段，药店门口", "lm-zz-jiangshanlu"),
        ("经三路北头", "lm-zz-jingsanlu"),
        ("经开第十大街", "lm-zz-jingkai-dajie10"),
        # 是 is the sound of 十 as said: it stays 十, not 四.
        ("经开第是大街", "lm-zz-jingkai-dajie10"),
    ],
)
def test_names_with_those_characters_keep_their_reading(gz, said, road):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == road


def test_a_road_whose_name_holds_a_curled_initial_leads(gz):
    r = gz.resolve(["紫荆山路上，公交站牌那"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zijingshanlu"


@pytest.mark.parametrize(
    "said",
    [
        "龙湖镇沙窝里村",
        "俺是龙湖镇沙窝里村的，老人摔倒了",
    ],
)
def test_a_village_whose_first_words_name_a_town_elsewhere(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410184109008"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("龙湖镇沙窝里社区门口", "adm-410184109008"),
        ("郭店镇鄢陵府村", "adm-410184108004"),
    ],
)
def test_villages_said_by_held_names_stay(gz, said, place):
    assert gz.resolve([said], jurisdiction=ZHENGZHOU).candidates[0].place.id == place


@pytest.mark.parametrize(
    "said",
    ["开封大相寺，大门口", "俺在开封大相寺里头"],
)
def test_a_landmark_short_of_a_character_after_its_city(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-daxiangguosi"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("开封大学，东门", "edu-4141011069-benbu"),
        ("开封大相国寺，后门", "lm-kf-daxiangguosi"),
    ],
)
def test_names_said_whole_after_the_city_stay(gz, said, place):
    assert confirmed(gz.resolve([said], jurisdiction=KAIFENG)) == place


def test_the_citys_name_and_a_character_alone_is_still_a_university(gz):
    r = gz.resolve(["开封大"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith(("edu-4141011069", "edu-4141010475"))


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("金水路，老人已经是路都走不动了", "lm-zz-jinshuilu"),
        ("大学路这，人已经是路边倒下了", "lm-zz-daxuelu"),
        ("长江路，他曾经是路口那个店的", "lm-zz-changjianglu"),
        ("建设路这，俺正经是路过，看见有人倒了", "lm-zz-jianshelu"),
        ("花园路，老人神经是路都认不清了", "lm-zz-huayuanlu"),
    ],
)
def test_already_said_before_a_road_word_is_no_numbered_road(gz, said, road):
    # 已经是路, 正经是路过: the 经 of such a word numbers no road (经四路).
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road
    assert not any("jingsilu" in c.place.id for c in r.candidates)


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("人已经到经山路上了", "lm-zz-jingsanlu"),
        ("俺已经在纬是路这了", "lm-zz-weisilu"),
    ],
)
def test_a_numbered_road_said_after_already_is_still_heard(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road

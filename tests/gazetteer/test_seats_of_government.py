"""A county's seat of government as callers say it (X县政府, X 市政府), and a county's name said
with other words not read as a place named after the county."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("words", "centre", "seat"),
    [
        ("尉氏县县政府", KAIFENG, "lm-kf-gov-410223"),  # the level word said twice
        ("兰考的县政府", KAIFENG, "lm-kf-gov-410225"),
        ("巩义 市政府后面", ZHENGZHOU, "lm-zz-gov-410181"),
        ("管城区 区政府", ZHENGZHOU, "lm-zz-gov-410104"),
        ("荥阳 县政府", ZHENGZHOU, "lm-zz-gov-410182"),  # a county-level city, once a county
        ("住中牟 那个县政府对面", ZHENGZHOU, "lm-zz-gov-410122"),  # the county said first
    ],
)
def test_a_county_said_with_its_government_is_the_seat(gz, words, centre, seat):
    r = gz.resolve([words], jurisdiction=centre)
    assert r.candidates[0].place.id == seat
    assert r.question.kind == "confirm"


def test_a_level_word_that_is_not_the_countys_names_no_seat_of_it(gz):
    # 郑州 is a city: its 县政府 is not the city's government.
    r = gz.resolve(["郑州 县政府"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id != "lm-zz-gov-410100"
    assert r.question.kind != "confirm"


def test_a_towns_government_is_left_to_the_town(gz):
    r = gz.resolve(["兰考 东坝头镇 镇政府"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410225106"
    assert all(not c.place.id.startswith("lm-kf-gov-") for c in r.candidates)


def test_the_county_alone_is_not_its_seat(gz):
    r = gz.resolve(["尉氏县城里"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410223"


@pytest.mark.parametrize(
    ("words", "county"),
    [
        ("巩义 中学", "adm-410181"),  # not 巩义市中医院
        ("新密 政法", "adm-410183"),  # not 新密市人民政府
        ("上街 中兴路", "adm-410106"),  # not 上街区中心医院
        ("gongyi zhongxue", "adm-410181"),  # typed in pinyin: not 巩义市中医院
        ("shangjie zhongxinglu", "adm-410106"),
    ],
)
def test_a_county_and_other_words_are_not_a_place_named_after_it(gz, words, county):
    # The county's name is found on its own; the words after it look like the rest of no name.
    r = gz.resolve([words], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == county

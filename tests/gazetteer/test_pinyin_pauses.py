"""Typed pinyin is cut where the caller's words break, at a typed pause or at filler typed in
pinyin: no name is read across the break, while the places on either side still are."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    "said",
    [
        "kai feng fu, you ren yun dao",
        "kai feng fu men kou, you ren yun dao",
        "kaifengfu limian you ge laoren",
        "kai feng fu。you ge lao ren shuai le",
    ],
)
def test_no_name_is_read_across_a_break_in_typed_pinyin(gz, said):
    # fu + you would be 妇幼 (开封市妇幼保健院) read across the break.
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-kaifengfu"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("zheng zhou, dong zhan", "lm-zz-zhengzhoudongzhan"),
        ("zheng zhou dong zhan men kou", "lm-zz-zhengzhoudongzhan"),
        ("long zi hu, he nan da xue", "edu-4141010475-longzihu"),
    ],
)
def test_places_either_side_of_a_break_are_still_read_together(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


def test_a_name_said_whole_with_no_break_is_read(gz):
    r = gz.resolve(["kai feng shi fu you bao jian yuan"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("hosp-kfsfybjy")


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("er qi, guang chang", "lm-zz-erqiguangchang"),
        ("zi jing shan, gong yuan", "lm-zz-zijingshangongyuan"),
    ],
)
def test_a_kind_of_place_said_after_the_pause_is_read_with_its_name(gz, said, place):
    # The name in two breaths: all that follows the pause is the kind of place.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place

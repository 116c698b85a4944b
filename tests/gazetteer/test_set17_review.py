"""Second review of the readings learned from location hold-out set 17, on text of the reviewer's
own: other phrasings of the same causes, and near-misses the learning had changed or must not
change (a denial typed apart from its name, a tower said as its people say it)."""

import pytest

from gazetteer._context import negated_phrases

from .answers import KAIFENG, ZHENGZHOU, confirmed

# --- 不在 and 没在 typed apart from the name they deny ------------------------------------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("人 没在 二七广场 在 碧沙岗", ZHENGZHOU, "lm-zz-bishagang"),
        ("人 不在 二七广场 在 碧沙岗", ZHENGZHOU, "lm-zz-bishagang"),
        ("没在 兰考 县城 在 杞县", KAIFENG, "adm-410221"),
        ("我在兰考 没在 杞县", KAIFENG, "adm-410225"),  # the place said first stays
        ("我在碧沙岗 不在 二七广场", ZHENGZHOU, "lm-zz-bishagang"),
    ],
)
def test_a_denial_typed_apart_denies_the_name_after_it(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place, said
    assert confirmed(r) in (None, place), said


@pytest.mark.parametrize("said", ["没在 碧沙岗", "不在 碧沙岗", "没在碧沙岗"])
def test_only_a_place_denied_is_never_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("老人 不在 家 在 碧沙岗公园", "lm-zz-bishagang"),  # 家 denied, not a place
        ("没在意 就 到 二七广场 了", "lm-zz-erqiguangchang"),  # 没在意 denies nothing
    ],
)
def test_a_denial_of_no_place_leaves_the_place_said(gz, said, place):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place, said


def test_buzai_alone_never_takes_back_the_words_before_it():
    assert negated_phrases("我在兰考 没在 杞县") == ["杞县"]
    assert negated_phrases("碧沙岗 不在 二七广场") == ["二七广场"]
    # 不是 alone between pauses still takes back what was said before it.
    assert negated_phrases("县医院…不是…中医院") == ["县医院"]


# --- 繁塔 is Pó Tǎ --------------------------------------------------------------------------


@pytest.mark.parametrize("said", ["pota 附近", "po ta", "繁塔 西边 一点"])
def test_fanta_is_heard_as_its_people_say_it(gz, said):
    assert confirmed(gz.resolve([said], jurisdiction=KAIFENG)) == "lm-kf-fanta", said


def test_the_towers_reading_leaves_other_names_alone(gz):
    # The 街道 named after it keeps its name; another tower is not heard as 繁塔.
    assert confirmed(gz.resolve(["繁塔街道 办事处"], jurisdiction=KAIFENG)) == "adm-410205003"
    r = gz.resolve(["铁塔公园 门口"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-tieta"
    assert "lm-kf-fanta" not in [c.place.id for c in r.candidates]

"""A county's seat town said by its old name, 城关镇, where the data holds it only as the 街道
it became (杞县's 金城街道, formerly 城关镇: xkfenlei.com, 杞县各乡镇街道地名由来): that 街道,
or a choice of the county's 街道 when it holds several; a 城关镇 the county still holds is its
own."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_the_old_seat_town_of_a_county_with_one_street_is_that_street(gz):
    r = gz.resolve(["杞县城关镇"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410221001"  # 金城街道


def test_the_old_seat_town_of_a_county_with_several_streets_offers_them(gz):
    r = gz.resolve(["兰考，城关乡那边"], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert {c.place.parent for c in r.candidates[:3]} == {"adm-410225"}


def test_a_seat_town_the_county_still_holds_is_its_own(gz):
    r = gz.resolve(["新密城关镇"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "adm-410183100"


def test_a_county_heard_by_its_sound_finds_its_old_seat_town_too(gz):
    # 位氏 for 尉氏: the county is said as surely as written right.
    r = gz.resolve(["位氏县城关镇，集上"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410223001"  # 两湖街道


def test_a_misheard_county_with_several_streets_offers_them(gz):
    r = gz.resolve(["中木县城关"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert {c.place.parent for c in r.candidates[:3]} == {"adm-410122"}

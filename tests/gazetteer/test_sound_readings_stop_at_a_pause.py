"""A name heard by its sound or said in full, then a pause and words of another phrase
(兰烤，城里头; 康复前街……往前): the name ends at the pause, and the words after it are not read
into a longer name (兰考站 over 兰烤城, the street's 院区 over 康复前街往前) unless they name a
place themselves (龙庭区，午朝门)."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "county"),
    [
        ("兰烤，城里头", KAIFENG, "adm-410225"),  # 兰考县, not 兰考站
        ("中木，城里头", ZHENGZHOU, "adm-410122"),  # 中牟县, not 中牟站
    ],
)
def test_a_county_heard_by_its_sound_ends_at_the_pause(gz, said, jurisdiction, county):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == county, said


def test_a_street_said_before_the_line_breaks_is_the_street(gz):
    # 康复前街……往前……: not its 院区 read loosely over the words after the pause.
    r = gz.resolve(["康复前街……往前……"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-kangfuqianjie"


def test_a_name_said_on_after_the_pause_is_still_read_with_it(gz):
    # 龙亭区，午朝门 said with 龙亭 heard as 龙庭: the 街道 the two words name together.
    r = gz.resolve(["龙庭区，午朝门"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410202002"

"""A county's name heard by its sound, then a pause and a word of the next phrase (兰烤，城里头):
the name ends at the pause; the first word after it is not read into a longer name (兰考站,
中牟站 over 兰烤城, 中木城)."""

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

"""A word pointing at what was just named (市一院那, 省医这) is not the end of another name
heard in it: 市一院那 is 市一院, never its 南院区 read back."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
SOUTH_SITE = "hosp-zzsdyrmyy-hangkonggang"  # 市一院南院区


def test_the_hospital_pointed_at_is_not_its_south_site(gz):
    r = gz.resolve(["市一院那 有人晕倒"], jurisdiction=ZHENGZHOU)
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id == SOUTH_SITE)
    assert r.candidates[0].text_score == r.candidates[1].text_score


def test_a_road_said_with_the_hospital_pointed_at_is_not_the_south_site(gz):
    r = gz.resolve(["商都路 就是市一院那 有人摔了"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id != SOUTH_SITE

"""Words that say where by a name, not that the caller is at it: the end or stretch of the road
they are on (纬五路，经三路这头), and a village they do not name, by the town or landmark it
lies by (广武那边的村). Neither the crossing, the site nor the town is read back."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("纬五路，经三路这头", "lm-zz-weiwulu"),  # the 经三路 end of 纬五路
        ("人民路，二七塔那一段", "lm-zz-renminlu"),
        ("农业路，河南博物院那一段", "lm-zz-nongyelu"),
        ("经三路，省人民医院那段", "lm-zz-jingsanlu"),
    ],
)
def test_the_stretch_of_a_road_said_by_a_place_is_the_road(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road, said


def test_the_end_of_a_road_said_alone_is_still_that_place(gz):
    # Nothing else was said: the place named is all there is to read back.
    r = gz.resolve(["北三环那头"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-beisanhuan"


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("荥阳，广武那边的村", ZHENGZHOU, "adm-410182103201"),  # 广武村 of 广武镇, or another
        ("杞县，阳堌那个村子", KAIFENG, "adm-410221106"),  # 阳堌镇: a village of it
        ("登封，中岳庙下面那个村", ZHENGZHOU, "lm-zz-zhongyuemiao"),  # a village by the temple
    ],
)
def test_a_village_said_by_what_it_lies_by_is_never_read_back(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place, said
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "village"),
    [
        ("新密，刘寨镇刘寨村", ZHENGZHOU, "adm-410183107208"),
        ("兰考，东坝头镇张庄村", KAIFENG, "adm-410225106207"),
    ],
)
def test_a_village_said_by_its_name_is_still_read_back(gz, said, jurisdiction, village):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == village

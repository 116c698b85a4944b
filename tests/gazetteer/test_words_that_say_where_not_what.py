"""Words beside a name that say the caller is not at the place it names, or at another one: a
road at a campus's gates with an area word after it, a street's name said as its 街道's, a town
said with its health centre or school, a site's gate said with 门外, a name heard by sound that
runs past the end of a town's name said exactly, and a site said with an area's own name (如意湖
for 郑东新区CBD). None of these wordings is in a bench set."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_an_area_word_after_a_road_at_a_campus_gate_is_no_loose_name_of_the_campus(gz):
    # 明伦街 runs by 河南大学's 明伦校区; 老区 is an old town's or district's word as much as a
    # campus's, and the caller named no university.
    r = gz.resolve(["开封 明伦街 老区"], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert "lm-kf-minglunjie" in {c.place.id for c in r.candidates[:2]}


def test_the_same_words_after_the_university_said_still_read_back_its_campus(gz):
    r = gz.resolve(["河大 明伦街 老区"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-4141010475-minglun"


@pytest.mark.parametrize("said", ["龙亭区 书店街道", "龙亭区 马市街道"])
def test_a_streets_name_said_as_a_subdistricts_is_not_read_back_as_the_street(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"


def test_the_street_said_with_its_district_is_still_read_back(gz):
    r = gz.resolve(["龙亭区 书店街"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-kf-shudianjie"


@pytest.mark.parametrize(
    ("said", "town", "centre"),
    [
        ("新郑 龙湖镇卫生院", "adm-410184109", ZHENGZHOU),
        ("杞县 葛岗镇中心小学", "adm-410221105", KAIFENG),
        # A market in the town, said by the town's short name.
        ("荥阳 广武农贸市场", "adm-410182103", ZHENGZHOU),
    ],
)
def test_a_towns_health_centre_or_school_is_not_the_town_to_read_back(gz, said, town, centre):
    r = gz.resolve([said], jurisdiction=centre)
    assert r.question.kind != "confirm"
    assert r.candidates[0].place.id == town


def test_the_town_said_alone_is_still_read_back(gz):
    r = gz.resolve(["杞县 葛岗镇"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "adm-410221105"


def test_a_sites_gate_said_with_menwai_puts_the_caller_on_the_road_said(gz):
    r = gz.resolve(["农业路 河南博物院门外"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-nongyelu"
    assert not (
        r.question.kind == "confirm" and r.question.options[0].place.id == "lm-zz-henanbowuyuan"
    )


def test_a_sites_gate_said_with_menkou_is_still_the_site(gz):
    r = gz.resolve(["农业路 河南博物院门口"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-zz-henanbowuyuan"


def test_a_name_heard_past_the_end_of_a_towns_name_is_weighed_with_it(gz):
    # 登封嵩阳 is 嵩阳街道 said with its county; 嵩阳书元 is 嵩阳书院 by sound (元 for 院).
    r = gz.resolve(["登封 嵩阳书元"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-songyangshuyuan"
    assert not (r.question.kind == "confirm" and r.question.options[0].place.kind == "town")


def test_the_towns_name_said_alone_with_its_county_is_still_the_town(gz):
    r = gz.resolve(["登封 嵩阳"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "adm-410185001"


def test_a_site_said_with_an_areas_own_name_is_explained_by_it(gz):
    # 如意湖 is a name of 郑东新区CBD (the lake at its heart); the convention centre stands in it.
    r = gz.resolve(["如意湖 会展中心"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-huizhanzhongxin"
    assert r.question.kind != "ask_more"


def test_an_area_said_with_another_area_is_not_a_site_in_it(gz):
    r = gz.resolve(["郑东新区 如意湖"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-zz-cbd"


@pytest.mark.parametrize(
    ("said", "town", "centre"),
    [
        ("金水区 古荥镇", "adm-410108101", ZHENGZHOU),  # 古荥镇 is 惠济区's
        ("龙亭区 朱仙镇", "adm-410212106", KAIFENG),  # 朱仙镇 is 祥符区's
    ],
)
def test_a_town_said_with_another_district_of_its_city_is_the_town(gz, said, town, centre):
    r = gz.resolve([said], jurisdiction=centre)
    assert r.candidates[0].place.id == town


def test_a_town_said_with_a_county_is_not_read_as_the_wrong_district_said(gz):
    # A county (县) is not a district callers mix up with their city's others.
    r = gz.resolve(["中牟县 古荥镇"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


def test_an_institutions_housing_said_with_a_road_at_its_site_is_that_site(gz):
    # 工大 is 河南工业大学 said short, named only by the road at its 莲花街校区's gates.
    # The words before 家属院 name the institution, as 工大 alone would.
    r = gz.resolve(["工大家属院 莲花街"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-4141010463-lianhuajie"


def test_a_name_cut_short_before_a_pause_is_not_read_over_it_as_a_look_alike(gz):
    # 郑州东 is 郑州东站 without its 站; 郑州东|东广场 looks like 郑州站东广场 only over the pause.
    r = gz.resolve(["郑州东 东广场 出站口"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhoudongzhan"


def test_the_look_alike_said_whole_is_still_found(gz):
    r = gz.resolve(["郑州站东广场"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhouzhan"

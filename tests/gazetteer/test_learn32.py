"""A campus word said after a school the data does not hold (开封二高，老校区; 郑州七中老校区)
names that school's campus, never another institution's campus held as 老校区; and a 社区 said
after its town that the town does not hold (须水，柳湖社区) is a place in the town, never the
town read back."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("开封七中，老校区，门口", KAIFENG),
        ("开封市第十四中学老校区", KAIFENG),
        ("尉氏二高老校区，操场上", KAIFENG),
        ("开封县高中，老校区那边", KAIFENG),
        ("回民小学，老校区", KAIFENG),
        ("郑州九中，老校区，食堂门口", ZHENGZHOU),
    ],
)
def test_an_unheld_schools_campus_word_is_not_another_campus(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("河大，老校区，图书馆", KAIFENG, "edu-4141010475-minglun"),
        ("河南大学老校区门口", KAIFENG, "edu-4141010475-minglun"),
        ("老校区，南门", KAIFENG, "edu-4141010475-minglun"),
        ("华北水利，老校区", ZHENGZHOU, "edu-4141010078-huayuan"),
        ("郑州铁路职业技术学院，老校区", ZHENGZHOU, "edu-4141010843-laoxiaoqu"),
    ],
)
def test_a_held_institutions_campus_word_keeps_its_campus(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("中原区须水，柳湖社区，三号楼", ZHENGZHOU),
        ("官渡镇，刘集社区门口", ZHENGZHOU),
        ("须水街道，中原西路社区", ZHENGZHOU),
        ("杏花营镇，北郊社区，五号楼", KAIFENG),
    ],
)
def test_an_unheld_community_after_its_town_is_not_the_town(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("须水，富贵路社区，二号楼", ZHENGZHOU, "adm-410102012003"),
        ("杏花营，枣林社区门口", KAIFENG, "adm-410202100"),
        ("须水街道办事处", ZHENGZHOU, "adm-410102012"),
        ("中牟官渡镇", ZHENGZHOU, "adm-410122102"),
    ],
)
def test_a_held_community_or_the_town_alone_keeps_its_answer(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id.startswith(place), said


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("中牟万滩镇，万滩村，村东头", "adm-410122570201"),
        ("高新区石佛镇，石佛村里", "adm-410172560211"),
        ("航空港区八岗镇，俺家在八岗村", "adm-410173583201"),
        ("刘集镇刘集村，老人摔倒了", "adm-410122571206"),
    ],
)
def test_a_towns_own_village_filed_under_another_town_is_that_village(gz, said, village):
    """A village said with the town of its name (万滩镇万滩村) that the data files under
    the 街道 beside it, the town holding no village of that name: the village, not the town."""
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == village, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == village, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("八千乡，君赵村", "adm-410173202214"),
        ("万滩镇，董岗村", "adm-410122104208"),
        ("中牟万滩镇", "adm-410122104"),
        ("沟赵乡政府门口", "adm-410172360"),
    ],
)
def test_a_village_the_town_holds_or_the_town_alone_keeps_its_answer(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == place, said

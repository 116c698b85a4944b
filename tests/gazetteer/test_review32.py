"""Second review of set 32's learning, in other words and places than the learner's: a school
the data does not hold said with a campus word is asked also when its number is said in figures
(47中), when it is a university's 附中, a 外国语, 省实验 or a 卫校, and when the campus word comes
first (老校区那边，开封七中的); a 社区 its town does not hold is asked also with the town's
office said between them (须水街道办事处柳湖社区); a village said with the town of its name,
filed under the 街道 beside it, is not read back as another city's village of that name when the
town is said short (刘集，刘集村); and the place in the index's first row is a place, not "none",
to the checks made before a place is read back."""

from pathlib import Path

import pytest

from gazetteer import Gazetteer, Jurisdiction
from tests.gazetteer.factories import division, write_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("郑州47中，老校区，操场上", ZHENGZHOU),
        ("开封25中新校区门口", KAIFENG),
        ("河大附中，新校区", KAIFENG),
        ("新校区，河大附中", KAIFENG),
        ("省实验，老校区那边", ZHENGZHOU),
        ("郑州外国语，老校区", ZHENGZHOU),
        ("开封卫校老校区，宿舍", KAIFENG),
        ("老校区那边，开封七中的", KAIFENG),
    ],
)
def test_an_unheld_schools_campus_word_is_asked_in_other_words(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction
) -> None:
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm", (said, r.question.options[0].place.id)


@pytest.mark.parametrize(
    ("said", "jurisdiction", "campus"),
    [
        ("老校区，河大的", KAIFENG, "edu-4141010475-minglun"),
        ("新校区，河南大学", KAIFENG, "edu-4141010475-jinming"),
        ("老校区 二号楼", KAIFENG, "edu-4141010475-minglun"),
        ("老校区，郑铁职院", ZHENGZHOU, "edu-4141010843-laoxiaoqu"),
        ("郑大，南校区", ZHENGZHOU, "edu-4141010459-nanxiaoqu"),
        ("华水老校区，图书馆", ZHENGZHOU, "edu-4141010078-huayuan"),
    ],
)
def test_a_held_campus_said_by_its_campus_word_keeps_it(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction, campus: str
) -> None:
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == campus, said


@pytest.mark.parametrize(
    "said",
    ["须水街道办事处柳湖社区", "须水街道办事处，柳湖社区，三号楼", "须水办事处柳湖社区"],
)
def test_an_unheld_community_after_the_towns_office_is_not_the_town(
    gz: Gazetteer, said: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("须水街道办事处河东路社区", "adm-410102012002"),
        ("须水街道办事处，丁庄村", "adm-410102012206"),
        ("须水街道办事处门口", "adm-410102012"),
    ],
)
def test_a_held_community_after_the_towns_office_keeps_it(
    gz: Gazetteer, said: str, place: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == place, said


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("刘集，刘集村", "adm-410122571206"),
        ("刘集，刘集村，老人摔倒了", "adm-410122571206"),
    ],
)
def test_a_towns_own_village_filed_elsewhere_is_not_another_citys(
    gz: Gazetteer, said: str, village: str
) -> None:
    """中牟's 刘集村 is filed under 豫兴街道; 刘集 said short also names another city's
    刘集乡, whose own 刘集村 must not be read back over the centre's own."""
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == village, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == village, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("万滩镇", "adm-410122104"),
        ("万滩镇，毛庄村", "adm-410122104215"),
        ("刘集镇，冯庄村", "adm-410122112228"),
        ("八千，八千村", "adm-410173405209"),
        ("杨桥街道万滩村", "adm-410122570201"),
    ],
)
def test_a_town_alone_or_a_village_it_holds_keeps_its_answer(
    gz: Gazetteer, said: str, place: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == place, said


_TOWN = division("410102012", "须水街道", "须水", "town", "410102", 34.77, 113.52)
_ABOVE = [
    division("410000", "河南省", "河南", "province", "", 34.76, 113.75),
    division("410100", "郑州市", "郑州", "city", "410000", 34.75, 113.62),
    division("410102", "中原区", "中原", "district", "410100", 34.75, 113.61),
]


@pytest.mark.parametrize("first", [True, False], ids=["town in row 0", "town later"])
def test_the_place_in_the_first_row_is_checked_like_any_other(tmp_path: Path, first: bool) -> None:
    """A town whose 社区 said after it it does not hold is never read back, wherever the town
    sits in the index: row 0 is a place, not the "no place" the checks are given as -1."""
    g = write_gazetteer(tmp_path, divisions=[_TOWN, *_ABOVE] if first else [*_ABOVE, _TOWN])
    assert (g._index.place_index("adm-410102012") == 0) is first
    r = g.resolve(["须水，柳湖社区"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410102012"
    assert r.question.kind != "confirm"
    alone = g.resolve(["须水街道"], jurisdiction=ZHENGZHOU)
    assert alone.question.kind == "confirm"
    assert alone.question.options[0].place.id == "adm-410102012"

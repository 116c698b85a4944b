"""The second review of sets 19 and 20's second learning (campus road forms, short landmark
names, a place said beside before its road), by cause:

- A place said with 对面/旁边/附近 and then the road its site stands on, where the place's name
  and the road together are a site's name (市一院 东大街 is 市一院东大街院区): the name read
  across the cue and the pause was taken whole for the reference the cue made of its first part,
  and nothing was left to read back (市一院旁边 东大街上 gave no place at all). The name read
  past its reference says which site; said the other way round (东大街 市一院旁边) the road
  stays first, and a reference said alone stays a reference.
"""

import pytest

from tests.gazetteer.answers import KAIFENG, ZHENGZHOU


def _first(gz, said: str, jurisdiction=ZHENGZHOU) -> str | None:
    candidates = gz.resolve([said], jurisdiction=jurisdiction).candidates
    return candidates[0].place.id if candidates else None


@pytest.mark.parametrize(
    ("said", "site"),
    [
        ("市一院旁边 东大街上", "hosp-zzsdyrmyy-dongdajie"),
        ("市一院对面，东大街", "hosp-zzsdyrmyy-dongdajie"),
        ("郑州市一院附近 东大街", "hosp-zzsdyrmyy-dongdajie"),
        ("市中心医院旁边 桐柏路", "hosp-zzszxyy-tongbailu"),
        ("郑州市中心医院对面 桐柏路", "hosp-zzszxyy-tongbailu"),
    ],
)
def test_a_place_said_beside_then_its_sites_road_is_that_site(gz, said, site):
    assert _first(gz, said) == site


@pytest.mark.parametrize(
    ("said", "first"),
    [
        # The road said first keeps its place.
        ("东大街 市一院旁边", "lm-zz-dongdajie"),
        # A name read across a pause that is no reference stays as it was.
        ("市一院 东大街", "hosp-zzsdyrmyy-dongdajie"),
        # A road said after a place beside it, as before.
        ("省人医对面 纬五路", "hosp-hnsrmyy-weiwulu"),
        ("东大街上", "lm-zz-dongdajie"),
    ],
)
def test_near_misses_of_a_name_read_past_its_reference_keep_their_place(gz, said, first):
    assert _first(gz, said) == first


def test_a_reference_said_alone_is_still_only_a_reference(gz):
    # The caller said only what they are beside: the hospital's sites are asked, not read back.
    question = gz.resolve(["市一院旁边"], jurisdiction=ZHENGZHOU).question
    assert question.kind == "choose_campus"


def test_kaifeng_places_said_beside_before_their_road_still_lead(gz):
    assert _first(gz, "淮河医院对面 西门大街", KAIFENG).startswith("hosp-henu-huaihe")
    assert _first(gz, "河大一附院旁边 包公湖北路", KAIFENG).startswith("hosp-henu-1")

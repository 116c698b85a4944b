"""Typed pinyin of a county, a town or a site run together (dengfeng songyangshuyuan): each
reading of the syllables stays on offer, and the one that accounts for all of them wins."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "site", "area"),
    [
        # deng feng song yang | shu yuan: the 街道 read over the county and half the site.
        ("dengfeng songyangshuyuan", "lm-zz-songyangshuyuan", "adm-410185001"),
        ("dengfeng songyang shuyuan 门口", "lm-zz-songyangshuyuan", "adm-410185001"),
    ],
)
def test_a_site_typed_after_its_county_beats_the_area_read_over_both(gz, said, site, area):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == site, said
    assert area not in [o.place.id for o in r.question.options if r.question.kind == "confirm"]


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("zhongmou diaojiaxiang shuituozhai cun", "adm-410122208204"),
        ("中牟刁家乡 miaozhang cun 有人摔了", "adm-410122208205"),
        ("diaojia xiang shuituozhai", "adm-410122208204"),
    ],
)
def test_a_village_typed_after_its_town_is_that_town_s_village(gz, said, village):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == village, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == village


def test_a_hospital_site_typed_whole_is_not_lost_to_counties_heard_in_it(gz):
    # zheng da yi fu yuan: da yi (大邑) and fu yuan (富源) are counties heard by chance.
    r = gz.resolve(["zhengda yifuyuan zhengdong yuanqu menkou"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "hosp-zzu-1-zhengdong"
    assert r.question.kind == "confirm"

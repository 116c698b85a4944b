"""Names callers use for places in 郑州 and 开封 that are not the places' official names: a
hospital's short name (淮医, 一分院, 郑州妇幼), a 城中村 without 村 (陈寨), a mall's nickname
(东万). Each is found, in the caller's centre, as the place it names."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))
CENTRES = {"zz": ZHENGZHOU, "kf": KAIFENG}


@pytest.mark.parametrize(
    ("centre", "said", "parent"),
    [
        ("kf", "淮医", "hosp-henu-huaihe"),
        ("zz", "一分院", "hosp-zzsdyrmyy"),
        ("zz", "二分院", "hosp-zzsderrmyy"),
        ("kf", "尉氏妇幼", "hosp-wsxfybjy"),
        ("zz", "郑州妇幼", "hosp-zzsfybjy"),
        ("zz", "郑州大学附属传染病医院", "hosp-zzsdlrmyy"),
        ("kf", "开封市第三人民医院", "hosp-xfqrmyy"),
        ("zz", "颐和医院", "hosp-zzyhyy"),
    ],
)
def test_a_hospital_by_the_short_name_callers_use(gz, centre, said, parent):
    r = gz.resolve([said], jurisdiction=CENTRES[centre])
    assert r.best is not None and r.best.place.parent == parent, said


@pytest.mark.parametrize(("centre", "parent"), [("zz", "hosp-zzrmyy"), ("kf", "hosp-kfsrmyy")])
def test_the_citys_own_peoples_hospital_comes_first(gz, centre, parent):
    r = gz.resolve(["市人民医院"], jurisdiction=CENTRES[centre])
    assert r.best is not None and r.best.place.parent == parent


@pytest.mark.parametrize(
    ("centre", "said", "place"),
    [
        ("zz", "陈寨", "lm-zz-chenzhai"),
        ("zz", "庙李", "lm-zz-miaoli"),
        ("zz", "老鸦陈", "lm-zz-laoyachen"),
        ("zz", "21世纪社区", "lm-zz-21shijishequ"),
        ("zz", "东万", "lm-zz-zhengdong-wanxiangcheng"),
        ("zz", "正弘汇", "lm-zz-zhenghonghui"),
        ("kf", "金明池", "lm-kf-jinmingchi"),
        ("zz", "南三环", "lm-zz-nansanhuan"),
        ("kf", "宋城路", "lm-kf-songchenglu"),
    ],
)
def test_a_place_by_the_name_callers_use(gz, centre, said, place):
    r = gz.resolve([said], jurisdiction=CENTRES[centre])
    assert r.best is not None and r.best.place.id == place, said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("第六大街上，一个厂门口", "lm-zz-jingkai-dajie6"),
        ("经开区那个第五大街，车撞了", "lm-zz-jingkai-dajie5"),
    ],
)
def test_a_numbered_street_of_the_economic_zone_by_the_name_without_the_zone(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.id == road, said

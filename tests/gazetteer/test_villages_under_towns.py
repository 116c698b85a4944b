"""A village said right after its town: the village when the data holds it (even said without
its 村), never the town read back when it does not."""

import pytest

from gazetteer import Jurisdiction

KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("八里湾镇刘铁", "adm-410212103201"),
        ("祥符区八里湾镇锦江 老人摔倒了", "adm-410212103202"),
        ("兰考县考城镇城东", "adm-410225103207"),
    ],
)
def test_a_village_said_after_its_town_without_its_cun_is_that_village(gz, said, village):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == village
    assert r.question.kind == "confirm"


@pytest.mark.parametrize(
    "said", ["祥符区八里湾镇前段村", "兰考考城镇李楼村", "八里湾镇王家寨那块儿"]
)
def test_a_village_the_data_does_not_hold_under_the_town_never_confirms_the_town(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert r.candidates and r.candidates[0].place.kind == "town"


def test_a_town_said_alone_is_still_read_back(gz):
    r = gz.resolve(["祥符区八里湾镇"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "adm-410212103"


ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    "said",
    [
        "荥阳高村乡那个书堂沟，老人摔了",  # 书堂沟村 is 登封's
        "高村乡 灵官殿 那块儿",  # 灵官殿村 is 巩义's
        "巩义河洛镇 灵官殿，不是别的镇那个",
    ],
)
def test_a_village_named_without_its_cun_that_only_other_towns_hold_never_confirms_the_town(
    gz, said
):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert r.candidates and r.candidates[0].place.kind == "town"


def test_a_village_named_without_its_cun_in_its_own_town_is_still_that_village(gz):
    r = gz.resolve(["八里湾镇 陈德楼 那块儿"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "adm-410212103206"

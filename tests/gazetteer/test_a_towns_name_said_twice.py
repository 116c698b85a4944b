"""A town's short name said twice whose seat village bears that name (古荥，古荥这一块儿): the
town said again, not the village; the village said with its 村 is still the village."""

import pytest

from tests.gazetteer.answers import KAIFENG, ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "town", "centre"),
    [
        ("嗯，那个，古荥，古荥这一块儿", "adm-410108101", ZHENGZHOU),
        ("花园口，花园口那一块，你们知道吧", "adm-410108100", ZHENGZHOU),
        ("新密，超化，超化那一块儿", "adm-410183104", ZHENGZHOU),
        ("杞县，葛岗，葛岗这一块", "adm-410221105", KAIFENG),
    ],
)
def test_a_towns_name_said_twice_is_the_town_not_its_seat_village(gz, said, town, centre):
    assert confirmed(gz.resolve([said], jurisdiction=centre)) == town


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("古荥镇古荥村 村委会", "adm-410108101200"),
        ("须水街道须水村", "adm-410102012201"),
        ("古荥古荥村", "adm-410108101200"),
    ],
)
def test_the_seat_village_said_with_its_cun_is_still_the_village(gz, said, village):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == village


def test_a_street_office_named_after_a_village_written_with_a_variant_is_called_by_it(gz):
    # 刘寨街道 grew from 刘砦村: said alone, 刘寨 is it or 新密's 刘寨镇.
    r = gz.resolve(["刘寨"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert {c.place.id for c in r.candidates[:2]} == {"adm-410108002", "adm-410183107"}
    assert confirmed(gz.resolve(["惠济 刘寨"], jurisdiction=ZHENGZHOU)) == "adm-410108002"
    assert confirmed(gz.resolve(["新密 刘寨"], jurisdiction=ZHENGZHOU)) == "adm-410183107"

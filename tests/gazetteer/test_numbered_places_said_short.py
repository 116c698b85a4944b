"""A city's numbered hospital or mill said by its number alone (set 47's families).

郑州's numbered 人民医院 are said by their number without 第 or the city (七院, 八人民医院), and
its 国棉 mills, 郑棉N厂, by the trade and the number (棉五) for the mill and its 家属院. To the
city's own centre the words name its place; to the other centre a hospital so said is its own
city's, so another city's is not read back.
"""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "hospital"),
    [
        ("我爷爷在七院躺着，喘不上来气", "hosp-zzsdqrmyy"),
        ("快来九院，门诊大厅有人倒了", "hosp-zzsdjrmyy"),
        ("八人民医院东门口", "hosp-zzsdbrmyy"),
        ("俺在三人民医院，急诊楼", "hosp-zzsdsrmyy"),
    ],
)
def test_a_citys_numbered_hospital_said_by_its_number(gz, said, hospital):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.id.startswith(hospital + "-"), said


def test_a_number_only_one_hospital_of_the_city_bears_is_read_back(gz):
    place = confirmed(gz.resolve(["我爷爷在七院躺着，喘不上来气"], jurisdiction=ZHENGZHOU))
    assert place is not None and place.startswith("hosp-zzsdqrmyy-"), place


def test_the_other_centres_city_reads_its_own_numbered_hospital(gz):
    r = gz.resolve(["二院急诊楼门口"], jurisdiction=KAIFENG)
    place = confirmed(r)
    assert place is not None and place.startswith("hosp-kfsderrmyy-"), place


@pytest.mark.parametrize("said", ["七院门口", "俺在九人民医院"])
def test_a_number_the_other_centres_city_lacks_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert confirmed(r) is None, said


@pytest.mark.parametrize(
    ("said", "mill"),
    [
        ("棉五家属院，二楼", "lm-zz-guomian5chang"),
        ("俺住棉六生活区，老人摔倒了", "lm-zz-guomian6chang"),
        ("棉三宿舍楼那", "lm-zz-guomian3chang"),
    ],
)
def test_a_mill_said_by_its_trade_and_number(gz, said, mill):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.id == mill, said


def test_a_mill_said_by_its_number_alone_is_read_back(gz):
    assert confirmed(gz.resolve(["俺住棉六生活区，老人摔倒了"], jurisdiction=ZHENGZHOU)) == (
        "lm-zz-guomian6chang"
    )

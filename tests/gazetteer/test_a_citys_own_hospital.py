"""市人民医院 and 市中医院 said with no city: the city's own, or a county-level city's.

郑州's centre answers 巩义, 荥阳, 新密, 新郑 and 登封 too, county-level cities whose people call
their own hospitals 市人民医院 and 市中医院. Said alone, the words are a choice that reads the
city's own first; said with the city, or from a position in it, they are that city's.
"""

import pytest

from gazetteer import Position

from .answers import KAIFENG, ZHENGZHOU, confirmed

COUNTY_LEVEL_CITIES = {
    "市人民医院": {
        "hosp-gysrmyy-benbu",
        "hosp-xysrmyy-benbu",
        "hosp-xmsdyrmyy-benbu",
        "hosp-xzsrmyy-benbu",
        "hosp-dfsrmyy-benbu",
    },
    "市中医院": {
        "hosp-gyszyy-benbu",
        "hosp-xyszyy-benbu",
        "hosp-xmszyy-benbu",
        "hosp-xzszyy-benbu",
        "hosp-dfszyy-benbu",
    },
}


@pytest.mark.parametrize(
    ("said", "words", "own"),
    [
        ("市人民医院", "市人民医院", "hosp-zzrmyy"),
        ("市人民医院，急诊", "市人民医院", "hosp-zzrmyy"),
        ("就在那个市人民医院门口", "市人民医院", "hosp-zzrmyy"),
        ("市中医院住院部", "市中医院", "hosp-zzszyy"),
    ],
)
def test_said_alone_to_zhengzhou_it_is_a_choice_with_the_citys_own_first(gz, said, words, own):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) is None, said
    offered = [c.place.id for c in r.question.options]
    assert offered[0].startswith(own + "-"), offered
    assert COUNTY_LEVEL_CITIES[words] <= set(offered), offered


@pytest.mark.parametrize(
    ("said", "hospital"),
    [
        ("新郑 市人民医院", "hosp-xzsrmyy-benbu"),
        ("我在巩义，市中医院门口", "hosp-gyszyy-benbu"),
        ("登封的市人民医院急诊", "hosp-dfsrmyy-benbu"),
        ("荣阳市人民医院", "hosp-xysrmyy-benbu"),  # 荥阳 misheard: still its own
        ("郑州市人民医院", "hosp-zzrmyy-huanghelu"),
        ("新密市人民医院", "hosp-xmsdyrmyy-benbu"),
    ],
)
def test_said_with_the_city_it_is_that_citys(gz, said, hospital):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == hospital, said


def test_from_a_position_in_a_county_level_city_its_own_comes_first(gz):
    seat = gz.get("hosp-dfsrmyy-benbu")
    assert seat is not None
    near = Position(lat=seat.lat + 0.01, lon=seat.lon + 0.01, radius_m=3000.0)
    r = gz.resolve(["市人民医院"], jurisdiction=ZHENGZHOU, position=near)
    assert r.candidates[0].place.id == "hosp-dfsrmyy-benbu"


def test_kaifengs_centre_has_no_county_level_city_and_reads_its_own(gz):
    # 开封's counties call theirs 县医院 (杞县医院), not 市人民医院.
    r = gz.resolve(["市人民医院"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("hosp-kfsrmyy-")
    assert not COUNTY_LEVEL_CITIES["市人民医院"] & {c.place.id for c in r.candidates[:1]}


@pytest.mark.parametrize("part", ["住院部", "门诊楼", "急诊科", "病房楼"])
def test_a_part_of_the_hospital_is_no_slip_in_a_yuanqus_name(gz, part):
    # 市中医院住院部 had been read as 市中医院汝河路院区 or 中原路院区 misheard.
    r = gz.resolve([f"市中医院{part}"], jurisdiction=ZHENGZHOU)
    offered = {c.place.id for c in r.question.options}
    assert "hosp-zzszyy-wenhuagonglu" in offered, (part, offered)
    assert COUNTY_LEVEL_CITIES["市中医院"] <= offered, (part, offered)


@pytest.mark.parametrize(
    "said",
    ["市中医院汝河路院区住院部", "市中医院如河路院区", "郑州市中医院汝河路院区，急诊科"],
)
def test_a_yuanqu_said_by_name_with_a_part_is_still_that_yuanqu(gz, said):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == "hosp-zzszyy-ruhelu", said


def test_a_short_name_run_into_the_part_keeps_its_reading(gz):
    # 二中医 is no name held whole: 开封市第二中医院 read over 二中医住 stays.
    r = gz.resolve(["二中医住院部"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("hosp-kfsdezyy")

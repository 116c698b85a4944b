"""A floor said after a city or a place (开封市二楼, 郑州一楼大厅) is where in a building the
caller is: its numeral is no hospital's number, so the city's numbered hospitals (开封二院,
郑州一院, 郑州市三院) are not offered for it, read short of their 院 or loosely over the floor.
A hospital said whole keeps its answer, a floor said after it too."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))
NUMBERED_HOSPITALS = ("hosp-kfsderrmyy", "hosp-zzsdyrmyy", "hosp-zzsderrmyy", "hosp-zzsdsrmyy")


@pytest.mark.parametrize(
    ("said", "area"),
    [
        ("开封市二楼，一个饭店里有人晕倒了", KAIFENG),
        ("开封三楼，俺爸在楼梯口摔了", KAIFENG),
        ("在郑州市一楼大厅，有个老人躺地上", ZHENGZHOU),
        ("郑州 二层 一个办公室", ZHENGZHOU),
        ("郑州市三楼那个会议室里", ZHENGZHOU),
    ],
)
def test_a_floor_after_a_city_is_no_numbered_hospital(gz, said, area):
    r = gz.resolve([said], jurisdiction=area)
    ids = [c.place.id for c in r.candidates[:3]]
    assert not any(i.startswith(NUMBERED_HOSPITALS) for i in ids), (said, ids)
    assert r.question.kind != "confirm" or not r.question.options[0].place.id.startswith(
        NUMBERED_HOSPITALS
    ), said


@pytest.mark.parametrize(
    ("said", "area", "hospital"),
    [
        ("开封二院门诊二楼", KAIFENG, "hosp-kfsderrmyy"),
        ("开封市二院，三楼病房", KAIFENG, "hosp-kfsderrmyy"),
        ("郑州二院 五楼", ZHENGZHOU, "hosp-zzsderrmyy"),
        ("郑州市三院住院部四层", ZHENGZHOU, "hosp-zzsdsrmyy"),
    ],
)
def test_a_hospital_said_whole_keeps_its_answer_with_a_floor(gz, said, area, hospital):
    r = gz.resolve([said], jurisdiction=area)
    assert r.candidates and r.candidates[0].place.id.startswith(hospital), said

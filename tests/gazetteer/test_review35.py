"""Second review of set 35's learning, in other words and places than the learner's: a place's
kind said again with its last character taken as misheard (繁搭，塔跟前 is 繁塔) only when the
name as said is no place held — a name held as said (龙亭，湖旁边; 东风路，桥跟前) is that place
with another's kind beside it, not 龙湖 or 东风桥; and 高新 said short before 高新区 is the zone
said again, not the 中心医院's 高新院区 read back, which keeps its reading when its hospital is
said."""

import pytest

from gazetteer import Gazetteer, Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "kept"),
    [
        ("龙亭，湖旁边", KAIFENG, "lm-kf-longting"),
        ("开封龙亭，湖边跟前", KAIFENG, "lm-kf-longting"),
        ("东风路，桥跟前", ZHENGZHOU, "lm-zz-dongfenglu"),
    ],
)
def test_a_name_held_as_said_is_not_corrected_by_another_kind(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction, kept: str
) -> None:
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == kept, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        # A last character misheard is still put right by the kind said again.
        ("中原福搭，塔跟前", ZHENGZHOU, "lm-zz-zhongyuanfuta"),
        ("登封嵩岳寺搭，塔旁边", ZHENGZHOU, "lm-zz-songyuesita"),
    ],
)
def test_a_misheard_last_character_is_still_put_right(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction, place: str
) -> None:
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place, said


@pytest.mark.parametrize("said", ["在高新，就是高新区", "高新，高新区里头，有人摔了"])
def test_gaoxin_said_short_then_whole_is_the_zone(gz: Gazetteer, said: str) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-gaoxinqu", said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == "lm-zz-gaoxinqu"


@pytest.mark.parametrize("said", ["中心医院，高新这边", "市中心医院高新院区"])
def test_the_hospitals_gaoxin_site_keeps_its_reading(gz: Gazetteer, said: str) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "hosp-zzszxyy-gaoxin", said

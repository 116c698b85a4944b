"""Names said with a character lost, and places said with the area they lie in, on the
shipped data."""

import pytest

from gazetteer import Gazetteer, Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("二七纪念", "lm-zz-erqiguangchang"),  # 二七纪念塔, not 二七区 by its short name
        ("郑州二七纪念", "lm-zz-erqiguangchang"),
        ("紫荆山公", "lm-zz-zijingshangongyuan"),
        ("郑州人医院站", "lm-zz-metro-zhengzhourenminyiyuan"),  # 郑州人民医院站, short of 民
    ],
)
def test_a_name_short_of_a_character_is_found(gz: Gazetteer, said: str, place: str) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == place, said


def test_a_name_short_of_an_inner_character_is_found(gz: Gazetteer) -> None:
    # 河南省肿医院 is 河南省肿瘤医院 short of 瘤, as much as it sounds like 河南省中医院.
    r = gz.resolve(["河南省肿医院"], jurisdiction=ZHENGZHOU)
    hospitals = {c.place.parent for c in r.candidates[:4]}
    assert {"hosp-hnszlyy", "hosp-hnszyy"} <= hospitals


def test_a_name_short_of_a_character_is_offered_not_read_back(gz: Gazetteer) -> None:
    r = gz.resolve(["二七纪念"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert r.best is not None and not r.best.says_all


@pytest.mark.parametrize(
    "said",
    [
        "许昌文化路",  # 许昌 and 文化路 as written, not 许昌市文化路 short of 市
        "重庆市县城口县",  # 重庆市|县, not 重庆市忠县 short of 忠
        "南阳工业路",  # 工业路 as written, not 南阳理工 short of 理
    ],
)
def test_names_said_as_written_are_not_read_as_one_short_of_a_character(
    gz: Gazetteer, said: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.best is not None
    assert r.best.place.name not in ("忠县", "南阳理工学院"), said
    assert "南阳理工" not in r.best.matched and "重庆市忠县" not in r.best.matched, said


def test_a_lost_character_before_a_road_word_is_a_road(gz: Gazetteer) -> None:
    # 江南大街 is a street, not 江南大学 short of 学.
    r = gz.resolve(["江南大街"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "place"),
    [("郑东新区大玉米", "lm-zz-qianxiguangchang"), ("郑东新区千玺广场", "lm-zz-qianxiguangchang")],
)
def test_an_area_said_with_a_place_in_it_is_that_place(
    gz: Gazetteer, said: str, place: str
) -> None:
    # 千玺广场's address is in 郑东新区: the area said before it explains it, as a county does.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == place, said


def test_an_area_said_alone_is_the_area(gz: Gazetteer) -> None:
    r = gz.resolve(["郑东新区"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "lm-zz-zhengdongxinqu"


def test_an_area_does_not_make_a_look_alike_of_a_place_in_it_sure(gz: Gazetteer) -> None:
    # The metro station lies in the airport, but 新郑机场T2 names the airport, not the station
    # loosely read over T2.
    r = gz.resolve(["新郑机场T2"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "lm-zz-xinzhengjichang"


def test_a_road_name_as_written_is_not_another_road_short_of_a_character(gz: Gazetteer) -> None:
    # 焦作解放路: 解放路 is 焦作's road, held or not, not 解放中路 short of 中 (the road at a
    # 焦作 campus's gates).
    r = gz.resolve(["焦作解放路"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.kind in ("city", "district")
    assert r.best.place.admin.adcode.startswith("4108")


def test_a_city_at_the_head_keeps_a_road_look_alike_as_its_road(gz: Gazetteer) -> None:
    # 许昌 … 建设路: the look-alike 建设东路 (郑州's) stays, read as 许昌's road the data lacks.
    r = gz.resolve(["许昌打的，建设路"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.admin.adcode.startswith("4110")
    assert any(c.place.kind == "road" for c in r.candidates)

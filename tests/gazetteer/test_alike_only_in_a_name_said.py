"""A look-alike that agrees with the words only in a shorter name said whole at its start — the
rest it reads over sharing no character with the rest of its name — is not what the caller said:
they said the shorter name and went on to say where in it or by it they are (一附院急诊楼 names
none of the hospital's 院区, not 一附院西院 misheard; 宋城路上，挨着万达 is the road, not 宋城路站).
Each of the first lines below was answered otherwise before this reading."""

import pytest

from .answers import KAIFENG, ZHENGZHOU


@pytest.mark.parametrize("said", ["一附院急诊楼", "一附院急诊科门口", "郑大一附院急诊楼"])
def test_a_hospitals_part_names_none_of_its_sites(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said
    assert {c.place.id for c in r.candidates[:3]} >= {"hosp-zzu-1-heyi", "hosp-zzu-1-zhengdong"}


@pytest.mark.parametrize(
    ("said", "centre", "place"),
    [
        ("宋城路上，挨着万达那边", KAIFENG, "lm-kf-songchenglu"),
        ("文化路三小门口", ZHENGZHOU, "lm-zz-wenhualu"),
        ("经开区管委会办事大厅里", ZHENGZHOU, "lm-zz-jingkaiqu"),
    ],
)
def test_the_name_said_whole_comes_first(gz, said, centre, place):
    r = gz.resolve([said], jurisdiction=centre)
    assert r.candidates and r.candidates[0].place.id == place, said


@pytest.mark.parametrize(
    ("said", "centre", "place"),
    [
        # Where the rest shares the words said, the longer name stands (a slip in its rest).
        ("宋城路站 B口出来", KAIFENG, "lm-kf-songchengluzhan"),
        ("二附院住院楼下面", ZHENGZHOU, "hosp-zzu-2-jingbalu"),
        ("相国寺后院烧香那块", KAIFENG, "lm-kf-daxiangguosi"),
    ],
)
def test_what_was_right_stays(gz, said, centre, place):
    r = gz.resolve([said], jurisdiction=centre)
    assert r.candidates and r.candidates[0].place.id == place, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("五亿公园地下通道南口", "lm-zz-wuyigongyuan"),
        ("碧沙刚地下停车场入口", "lm-zz-bishagang"),
        ("会展中新地下车库入口", "lm-zz-huizhanzhongxin"),
    ],
)
def test_a_name_heard_by_its_sound_is_said_whole(gz, said, place):
    # 五亿公园 heard as 五一公园, then where by it: not 五一公园地铁站 read over 地下.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.id == place, said


@pytest.mark.parametrize(
    ("said", "centre", "place"),
    [
        # The longer name said (地铁站), and a slip after a two-character name (二七广汤).
        ("五亿公园地铁站B口", ZHENGZHOU, "lm-zz-metro-wuyigongyuan"),
        ("二七广汤 塔旁边", ZHENGZHOU, "lm-zz-erqiguangchang"),
    ],
)
def test_the_longer_name_said_stays(gz, said, centre, place):
    r = gz.resolve([said], jurisdiction=centre)
    assert r.candidates and r.candidates[0].place.id == place, said

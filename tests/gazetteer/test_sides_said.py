"""A side of a hospital or a university said with its gate, side or edge (一附院北门, 郑大南边,
省医东侧) is where at that place the caller stands, not the site named by that side (北院区,
南校区, 郑东院区), which lies kilometres away: that site is not read back to confirm. The site
said whole keeps its answer, with a gate of its own; a side said apart from the name, as which
site (郑大一附院，东边那个院区), still names it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "site"),
    [
        ("郑大一附院北门这儿，有个人晕倒了", "hosp-zzu-1-huiji"),
        ("一附院西门那条街上，电动车撞人了", "hosp-zzu-1-xi"),
        ("河南省人民医院南边那个公交站", "hosp-hnsrmyy-nan"),
        ("省医南门口，老太太摔了", "hosp-hnsrmyy-nan"),
        ("郑大东门外头的小吃街", "edu-4141010459-dongxiaoqu"),
        ("郑大南侧那个超市门口", "edu-4141010459-nanxiaoqu"),
        ("中医一附院东边那个药房", "hosp-hnzyydx-1-dong"),
        ("市骨科医院东门对面", "hosp-zzsgkyy-dong"),
    ],
)
def test_a_side_with_its_gate_is_not_the_site_named_by_the_side(gz, said, site):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    confirmed = r.question.options[0].place.id if r.question.kind == "confirm" else None
    assert confirmed != site, (said, confirmed)


@pytest.mark.parametrize(
    ("said", "site"),
    [
        ("一附院北院区西门", "hosp-zzu-1-huiji"),
        ("郑大北校区南门口", "edu-4141010459-beixiaoqu"),
        ("省人民医院南院区东门", "hosp-hnsrmyy-nan"),
        ("郑大一附院，东边那个院区，龙子湖那边", "hosp-zzu-1-zhengdong"),
    ],
)
def test_the_site_said_keeps_its_answer(gz, said, site):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.id == site, (
        said,
        [c.place.id for c in r.candidates[:3]],
    )


@pytest.mark.parametrize(
    ("said", "site"),
    [
        # The main gate said of a side (北大门, 西大门).
        ("一附院北大门这儿，有人吐血了", "hosp-zzu-1-huiji"),
        ("中医一附院东大门外头", "hosp-hnzyydx-1-dong"),
        # A corner said of two sides (东北角, 西南角): either side may name a site.
        ("郑大一附院西南角那个巷子", "hosp-zzu-1-xi"),
        ("河南省人民医院西南角", "hosp-hnsrmyy-nan"),
        ("市骨科医院东北角的小卖部", "hosp-zzsgkyy-dong"),
        # The gate at a corner (东北门), the main gate with 口 (北大门口), a wall (南墙), a way
        # in (南口), a side with 上 (西边上).
        ("中医一附院东北门", "hosp-hnzyydx-1-dong"),
        ("郑大北大门口有人晕倒了", "edu-4141010459-beixiaoqu"),
        ("省人民医院南墙外头", "hosp-hnsrmyy-nan"),
        ("省医南口那个报刊亭", "hosp-hnsrmyy-nan"),
        ("一附院西边上那个饭店", "hosp-zzu-1-xi"),
    ],
)
def test_a_main_gate_or_a_corner_is_not_the_site_named_by_the_side(gz, said, site):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    confirmed = r.question.options[0].place.id if r.question.kind == "confirm" else None
    assert confirmed != site, (said, confirmed)


@pytest.mark.parametrize(
    ("said", "holder"),
    [
        # A loose reading that takes in the side and its gate as a slip of another name
        # (郑大西侧学 as 郑大东校区's 郑大医学院, 郑航南侧 as 郑航南区, 儿童医院北门 as
        # 儿童医院地铁站) is not taken: the hospital or university is read, and which site asked.
        ("郑大西侧，学生摔了", "edu-4141010459"),
        ("郑航南侧，学生晕了", "edu-4141010485"),
        ("儿童医院北门，孩子烫伤了", "hosp-hnsetyy"),
    ],
)
def test_a_side_with_its_gate_is_not_a_slip_in_another_name(gz, said, holder):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    top = r.candidates[0].place if r.candidates else None
    chain = []
    while top is not None:
        chain.append(top.id)
        top = gz.parent(top)
    assert holder in chain, (said, [c.place.id for c in r.candidates[:3]])
    assert r.question.kind != "confirm", (said, r.question.options[0].place.id)

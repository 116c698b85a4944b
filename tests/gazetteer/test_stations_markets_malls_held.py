"""Coach and railway stations, wholesale markets and a mall that callers name, held since the
round of sets 19-20 (SOURCES.md, "Stations, coach stations, markets and malls callers name"):
found by what callers say, in other words than the bench lines, and no thief of other names."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("汽车中心站 售票厅那", "lm-zz-changtuqichezhongxinzhan"),
        # The station's closed north part is still named by callers.
        ("二马路汽车站", "lm-zz-changtuqichezhongxinzhan"),
        ("郑州客运南站 出站口", "lm-zz-keyunnanzhan"),
        ("客运北站 门口", "lm-zz-keyunbeizhan"),
        ("郑州高铁长途汽车枢纽站", "lm-zz-keyundongzhan"),
        ("上街车站", "lm-zz-shangjiezhan"),
        ("海棠寺火车站", "lm-zz-haitangsizhan"),
        ("万邦物流城 冷库", "lm-zz-wanbangwuliucheng"),
        ("百荣商城 二楼", "lm-zz-bairongshimao"),
        ("郑州鑫苑名家 北门", "lm-zz-xinyuanmingjia"),
        ("孟庄地铁站 出口", "lm-zz-metro-mengzhuang"),
        ("孟庄火车站", "lm-zz-mengzhuangzhan"),
    ],
)
def test_a_station_or_market_is_found_by_what_callers_say(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize("said", ["大宏万达 门口", "开封万达广场 三楼"])
def test_kaifengs_wanda_is_found_by_its_names(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-kf-dahongwanda"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # The metro's 海滩寺站 is another place from the railway's 海棠寺站.
        ("海滩寺站", "lm-zz-metro-haitansi"),
        # 郑州's own 万达 keep their names.
        ("二七万达", "lm-zz-erqi-wanda"),
        # 郑州东站 is not the coach station beside it.
        ("郑州东站 出站口", "lm-zz-zhengzhoudongzhan"),
        # A 批发市场 said with 华南城 is 华南城, not 万邦.
        ("华南城 批发市场", "lm-zz-huanancheng"),
        # A 社区 named 万邦 is that 社区, not the market.
        ("中牟 万邦社区", "adm-410122003004"),
        # Another 鑫苑 estate is its own 社区.
        ("鑫苑花园社区", "adm-410105015013"),
    ],
)
def test_the_new_places_take_no_other_places_name(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


def test_the_two_stations_named_mengzhuang_are_offered_both(gz):
    # The metro's and the intercity railway's 孟庄站 are about 1.7 km apart.
    r = gz.resolve(["孟庄站"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert {c.place.id for c in r.candidates[:2]} == {
        "lm-zz-mengzhuangzhan",
        "lm-zz-metro-mengzhuang",
    }


@pytest.mark.parametrize("said", ["客运站门口", "汽车站", "批发市场 卸货", "万达广场"])
def test_a_generic_station_or_market_word_confirms_no_single_new_place(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


# Branch data46 (SOURCES.md, "Coach stations of the county towns and malls of 郑州 callers name").
@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("在大上海城里面 一楼化妆品那", ZHENGZHOU, "lm-zz-dashanghaicheng"),
        ("新田360广场太康店 电梯口", ZHENGZHOU, "lm-zz-xintian360-taikanglu"),
        ("郑州二七杉杉奥莱 北门", ZHENGZHOU, "lm-zz-erqi-shanshanaolai"),
        ("荥阳市万达广场 地下车库", ZHENGZHOU, "lm-zz-xingyang-wanda"),
        ("新玛特国贸店 那个楼下", ZHENGZHOU, "lm-zz-dashangxinmate-guomao"),
        ("大商金博大店 门口", ZHENGZHOU, "lm-zz-jinboda"),
        ("香港新世界百货 门口", ZHENGZHOU, "lm-zz-xinshijiebaihuo"),
        ("开封新城吾悦广场 三楼", KAIFENG, "lm-kf-wuyueguangchang"),
    ],
)
def test_a_mall_held_since_data46_is_found(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # 中牟's 杉杉奥莱 keeps its names; the 二七 one is said with 二七.
        ("杉杉奥莱中牟店", "lm-zz-shanshanaotelaisi"),
        # The bare 新田360广场 names three stores: none is confirmed.
        ("新田360广场", None),
        # A bare 新世界 is not the store.
        ("新世界", None),
    ],
)
def test_the_data46_malls_take_no_other_name(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    confirmed = r.question.options[0].place.id if r.question.kind == "confirm" else None
    assert confirmed == place

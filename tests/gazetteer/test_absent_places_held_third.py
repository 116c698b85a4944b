"""Places callers in 郑州 and 开封 named that the data did not hold, third round (SOURCES.md,
"Police, a mall and a coach station callers named, third round"): public-security bureaus
and police stations, the outlet mall of 中牟 and 开封's west coach station, found by what
callers say — short names, typos, a county said first — in other words than the bench lines;
the towns, roads and stations whose names they share keep theirs; and a kind of building said
alone, or another county's building of the kind, is no one of them."""

import pytest

from .answers import KAIFENG, ZHENGZHOU
from .answers import confirmed as _confirmed


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # The outlet mall, by its brand's short name, with its county, and misheard.
        ("中牟杉杉奥莱 北门", "lm-zz-shanshanaotelaisi"),
        ("杉杉奥特莱斯广场 停车场出口", "lm-zz-shanshanaotelaisi"),
        ("衫衫奥莱 里头", "lm-zz-shanshanaotelaisi"),
        # Bureaus, said with their county or district, short or mistyped.
        ("金水区公安分局 大厅", "lm-zz-gonganju-jinshui"),
        ("郑东新区公安分局 门口", "lm-zz-gonganju-zhengdong"),
        ("中牟公安局门口", "lm-zz-gonganju-410122"),
        ("中牟县工安局", "lm-zz-gonganju-410122"),
        ("新郑公安局 办证大厅", "lm-zz-gonganju-410184"),
        ("新鄭市公安局", "lm-zz-gonganju-410184"),
        ("登封市公按局 院里", "lm-zz-gonganju-410185"),
        # Police stations, by the name callers use.
        ("金水区 南阳路派出所 门口", "lm-zz-paichusuo-nanyanglu"),
        ("新烟街派出所 户籍窗口", "lm-zz-paichusuo-xinyanjie"),
        ("金水 杜岭派出所 门口", "lm-zz-paichusuo-duling"),
        ("新郑 观音寺派出所 院里", "lm-zz-paichusuo-guanyinsi"),
        ("登封颍阳派出所", "lm-zz-paichusuo-yingyang"),
    ],
)
def test_a_place_of_zhengzhou_is_found_by_what_callers_say(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert _confirmed(r) == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("开封西站 候车厅", "lm-kf-qichexizhan"),
        ("开封气车西站 售票口", "lm-kf-qichexizhan"),
        ("顺河公安分局 门口", "lm-kf-gonganju-shunhe"),
        ("铁塔派出所 值班室", "lm-kf-paichusuo-tieta"),
    ],
)
def test_a_place_of_kaifeng_is_found_by_what_callers_say(gz, said, place):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert _confirmed(r) == place


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        # The towns police stations are named after keep their names, and so does the town
        # whose clinic was tried and taken out (巩义's 米河镇).
        ("新郑观音寺镇 集上", ZHENGZHOU, "adm-410184103"),
        ("巩义米河镇 街上", ZHENGZHOU, "adm-410181100"),
        ("杜岭街道 办事处", ZHENGZHOU, "adm-410105004"),
        # The roads a station is named after keep theirs, and their crossings.
        ("南阳路 北三环 那个路口", ZHENGZHOU, "xing-lm-zz-beisanhuan-lm-zz-nanyanglu"),
        # 郑州's closed west coach station keeps its name, and 开封's main coach station its own.
        ("郑州汽车西站", ZHENGZHOU, "lm-zz-keyunxizhan"),
        ("开封客运中心站 门口", KAIFENG, "lm-kf-keyunzhongxinzhan"),
        # 新郑's government is not its police.
        ("新郑市政府", ZHENGZHOU, "lm-zz-gov-410184"),
    ],
)
def test_the_new_places_take_no_other_places_name(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        # A kind of building said alone is no one building.
        ("派出所 门口", ZHENGZHOU),
        ("卫生院", ZHENGZHOU),
        ("公安局", KAIFENG),
        ("奥特莱斯 门口", ZHENGZHOU),
        ("西站", KAIFENG),
        # Another county's bureau, station or clinic, which the data does not hold, is not
        # read as a held one of the kind.
        ("荥阳市公安局", ZHENGZHOU),
        ("巩义市公安局 门口", ZHENGZHOU),
        ("二七区公安分局 门口", ZHENGZHOU),
        ("郑州市公安局", ZHENGZHOU),
        ("杞县公安局", KAIFENG),
        ("开封市公安局", KAIFENG),
        ("官渡镇卫生院", ZHENGZHOU),
        ("官渡镇派出所", ZHENGZHOU),
        ("巩义卫生院", ZHENGZHOU),
        ("中牟县政务服务中心", ZHENGZHOU),
    ],
)
def test_a_kind_or_another_countys_building_confirms_nothing(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm"

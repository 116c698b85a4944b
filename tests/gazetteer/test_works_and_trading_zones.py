"""Works, a freight yard and a wholesale market of 郑州 and 开封 that callers name (SOURCES.md,
"Works, freight yards and trading zones of 郑州 and 开封 callers name"): a works found by its
maker and city and its short forms; the yard by its port's name; the market by its short names —
in other words than the bench and probe lines. The maker's name alone, a dealer of the maker, a
kind said alone and a works' housing (家属院, 生活区) confirm none of them, and the estate, malls
and community whose names they share keep theirs."""

import pytest

from .answers import KAIFENG, ZHENGZHOU
from .answers import confirmed as _confirmed


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        # Car and bus works of 郑州, by the maker with the city or with 厂.
        ("郑州日产 厂区里头", ZHENGZHOU, "lm-zz-zhengzhourichan"),
        ("郑州日产二厂 食堂", ZHENGZHOU, "lm-zz-zhengzhourichan"),
        ("宇通客车 车间门口", ZHENGZHOU, "lm-zz-yutonggongyeyuan"),
        ("郑州宇通工业园 西门", ZHENGZHOU, "lm-zz-yutonggongyeyuan"),
        ("上汽郑州工厂 门卫室", ZHENGZHOU, "lm-zz-shangqi-zhengzhoujidi"),
        # 上街's aluminium works by the company's full name and the name of its works together.
        ("中国铝业河南分公司 大门", ZHENGZHOU, "lm-zz-zhonglv-henan"),
        ("中铝郑州企业 办公楼", ZHENGZHOU, "lm-zz-zhonglv-henan"),
        # The container yard by its port's name and without the city.
        ("郑州铁路口岸 查验区", ZHENGZHOU, "lm-zz-jizhuangxiangzhongxinzhan"),
        ("铁路集装箱中心站 堆场", ZHENGZHOU, "lm-zz-jizhuangxiangzhongxinzhan"),
        # The moved textile market.
        ("郑州锦荣商贸城 三楼", ZHENGZHOU, "lm-zz-jinrongshangmaocheng"),
        # The counties' industrial parks, by their town's or county's name.
        ("五龙工业园 里面一个厂", ZHENGZHOU, "lm-zz-xingyang-wulongchanyejijuqu"),
        ("荥阳五龙产业集聚区 一个厂房里", ZHENGZHOU, "lm-zz-xingyang-wulongchanyejijuqu"),
        ("中牟汽车产业集聚区 大门", ZHENGZHOU, "lm-zz-zhongmou-qicheyuan"),
        # 开封's two works.
        ("开封奇瑞汽车厂 宿舍楼", KAIFENG, "lm-kf-qiruiqiche"),
        ("奇瑞汽车开封基地 焊装车间", KAIFENG, "lm-kf-qiruiqiche"),
        ("开封空分集团有限公司 门口", KAIFENG, "lm-kf-kongfen"),
    ],
)
def test_a_works_or_zone_is_found_by_what_callers_say(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert _confirmed(r) == place


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        # The estate, malls and station sharing a word with them keep their names.
        ("宇通花园 3号楼", ZHENGZHOU, "adm-410104006010"),
        ("锦艺城 负一楼", ZHENGZHOU, "lm-zz-jinyicheng"),
        ("郑州华南城 五金区", ZHENGZHOU, "lm-zz-huanancheng"),
        ("郑州东站 出站口", ZHENGZHOU, "lm-zz-zhengzhoudongzhan"),
        # 车厂 and 车场 sound alike: a car park is not the bus works.
        ("东站 地下网约车停车场", ZHENGZHOU, "lm-zz-zhengzhoudongzhan"),
        # The village and the coach station sharing their words keep theirs.
        ("荥阳五龙寨村 村口", ZHENGZHOU, "adm-410182200223"),
        ("中牟汽车东站 候车室", ZHENGZHOU, "lm-zz-zhongmou-qichedongzhan"),
        # The housing of the old 空分 works is 顺河's 空分社区, not the new works in 杏花营.
        ("空分厂家属院 二号楼", KAIFENG, "adm-410203004021"),
        ("开封空分厂 家属院", KAIFENG, "adm-410203004021"),
    ],
)
def test_the_new_places_take_no_other_places_name(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        # A maker alone, its dealer, and a kind said alone are no one of them.
        ("日产专卖店", ZHENGZHOU),
        ("宇通 门口", ZHENGZHOU),
        ("奇瑞专卖店 门口", KAIFENG),
        ("综合保税区", ZHENGZHOU),
        ("铝厂", ZHENGZHOU),
        # The works' housing is another place than the works.
        ("上街 铝厂家属院 6号楼", ZHENGZHOU),
        ("中铝 生活区", ZHENGZHOU),
        ("空分", KAIFENG),
        ("开封空分", KAIFENG),
        ("商贸城 门口", ZHENGZHOU),
        ("汽车园 门口", ZHENGZHOU),
        ("工业园 里面", ZHENGZHOU),
    ],
)
def test_a_maker_or_a_kind_confirms_nothing(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm"

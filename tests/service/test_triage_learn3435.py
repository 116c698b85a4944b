"""Triage word families from learning the thirty-fourth and thirty-fifth blind sets by cause, not by
phrase (bench/data/learn3435-probe.tsv): a poison that kills later (a crop spray with drool or
pinpoint pupils, a toilet cleaner named by its use, a toddler into pills for the pressure or the
sugar, a scorpion's venom signs), a fall out of a window said by the floor, a pot of something hot
over the body, a fall and sleepy since, a headache struck like a blow, a face swollen with a hoarse
voice, someone silent behind a locked door or found cold, Cantonese drowning, hacking and no
breath, a suicide with the means at hand, a stented heart hurting again, a walk pulling to one
side, and words used loosely (憋死, a chest strained lifting) — each said here in other words than
any line of the held-out sets, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A spray's poisoning by its signs, however the spraying is said.
        ("他打完药回来浑身打摆子,一直吐,口水哗哗地流", "critical"),
        ("我舅在果园喷完农药,人就倒了,眼珠子缩得跟针尖似的", "critical"),
        # Spraying with nothing after it, a sip spat out.
        ("他打了一下午农药,人好好的,就是手背上有点痒", "routine"),
        ("他把洗衣液当饮料喝了一小口,马上吐了,现在说话正常,就是嗓子有点辣", "urgent"),
    ],
)
def test_a_poison_that_kills_later_by_its_signs(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A toilet cleaner named by its use; a toddler into pills for the pressure or the sugar.
        ("孩子把马桶清洁剂喝了一口,嘴里起白沫,一直呕", "critical"),
        ("我两岁的孙子偷吃了我的降糖药,吃了三片,现在还在玩", "critical"),
        ("外孙女一岁多,把她姥爷的降压片嚼了一颗", "critical"),
        # Other pills on the sly stay sent; pills counted and none gone are no intake.
        ("孩子偷吃了两颗维生素,就是那种甜的,现在挺好", "routine"),
    ],
)
def test_pills_and_cleaners_that_kill_a_child(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A scorpion with the venom's own signs.
        ("孩子一岁半,被蝎子蜇了脚,现在浑身发抖,口水往外淌", "critical"),
        ("我让蝎子扎了一下,现在舌头发麻,浑身哆嗦", "critical"),
    ],
)
def test_a_scorpion_with_venom_signs(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Out of a window or over a railing, the height only the floor lived on.
        ("我们家住八楼,孩子从窗户爬出去掉下去了", "critical"),
        ("俺家在十五楼,娃从阳台栏杆那儿掉下去了", "critical"),
        ("老人踩着椅子擦窗户,没站稳翻出去了,我家是七楼", "critical"),
        # A fall inside the flat, or a thing dropped: no fall from height.
        ("我家住九楼,孩子在屋里从椅子上摔下来,膝盖磕青了,走路没事", "routine"),
        ("我住十二楼,晾衣服的时候手机掉下去了,能帮忙找吗", "unknown"),
    ],
)
def test_a_fall_out_said_by_the_floor(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A pot of something hot over the body, the skin curling.
        ("他被滚油泼了一身,肚子和两条腿上都是", "critical"),
        ("一锅开水从头上浇下来,脸脖子胸口全红了,皮都卷起来了", "critical"),
        ("锅炉漏汽,工人遭烫惨了,背上皮都脱了", "critical"),
        # A splash, a few blisters on a foot, a basin of cold water over a child.
        ("炒菜溅了点油在手背上,起了个小泡", "routine"),
        ("一盆凉水打翻了,浇了孩子一身,衣服全湿了", "unknown"),
        ("热水壶倒了,烫到脚背,红了一片起了几个泡", "urgent"),
    ],
)
def test_a_burn_by_its_extent(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A fall with no helmet and sleepy since; a headache struck like a blow.
        ("他骑电动车没戴头盔摔了,回来一直在睡,叫醒一下又睡过去", "critical"),
        ("她说脑袋像被人拿棍子打了一下,疼得要命,脖子也发硬了", "critical"),
        ("我爸说后脑勺像挨了一闷棍,现在问他话反应慢半拍", "critical"),
        # A knock with the patient clear; a headache after a bad night.
        ("他骑车摔了磕到头,破了个口子流了点血,人清醒说话正常", "urgent"),
        ("昨晚没睡好,头有点疼", "routine"),
    ],
)
def test_a_head_knock_or_a_thunderclap(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The airway closing in a reaction.
        ("他吃了海鲜,嘴唇眼睛都肿起来了,声音也哑了", "critical"),
        ("我……过敏……喉咙……关上了……", "critical"),
        # A hoarse voice with a cold, hay fever.
        ("感冒好几天了,嗓子都哑了,有点咳嗽", "routine"),
        ("扁桃体发炎肿起来了,声音哑了", "urgent"),
        ("花粉过敏,打喷嚏流鼻涕,嗓子有点痒", "routine"),
    ],
)
def test_an_airway_closing_in_an_allergy(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Silent behind a locked door, or found cold.
        ("邻居老太太好几天没出门,门锁着,敲门没人应,屋里电视一直开着", "critical"),
        ("我哥在厕所里门反锁了半个小时,喊也不应", "critical"),
        ("老人家早上被发现靠在沙发上,身子已经凉了", "critical"),
        # Keys locked in, a child sulking, a meal gone cold.
        ("我把钥匙锁屋里了,进不去门", "unknown"),
        ("孩子把自己反锁在房间里打游戏,叫他吃饭也不出来", "unknown"),
        ("我是送快递的,门锁着,敲门没人应", "unknown"),
    ],
)
def test_silent_behind_a_locked_door_or_found_cold(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Cantonese drowning, hacking and no breath.
        ("我老豆跌落海,捞返上嚟唔识郁", "critical"),
        ("阿爷佢冇气喇,快啲嚟", "critical"),
        ("佢俾人劈亲个头,血流唔停", "critical"),
        ("佢手臂界咗好大条口,血流到成地都系", "critical"),
        # A ball or a tyre gone flat, a walker out of breath, a small cut.
        ("个波冇气,我想问下边度可以打气", "unknown"),
        ("我切菜界亲手指,流咗少少血,贴咗胶布", "routine"),
    ],
)
def test_cantonese_drowning_hacking_and_no_breath(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A height with a blade or a plea; a wish with the means laid out.
        ("我在……楼顶……手里……拿着刀……别来找我", "critical"),
        ("我姐说活着没意思,把一堆安眠药都摆在床上了,现在不接电话", "critical"),
        # Low mood with no means; a helpline asked about.
        ("我最近心情不好,老想哭,有时候觉得活着没意思,想找个人说说", "urgent"),
        ("我想问一下,心理援助热线是多少", "unknown"),
        ("他在天台上晾被子,你别过来帮忙了", "unknown"),
    ],
)
def test_a_suicide_with_the_means_at_hand(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A stented heart hurting again; a walk pulling to one side.
        ("我……搭过桥……又疼了……后背也疼……汗……湿透了", "critical"),
        ("我爸突然走路往一边倒,站不稳,头晕得厉害", "critical"),
        # A check-up after a stent; a head rush.
        ("我爸做过支架,今天去复查,想约个车", "routine"),
        ("蹲久了站起来头有点晕,一会儿就好了", "routine"),
    ],
)
def test_a_stented_heart_and_an_unsteady_walk(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 憋死 of held bowels, a chest strained lifting: everyday words.
        ("憋死我了,好几天没解大便,肚子胀", "routine"),
        ("我快憋死了,四天没拉屎了,别的都还好", "routine"),
        ("不是心脏病,是搬东西把胸口的肌肉扭了,一按就疼,呼吸没问题", "routine"),
        # 憋 of a breath, a chest with a sweat: still critical.
        ("憋得喘不上气,嘴唇都紫了", "critical"),
        ("胸口疼,一身冷汗,搬东西的时候开始的", "critical"),
    ],
)
def test_words_used_loosely(text: str, level: str) -> None:
    assert _level(text) == level

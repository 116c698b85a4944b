"""Where the twenty-fourth set's learning, or the rules beside it, read the world wrong or not at
all, each said here in yet other words. What is no overdose: medicine prescribed as many and not yet
taken. What is no stab: a finger's 头, and a Wu 阿拉 that holds no 拉 of blood passed. What is not
不醒: the caller's no said to the family. What is sent as the learning meant, said otherwise: a
child pitched or stepped into water boiling, a swimmer going under or a fisher taken by a wave, a
breath eased after a flight or a game, a mind said clear awake again after a fall. What keeps a
collapse's floor and no more: a faint said by another and denied. What is a stroke's sign: speech
unclear the day after a drink. What is not sent: a swallow failing for months.
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
        # Prescribed as many in a word, or said not yet taken: no overdose…
        ("大夫给开了很多片降压药，还没吃呢，就是膝盖疼", "routine"),
        ("医院开了一大堆药片，我爸还没开始吃，现在有点咳嗽", "routine"),
        ("药瓶是满的，一颗都没动，孩子就是拿着玩，好好的", "unknown"),
        # …none left, or taken, still is.
        ("安眠药一颗都没剩，她吃了好多片，现在叫不醒", "critical"),
        ("孩子把奶奶的降糖药吃了很多片，这会儿直冒虚汗", "critical"),
        ("他吃了好多片安眠药，还没吃饭呢，现在迷迷糊糊的", "critical"),
    ],
)
def test_pills_prescribed_not_taken(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A finger's 头 is not the trunk's; Wu 阿拉 passes no blood…
        ("我爸脚趾头被钉子扎了，出了点血", "urgent"),
        ("阿拉阿姐手指头拨刀划了一道口子", "urgent"),
        ("阿拉外婆讲伊头有眼晕，血压老高个", "urgent"),
        # …a blade in the trunk, and blood passed said plainly, still are critical.
        ("他肚子上被人捅了一刀，血一直往外冒", "critical"),
        ("阿拉爷爷屙血了，屙了交关，面孔煞白", "critical"),
        ("手指头被划了，脖子上也被砍了一刀", "critical"),
    ],
)
def test_finger_and_wu_pronoun(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The caller's no to the family is not 不醒…
        ("我婆婆要给孩子抹酱油，我说不行，就是手背烫红了一小块", "urgent"),
        ("他要自己骑车去医院，那可不行，他脚崴了肿得老高", "urgent"),
        # …a patient who is failing and will not wake still is.
        ("我爸不行了，怎么喊都不醒", "critical"),
        ("我说不行，得叫车，他叫不醒了", "critical"),
    ],
)
def test_no_said_to_the_family(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Pitched or stepped into water boiling, over the body: a large scald…
        ("小孙女栽到刚烧滚的汤锅里，肚子胸口全烫得起泡脱皮", "critical"),
        ("孩子一脚踩进滚烫的开水盆，两条腿烫得起泡", "critical"),
        # …one foot blistered is a scald to send, and water not hot no scald at all.
        ("孩子一脚踩进刚烧开的水盆，一只脚烫得起了泡", "urgent"),
        ("孩子一脚踩进洗脚盆，水不烫，就是吓哭了", "routine"),
    ],
)
def test_scald_pitched_or_stepped_in(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A swimmer going under or a fisher taken by a wave, still in the water…
        ("我同学在池塘里游泳，腿抽筋了，一沉一浮的", "critical"),
        ("我爸在水库钓鱼被浪卷走了，还在水里呼救", "critical"),
        # …one who swam and came out, or never went in, is not drowning.
        ("早上去游泳，游完了膝盖有点疼，想去看看", "routine"),
        ("钓鱼的时候被鱼线勒了一下手，破了点皮", "routine"),
    ],
)
def test_still_in_the_water_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A breath eased after a flight or a game: the effort's…
        ("我妈上了一趟楼喘得不行，坐下歇了会儿就缓过劲了", "routine"),
        ("儿子打完篮球喘得厉害，歇了十分钟就不喘了", "routine"),
        # …not after a few steps, not eased, or with the chest beside it.
        ("她上了一趟楼喘不上气，歇了半天也没缓过来，嘴唇发紫", "critical"),
        ("打完篮球胸口疼得厉害，出了一身冷汗，歇了会儿也没好", "critical"),
        ("走了几步就喘，歇了会儿就好了，这几天越来越厉害", "urgent"),
    ],
)
def test_effort_breath_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Muddled after a fall, clear awake again: sent, not critical…
        ("我奶奶在厨房滑倒磕着后脑勺，刚才有点迷糊，这会儿清醒了", "urgent"),
        ("他下楼梯摔了磕到头，懵了一下，现在人清醒了，说话也清楚", "urgent"),
        # …but not beside a mind that keeps going, a stroke's signs or a vomiting that goes on.
        ("摔到头以后迷糊了一阵，现在清醒了，可是一直吐，越来越想睡", "critical"),
        ("老人摔了一跤，刚才迷糊，现在清醒了，就是右边手脚不会动了", "critical"),
    ],
)
def test_mind_clear_awake_again(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A faint said by another and taken back (其实没有) was never there…
        ("他同事说他晕过去了，其实没有，他一直是清醒的", "routine"),
        # …denied by a bare no, it keeps a collapse's floor and no more…
        ("邻居讲她昏过去了，没有，她一直醒着，就是头晕", "urgent"),
        # …one who fainted and has stayed awake since is a collapse that passed, still sent…
        ("她刚才晕过去了，醒了以后一直醒着", "urgent"),
        # …and one who does not wake now is critical whoever said what.
        ("他们说他一直醒着，可他现在叫不醒了", "critical"),
    ],
)
def test_faint_denied(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Speech unclear the day after a drink: not the drink's tongue…
        ("昨天晚上喝了不少酒，今天早上起来说话含糊，头也疼", "critical"),
        ("夜儿个喝多了，今儿说话大舌头，老是掉东西", "critical"),
        # …a hangover that speaks clearly, or a drinker still drunk, is the drink's.
        ("昨晚喝多了，今天早上头疼想吐，说话清清楚楚", "routine"),
        ("他从昨晚喝到今天，喝多了，说话大舌头", "urgent"),
    ],
)
def test_slurred_the_day_after(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A swallow failing for months is a long illness to be seen…
        ("我爸吃东西咽不下去大半年了，人瘦了一圈，想约车去检查", "routine"),
        # …one that fails now is sent.
        ("我奶奶今天中午突然啥都咽不下去了，连口水都咽不下", "urgent"),
    ],
)
def test_swallow_failing_for_months(text: str, level: str) -> None:
    assert _level(text) == level

"""Triage word families of holdout40's learning, second-reviewed: a burnt airway told by singed
hair or a voice gone rough (发哑) after a fire; a fuel gas smelled behind a door someone shut
themselves behind; the baby's head said 脑袋 or pushed out below; heat said taken (晒着了,
热着了) with a dizziness, the mind clear; water breathed in said 呛着水 or in a pool, with a
cough that goes on; a nosebleed said with 淌 and stopped; a drink gone the wrong way said over;
a fallen child run off to play again — in other words than the learning's own, with near-misses
that must keep their level.
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
        ("屋里失火了，我婆婆被抱出来，鼻毛全焦了，喘气呼呼的", "critical"),
        ("着火的屋里跑出来一个人，说话发哑，脸上有点烫伤", "critical"),
        ("火场救出来的小伙子眉毛都焦了，说嗓子发紧", "critical"),
        # A rough voice with no fire said.
        ("这两天感冒了，说话有点发哑，不发烧", "routine"),
    ],
)
def test_a_burnt_airway_said_by_singed_hair_or_a_rough_voice(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("儿子跟他爸吵完把自己锁在卧室，门缝里一股煤气味", "critical"),
        ("她把自己关在屋里，叫不开门，闻着有燃气味", "critical"),
        # A door that will not open with no gas.
        ("孩子把自己锁在屋里打游戏，叫不开门，也没啥事", "unknown"),
    ],
)
def test_gas_smelled_behind_a_door_someone_shut(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我老婆要生了，宝宝的脑袋已经冒出来了", "critical"),
        ("羊水破了，孩子脑袋露出来了，来不及去医院", "critical"),
        # An animal's young, a pimple.
        ("家里母羊生小羊，小羊脑袋冒出来了卡着，兽医在哪", "unknown"),
        ("孩子脑袋上冒出来一个小疙瘩，不疼", "routine"),
    ],
)
def test_the_babys_head_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺娘在地里晒着了，头有点晕，人明白着哩", "urgent"),
        ("老头热着了，头晕，出汗，能说话", "urgent"),
        # Heat taken with a changed mind or no answer stays critical.
        ("俺爹晒着了，人迷糊了，叫也不应", "critical"),
        ("热着了，一头栽倒，叫不醒", "critical"),
    ],
)
def test_heat_said_taken(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子在澡盆里呛着水了，咳得停不下来，哭声挺大", "urgent"),
        ("泳池呛水了，一直咳嗽，人是清醒的", "urgent"),
        # Limp or blue after the water stays critical; a cough over at once is routine.
        ("孩子在泳池呛水了，捞上来软软的，嘴唇发紫", "critical"),
        ("喝水呛到了，咳了两声就好了", "routine"),
    ],
)
def test_water_breathed_in_coughing_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺闺女鼻子淌血了，按了一会儿不淌了", "routine"),
        # One that will not stop is no nosebleed over.
        ("鼻子淌血淌了半个钟头，按着还止不住", "urgent"),
    ],
)
def test_a_nosebleed_said_tang(text: str, level: str) -> None:
    assert _level(text) in ({"urgent", "critical"} if level == "urgent" else {level})


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小孩摔了个屁股墩，爬起来又跑了", "routine"),
        ("孩子从滑梯上摔下来，哭了两声又跑去玩了", "routine"),
        # A fall from a height, or sleepy after, stays as it is.
        ("孩子从三楼摔下来，爬起来又跑了两步就倒了，叫不醒", "critical"),
    ],
)
def test_a_fallen_child_running_again(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("晚上从床上掉下来磕到头，现在一直打呼噜", "critical"),
        ("夜里起来上厕所摔倒，磕着后脑勺，这会儿打呼噜", "critical"),
        # The usual snore after a knock said beside it.
        ("晚上磕了一下头，起个包，睡觉照样打呼噜，平时就这样", "urgent"),
    ],
)
def test_snoring_now_after_a_blow_at_night(text: str, level: str) -> None:
    assert _level(text) == level

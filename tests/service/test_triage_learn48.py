"""Triage word families learned from the forty-eighth blind set's misses (the mind and
substances: drink, overdoses, psychiatric crises, self-harm, panic and fights): no breath said
with 气 to the last wisp and no heartbeat said bare; unconscious said 昏着; someone lying who
does not move, said apart; someone shut in by their own hand and silent; a fire with someone
still inside; a pool of blood said 一大摊; a sedative named and taken beside heavy eyelids or
drowsiness; and, kept lower, a call or raving that is no slurred speech, a defibrillator asked
about, visions of a withdrawal, scratches said 血道子, a few sleeping pills with the patient
well, a fight whose only hurt is a limb grazed and a panic attack named with its racing breath
— each said here in other words than any line of bench/, with near-misses that must keep their
level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我把手放他鼻子底下试了试，半点气都没有", "critical"),
        ("老人家靠在沙发上，一丝气息都没有", "critical"),
        ("我把耳朵贴他胸口上，没有心跳", "critical"),
        # No strength, no racing heart, the beat asked after.
        ("干了一天活，身上一点力气也没有，想歇歇", "not critical"),
        ("没有心跳加速，也没胸闷，就是有点头晕", "not critical"),
        ("接线员问我有没有心跳，我不会摸", "not critical"),
    ],
)
def test_no_breath_to_the_last_wisp_and_no_heartbeat_said_bare(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他从梯子上掉下来，人还昏着呢", "critical"),
        ("她被人推倒磕了后脑勺，一直昏着", "critical"),
        # A head that still swims.
        ("感冒了两天，头还昏着，鼻子不通气", "not critical"),
    ],
)
def test_unconscious_said_lasting(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("路边躺着个喝醉的，脸朝下，不动", "critical"),
        ("倒在门口一个骑车的，脑袋磕破了，不动", "critical"),
        # A stillness that spares a pain.
        ("躺在地上休息了一会，腿不动就不疼", "not critical"),
    ],
)
def test_someone_lying_who_does_not_move(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他喝了酒说活着没意思，自己关在厕所里，敲门没人应", "critical"),
        ("她说不想过了，把自己锁在阳台那屋，敲门也不应", "critical"),
        # A daughter sulking behind the door.
        ("女儿生气把自己锁卧室里了，敲门不应，在里面放音乐", "not critical"),
    ],
)
def test_shut_in_by_their_own_hand_and_silent(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("仓库失火了，看门的大爷还没出来", "critical"),
        ("出租屋一直冒浓烟，喝醉那个人还在屋里", "critical"),
        # A fire set and put out.
        ("有人在楼道里放火烧垃圾，已经灭了，没人受伤", "not critical"),
    ],
)
def test_a_fire_with_someone_still_inside(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他从电动车上摔下来，膝盖那儿血流了一大摊", "critical"),
        ("脸上被玻璃划了，血淌了好大一片", "critical"),
        # Water, not blood.
        ("鱼缸打碎了，水流了一大摊，人没事", "not critical"),
    ],
)
def test_a_pool_of_blood_said_large(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("她把存的劳拉西泮全吃了，眼睛都睁不开了", "critical"),
        ("吃了艾司唑仑，人一直犯迷糊想睡", "critical"),
        # A sedative prescribed, asked about.
        ("医生给开了阿普唑仑，每天一片，想问问副作用", "not urgent"),
    ],
)
def test_a_sedative_named_and_taken_with_a_changed_state(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A call, and a patient's raving: no slurred speech.
        ("我是替邻居打的电话，他家啥情况我不清楚", "unknown"),
        ("他一直说胡话，乱喊乱叫", "not critical"),
        # Speech that is slurred, beside a call.
        ("打电话时他话说得含含糊糊的", "critical"),
    ],
)
def test_a_call_or_raving_is_no_slurred_speech(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("社区想采购两台AED，得走什么手续", "unknown"),
        ("咱们厂配备了除颤器，想请你们来培训一下", "unknown"),
        # One fetched for someone down.
        ("楼下有人倒了，同事拿来了除颤器", "critical"),
    ],
)
def test_a_defibrillator_asked_about(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("酒戒了两天，半夜说墙上有虫子，直往外跑", "urgent"),
        ("吸完冰说看到虫子从手上爬出来", "urgent"),
        ("她闭上眼就看见有人在屋里走", "urgent"),
        # A real insect, a child frightened.
        ("墙角有虫子在爬，孩子吓哭了", "not urgent"),
    ],
)
def test_visions_of_a_withdrawal_or_a_drug(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("她喝醉了挠自己，胳膊上全是血道子", "not critical"),
        # Blood all over said too.
        ("脖子上全是血，是血道子还是伤口看不清", "critical"),
    ],
)
def test_scratches_said_as_blood_streaks(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("她心里烦，晚上吃了几片安眠药，这会儿还能跟我聊天", "urgent"),
        ("昨晚吃了一片安眠药，今天起来有点没精神", "routine"),
        # A few with eyes that will not open, and a child's.
        ("我爸吃了几片安眠药，现在眼睛都睁不开了", "critical"),
        ("孩子吃了两片安眠药", "critical"),
    ],
)
def test_a_few_sleeping_pills_with_the_patient_well(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("被人打了几下，手背蹭破了，没啥事", "routine"),
        ("跟人打架，膝盖擦破了一点，能走", "routine"),
        # A graze beside no answer, or beside a cut head.
        ("打架以后手背擦破了，人叫不醒", "critical"),
        ("打架头上破了个口子，手也擦破了", "urgent"),
    ],
)
def test_a_fight_whose_only_hurt_is_a_limb_grazed(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他惊恐障碍又犯了，呼吸急得不行，喘不上气", "urgent"),
        ("焦虑发作的时候喘不过气，手心全是汗", "urgent"),
        # A blue lip beside it.
        ("焦虑症发作，嘴唇发紫，喘不过气", "critical"),
    ],
)
def test_a_panic_attack_named_with_a_racing_breath(text: str, level: str) -> None:
    assert_level(text, level)

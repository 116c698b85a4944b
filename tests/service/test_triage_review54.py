"""Second review of the triage families learned from the fifty-fourth blind set (sport, exercise
and play): where they reached too far (a fish floating, a breathing machine, a headlamp, a
handlebar's stretch, a blood thinner's bruise, a leg's fit with the face) and where the same
family said otherwise was not heard (滚下去, 哨音, 讲讲, 做好, 俩牙, 氯片) — each said here in
other words than any line of bench/.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Rolled over an edge, the height said: a long fall.
        ("他骑摩托从山路边滚下去了，有十几米高", "critical"),
        # Fish or ducks floating back up: no person in the water.
        ("河里好多死鱼背朝天漂着，想问问找哪个部门", "unknown"),
        ("泳池背朝上漂着好几只死鸭子，问问找谁", "unknown"),
    ],
)
def test_a_fall_over_an_edge_and_a_body_floating(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A drip denied for a spurt: an arterial bleed.
        ("不是往下滴，是往外滋", "critical"),
        # A whistle in the breath with hives after a sting: anaphylaxis.
        ("被蜂蛰了，浑身起风团，出气有哨音", "critical"),
        # A breathing machine's noise: no patient's breath.
        ("老伴儿的呼吸机有响声，想找人来修修机器", "unknown"),
    ],
)
def test_a_spurt_and_a_noisy_breath_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A bruise on a blood thinner, still spreading, after a fall: read as the fall.
        ("我妈吃着抗凝药，摔了一跤，腿上青了一大块，越来越大", "urgent"),
        # A ball that glanced off the hand: a light blow.
        ("打乒乓球叫球崩了一下手背，红了", "routine"),
        # A racket is no ball: the head struck, a vomit felt.
        ("被网球拍打了一下脑袋，起了个包，想吐", "urgent"),
        # A headlamp worn (打着头灯) is no head struck.
        ("他打着头灯骑车，拐弯时摔了，手掌擦破点皮", "routine"),
        # A handlebar's stretch bent is no limb.
        ("单车龙头那一截撞歪了，人没啥事，就手上擦了点皮", "routine"),
    ],
)
def test_bruises_balls_heads_and_crooked_things(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A talk on CPR asked for: no patient.
        ("能不能派人来给我们车间讲讲心肺复苏", "unknown"),
        # A fracture operated on, said 做好, a ride booked.
        ("我爸脚踝骨折手术做好了，想约个车下周复查", "routine"),
        # A leg jerking with the mouth's corner for minutes: a fit, not a cramp.
        ("小腿一直抽，嘴角也一抽一抽的，五分钟了", "critical"),
    ],
)
def test_questions_bookings_and_a_leg_that_jerks(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A back a little tight after a swim: everyday.
        ("游完泳后背有点发紧，别的都好", "routine"),
        # Sore all over with urine like soy sauce after lifting: the muscle's breakdown.
        ("撸铁以后浑身酸痛，小便颜色像酱油", "urgent"),
        # Chlorine tablets splashed into the eye, however strong the smell: a chemical in the eye.
        ("给泳池投氯片，溅了一点到眼睛里，火辣辣的", "urgent"),
        ("氯片味儿太冲了，还溅到眼睛里一点，辣得睁不开", "urgent"),
        # Two front teeth knocked out by a swing of a stick.
        ("叫棒子抡到嘴上了，掉了俩门牙", "urgent"),
    ],
)
def test_soreness_chlorine_and_teeth(text: str, level: str) -> None:
    assert_level(text, level)

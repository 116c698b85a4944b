"""Triage word families and reading rules learned from the thirteenth blind set's misses, by
family, each said here in other words than any line of bench/: an electrocution said with the
passive 叫 or 让 and a patient lying stiff (挺), burns all through the body, a poison's name
heard by its sound, a due date said before a head is seen, an engine left running in a shut
garage, a reaction with a tight chest, a throat that lets no sound out; a bite to the face, a
child listless and passing little, an inhaler that still helps, cleaners mixed, alone at home
(就我一个), a catheter, a 便血 heard by its sound, a chest pain the patient then places at the
stomach; and, below them, a booked ride home, an ache in the back, a hangover, a child playing
after a low fall, a lick, a sip with nothing since, a reading up a little, a pregnancy only
queasy, an ear picked, dry eyes, a sting with the breath unharmed, a corn, a bump with no
dizziness nor vomit, a hand caught once, a turned foot walked on, something washed out of an
eye, a bite gone down; a silent line, a call for someone who says nothing of them, and
everyday words heard as signs.
"""

from __future__ import annotations

from typing import Any

import pytest

from dispatch_intake.priority.matching import PhraseIndex
from dispatch_intake.priority.rules import TriageConfig
from dispatch_intake.priority.service import TriageRules, load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    "text",
    [
        # An electrocution with 叫 for 被, and Henan 打住.
        "他摸开关叫电打住了",
        # Lying stiff where they fell (Henan 挺).
        "俺奶奶这会儿挺那不动",
        # Burned through all over.
        "他一身都烧坏了",
        # A poison's name heard by its sound, one character as written.
        "喝了克乌宗",
        # A due date said, then the head seen.
        "离预产期还有一个月，现在都看到宝宝脑袋了",
        # An engine running in a shut garage, whatever else is said.
        "车库门关死了，车没熄火，人在里头",
        # A reaction with a tight chest.
        "吃了芒果以后全身起疙瘩，心口发紧",
        # A throat that lets no sound out.
        "孩子吃枣卡了，一点声都出不来",
    ],
)
def test_critical_families_of_the_thirteenth_set(text: str) -> None:
    assert _level(text) == "critical", text


@pytest.mark.parametrize(
    "text",
    [
        # A bite to the face, however little it bleeds.
        "邻居家的狗把孩子脸蛋咬了，血不多",
        # A child with diarrhoea passing little, or listless.
        "娃拉稀拉了两天，尿很少",
        "小孙子拉稀，蔫蔫的，不爱动",
        # An inhaler that still helps a little.
        "她哮喘犯了，喷药还顶用",
        # Cleaners mixed, the patient alert.
        "他把漂白水和洁厕剂兑在一起刷马桶，嗓子辣，人清醒",
        # Alone at home is not a cry for help.
        "我闪了腰，坐地上起不来，就我自己在屋",
        # A catheter put in is not a stab.
        "大爷尿憋着出不来，肚子胀，以前插过导尿管",
        # 便血 heard by its sound, the patient alert.
        "我爸这两天一直便学，人还清醒",
        # A chest pain placed at the stomach, no sweat.
        "他刚才说心口疼，这会儿说是在胃，脸色也不白",
        # Stung many times, breathing well.
        "叫野蜂蜇了十几下，不憋不喘，胳膊肿得老粗",
    ],
)
def test_urgent_families_of_the_thirteenth_set(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(
    "text",
    [
        # A ride home booked from hospital.
        "俺娘下礼拜从人民医院回来，想派个车拉一下",
        # An ache in the back, and a film to be taken.
        "我妈腰发酸，老毛病，想去拍个片",
        # A hangover.
        "他昨晚喝醉了，一觉醒来嗓子干，头有点沉",
        # A child playing after a low fall.
        "闺女从小床上掉下来了，这会儿玩得挺欢",
        # Licked by a cat.
        "让猫舔了一下脸，要紧不",
        # A sip of a cleaner and nothing the matter since.
        "孙子舔了一口沐浴露，到现在啥事也没有",
        # A reading up a little, as it always is.
        "我量血糖高了点，平时就这样",
        # An early pregnancy, only queasy.
        "怀孕六周，不疼也不出血，就是反酸",
        # A trace of blood from picking an ear.
        "挖耳屎挖出点血",
        # Eyes dry from a screen.
        "盯着屏幕一整天，干涩",
        # A sting with the breath unharmed.
        "让马蜂蛰了手背，不憋气",
        # A corn that hurts to walk on.
        "脚后跟长了个鸡眼，疼得走不了",
        # A bump with neither dizziness nor vomit.
        "娃脑门磕桌角上了，没晕也没吐",
        # A hand caught once in a drawer.
        "小手让抽屉挤了一下",
        # A foot turned over (歪 as 崴 is said) that walks.
        "脚脖子歪了一下，走路还行",
        # Something washed out of an eye, said in a correction.
        "孩子喊眼睛扎着了，仔细一看是根头发，冲出来了",
        # A bite gone down the wrong way, swallowed since.
        "老人喝粥噎了一口，咽下去了，现在说话正常",
    ],
)
def test_routine_families_of_the_thirteenth_set(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(
    "text",
    [
        # A silent line.
        "电话通了，没有人说话，过一会就断了",
        # A call for someone who says nothing of them.
        "朋友让我帮忙叫个车，他咋了我也没问",
        # A school matter.
        "孩子要转园了，问问咋办",
    ],
)
def test_what_says_nothing_of_a_patient_stays_unknown(text: str) -> None:
    assert _level(text) == "unknown", text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # What the new families must not take with them.
        ("接起来没人说话，就听见呼哧呼哧很重的喘气声", "critical"),
        ("孩子把一枚硬币吞下去了", "urgent"),
        ("喷了药不管事，还是喘得厉害", "critical"),
        ("量了体温三十八度五", "urgent"),
        ("胸口疼，满头大汗，他说是胃那块", "critical"),
        ("蜜蜂蜇了，不喘，但是嗓子发紧", "critical"),
        ("一辆车冲出来了，把他撞倒了，腿流血", "urgent"),
        ("腿摔伤了，血流出来了", "urgent"),
        ("磕了脑袋，不晕不吐，可是刚才昏过去一会儿", "critical"),
        ("孕妇没疼没出血，就是肚子一阵一阵发紧", "urgent"),
        ("破水了，其他一切都好", "urgent"),
        ("喝多了，睡了一觉醒了，现在叫不醒", "critical"),
        ("手指头让石头砸了，肿了", "urgent"),
        ("脚踝变形了，还能走路", "urgent"),
        ("胳膊摔歪了", "urgent"),
        ("车库里堆着杂物，车在外面", "unknown"),
        ("我喝了百草枯", "critical"),
    ],
)
def test_the_new_families_leave_the_rest_as_it_was(text: str, level: str) -> None:
    assert _level(text) == level, text


def _rules(**document: Any) -> TriageRules:
    base: dict[str, Any] = {"language": {"clause_marks": "，。"}}
    return TriageRules(TriageConfig.model_validate({**base, **document}))


def test_a_little_said_after_the_sign_reads_mild() -> None:
    swollen = {
        "id": "swollen",
        "sign": "swollen",
        "level": "urgent",
        "mild": "routine",
        "phrases": ["肿"],
    }
    rules = _rules(findings=[swollen], degree={"mild": ["有点"], "mild_after": ["了点"]})
    assert rules.assess(["有点肿"]).priority == "routine"
    assert rules.assess(["肿了点"]).priority == "routine"
    assert rules.assess(["肿了，疼了点"]).priority == "urgent"
    assert (
        _rules(findings=[swollen], degree={"mild": ["了点"]}).assess(["肿了点"]).priority
        == "urgent"
    )


def test_a_name_is_heard_by_its_sound_with_one_character_as_written() -> None:
    poison = {"id": "poison", "sign": "poison", "level": "critical", "phrases": ["敌敌畏"]}
    # 低 for 敌, 喂 for 畏: one of three as written.
    assert _rules(findings=[poison]).assess(["喝了低敌喂"]).priority == "unknown"
    assert _rules(findings=[{**poison, "name": True}]).assess(["喝了低敌喂"]).priority == (
        "critical"
    )
    # None as written is not the name.
    assert _rules(findings=[{**poison, "name": True}]).assess(["喝了低低喂"]).priority == (
        "unknown"
    )
    assert PhraseIndex._one_slip(("低", "敌", "喂"), ("敌", "敌", "畏"), name=True)

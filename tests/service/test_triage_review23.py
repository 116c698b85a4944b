"""Where the twenty-third set's learning read the world wrong or too narrowly, each said here in yet
other words. What speaks for the pauses only: a caller in pieces who rules a chest pain out or
reports a reading still says the breath they cannot get. What denies a sweat: its verb (没冒冷汗)
and the sweat said first (汗倒没出). What calls nobody: a car or a ride called. What struck no one:
a vehicle into a wall or a gate. What is a breath eased: one from running or climbing, rested.
What is no intake: rat poison asked about, bought or kept; what is one: the poison named as what
it was. What is no pill taken: pills left over; a few said gone were. What is a breech: a limb
first beside a birth named. What is over: a knocked child said plainly to be playing. What spares a
pain: lying still.
What is no breath gone: 没气 inside a short breath denied (没胸闷没气短). What is a collapse:
down all at once (突然倒地), after a headache a bleed.
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
        # A chest pain ruled out explains the pauses, not a breath said beside it…
        ("我…没…胸口疼…但是…喘…不上…来…气…", "critical"),
        ("我…胸口…不疼…就是…气…喘…不上…来…", "critical"),
        ("我…没有…胸痛…可是…喘不过…气来…", "critical"),
        # …nor does a reading reported (a pressure in words).
        ("我…血压…一百九…喘…不上…气…", "critical"),
        # …which alone, or beside a reading, is answering, not short of breath.
        ("我…没…胸痛…就是…心里…有点…慌…", "urgent"),
        ("我…血压…一百八…头…有点…疼…", "urgent"),
        ("我…没…出汗…胸口…有点…发紧…", "urgent"),
    ],
)
def test_review23_ruled_out_in_pieces(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The sweat denied by its verb, or said first: a chest pain sent, not lights and sirens…
        ("胸口闷了一阵，没有冒汗，能说能笑", "urgent"),
        ("心口痛，冷汗倒没出，脸色还行", "urgent"),
        # …not beside a blue lip, a breath that fails, or a sweat said.
        ("胸口疼，没冒冷汗，可是嘴唇发紫", "critical"),
        ("胸口疼，汗也没出，就是喘不上气", "critical"),
        ("胸口疼得厉害，一身冷汗", "critical"),
    ],
)
def test_review23_sweat_denied(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A ride called that does not answer calls nobody…
        ("叫了辆车半天了，一直没应", "unknown"),
        ("叫的车没人回应，打电话也不接", "unknown"),
        # …the patient called after it, or called plainly, still does.
        ("叫了个车送他去医院，现在叫他没应了", "critical"),
        ("喊她半天没应声，躺在沙发上", "critical"),
        # A vehicle into a gate struck no one; one into a person, or a crash with a head
        # bleeding, still did.
        ("货车撞了我家大门，屋里没人", "unknown"),
        ("大巴撞了护栏，车上的人头破了流了好多血", "critical"),
        ("被小货车撞了，躺在路边不动", "critical"),
    ],
)
def test_review23_rides_and_vehicles(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Out of breath from exercise and rested: eased, not stopped…
        ("锻炼完还在喘，歇一会儿不喘了", "urgent"),
        # …a breath that went while the caller watched still stopped.
        ("刚才还在喘气，一转眼不喘气了", "critical"),
        ("刚才还有气，歇了一下就没气了", "critical"),
    ],
)
def test_review23_breath_eased_by_rest(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Rat poison named as what was taken: critical however alert…
        ("说是老鼠药，孩子嘴边都是", "critical"),
        ("吃的就是耗子药，人还挺清醒", "critical"),
        # …asked about, bought or kept: no intake.
        ("老鼠药该放在哪里，家里有小孩", "unknown"),
        ("买的是老鼠药，放在柜子顶上", "unknown"),
        # Pills left over are counted, not taken; a handful taken still is.
        ("一瓶药还剩十几片，够吃吗", "unknown"),
        # …pills said gone by a count, a few or not many, were taken, whatever is left.
        ("孩子动了他奶奶的药，药盒里还有十几粒，应该没吃几粒", "urgent"),
        ("药盒里少了几片，孩子嘴里有药味", "urgent"),
        ("他吃了一大把安眠药，二十多片", "critical"),
    ],
)
def test_review23_poisons_and_pills(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A limb first beside a birth named: a breech…
        ("还没生下来，已经露出一只小手", "critical"),
        # …a birth named alone is a pregnancy going on, a baby's hand out of its blanket nothing.
        ("下周生孩子，想约个车", "routine"),
        ("宝宝手露在外面凉了", "unknown"),
    ],
)
def test_review23_breech_beside_a_birth(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A knock or a graze, then at play: over…
        ("孩子磕到额头，起了个包，在玩呢", "routine"),
        ("摔了一跤膝盖擦破了，正在玩", "routine"),
        # …not a vomit said after it.
        ("孩子头撞了，在玩，可是吐了", "urgent"),
        # Lying still to spare a pain is no patient who does not move…
        ("膝盖疼，坐着不动就不疼", "routine"),
        ("腰闪了，躺着不动还好，一翻身就疼", "urgent"),
        # …lying still and not answering, or over a pool of blood, is.
        ("他躺着不动，喊他不应", "critical"),
        ("老人趴着不动，身下一摊血", "critical"),
    ],
)
def test_review23_at_play_and_lying_still(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A short breath denied, alone or in a list of nos: 没气 inside 没气短 is no breath gone…
        ("没头晕没气短，心慌", "urgent"),
        ("他不气急也没气短，就是老咳嗽", "routine"),
        # …a breath gone after it was short still is, and a chest with a sweat stays critical.
        ("刚才还气短，现在没气了", "critical"),
        ("胸口疼，没气短，出了一身冷汗", "critical"),
    ],
)
def test_review23_short_breath_denied(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A headache, then down all at once: a bleed until shown otherwise…
        ("头疼了一会儿，突然倒地", "critical"),
        ("头疼得厉害，一下子倒在地上了", "critical"),
        # …a trip said without it stays a fall, a dizziness then a collapse come round a faint's.
        ("走路没看路，就倒地上了，膝盖擦破", "routine"),
        ("头晕，突然倒地，马上自己起来了", "urgent"),
    ],
)
def test_review23_headache_then_down(text: str, level: str) -> None:
    assert _level(text) == level

"""Triage word families by MPDS chief-complaint area: how callers say the key signs (standard,
colloquial, northern and southern dialect, speech-to-text slips), what a call-taker keeps below
critical (denied, over, mild), and the reading rules the wider families rely on (`resolves`, a
sound-only word inside another word, lookup by two characters).

Phrasings are made for these tests from the families, not taken from bench/.
"""

from __future__ import annotations

from typing import Any

import pytest

from dispatch_intake.priority.rules import TriageConfig
from dispatch_intake.priority.service import TriageRules, load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


def _rules(**document: Any) -> TriageRules:
    base: dict[str, Any] = {
        "language": {"clause_marks": "，。", "fuzzy_initials": [["zh", "z"]]},
        "negation": [{"cues": ["没有", "不"], "reach": 3}],
    }
    return TriageRules(TriageConfig.model_validate({**base, **document}))


# --- each area's critical signs, said as callers say them --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # unconscious / fainting: 不吱声, 背过去, 厥过去 (north), 晕低, 唔醒 (Cantonese)
        "我爸倒在地上，怎么喊都不吱声",
        "老太太一下子厥过去了",
        "孩子哭着哭着憋过去了",
        "俺娘不认人了",
        "阿婆晕低了，叫唔醒",
        "人软成一滩，瘫在沙发上",
        # breathing: orthopnoea, stridor, agonal gasps
        "喘得躺不平，一躺下就憋醒",
        "孩子吸气的时候喉咙嘶嘶响",
        "老人出气多进气少了",
        "胸口不起伏了",
        # cardiac arrest
        "心脏不跳了",
        "人凉了，身子都硬了",
        # chest
        "心窝子像刀扎一样",
        "老头心口翳住，一身冷汗",
        # stroke
        "左半边身子不会动了",
        "说着说着突然说不出来了",
        "吃饭的时候筷子掉了，手拿不住",
        "走路往一边倒，说话含含糊糊的",
        # seizure
        "孩子发烧抽过去了",
        "浑身打挺，嘴里冒白沫",
        "娃儿惊风了，眼睛翻起",
        # electrocution
        "工人碰到电线，被电倒了",
        "孩子摸插座被电了",
        "被雷劈了",
        # drowning
        "孩子栽进水沟里了",
        "老人掉鱼塘里刚捞上来",
        # bleeding, stab and gunshot
        "他割腕了",
        "拉的都是血",
        "被人砍了好几刀",
        "人被狗咬得浑身是血",
        "中枪了",
        # trauma and traffic
        "工地塌方，有人被埋了",
        "从房檐上摔下来头着地",
        "电动车被渣土车轧了",
        # burns, smoke and gas
        "衣服着火了，全身烧伤",
        "烧炭取暖，一家人都熏倒了",
        "下化粪池的人晕在里面",
        # poisoning and overdose (喝药 is pesticide in the countryside)
        "老人喝药了",
        "孩子把降糖药吃了好多",
        "误喝了半瓶消毒水",
        # pregnancy (waters broken alone is labour, urgent: see the labour test below)
        "孕妇破水了，孩子头能看见了",
        "孩子生在厕所里了",
        "宫外孕",
        # headache like a bleed, with a changed mind (the head said to burst alone is the worst
        # headache, urgent: test_triage_families23)
        "脑壳痛得要炸了，人迷糊了",
        # wounds that open the trunk, from any cause
        "肚子上划了个大口子，肠子都出来了",
        "被牛顶了，肚子上一个大窟窿",
        "孩子窒息了",
        "小孩在河里游泳没上来",
        "喘气的时候肋骨往里陷",
    ],
)
def test_critical_signs_of_every_area(text: str) -> None:
    assert _level(text) == "critical", text


@pytest.mark.parametrize(
    "text",
    [
        "晕乎乎的站不住",
        "孩儿一直哕",
        "胃里翻江倒海",
        "俺娘不美，浑身没劲",
        "被人打了，鼻子流血",
        "走路卡倒了，波棱盖肿了",
        "螺丝拐崴了，肿得老高",
        "被蝎子蜇了",
        "吃错药了",
        "低血糖，手抖出虚汗",
        "血糖高得测不出来",
        "怀孕八个月，肚子一阵一阵宫缩",
        "儿子发疯了，在家砸东西",
        "他说要喝药，药在手里",
        "闪了腰，腰疼得下不了床",
        "开水烫了，起了水泡",
        "流鼻血止不住",
    ],
)
def test_urgent_signs_stay_urgent(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(
    "text",
    [
        # MPDS card 26's non-priority complaints: routine, not unknown and not urgent.
        "长了个疖子",
        "痔疮出血了",
        "导尿管堵了要换",
        "戒指取不下来了",
        "耳朵里嗡嗡响",
        "嘴里长了个溃疡",
        "伤口有点发炎",
        "鼻子里塞了个豆子",
        "痛风犯了，脚趾头疼",
        "眼睛进沙子了",
        "膝盖磕青了一块",
        "手上扎了根刺",
        "刮破点皮",
        "冷亲了，打乞嗤",
        "最近老是紧张，睡不好",
    ],
)
def test_non_priority_complaints_are_routine(text: str) -> None:
    assert _level(text) == "routine", text


# --- what a call-taker keeps below critical ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Denied: nothing, or only what is left.
        ("没有抽搐也没有昏迷", "unknown"),
        ("他没喝药", "unknown"),
        ("不是煤气中毒", "unknown"),
        ("没有喘不上气，就是嗓子疼", "routine"),
        ("没有被电，就是手麻了一下", "routine"),
        # Over: sent, not lights and sirens.
        ("晕过去了，现在已经醒了", "urgent"),
        ("刚才抽了几下，现在不抽了", "urgent"),
        ("一口气没上来，现在缓过气来了", "urgent"),
        # Mild.
        ("血压稍微有点高", "routine"),
        ("手上烫了一下，有点红", "routine"),
        # Words that only sound like a sign.
        ("腿抽筋，抽了一下", "routine"),
        ("孩子睡醒了一直哭", "urgent"),
        ("从自行车上摔下来，手腕肿了", "urgent"),
        ("打电话打了半天", "unknown"),
    ],
)
def test_denied_over_and_mild_are_not_critical(text: str, level: str) -> None:
    assert _level(text) == level, text


@pytest.mark.parametrize(
    "text",
    [
        # Said over, then worse again: what comes after the words that end it stands.
        "现在醒了，但是又晕过去了",
        "他醒过来了，可是半边身子动不了",
        # Awake again does not speak for a chest, a bleed or a stroke.
        "晕过去了，现在醒了，胸口疼得厉害",
        "嘴歪了，现在已经醒了",
    ],
)
def test_words_that_end_a_sign_speak_only_for_it_and_only_backwards(text: str) -> None:
    assert _level(text) == "critical", text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # However it is tried, however long it goes on: no denial.
        ("无论怎么叫都不醒", "critical"),
        ("不管怎么喊都没反应", "critical"),
        ("没完没了地咳嗽", "routine"),
        ("忍不住一直吐", "urgent"),
        # 没有 as said in Cantonese and in the south-west.
        ("冇发烧", "unknown"),
        ("没得发烧", "unknown"),
        ("气都没得了", "critical"),
        ("力气没了，浑身发软", "urgent"),
    ],
)
def test_words_holding_a_denial_cue_and_regional_denials(text: str, level: str) -> None:
    assert _level(text) == level, text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("呼吸很浅，有一下没一下的", "critical"),
        ("呼吸时有时无", "critical"),
        ("车祸，好几个人受伤", "critical"),
        ("吃了海鲜，嘴唇肿了", "urgent"),
        ("有人躺在路边", "urgent"),
        ("嘴唇干裂", "routine"),
    ],
)
def test_abnormal_breathing_many_hurt_and_a_person_down(text: str, level: str) -> None:
    assert _level(text) == level, text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The same blow or grip, by what it did.
        ("不小心擦破点皮", "routine"),
        ("孩子磕了一下，没破", "routine"),
        ("腿被压了一下，肿了", "urgent"),
        ("手被机器夹了", "urgent"),
        ("头被砸了，起了个包", "urgent"),
        ("手被机器绞进去了", "critical"),
        ("被砖头砸了头，昏过去了", "critical"),
        ("老人突然不认识人了", "critical"),
    ],
)
def test_a_blow_is_read_by_what_it_did(text: str, level: str) -> None:
    assert _level(text) == level, text


def test_a_heart_too_slow_or_fast_with_a_cold_sweat_is_critical() -> None:
    assert _level("心跳三十几，人发晕") == "urgent"
    assert _level("心跳三十几，人发晕，出冷汗") == "critical"
    assert _level("心慌得厉害，一身冷汗") == "critical"


def test_a_sign_ended_in_a_later_utterance_is_ended_too() -> None:
    assert _level("人叫不醒了") == "critical"
    assert _level("人叫不醒了", "现在醒过来了，能说话") == "urgent"


@pytest.mark.parametrize(
    ("said", "level"),
    [
        ("胸口贼闷", "critical"),
        ("喘得恼火", "critical"),
        ("胸口闷", "urgent"),
        ("喘得遭不住", "critical"),
    ],
)
def test_dialect_degree_words_move_the_level(said: str, level: str) -> None:
    assert _level(said) == level, said


@pytest.mark.parametrize(
    "text",
    [
        "他昏谜了",
        "人已经没有乎吸了",
        "胸口疼出了一身冷汉",
        "喝了农要",
        "被车装了",
        "口吐白末",
        "脑埂又犯了",
        "小孩逆水了",
        "人修克了",
        "阳水破了，孩子头看见了",
        "血流不知",
    ],
)
def test_speech_to_text_slips_of_the_new_families_are_read(text: str) -> None:
    assert _level(text) == "critical", text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Where the caller is, and who: no sign in it, whatever it sounds like.
        ("五楼，电梯坏了", "unknown"),
        ("他生在河南，七十多了", "unknown"),
        ("我们刚才谈到哪了", "unknown"),
        ("孩子八个月了", "unknown"),
        ("我让人下楼去接了", "unknown"),
        ("在水库旁边的村子", "unknown"),
        ("我家在三楼，楼顶有招牌", "unknown"),
        ("我在电梯口等你们", "unknown"),
        ("今天转院", "routine"),
        ("一直咳着", "routine"),
    ],
)
def test_ordinary_words_that_sound_like_a_sign_are_not_one(text: str, level: str) -> None:
    assert _level(text) == level, text


# --- the reading the wider families rely on ----------------------------------------------------


def _fainting(resolves: list[str]) -> TriageRules:
    return _rules(
        findings=[
            {"id": "faint", "sign": "consciousness", "level": "critical", "phrases": ["晕过去"]},
            {"id": "chest", "sign": "chest", "level": "critical", "phrases": ["胸痛"]},
            {
                "id": "awake",
                "sign": "course",
                "level": "urgent",
                "resolves": resolves,
                "phrases": ["醒了"],
            },
        ]
    )


def test_resolves_lowers_only_the_named_signs_said_before() -> None:
    rules = _fainting(["consciousness"])
    assert rules.assess(["晕过去，醒了"]).priority == "urgent"
    assert rules.assess(["醒了，晕过去"]).priority == "critical"
    assert rules.assess(["晕过去，胸痛，醒了"]).priority == "critical"
    assert _fainting([]).assess(["晕过去，醒了"]).priority == "critical"


def test_a_denied_ending_ends_nothing() -> None:
    assert _fainting(["consciousness"]).assess(["晕过去，没有醒了"]).priority == "critical"


def test_resolving_an_unknown_sign_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'awake' resolves unknown sign"):
        _fainting(["nothing_like_this"])


def test_a_word_heard_by_sound_inside_written_words_is_no_part_or_state() -> None:
    rules = _rules(
        findings=[{"id": "grit", "sign": "minor", "level": "routine", "phrases": ["进沙子"]}],
        concepts=[
            {
                "id": "eyes",
                "sign": "seizure",
                "level": "critical",
                "parts": ["眼睛"],
                "states": ["直了"],
                "gap": 3,
            }
        ],
    )
    assert rules.assess(["眼睛进沙子了"]).priority == "routine"
    # Heard by sound where no written word stands, the state still counts.
    assert rules.assess(["眼睛子了"]).priority == "critical"


def test_phrases_of_one_and_of_many_characters_sharing_a_start_are_all_found() -> None:
    rules = _rules(
        findings=[
            {"id": "one", "sign": "a", "level": "urgent", "phrases": ["喘"]},
            {"id": "two", "sign": "b", "level": "urgent", "phrases": ["喘气"]},
            {"id": "many", "sign": "c", "level": "critical", "phrases": ["喘不上气"]},
        ]
    )
    assert [f.id for f in rules.assess(["喘，喘气，喘不上气"]).findings] == ["one", "two", "many"]
    # And by sound: 喘不上起 is 喘不上气.
    assert rules.assess(["喘不上起"]).priority == "critical"


# --- what the patient has had, a bare 疼, and broken speech -------------------------------------


def test_a_sign_after_a_past_history_cue_in_its_clause_is_not_a_current_sign() -> None:
    rules = _rules(
        language={"clause_marks": "，。", "past_history": ["以前有"]},
        findings=[{"id": "fit", "sign": "seizure", "level": "critical", "phrases": ["癫痫"]}],
    )
    assert rules.assess(["她以前有癫痫"]).priority == "unknown"
    assert rules.assess(["她以前有病，现在癫痫发作"]).priority == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他以前有心脏病，今天就是手指划破了个小口子", "routine"),
        ("我妈以前得过脑梗，这次就是感冒了", "routine"),
        ("他有过心梗，现在胸口又压着疼，出冷汗", "critical"),
    ],
)
def test_history_is_read_apart_from_what_is_wrong_now(text: str, level: str) -> None:
    assert _level(text) == level


def test_a_bare_pain_word_belongs_to_what_the_utterance_names() -> None:
    rules = _rules(
        findings=[
            {"id": "tooth", "sign": "tooth", "level": "routine", "phrases": ["牙疼"]},
            {"id": "pain", "sign": "pain", "level": "urgent", "fallback": True, "phrases": ["疼"]},
        ],
    )
    assert rules.assess(["牙疼两天了，疼得睡不着"]).priority == "routine"
    assert rules.assess(["摔了一下，疼得睡不着"]).priority == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我…嗓子…哑了…感冒…三天了", "routine"),
        ("嗯……这个……等一下……", "unknown"),
        ("我……胸口……", "critical"),
        ("我…好难受…喘…", "critical"),
    ],
)
def test_broken_speech_is_breathlessness_unless_a_minor_complaint_or_hesitation_explains_it(
    text: str, level: str
) -> None:
    assert _level(text) == level


def test_a_sound_match_overlapping_an_everyday_word_is_that_word() -> None:
    rules = _rules(
        language={"clause_marks": "，。", "not_slips": ["打听"]},
        findings=[{"id": "arch", "sign": "seizure", "level": "critical", "phrases": ["打挺"]}],
    )
    assert rules.assess(["我打听一下"]).priority == "unknown"
    # Written as the sign, it is the sign.
    assert rules.assess(["孩子在打挺"]).priority == "critical"


@pytest.mark.parametrize(
    "text", ["我打听一下医院在哪", "我刚打过电话了，车到哪了", "手背红了，没起泡"]
)
def test_everyday_words_are_not_read_as_signs(text: str) -> None:
    assert _level(text) in {"unknown", "routine"}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子脑门磕了一下桌子，哭了两声就好了", "routine"),
        ("流鼻血了，捏了一会儿血停了", "routine"),
        ("摔了一跤，没啥大事", "routine"),
        # Said to be fine, a sign still said after it stands.
        ("摔了一跤，没啥大事，就是现在叫不醒了", "critical"),
        # Walking is not over for a bite.
        ("叫长虫咬了，腿肿了，还能走", "urgent"),
    ],
)
def test_a_minor_injury_said_to_be_over_is_routine(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我媳妇快生了，肚子一阵一阵的，十分钟一次", "urgent"),
        ("羊水破了，人挺好的", "urgent"),
        ("羊水还没破，就是见红了", "urgent"),
        ("宫缩得厉害，一阵一阵受不了", "critical"),
        ("快生了，孩子头看到了", "critical"),
        ("要生了，她说想用力", "critical"),
    ],
)
def test_labour_is_urgent_until_a_birth_is_under_way(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("病人情况稳定，想约车周五转诊去省医院", "routine"),
        ("我妈要去做理疗，腿脚不方便", "routine"),
        ("打球把脚崴了一下", "routine"),
        ("胳膊上起了几个小红点", "routine"),
    ],
)
def test_booked_trips_sprains_and_spots_are_routine(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A finger gone purple after a pinch is a bruise (MPDS card 30, not a dangerous area).
        ("被门夹了，手指头发紫", "routine"),
        ("脸发紫了，喘不上气", "critical"),
        ("孩子把奶奶的药吃了好几片", "urgent"),
        ("孩子把药吃了一把，现在叫不醒", "critical"),
    ],
)
def test_a_purple_limb_and_a_few_pills_are_urgent_unless_more_is_said(
    text: str, level: str
) -> None:
    assert _level(text) == level


def test_breathless_but_speaking_in_whole_sentences_is_urgent() -> None:
    assert _level("他喘得厉害，不过说话连贯，能说整句") == "urgent"
    # Said after, the breath still counts.
    assert _level("刚才能说整句，现在喘不上气了") == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他站在天台上说要跳下去", "critical"),
        ("我姐坐在江边说想死", "critical"),
        ("我儿子在屋里说不想活了", "urgent"),
        ("她坐在床边上说想死", "urgent"),
    ],
)
def test_a_threat_to_jump_is_critical_at_an_edge_and_urgent_at_home(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "伤口血飙出来了",
        "佢瞓喺度唔郁",
        "喊他眼皮也不抬",
        "孩子掐他也不哭",
    ],
)
def test_spurting_blood_and_no_response_as_said_in_more_ways_are_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_frozen_stiff_is_an_exposure() -> None:
    assert _level("在外面冻了一夜，手脚梆硬") == "urgent"


# --- a sign set in one clause, read with another said later --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A clutched or pressed chest and a sweat said by where and how much (MPDS card 10).
        "老王突然捂着心口坐下了，浑身是汗，说心里像有块石头压着",
        "他说胸口发紧，过了一会儿汗珠直往下掉",
        "我爸指着胸口那儿，疼得直哼哼，衣服都湿透了",
        "心口那里，一阵一阵疼，汗往下淌",
        "胸口闷了两天，今天出了一身汗",
    ],
)
def test_chest_and_a_sweat_said_in_different_clauses_are_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("天气热，出了一身汗，头有点晕", "routine"),
        ("孩子跑步跑得满头是汗，脚崴了", "routine"),
        ("不是胸口疼，是胃疼，出了好多汗", "urgent"),
    ],
)
def test_a_sweat_without_a_chest_sign_is_not_critical(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # MPDS card 7: the trunk, a whole limb, half the body, a share of the body.
        ("孩子把开水壶碰倒了，胸口和肚子都烫红了一大片", "critical"),
        ("老人洗澡被热水烫伤，整个后背都起泡了", "critical"),
        ("热油泼到他前胸后背了", "critical"),
        ("半边身子都被开水烫脱皮了", "critical"),
        ("孩子整条胳膊都烫起泡了", "critical"),
        ("他烫伤面积大概百分之三十", "critical"),
        # A patch on a hand, an arm or a foot is urgent; a blister or a coin's size routine.
        ("孩子被开水烫到了胳膊，起了一大片泡", "urgent"),
        ("我女儿脚被开水烫了，起了几个泡", "urgent"),
        ("锅里的热油溅到手背上，起了一个小水泡", "routine"),
        ("孩子手指头被烫了一下，红了一点", "routine"),
        # Blisters over the back with no burn said are a rash, not a burn.
        ("后背起了一片泡，痒", "urgent"),
    ],
)
def test_a_burn_is_read_by_its_extent(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # MPDS card 25: the place (an edge, a height) and the threat in different clauses.
        ("她站在阳台边上，一条腿已经跨出去了，哭着说不活了", "critical"),
        ("我儿子爬到顶楼，在护栏外面站着，说你们别过来不然就跳", "critical"),
        ("说要跳下去，人已经翻过栏杆了", "critical"),
        ("我弟在桥上来回走，说活够了", "critical"),
        # At home, or a height with no threat, or where someone lives by water: urgent.
        ("他说要跳楼，现在在家里", "urgent"),
        ("他在楼顶晾衣服，说头晕", "urgent"),
        ("他住在河边，今天说不想活了", "urgent"),
    ],
)
def test_a_threat_and_an_edge_said_apart_are_an_attempt_under_way(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # History, said before the sign, after it, or ending its clause: not now.
        ("我爸以前心梗过，今天就是牙疼", "routine"),
        ("他前年犯过心梗，这次是脚崴了", "routine"),
        ("我妈心脏病史十几年了，今天就是咳嗽", "routine"),
        ("他心梗是去年的事了，今天就是拉肚子", "routine"),
        # What is wrong now is still read.
        ("他有过心梗，现在又胸口疼，满头是汗", "critical"),
        ("我爸心梗过两次，这会儿又胸口压得慌", "critical"),
        ("他心梗又犯了", "critical"),
    ],
)
def test_a_past_heart_attack_is_history_not_now(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # Agonal or abnormal breathing after a collapse (MPDS card 9).
        "他喘气一抽一抽的，好半天才吸一口",
        "人倒了，喘气像叹气一样",
        "老人喘气不对劲，隔半天才喘一口",
        # No response, in Wu and Cantonese.
        "叫伊勿醒，人瘫在地上",
        "阿婆叫佢唔应",
        # A breech or a limb first (MPDS card 24).
        "孩子屁股先出来了",
        "宝宝的脚先露出来了",
        # A stabbing or a slashed wrist, however little it bleeds.
        "被人捅了一刀，血不多",
        "割腕了，流了一点血",
    ],
)
def test_more_critical_ways_of_speaking(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Small cuts, splinters, a jammed finger, a low-grade temperature, a sore throat.
        ("在厨房切菜，手指划了道小口子，流了一点血", "routine"),
        ("脚底扎了根仙人掌的刺", "routine"),
        ("手被木刺扎了", "routine"),
        ("刮胡子刮破了点皮", "routine"),
        ("打篮球手指头戳了一下，有点疼", "routine"),
        ("烧到三十七度二，嗓子有点疼", "routine"),
        ("我嗓子痛咗好几日", "routine"),
        # Over: a nosebleed stopped, up again by themselves after a fall on the bottom.
        ("孩子流鼻血，按了一会就止住了", "routine"),
        ("老太太摔了个屁股墩，自己爬起来了", "routine"),
        # The usual complaint, unchanged.
        ("我腰疼是老毛病了，跟以前一样", "routine"),
        ("有点头昏，老毛病了", "routine"),
        # A caller calling it off.
        ("没事了没事了，他醒了，不用来了", "unknown"),
    ],
)
def test_minor_complaints_are_not_raised_by_their_words(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("手指头被刀切掉了一截", "urgent"),
        ("小腿骨头都露出来了", "urgent"),
        ("我的腿被钢管砸了，肿得厉害", "urgent"),
        ("从梯子上摔下来，没多高，脚肿了", "urgent"),
        ("孩子拉了十几次，没精神", "urgent"),
        ("他血糖测出来一点几，出虚汗", "urgent"),
        ("他哮喘又发作了，不过说话连贯，能说整句", "urgent"),
        ("刚才憋得喘不上气，这会儿能说话了", "urgent"),
        # A machine or a vehicle makes a crushed limb a major trauma; a height not said low.
        ("手被机器压住了", "critical"),
        ("从二楼阳台掉下来了，人不动了", "critical"),
        ("他慢阻肺犯了，憋得说不了话", "critical"),
    ],
)
def test_injuries_and_attacks_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # MPDS card 3: a dog's or a cat's bite that only broke the skin is routine; a snake's
        # is not, whatever the skin shows.
        ("被狗咬了一口，破了点皮", "routine"),
        ("被猫挠了，没怎么流血", "routine"),
        ("叫长虫咬了，破了点皮", "urgent"),
        # A finger caught in a door: routine when only the skin broke, urgent when the nail
        # came off; a toe struck and gone purple is a bruise, not a blue face.
        ("小孩手指头让门夹了，破了点皮", "routine"),
        ("手指被门夹了，指甲盖翻起来了", "urgent"),
        ("脚趾头让凳子砸了，发紫", "urgent"),
        ("他喘不上气，嘴唇，发紫", "critical"),
    ],
)
def test_bites_and_pinched_fingers_are_read_by_what_they_did(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A clause that names no part goes on speaking of the part named before it.
        # (the head said to burst alone is the worst headache, sent: test_triage_families23)
        ("头疼是老毛病了，今天突然疼得要炸开", "urgent"),
        ("他脸色，白得吓人，出了一身冷汗", "critical"),
        ("他心口，像压了块石头", "critical"),
        ("肚子，疼了一晚上", "urgent"),
        ("他的腿，断了", "urgent"),
        # Not a part said to be fine, not a part the clause names itself, not a place, and a
        # degree word is not a state (停 in 停不下来).
        ("我爸的胸口，没事，就是手疼", "routine"),
        ("他摔了一跤撞到胸口，腿也疼", "urgent"),
        ("他在二楼，从床上摔下来了", "urgent"),
        ("他住在河边，说活够了", "urgent"),
        ("突然心跳很快，停不下来", "urgent"),
    ],
)
def test_a_topic_set_in_one_clause_is_carried_into_the_next(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A threat and a means at hand, in different clauses (MPDS card 25).
        ("他说活着没意思，手里拿着刀", "critical"),
        ("她把自己关在屋里，说死了算了，煤气打开了", "critical"),
        ("他天天说活着没意思", "urgent"),
        ("他拿着刀切菜，切到手了", "urgent"),
        # A means alone says nothing of a patient; 气色 is a look, not a breath.
        ("他拿着药去医院了", "unknown"),
        ("他气色不对", "unknown"),
        # Sweat said by where it is, with a chest sign in another clause.
        ("额头上全是汗，说胸口发沉", "critical"),
        ("他胸口闷，出了好多汗", "critical"),
        ("汗蒸完头晕", "urgent"),
        # Extent as a share of the body.
        ("孩子身上烫伤了一半", "critical"),
        # History by when it was.
        ("他前两年中风过，今天感冒了", "routine"),
    ],
)
def test_intent_with_means_sweat_by_where_and_extent_by_share(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Lips or eyelids swelling after a food or a drug (MPDS card 2), with and without the
        # airway; 好多 counts the spots, not the pills.
        ("吃完虾眼皮和嘴唇都肿起来了", "urgent"),
        ("孩子嘴唇肿了，喘气呼呼响", "critical"),
        ("打完针身上起了好多疙瘩，眼皮也肿了", "urgent"),
        ("吃了很多安眠药", "critical"),
        # Waters leaking early; a small cut still oozing; a condition years old.
        ("怀孕八个月，下面一直流水，肚子不疼", "urgent"),
        ("手指划了道口子，包上了还有点渗血", "routine"),
        ("我爸瘫在床上十几年了，想约车去复查", "routine"),
        ("他高血压好几年了，今天头晕", "urgent"),
    ],
)
def test_swelling_leaking_oozing_and_conditions_years_old(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A threat with the means said first and the hand after it (MPDS card 25).
        ("他说活着没意思，绳子已经攥在手上了", "critical"),
        ("她说要了结自己，安眠药捏在手里", "critical"),
        ("刀拿在手里切菜呢，问问发烧吃啥药", "urgent"),
        # Bystanders already doing CPR, or no beat where a pulse is felt (MPDS card 9).
        ("老人倒在广场上，旁边有个医生在给他做人工呼吸", "critical"),
        ("我摸了他手腕，没在跳", "critical"),
        # Struck down by heat, with a changed mind (MPDS card 20).
        ("大中午在烈日下干活栽倒了，现在胡言乱语", "critical"),
        ("闷热得很，老人有点中暑，人清楚，能喝水", "urgent"),
        # A throat heard to make noise with an allergy (MPDS card 2).
        ("对芒果过敏，嗓子里像拉锯一样", "critical"),
        # A scald said by what was spilt, over a wide area (MPDS card 7).
        ("热油泼到身上了，整条胳膊都起水泡", "critical"),
        ("热汤洒到手背上，红了一点", "urgent"),
        # An overdose said by the empty bottle (MPDS card 23); a thick tongue (card 28).
        ("他屋里安眠药瓶都空了，叫他反应很慢", "critical"),
        ("我爸吃饭吃着舌头突然发大，一边嘴角往下耷拉", "critical"),
    ],
)
def test_means_after_the_threat_cpr_heat_noisy_throat_scald_and_empty_box(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A wound said to be deep needs closing though the bleeding stopped (MPDS card 21).
        ("剁排骨把手剁了个口子，很深，看见肉了，现在不流血了", "urgent"),
        # A part sunk or sticking out after a knock is a fracture (MPDS card 30).
        ("踢球摔了，手腕那支出来一块，不敢动", "urgent"),
        # A finger cut at the board with little bleeding, a plaster on it; teeth; a taste.
        ("切菜把手指头切到了，就流了一点血", "routine"),
        ("指头划了一下，贴了个邦迪", "routine"),
        ("孩子刮胡子……不是，削铅笔把手切了，贴上创可贴了", "routine"),
        ("补牙以后牙龈肿了，不发烧", "routine"),
        ("这几天嘴里发苦，别的没啥", "routine"),
    ],
)
def test_deep_wounds_deformity_and_minor_cuts_teeth_and_taste(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A full account of a pain or an injury, broken for the pain (MPDS cards 1, 5, 30).
        ("我……脚……崴了……肿得……老高……下不了……楼……", "urgent"),
        ("我……胃……疼……一下午了……拉了……三回……还能……走……", "urgent"),
        # Fewer pieces, or any sign of breath or mind, stay critical.
        ("我……肚子……疼得……厉害……", "critical"),
        ("我……摔了……腿……疼……喘不上……气……", "critical"),
        # Speaking only of where, or of a fare, is searching for words; a body part is not.
        ("我……家……在……人民路……三号……", "unknown"),
        ("我……心口……", "critical"),
        # A baby said to be coming out (MPDS card 24).
        ("宝宝快出来了，我一个人在家", "critical"),
    ],
)
def test_broken_speech_explained_by_the_complaint_or_by_searching_for_words(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 青 after a knock or a pinch is a bruise; 青 alone is the colour of no air.
        ("脚趾头被椅子砸了，指甲盖有点青", "urgent"),
        ("手被抽屉夹了，手指头有点青", "routine"),
        ("孩子咳着咳着嘴唇发青", "critical"),
        # Feelings said in a sign's words (气得吐血) are no sign.
        ("我都快累得吐血了，孩子发烧三十八度", "urgent"),
        # History by the years ago; 新情况 is not a slip for 没心(跳).
        ("他心梗是五年前的事了，今天没啥新情况，想问问复查", "routine"),
        # Urine that will not come (MPDS card 26): the bladder, not the breath.
        ("我爸憋尿憋了一天，尿不出来，肚子胀", "urgent"),
        # A breathing attack eased by the patient's own inhaler, or still talking (MPDS card 6);
        # not when it did not help.
        ("老慢支又犯了，吸了药好些了", "urgent"),
        ("喘得厉害，还能讲话", "urgent"),
        ("哮喘发作了，喷雾喷了也不管用", "critical"),
    ],
)
def test_bruise_colour_figures_of_speech_history_urine_and_eased_breathing(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A fall whose only hurt is a graze (MPDS card 17); a snakebite stays what it is.
        ("老太太在小区里绊倒了，手掌擦破皮，自己能走", "routine"),
        ("下楼梯跌了一跤，胳膊肘蹭破了点皮", "routine"),
        ("被蛇咬了，擦破了皮", "urgent"),
        # A pinched finger said to move (MPDS card 30).
        ("指头让抽屉挤了，能打弯", "routine"),
        # A belly only bloated (MPDS card 26); badly, urgent.
        ("晚上吃多了，胃里发胀，想吃点消食片", "routine"),
        ("肚子胀得厉害，硬邦邦的", "urgent"),
    ],
)
def test_grazes_after_a_fall_fingers_that_move_and_a_bloated_belly(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # X着了 of an everyday mishap is not 蜇了; a scald the size of a fingertip spot is
        # routine (MPDS card 7, Alpha); a sting is still a sting.
        ("做饭烫着了，手背一小块红", "routine"),
        ("孩子磕着了，膝盖有点红", "unknown"),
        ("被蜜蜂蜇了，手肿了", "urgent"),
    ],
)
def test_everyday_mishaps_said_with_zhao_and_small_scalds(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The chest and pallor in Wu, Hokkien and the south-west (心口头, 面孔煞白, 寡白).
        ("阿爷心口头痛，出了一身冷汗", "critical"),
        # A tight chest with a white face: MPDS card 10 D (changing colour), as with a sweat.
        ("阿婆胸口头闷得来，面孔煞白", "critical"),
        # Called, answers only with a moan (MPDS: responds to voice only); moaning with pain
        # while talking is not it.
        ("叫了半天光会哼一声", "critical"),
        ("疼得直哼哼", "urgent"),
        # Pressure does not stop the bleeding (MPDS card 21).
        ("血一直冒，压都压不住", "critical"),
        ("胳膊上一个大口子，血拿毛巾捂都捂不住", "critical"),
        # 下头 is 下面 in the south-west: bleeding in pregnancy, not a head wound.
        ("怀起五个月了，下头出血了", "critical"),
        # A reading is not blood: 量血压 after 吐 is no 吐血; a sugar in the twenties is sent.
        ("他早上吐了两回，刚才量血压一百五", "urgent"),
        ("血糖二十五，人还清楚", "urgent"),
    ],
)
def test_dialect_chest_and_pallor_a_moan_for_an_answer_pressure_proof_bleeding_and_readings(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Everyday words that sound like signs: 没起来 is not 没气, 痛了 is a pain, not 捅了,
        # 这边 after a bone is where, not 折; the slips themselves are still heard.
        ("他摔了一跤，半天没起来", "urgent"),
        ("他没起了", "critical"),
        ("胃痛了一晚上", "urgent"),
        ("腿痛了好几天了", "routine"),
        ("肚子上被人痛了一刀", "critical"),
        ("膝盖这边疼，走路没问题", "routine"),
        # A plug and a hair tie hold a head and a stab.
        ("孩子手摸插头被电了一下，哭了一会就好了", "urgent"),
        # A stent or a bypass says the heart attack was then (放 is not heard as 犯 beside one).
        ("老头心梗放过支架，今天脚崴了", "routine"),
        ("他心梗犯了", "critical"),
    ],
)
def test_everyday_words_that_sound_like_signs_and_treated_history(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A caller who says they cope, or asks for advice, speaks in pieces, not for breath.
        ("我……肚子……疼……还行……能说话……", "urgent"),
        ("我……头晕……坐着……还行……", "urgent"),
        ("我……喘……比昨天……重点……还能……说……", "urgent"),
        ("我……想问问……孩子……发烧……要不要紧……", "urgent"),
        # Labour pains break the account as a pain does.
        ("我……怀孕……八个月……肚子……一阵一阵……紧……疼……", "urgent"),
        # Eyes that fail are felt: broken speech with them is still breathlessness.
        ("我……让马蜂……蛰了……看不清……", "critical"),
        ("我……看东西……两个……影……", "critical"),
        # 断断续续 of a complaint's course is how long, not how spoken.
        ("胸口有点闷，断断续续好几天了，能走能说", "urgent"),
        ("他说话断断续续，上气不接下气", "critical"),
        # Breathless but speaking clearly (MPDS card 6).
        ("喘得厉害，说话还清楚", "urgent"),
    ],
)
def test_broken_speech_that_is_not_for_breath_and_clear_speech(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Bleeding said stopped lowers the cut and leaves shock out (MPDS card 21); a cut said
        # small is minor.
        ("胳膊划了个口子，现在不流血了，头晕", "urgent"),
        ("手指头划了道小口子，已经不流了", "routine"),
        # Bites as said in the north (狗叨了, 狗掏了).
        ("大腿叫狗叨了一口，好几个牙印", "urgent"),
        ("娃叫狗掏了", "urgent"),
        # A household shock or a vehicle's brush said as brief: sent; with a fall, critical.
        ("孩子手摸插座被电了一下，哭了一会就好了", "urgent"),
        ("被电打了一下，人就倒了", "critical"),
        ("骑车叫汽车刮了一下，腿擦破了", "urgent"),
        # Cannot bear weight for the pain (MPDS card 30); not walking without one is transport.
        ("老太太让三轮车碰了一下，脚疼得不敢着地", "urgent"),
        ("膝盖疼得走不了路", "urgent"),
        ("老人要去医院复查，走不了路，想叫个车", "routine"),
        # Unsteady on standing (the dehydrated and the bleeding).
        ("站起来就打晃，拉了一天肚子", "urgent"),
        # A child into a grown-up's medicine (MPDS card 23); a poison stays what it is.
        ("孙子把他姥姥的降压药给吃了", "urgent"),
        ("孙子把他姥姥的安眠药给吃了", "critical"),
        ("孩子误喝了消毒水", "critical"),
    ],
)
def test_stopped_bleeding_northern_bites_brief_shocks_weight_bearing_and_ingestion(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A severe word denied (不太厉害) and a little as said in Wu (有眼眼).
        ("手腕崴了，肿得不太厉害", "routine"),
        ("脚有眼眼肿", "routine"),
        # A complaint the patient is given to (动不动就, 平时就爱); 动不动 denies nothing.
        ("孩子动不动就流鼻血", "routine"),
        ("他平时就爱流鼻血，今天又流了，捏一会就好了", "routine"),
    ],
)
def test_denied_and_dialect_degree_words_and_a_complaint_the_patient_is_given_to(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Red skin without blisters is a first-degree burn (MPDS card 7, Alpha), heard through
        # a slip too (没起跑); a wide burn stays critical however it looks.
        ("手背让热水烫了，就是发红，没有起泡", "routine"),
        ("胳膊被油烫了，没起跑", "routine"),
        ("后背全烫伤了，一大片，没起泡", "critical"),
        # A fall from two metres or less is not a long fall (MPDS card 17: 3 m).
        ("从墙头上摔下来，也就两米高", "urgent"),
        ("从梯子上掉下来，一两米高", "urgent"),
        # A booked transfer lying down is a stretcher, not a complaint.
        ("想约个车送老人去透析，躺着就行", "routine"),
    ],
)
def test_unblistered_burns_short_falls_and_stretcher_transfers(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Down and unhurt, needing a hand up: a lift assist (MPDS card 17, no injuries).
        ("老太太坐着坐着滑到地上了，哪儿都不疼，就是自己起不来，帮忙扶起来就行", "routine"),
        ("老太太摔了，起不来，髋部疼", "urgent"),
        # 打个车 is not 打嗝.
        ("我们想打个车去医院", "unknown"),
        # A tooth named in one piece and its ache in the next is a toothache, pauses and all.
        ("后槽牙……疼了……三天……", "routine"),
        ("我……牙……疼……喘不上气……", "critical"),
    ],
)
def test_lift_assists_everyday_da_ge_and_a_toothache_said_in_pieces(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Double vision however it is put (a stroke sign: eyes).
        ("他一只眼睛看东西是双的", "critical"),
        ("我妈说看啥都是双的，走路往一边歪", "critical"),
        # No whole sentence between breaths (MPDS card 6).
        ("喘得说不了整句话", "critical"),
        # A low sugar said by its reading (MPDS card 13).
        ("测血糖一点八，浑身冒冷汗", "urgent"),
        ("血糖2.1", "urgent"),
        # What a child gets into (MPDS card 23).
        ("孩子把爸爸的烟头吃了", "urgent"),
        # A foot that cannot take weight, said after the foot (MPDS card 30).
        ("脚扭了，疼得沾不了地", "urgent"),
    ],
)
def test_double_vision_broken_sentences_low_sugar_child_ingestion_and_weight_bearing(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Chest, sweat and degree as said in Wu (闷煞了, 汗嗒嗒滴) and Cantonese (心口好翳,
        # 出晒冷汗).
        ("阿拉爷爷心口头闷煞了，汗嗒嗒滴", "critical"),
        ("我阿妈心口好翳，出晒冷汗", "critical"),
        ("叫她就知道哼哼", "critical"),
        # A caller who says they cope, dizzy in pieces.
        ("我……头……好晕……还能……说……", "urgent"),
        # Medicine taken for something else (把降糖药当成钙片吃了).
        ("家里老人把降糖药当成钙片吃了好几片", "urgent"),
        # A stent said as history after the sign (心梗放支架是前年的事).
        ("他心梗放支架是前年的事，今天是脚崴了", "routine"),
        ("他去年心梗放了支架，今天又胸口疼，出汗", "critical"),
    ],
)
def test_wu_and_cantonese_chest_and_sweat_medicine_taken_for_another_and_stents(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Stroke signs as said in Wu (讲勿清爽, 勿会动) and Cantonese (讲唔清楚).
        ("阿婆讲闲话讲勿清爽了，一只手勿会动", "critical"),
        ("阿爷讲话讲唔清楚", "critical"),
        # Old blood brought up (coffee grounds, MPDS card 21): sent; with a faint, critical —
        # a dizziness, even a near-faint, is sent (see the combinations in priority.toml).
        ("老人吐了一口咖啡色的东西", "urgent"),
        ("吐了咖啡渣样的东西，头晕眼前发黑", "urgent"),
        ("吐了咖啡渣样的东西，晕倒了", "critical"),
        ("吐了好多黑水", "critical"),
        ("孩子吐了，吃了黑芝麻糊", "urgent"),
    ],
)
def test_wu_and_cantonese_stroke_words_and_blood_brought_up(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Clear speech eases a breathing complaint and says nothing of anything else.
        ("人没昏迷，说话清楚，就是手指头擦破了点皮", "routine"),
        # A name said in pieces (我……我叫……) is no body part.
        ("我……我叫……王强……住在……", "unknown"),
        ("我……不能说话了……", "critical"),
        # Bleeding not stopped (血没止住) is uncontrolled; still bleeding, sent.
        ("血没止住，还在流", "critical"),
        ("手上的口子，血还在流，不多", "urgent"),
    ],
)
def test_clear_speech_names_in_pieces_and_bleeding_not_stopped(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Struck with a weapon (MPDS card 4): sent even once the bleeding has stopped.
        ("头让人用棍子打破了，血止住了，就是有点晕", "urgent"),
        ("他让人拿砖头砸了，血不流了", "urgent"),
        # A big gash needs closing however little it bleeds now; a small one is minor.
        ("手上划了个大口子，血不怎么流了，人有点晕乎", "urgent"),
        ("口子不大，血止住了", "routine"),
    ],
)
def test_struck_with_a_weapon_and_big_gashes_stay_urgent_once_bleeding_stops(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The head of a baby being born said as 脑袋 (MPDS card 24, imminent birth).
        ("俺媳妇要生了，孩子脑袋都露出来了", "critical"),
        # A swollen mouth with the voice changed is the airway (MPDS card 2); hoarse with a
        # cold is not.
        ("他吃了花生，嘴巴肿起来了，说话声音变了", "critical"),
        ("感冒了，嗓子哑了", "routine"),
        # Persecution with a weapon in hand (MPDS card 25).
        ("他一直说有人要害他，拿着菜刀", "critical"),
    ],
)
def test_a_head_being_born_an_allergic_voice_and_persecution_with_a_weapon(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A follow-up visit for a patient who walks badly is a booked transfer (MPDS card 33).
        ("我爸明天去医院复诊，腿脚不方便，想约个车", "routine"),
        ("老人下周复诊，想叫个车", "routine"),
        ("阮阿公下礼拜欲去病院，伊行路无方便", "routine"),
        ("他腿脚不利索，今天摔了一跤，起不来", "urgent"),
        ("老人腿脚不好，突然说不出话了", "critical"),
    ],
)
def test_follow_up_visits_for_patients_who_walk_badly(text: str, level: str) -> None:
    assert _level(text) == level


# --- signs read where they were missed: under-triage first ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A burn with blisters or the skin gone over the body (MPDS card 7): 身上全是泡.
        "开水浇了一身，身上全都是泡",
        "锅炉蒸汽烫伤的，身上皮都掉了",
        # 叫不行 is a slip of 叫不醒: its 不 does not deny the no-response after it.
        "推不行他没动静",
        "我妈倒了，叫不行她也没反应",
        # Heat, then a fall and a changed mind, said in different clauses (MPDS card 20).
        "在太阳底下晒了半天，后来昏倒了，说胡话",
        "高温车间干了一天活，下班倒下了，胡言乱语",
        # Asked and no answer; limp when held; eyes half open (MPDS cards 9, 31).
        "问她话也不回，就躺着",
        "跟他说话不搭腔，眼睛闭着",
        "孩子抱起来软趴趴的",
        # Gone under in a bath, the tub said first (MPDS card 14).
        "宝宝在浴缸里呛了水",
        "洗澡盆里孩子滑下去了",
    ],
)
def test_signs_said_in_ways_the_rules_missed_are_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Contractions as felt before term (MPDS card 24, preterm labour).
        ("孩子还没足月，肚子一阵阵发紧", "urgent"),
        # A fall and a hand that cannot move, in Cantonese.
        ("阿婆跌咗，只手郁唔到", "urgent"),
        # A rash with blisters is no burn.
        ("老人身上长了泡疹，痒得很", "routine"),
    ],
)
def test_preterm_contractions_and_a_cantonese_fall_are_sent(text: str, level: str) -> None:
    assert _level(text) == level


# --- what keeps a call below critical ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Broken speech in whole phrases, of a pain, a fever or an injury: the complaint's.
        ("我……摔了一跤……腿疼得厉害……起不来了", "urgent"),
        ("我……浑身疼……发高烧……下不了床", "urgent"),
        # A word or two a breath, or a stroke sign among them, stays critical.
        ("我……腿……动不了……", "critical"),
        ("我……右边……动不了……话……说不……清楚……", "critical"),
    ],
)
def test_broken_speech_in_whole_phrases_is_the_complaint(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Something swallowed, the patient alert and well now (MPDS cards 23, 26): sent.
        ("他喝了几口农药，现在人很清醒", "urgent"),
        ("孩子把纽扣电池吞了，现在没啥症状", "urgent"),
        ("吃了一瓶安眠药，现在叫不醒", "critical"),
        # 以为 says it was not so.
        ("还以为他喝了农药，原来是水", "unknown"),
        # A fit that has stopped, a drowsy patient who answers (MPDS card 12).
        ("孩子发烧抽风了，现在不抽了", "urgent"),
        ("迷迷糊糊的，问她话能答", "urgent"),
        ("老人抽搐了，现在还在抽", "critical"),
        # Streaks of blood are not a bleed.
        ("吐了几口，吐出来的带点血丝", "urgent"),
        # Fumes and faintness easing once the window is open.
        ("屋里烧炭取暖，他头晕，开了窗好些了", "urgent"),
        ("屋里烧炭取暖，他头晕得厉害，站不起来", "critical"),
        # A stroke sign gone again after a minute or two (MPDS card 28, a TIA).
        ("嘴角歪了一会儿，现在恢复正常了", "urgent"),
        ("嘴角歪了，说话不清楚", "critical"),
        # Out of the water by themselves (MPDS card 14, alert and breathing).
        ("孩子掉水塘里了，自己爬上来了", "urgent"),
        ("孩子掉水塘里了，捞上来不哭", "critical"),
        # A pain gone in seconds, days ago.
        ("前天心口疼了一下，一下就过去了", "urgent"),
        ("心口疼，一直疼，出冷汗", "critical"),
    ],
)
def test_signs_said_to_be_over_or_the_patient_alert_are_sent(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 行不行, 实在不行: a question or "otherwise", not 不醒.
        ("你们快点来行不行", "unknown"),
        ("实在不行我们自己送", "unknown"),
        # A family that cannot move the patient: not a patient who does not move.
        ("俺爹腿疼好几天了，我们搬不动他，想送医院", "routine"),
        # Walking after a fall, a child back at play (MPDS card 17); a ladder with no height
        # said is sent however well the patient walks (the height is still to be asked), and
        # a household shock is sent however well the patient is (card 15 has no lower level).
        ("在门口摔了一跤，能自己走", "routine"),
        ("搬箱子闪了腰，能走路，就是弯腰疼", "routine"),
        ("从梯子上摔下来，腿疼，能自己走", "urgent"),
        ("孩子头撞到门框了，现在又蹦又跳", "routine"),
        ("手被电了一下，一点事都没有", "urgent"),
        # A booked transfer (MPDS card 33).
        ("我爸要转到省医院，想约辆车", "routine"),
    ],
)
def test_everyday_words_walking_after_a_fall_and_transfers(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # An extra dose of the patient's own medicine (MPDS card 23, accidental): sent.
        ("降糖药吃重了，早上多吃了一顿", "urgent"),
        ("我妈不小心多吃了一片降压药，有点头晕", "urgent"),
        # A coin swallowed, eating fine (MPDS card 26); choking is a sign of its own.
        ("孩子咽了个钢镚儿，能吃能喝", "routine"),
        ("孩子吞了个扣子，喘不上气", "critical"),
        # Yellow skin in a baby who feeds; snoring.
        ("宝宝皮肤发黄，吃奶正常", "routine"),
        ("我爸晚上打鼾，声音很大", "routine"),
        # What choked the child is out and it cries (MPDS card 11, not choking now).
        ("糖块卡住了，抠出来了，孩子在哭", "routine"),
        ("噎住了，拍不出来", "critical"),
        ("喘不上气，咳出来了点痰，还是喘不上气", "critical"),
    ],
)
def test_an_extra_dose_a_swallowed_coin_yellow_skin_snoring_and_a_choke_cleared(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # Heat named at the start of a long clause that ends in the collapse (MPDS card 20),
        # with a changed mind.
        "三伏天在工地上搬砖的那个小伙子一下子栽倒了，说胡话",
        "大热天在地里锄草的老汉晕倒了，人糊涂了",
        # A stroke said with the patient's high blood pressure: 压 there is no crush.
        "我爸右边胳膊抬不起来了，他血压高好多年了",
        "她右边手脚没劲，有高血压",
        # Still out where they went down (a pit, a tank: MPDS card 8).
        "下水道里有个工人晕在里面了",
        "他去地窖拿菜，晕在底下了",
        # A baby found face down in a tub, limp when picked up.
        "孩子趴在浴缸里，脸埋着",
        "孩子一抱就软，也不哭",
        # Blisters over the trunk with 烧 said as a burn or a fever.
        "厨房起火，他烧得很重，后背都是大泡",
        # Breaths far apart (agonal, MPDS card 9).
        "你听他喘一下，停半天，又喘一下",
        # South-west 躺起 and Cantonese not answering, limp, a birth under way.
        "我屋头老人睡起不动，喊他也没得声音",
        "阿爷唔识应",
        "佢成个人软晒",
        "BB个头出咗嚟啦",
    ],
)
def test_heat_a_pit_a_tub_agonal_breaths_and_dialect_unconscious_are_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A bleed on blood thinners (MPDS card 21), and oozing that does not stop.
        "我妈在吃华法林，切菜划了手，渗血渗个不停",
        "他吃着抗凝药呢，腿上蹭破了，一直渗血",
        # A firecracker blast, however little it bleeds (MPDS card 7).
        "孩子玩炮仗，把手炸烂了",
        "鞭炮炸到眼睛了",
        # An arm hanging down: out of its socket (MPDS card 30).
        "胳膊耷拉下来了，抬不动",
        # Wu 寒热: a fever.
        "伊寒热老高了",
    ],
)
def test_blood_thinners_a_blast_a_hanging_arm_and_wu_fever_are_sent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A child rolled off a bed and back at play (MPDS card 17, no priority symptoms).
        "孩子从床上滚下来了，哭了一会，现在在玩",
        # Skin broken a little, a scuffle with scratches.
        "猫把手背舔破了",
        "两个人推搡了几下，没动手打",
        "胳膊上抓了几道印子",
        # A transfer home, south-west (MPDS card 33).
        "屋头老人要从县医院转回乡下",
        "要个车拉一哈我妈回去",
        # A Cantonese cut that has stopped bleeding.
        "我𠝹到手指，止咗血啦",
    ],
)
def test_a_roll_off_the_bed_a_scratch_a_transfer_home_and_a_cantonese_cut_are_routine(
    text: str,
) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 天哪 is a cry, not 拉血 heard by sound.
        ("天哪血出来了，手指划了个小口子", "routine"),
        # A nosebleed stopped, as said with 流 (淌了 is not 烫了, a scald, heard by sound).
        ("天呐血淌了一身，是鼻血，已经止住了", "routine"),
        # A family that cannot hold the patient (控制不住): not 止不住 (bleeding).
        ("老人糊涂了乱打人，家里人控制不住他", "urgent"),
        # Bone seen in a wound is a deep wound, not the head of a birth (头看见了).
        ("骨头都看见了，腿上划的", "urgent"),
        # X得不行 is a degree: its 不行 is not 不醒 heard by sound.
        ("肚子疼的不行", "urgent"),
        # 躺着 (lying) is not 烫着 (scalded), 歇了 is not 泻 (diarrhoea), heard by sound.
        ("想约车送回家，他只能躺着", "routine"),
        ("出院回家，人得躺着", "routine"),
        ("喝了点水歇了一会好多了", "routine"),
        ("开水烫着了", "urgent"),
        # Breathless, talking fine as callers put it (MPDS card 6).
        ("憋得慌，说话还成", "urgent"),
        ("憋得慌，说话不耽误", "urgent"),
    ],
)
def test_a_cry_a_family_that_cannot_hold_bone_seen_and_talking_fine_are_not_critical(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # A fit gone on until the call (MPDS card 12, continuous).
        "老太太从刚才抽到这会了",
        # Blood named, then said to flow on, in a pregnancy (MPDS card 24).
        "我媳妇怀孕五个月，出了血，还在往下流",
        # How much blood, as said in Henan and the north.
        "他脑袋磕破了，流了老些血",
        # Not moving at all (不会动了), hit by a car said with 让 … 给.
        "俺爹躺床上不会动了",
        "俺娘过马路让车给撞了",
        # Harm to oneself said by the act, with the means in hand (MPDS card 25).
        "我儿子拿着剪刀说要扎自己",
        # Charcoal lit in a closed space (MPDS card 8).
        "他在车里点了一盆炭，把门窗都关死了",
        # At the edge of a height with a blade in hand, whichever is said first.
        "有个人坐在天台边上，手里拿着菜刀",
        "刀片在她手上，她在窗台上坐着",
        # A head said to burst, with a word between the head and the burst, and the speech gone
        # (alone, the worst headache, urgent: test_triage_families23).
        "她那个脑袋，一下子，跟炸开了一样，现在说话都不清楚了",
    ],
)
def test_a_fit_until_now_blood_flowing_a_self_harm_act_charcoal_and_an_edge_are_critical(
    text: str,
) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Not knowing people but up and about: a changed mind, sent (MPDS card 26/28).
        ("我爷今天认不出人了，但是能吃饭能走路", "urgent"),
        # Teeth gone in: a puncture, however little it bleeds (MPDS card 3).
        ("被狗咬了一口，手上两个洞，没怎么流血", "urgent"),
        # Hives over the body said with 起 (MPDS card 2).
        ("一身起疹子，有点痒", "urgent"),
        # A slip heard at the seam of two words: 鼻学 is 鼻血 and 学止住了 is 血止住了.
        ("她鼻学止住了", "routine"),
    ],
)
def test_a_changed_mind_a_puncture_hives_and_a_slip_at_a_seam_are_read(
    text: str, level: str
) -> None:
    assert _level(text) == level


def test_a_combination_of_findings_that_say_nothing_alone_counts_when_it_says_so() -> None:
    document = {
        "findings": [
            {
                "id": "edge",
                "sign": "edge",
                "level": "routine",
                "alone": False,
                "phrases": ["楼顶边上"],
            },
            {
                "id": "knife",
                "sign": "means",
                "level": "routine",
                "alone": False,
                "phrases": ["刀在手里"],
            },
        ],
    }
    quiet = _rules(**document, combinations=[{"signs": ["edge", "means"], "level": "critical"}])
    said = _rules(
        **document, combinations=[{"signs": ["edge", "means"], "level": "critical", "alone": True}]
    )
    assert quiet.assess(["站在楼顶边上，刀在手里"]).priority == "unknown"
    assert said.assess(["站在楼顶边上，刀在手里"]).priority == "critical"
    assert said.assess(["站在楼顶边上"]).priority == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        # Heat or cold with the patient alert (MPDS card 20): no changed mind.
        "干活中暑了，头晕，人还是清醒的",
        "中暑了，头晕乎乎的，人清醒",
        "老人在外头冻了一夜，手脚发凉，问他话都能答",
        # A small vehicle tipped over: a fall from it, not a rollover crash.
        "我奶奶骑的电动车翻了，腿磕青了，人能说话",
        # A machine that took a finger is the finger's injury (MPDS card 30).
        "手指头让机器绞掉了一截",
        # Henan 中: talking fine (MPDS card 6).
        "俺娘喘得厉害，说话还中",
        # A child's ingestion, looking well (MPDS card 23).
        "孙子把降糖药误吃了，看起来没事",
        # Orthopnoea lived with for days, sleeping propped.
        "她得了肺气肿，最近晚上躺不下，靠着才能睡",
        # Whole phrases between pauses of a dizziness or a wish to die: not breathlessness.
        "我……胃里……吐了三回……头晕……站着就发飘……",
        "我……就是不想活了……家里也没有药……心里特别难受……",
        # A sip of a household cleaner.
        "孩子喝了一小口洗洁精，在那哭",
    ],
)
def test_alert_in_the_heat_a_tipped_trike_a_finger_in_a_machine_and_a_sip_are_urgent(
    text: str,
) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A finger gone purple after a pinch: a bruise (MPDS card 30).
        "手指头让抽屉夹了，现在有点紫",
        # A chill measured under 38 (MPDS card 26).
        "孩子直打寒战，量了体温三十七度八",
        # Both parties unhurt after a brush.
        "电动车跟汽车刮了一下，两边都说没事",
        # Henan 腿脚不得劲 is a patient who walks badly; 疼得不得劲 is a degree.
        "俺妈腿脚不得劲，想约个车去复查",
        "我嗓子疼得不得劲，咽唾沫都疼",
        # Back at play after a knock (MPDS card 17).
        "小孩磕着头了，现在活蹦乱跳的",
        # A Cantonese cut with a little blood; a claw's single line.
        "我老公切菜界到手，少少血",
        "我被猫挠了一道，要打疫苗吗",
        # A pregnancy said to be well: a booked ride.
        "我怀孕三十周了，一切正常，想约个车去医院",
        # A head rush after sitting long.
        "坐太久了起来眼前一黑，缓了一下没事了",
        # A strained back that moves; a sting with nothing else (MPDS card 2).
        "我闪了腰，能动，就是疼",
        "胳膊让马蜂蛰了，有点肿，别的没事",
        # Feeling bad beside a named minor complaint is that complaint's.
        "嘴上长了个泡，疼，吃东西难受",
        # What cut was small, said with its ending.
        "手让纸划了一下，有点疼",
    ],
)
def test_a_bruised_finger_a_low_reading_a_head_rush_and_a_sting_with_nothing_else_are_routine(
    text: str,
) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 那疙瘩 is a place, not a lump.
        ("我们这疙瘩不好找", "unknown"),
        # Barely roused (MPDS card 26/31).
        ("老人叫了半天喊不太醒", "critical"),
        # 睁不开 is no prescription: a half bottle taken is an overdose.
        ("降压药吃了半瓶，眼睛睁不开了", "critical"),
        # The bruise reading stops where the lips or the breath are named.
        ("她脸和指甲都发紫，喘不上来", "critical"),
    ],
)
def test_a_place_word_a_patient_barely_roused_and_an_overdose_beside_eyes_that_close(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Words that lower a sign give way to what the rest of the call says: a tight throat
        # after a sting, a changed mind in the heat, a breath that fails however the patient
        # sleeps, feeling bad with nothing else named.
        ("被蜂蛰了，嗓子发紧，别的都好", "critical"),
        # A face swelling after a sting is an allergy at the airway's door, not a local swelling.
        ("蛰了，脸都肿了，别的都好", "urgent"),
        ("中暑了，人清醒，但是说胡话", "critical"),
        ("喘不上气，只能坐着睡", "critical"),
        ("我爸不舒服，别的没事", "urgent"),
    ],
)
def test_words_that_lower_a_sign_give_way_to_the_rest_of_the_call(text: str, level: str) -> None:
    assert _level(text) == level


def test_a_resolving_word_contradicted_by_a_sign_in_the_call_resolves_nothing() -> None:
    findings: list[dict[str, Any]] = [
        {"id": "sting", "sign": "allergy", "level": "urgent", "phrases": ["蛰了"]},
        {"id": "throat", "sign": "airway", "level": "urgent", "phrases": ["嗓子紧"]},
        {
            "id": "nothing_else",
            "sign": "course",
            "level": "routine",
            "alone": False,
            "resolves": ["allergy"],
            "contradicted_by": ["airway"],
            "phrases": ["别的都好"],
        },
    ]
    rules = _rules(
        findings=findings, combinations=[{"signs": ["allergy", "airway"], "level": "critical"}]
    )
    assert rules.assess(["蛰了，别的都好"]).priority == "routine"
    assert rules.assess(["蛰了，嗓子紧，别的都好"]).priority == "critical"
    with pytest.raises(ValueError, match="contradicted by unknown sign"):
        TriageConfig.model_validate(
            {
                "language": {"clause_marks": "，"},
                "findings": [*findings[:2], {**findings[2], "contradicted_by": ["nowhere"]}],
            }
        )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Henan 㨃 said as a brush (MPDS card 29): sent, as 撞了一下.
        ("他叫车㨃了一下，能走", "urgent"),
        # A shard in hand with a threat; charcoal said in pieces.
        ("我妹拿着玻璃片要划自个儿", "critical"),
        ("我……屋里……点了……炭……", "critical"),
        # The head said to swim with words between (头有点晕): a dizziness, mild.
        ("我头有点晕，想问问能不能去医院", "routine"),
        # A heavy period's blood is not a wound's: with a dizziness it is not read as shock.
        ("来例假流血很多，头晕", "urgent"),
    ],
)
def test_a_brush_a_shard_charcoal_in_pieces_a_swimming_head_and_a_heavy_period(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # Paraquat, diquat, tetramine and methanol kill after a quiet spell: a patient said to
        # look well, or a mouthful, does not lower them as it lowers a cleaner or a pill.
        "喝了百草枯，看着还好",
        "孩子误喝了一口百草枯，现在跟没事人一样",
        "他喝药了，是敌草快，人还清醒",
        "吃了毒鼠强，现在还能说话，看起来没事",
        "喝了点甲醇兑的酒，人还清醒",
    ],
)
def test_a_poison_that_kills_after_a_quiet_spell_is_not_lowered_by_a_patient_who_looks_well(
    text: str,
) -> None:
    assert _level(text) == "critical"


def test_a_pill_or_a_sip_of_cleaner_with_the_patient_alert_is_still_lowered() -> None:
    assert _level("吃了十几片感冒药，现在人清醒") == "urgent"
    assert _level("孩子误喝了一口84，现在没事人一样") == "urgent"

"""Triage concepts: a part and what is wrong with it, said apart, with negation and degree.

The first tests build small rule sets to pin the reading itself; the rest check that the
shipped families in config/priority.toml generalise across their words (every part with every
state) and keep their exceptions, on phrasings made from the families, not taken from bench/.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from dispatch_intake.errors import SettingsError
from dispatch_intake.priority.rules import TriageConfig, load_triage_config
from dispatch_intake.priority.service import TriageRules, load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _rules(*, findings: list[dict[str, Any]] | None = None, **extra: Any) -> TriageRules:
    document: dict[str, Any] = {
        "language": {"clause_marks": "，。", "contrast": ["但是", "是"]},
        "negation": [{"cues": ["没有", "不"], "reach": 3}],
        "degree": {"severe": ["厉害", "特别"], "mild": ["有点"]},
        "findings": findings
        or [{"id": "filler", "sign": "x", "level": "routine", "phrases": ["咳嗽"]}],
        **extra,
    }
    return TriageRules(TriageConfig.model_validate(document))


CHEST: dict[str, Any] = {
    "id": "chest",
    "sign": "chest",
    "level": "critical",
    "parts": ["胸口", "心口"],
    "states": ["压", "疼"],
    "gap": 5,
}


def _level(rules: TriageRules, text: str) -> str:
    return rules.assess([text]).priority


# --- the reading -------------------------------------------------------------------------------


def test_every_part_goes_with_every_state_within_the_gap() -> None:
    rules = _rules(concepts=[CHEST])
    for part, state in itertools.product(CHEST["parts"], CHEST["states"]):
        assert _level(rules, f"{part}像被什么{state}着") == "critical", (part, state)


def test_a_state_further_than_the_gap_or_in_another_clause_is_not_paired() -> None:
    rules = _rules(concepts=[CHEST])
    assert _level(rules, "胸口那个地方昨天晚上开始压着") == "unknown"
    # In another clause only as the topic carried on, and a part said to be fine is none.
    fine = _rules(concepts=[CHEST], language={"clause_marks": "，。", "all_right": ["没事"]})
    assert _level(fine, "胸口没事，压到手了") == "unknown"


def test_the_state_first_only_when_the_concept_allows_it() -> None:
    assert _level(_rules(concepts=[CHEST]), "疼到心口") == "unknown"
    assert _level(_rules(concepts=[{**CHEST, "either_order": True}]), "疼到心口") == "critical"


def test_a_denial_between_part_and_state_denies_the_concept() -> None:
    rules = _rules(concepts=[CHEST])
    result = rules.assess(["胸口现在不疼"])
    assert result.priority == "unknown"
    assert [f.negated for f in result.findings] == [True]


def test_a_denial_before_the_part_denies_it_too() -> None:
    assert _level(_rules(concepts=[CHEST]), "没有胸口疼") == "unknown"


def test_a_degree_word_is_not_a_denial() -> None:
    # 特别 holds 别-like characters in other rule sets; 不 is a cue here, 特别 is a degree word.
    rules = _rules(concepts=[CHEST], negation=[{"cues": ["别", "不"], "reach": 3}])
    assert _level(rules, "胸口特别疼") == "critical"


def test_a_degree_word_between_part_and_state_moves_the_level() -> None:
    belly = {
        "id": "belly",
        "sign": "abdomen",
        "level": "urgent",
        "mild": "routine",
        "severe": "critical",
        "parts": ["肚子"],
        "states": ["疼"],
    }
    rules = _rules(concepts=[belly])
    assert _level(rules, "肚子疼") == "urgent"
    assert _level(rules, "肚子有点疼") == "routine"
    assert _level(rules, "肚子疼得厉害") == "critical"


def test_unless_words_anywhere_in_the_utterance_turn_the_concept_off() -> None:
    fit = {
        "id": "fit",
        "sign": "neurology",
        "level": "critical",
        "parts": ["抽"],
        "states": ["不停"],
        "unless": ["抽筋"],
    }
    rules = _rules(concepts=[fit])
    assert _level(rules, "一直抽个不停") == "critical"
    assert _level(rules, "腿抽筋了，抽个不停") == "unknown"


def test_a_word_inside_a_longer_phrase_is_not_lent_to_a_concept() -> None:
    findings = [{"id": "headache", "sign": "head", "level": "urgent", "phrases": ["头疼"]}]
    rules = _rules(findings=findings, concepts=[{**CHEST, "either_order": True}])
    assert _level(rules, "头疼胸口发紧") == "urgent"


def test_a_state_with_its_ending_is_still_the_state() -> None:
    findings = [{"id": "swelling", "sign": "minor", "level": "routine", "phrases": ["肿了"]}]
    limb = {"id": "limb", "sign": "injury", "level": "urgent", "parts": ["腿"], "states": ["肿"]}
    rules = _rules(findings=findings, concepts=[limb])
    assert _level(rules, "腿肿了") == "urgent"
    assert _level(rules, "牙龈肿了") == "routine"


def test_of_two_readings_that_only_overlap_the_more_severe_is_kept() -> None:
    findings = [
        {"id": "vomit", "sign": "digestion", "level": "urgent", "phrases": ["一直吐"]},
        {"id": "haematemesis", "sign": "bleeding", "level": "critical", "phrases": ["吐血"]},
        {"id": "apnoea", "sign": "breathing", "level": "critical", "phrases": ["没有呼吸"]},
        {"id": "dyspnoea", "sign": "effort", "level": "critical", "phrases": ["呼吸困难"]},
    ]
    rules = _rules(findings=findings)
    assert _level(rules, "一直吐血") == "critical"
    # Equally severe overlapping readings: the later is kept, so this is 呼吸困难 denied.
    assert _level(rules, "没有呼吸困难") == "unknown"


def test_concept_ids_share_the_findings_namespace_and_signs() -> None:
    with pytest.raises(ValueError, match="used twice"):
        _rules(concepts=[{**CHEST, "id": "filler"}])
    rules = _rules(concepts=[CHEST], combinations=[{"signs": ["chest", "x"], "level": "critical"}])
    assert "chest" in rules.signs


def test_a_concept_without_states_is_refused_with_its_place(tmp_path: Any) -> None:
    path = tmp_path / "priority.toml"
    broken = (
        '[[concepts]]\nid = "broken"\nsign = "x"\nlevel = "urgent"\nparts = ["胸"]\nstates = []'
    )
    shipped = (CONFIG_DIR / "priority.toml").read_text(encoding="utf-8")
    path.write_text(f"{shipped}\n{broken}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="concepts"):
        load_triage_config(path)


# --- the shipped families ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "states", "frame"),
    [
        (["胸口", "心窝", "胸前"], ["绞着", "揪着", "像针扎"], "{p}里头{s}似的"),
        (["气", "呼吸"], ["急促", "费力", "困难"], "{p}越来越{s}"),
        (["喊", "摇", "掐"], ["不应", "没动静", "不睁眼"], "怎么{p}都{s}"),
        (["嘴唇", "指甲", "脸色"], ["发乌", "发灰", "青紫"], "{p}都{s}了"),
        (["左边", "半边", "右侧"], ["没知觉", "使不上劲", "不听使唤"], "突然{p}身子{s}"),
        (["心脏病", "哮喘"], ["犯了", "发作了"], "老{p}又{s}"),
    ],
)
def test_critical_families_read_every_pairing(
    parts: list[str], states: list[str], frame: str
) -> None:
    for part, state in itertools.product(parts, states):
        text = frame.format(p=part, s=state)
        assert SHIPPED.assess([text]).priority == "critical", text


@pytest.mark.parametrize(
    "text",
    [
        "血从伤口往外涌",
        "地上一大滩血",
        "从脚手架上翻下来了",
        "娃掉进水缸里了",
        "腿被拖拉机轧了",
        "后背被人捅了",
        "喝了半瓶除草剂",
        "降压药吞了一整盒",
        "脖子上套着绳子",
        "哭都哭不出声",
        "手脚一抽一抽的",
    ],
)
def test_critical_events_said_in_new_words(text: str) -> None:
    assert SHIPPED.assess([text]).priority == "critical", text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The same words in another sense are not the concept.
        ("脸上青了一块", "routine"),  # a bruise, not the colour of no air
        ("腿抽筋了，抽了好几分钟", "routine"),
        ("从楼梯上摔下来了", "urgent"),
        ("摔了一跤，右腿动不了", "urgent"),
        ("医生给开了一盒药", "unknown"),
        ("鼻子血流个不停", "urgent"),
        ("喝醉了，说话不清", "urgent"),
        ("小心快点", "unknown"),
        # Degree and site keep their levels.
        ("胃有点胀", "routine"),
        ("肚子胀得厉害", "urgent"),
        ("血压有点高", "routine"),
        ("脚脖子肿了", "urgent"),
        ("牙龈肿了", "routine"),
        ("心跳特别快", "urgent"),
    ],
)
def test_shipped_families_keep_their_exceptions_and_degrees(text: str, level: str) -> None:
    assert SHIPPED.assess([text]).priority == level, text


@pytest.mark.parametrize(
    "text",
    [
        "不疼了",
        "已经好了",
        "没有出血",
        "问一下",
        "胸口不疼了",
        "心口一点都不痛",
        "他不喘了",
        "没有吐血",
    ],
)
def test_denials_and_questions_never_become_critical(text: str) -> None:
    assert SHIPPED.assess([text]).priority != "critical", text


@pytest.mark.parametrize(
    "text",
    ["没有胸口疼，就是肚子不舒服", "呼吸没什么困难，就是有点咳", "不是抽风，是腿抽筋"],
)
def test_denial_reaches_to_the_contrast_and_no_further(text: str) -> None:
    assert SHIPPED.assess([text]).priority in {"urgent", "routine"}, text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("对方说被马蜂蜇了", "现在嗓子发紧"),
        ("刚生完孩子", "下面流血不止"),
        ("脸煞白", "出了一身冷汗"),
    ],
)
def test_signs_said_in_different_utterances_combine(first: str, then: str) -> None:
    assert SHIPPED.assess([first]).priority != "critical"
    assert SHIPPED.assess([first, then]).priority == "critical"


@pytest.mark.parametrize(
    "text", ["不小心从屋顶上摔下来了", "不停地吐血", "没多久就憋得喘不上气", "不一会儿人就叫不醒了"]
)
def test_words_that_only_look_like_denials_deny_nothing(text: str) -> None:
    assert SHIPPED.assess([text]).priority == "critical", text


def test_a_cue_inside_a_not_denial_is_not_a_cue_in_any_rule_set() -> None:
    rules = _rules(concepts=[CHEST], language={"clause_marks": "，", "not_denials": ["不停"]})
    assert _level(rules, "胸口不停地疼") == "critical"
    assert _level(_rules(concepts=[CHEST]), "胸口不停地疼") == "unknown"


def test_words_between_a_state_said_first_and_its_part_do_not_deny_it() -> None:
    rules = TriageRules(
        TriageConfig.model_validate(
            {
                "language": {"clause_marks": "，。"},
                "negation": [{"cues": ["没有", "没", "不"], "reach": 3}],
                "findings": [{"id": "x", "sign": "x", "level": "routine", "phrases": ["咳嗽"]}],
                "concepts": [
                    {
                        "id": "gone",
                        "sign": "breathing",
                        "level": "critical",
                        "parts": ["呼吸"],
                        "states": ["停", "停了"],
                        "either_order": True,
                        "gap": 4,
                    }
                ],
            }
        )
    )
    assert rules.assess(["停了没有呼吸"]).priority == "critical"
    # Part first, a denial between still denies; a denial before either still does.
    assert rules.assess(["呼吸没停"]).priority == "unknown"
    assert rules.assess(["没有停了呼吸"]).priority == "unknown"


# --- reading across clauses -------------------------------------------------------------------

EDGE: dict[str, Any] = {
    "id": "edge",
    "sign": "mental",
    "level": "critical",
    "parts": ["楼顶", "天台"],
    "states": ["要跳", "想死"],
    "gap": 6,
    "either_order": True,
    "across_clauses": True,
}


def test_a_concept_read_across_clauses_pairs_a_part_and_a_state_said_apart() -> None:
    rules = _rules(concepts=[EDGE])
    assert _level(rules, "他在天台上坐着，腿都悬空了，嘴里一直念叨想死") == "critical"
    # Either order when the concept allows it; in one clause as before.
    assert _level(rules, "她说要跳，人已经在楼顶了") == "critical"
    assert _level(rules, "他站在楼顶说要跳") == "critical"
    # A state denied in its own clause pairs with nothing.
    assert _level(rules, "他在楼顶抽烟，说没有想死") == "unknown"
    # Without `across_clauses` the clauses stay apart (a place is no topic).
    apart = _rules(concepts=[{**EDGE, "across_clauses": False, "topic": False}])
    assert _level(apart, "他在天台上坐着，嘴里念叨想死") == "unknown"


def test_a_bare_pain_takes_the_part_the_clause_before_named() -> None:
    pain = {"id": "pain", "sign": "pain", "level": "urgent", "fallback": True, "phrases": ["疼"]}
    sweat = {"id": "sweat", "sign": "sweat", "level": "routine", "phrases": ["出汗"]}
    rules = _rules(findings=[pain, sweat], concepts=[CHEST])
    result = rules.assess(["他一直指着心口，一边疼一边出汗"])
    assert result.priority == "critical"
    assert [f.said for f in result.findings if f.id == "chest"] == ["心口…疼"]
    # A clause naming nothing else keeps its bare pain; a part further back is not taken.
    assert _level(rules, "他摔了，疼得厉害") == "urgent"
    assert _level(rules, "心口那块，后来出汗，疼") == "routine"
    # Denied, the pain is denied as the part's.
    assert _level(rules, "心口那块，不疼") == "unknown"


def test_a_part_inside_a_phrase_of_its_own_sign_is_still_that_part() -> None:
    tight = {"id": "tight", "sign": "chest", "level": "urgent", "phrases": ["胸口闷"]}
    other = {"id": "head", "sign": "head", "level": "urgent", "phrases": ["头疼"]}
    rules = _rules(findings=[tight, other], concepts=[{**CHEST, "parts": ["胸口", "头"]}])
    assert _level(rules, "胸口闷得像压着东西") == "critical"
    # A phrase of another sign still keeps its words (头疼 lends no 头 to the chest).
    assert _level(rules, "头疼") == "urgent"


def test_history_said_after_the_sign_and_a_usual_complaint() -> None:
    rules = _rules(
        findings=[
            {"id": "mi", "sign": "chest", "level": "critical", "phrases": ["心梗"]},
            {
                "id": "head",
                "sign": "head",
                "level": "urgent",
                "mild": "routine",
                "phrases": ["头疼"],
            },
            {"id": "out", "sign": "consciousness", "level": "critical", "phrases": ["没醒"]},
        ],
        language={
            "clause_marks": "，。",
            "past_history": ["去年"],
            "past_history_after": ["病史"],
            "past_history_last": ["过"],
            "as_usual": ["老毛病", "一直都"],
        },
        negation=[{"cues": ["没有", "没", "不"], "reach": 3}],
    )
    assert _level(rules, "他有心梗病史") == "unknown"
    assert _level(rules, "他心梗过") == "unknown"
    assert _level(rules, "他去年那次心梗") == "unknown"
    assert _level(rules, "他心梗了") == "critical"
    # 没醒过 is never woke: a denied sign ending in 过 is not history.
    assert _level(rules, "一直没醒过") == "critical"
    # Usual: at the mild level, in its clause or said alone in the next; critical stays.
    assert _level(rules, "头疼是老毛病") == "routine"
    assert _level(rules, "头疼，老毛病了") == "routine"
    assert _level(rules, "头疼，他一直都这样") == "routine"
    assert _level(rules, "头疼") == "urgent"
    assert _level(rules, "心梗，老毛病了") == "critical"


def test_a_finding_that_does_not_stand_alone_says_nothing_alone() -> None:
    rules = _rules(
        findings=[
            {
                "id": "over",
                "sign": "course",
                "level": "routine",
                "alone": False,
                "phrases": ["没事了"],
            },
            {"id": "cut", "sign": "cut", "level": "urgent", "phrases": ["划了"]},
        ],
    )
    assert _level(rules, "没事了，不用来了") == "unknown"
    assert rules.assess(["没事了"]).findings[0].said == "没事了"
    assert _level(rules, "手划了，没事了") == "urgent"


def test_a_clause_that_is_only_a_state_is_the_part_named_before_but_never_raised() -> None:
    blue = {"id": "blue", "sign": "circulation", "level": "critical", "phrases": ["发紫"]}
    bruise = {
        "id": "bruise",
        "sign": "injury",
        "level": "urgent",
        "parts": ["指甲盖"],
        "states": ["发紫"],
    }
    edge = {**EDGE, "across_clauses": False}
    threat = {"id": "threat", "sign": "mental", "level": "urgent", "phrases": ["想死"]}
    rules = _rules(findings=[blue, threat], concepts=[bruise, edge])
    assert _level(rules, "指甲盖让门挤了，发紫") == "urgent"
    assert _level(rules, "发紫") == "critical"
    # A lone state that would be read higher is left as it was said.
    assert _level(rules, "他在楼顶晒被子，说想死") == "urgent"


def test_broken_speech_is_the_complaint_after_a_full_account_of_an_explained_sign() -> None:
    rules = _rules(
        language={"clause_marks": "，", "pause_marks": ["……"], "first_person": ["我"]},
        patient={
            "pauses": 2,
            "feelings": ["疼"],
            "full_account": 4,
            "explained_by": ["limb"],
            "not_body_parts": ["人"],
        },
        findings=[
            {"id": "limb", "sign": "limb", "level": "urgent", "phrases": ["腿疼"]},
            {"id": "breath", "sign": "breath", "level": "urgent", "phrases": ["喘"]},
        ],
        concepts=[{**CHEST, "parts": ["胸口", "人"]}],
    )

    def level(text: str) -> str:
        return rules.assess([text]).priority

    # Four pieces of an account of a leg: the pain's; three, or a breath sign, breathlessness.
    assert level("我……腿疼……下不了楼……邻居……扶着……") == "urgent"
    assert level("我……腿疼……下不了楼……") == "critical"
    assert level("我……腿疼……喘……下不了楼……扶着……") == "critical"
    # A body part named is a body; a street (人民路) is not.
    assert level("我……胸口……") == "critical"
    assert level("我……在……人民路……") == "unknown"


def test_broken_speech_from_a_caller_who_says_they_cope_is_not_breathlessness() -> None:
    rules = _rules(
        language={"clause_marks": "，", "pause_marks": ["……"], "first_person": ["我"]},
        patient={"pauses": 2, "feelings": ["疼"], "coping": ["还行", "还能说", "问问"]},
        findings=[{"id": "breath", "sign": "breath", "level": "urgent", "phrases": ["喘"]}],
    )

    def level(text: str) -> str:
        return rules.assess([text]).priority

    assert level("我……喘……好难受……") == "critical"
    # Said with the pauses in it (还能……说), the words still count.
    assert level("我……喘……还能……说……") == "urgent"
    assert level("我……喘……坐着……还行……") == "urgent"
    assert level("我……想……问问……喘……") == "urgent"


def test_a_denied_severe_word_reads_mild_and_its_severe_word_says_nothing() -> None:
    rules = _rules(
        degree={"severe": ["厉害"], "mild": ["有点"], "not_severe": ["不算厉害", "没那么厉害"]},
        findings=[
            {
                "id": "swollen",
                "sign": "limb",
                "level": "urgent",
                "mild": "routine",
                "severe": "critical",
                "phrases": ["脚肿"],
            }
        ],
    )
    assert _level(rules, "脚肿得厉害") == "critical"
    assert _level(rules, "脚肿得不算厉害") == "routine"
    assert _level(rules, "脚肿得没那么厉害") == "routine"
    # Without a degree word, as said.
    assert _level(rules, "脚肿") == "urgent"


def test_a_sign_said_to_be_over_is_no_part_of_a_combination() -> None:
    rules = _rules(
        findings=[
            {"id": "cut", "sign": "wound", "level": "urgent", "phrases": ["流血"]},
            {"id": "faint", "sign": "faint", "level": "urgent", "phrases": ["头晕"]},
            {
                "id": "stopped",
                "sign": "course",
                "level": "routine",
                "alone": False,
                "resolves": ["wound"],
                "phrases": ["止住了"],
            },
        ],
        combinations=[{"signs": ["wound", "faint"], "level": "critical"}],
    )
    assert _level(rules, "一直流血，头晕") == "critical"
    assert _level(rules, "流血，现在止住了，头晕") == "urgent"
    # Said over before the bleeding, it says nothing of it.
    assert _level(rules, "止住了，又流血，头晕") == "critical"


def test_a_concept_whole_in_its_clause_does_not_give_way_to_the_topic_before() -> None:
    rules = _rules(
        concepts=[
            {"id": "foot", "sign": "limb", "level": "routine", "parts": ["脚"], "states": ["疼"]},
            {
                "id": "weight",
                "sign": "injury",
                "level": "urgent",
                "topic": False,
                "parts": ["疼得"],
                "states": ["沾不了地"],
                "gap": 2,
            },
        ],
    )
    # The next clause's 疼 is the foot's, but 疼得 … 沾不了地 is said whole there.
    assert _level(rules, "脚扭了，疼得沾不了地") == "urgent"
    assert _level(rules, "脚扭了，疼得厉害") == "routine"


def test_a_finding_that_only_resolves_says_nothing_of_its_own() -> None:
    rules = _rules(
        findings=[
            {"id": "breath", "sign": "breath", "level": "critical", "phrases": ["喘得厉害"]},
            {"id": "cut", "sign": "wound", "level": "routine", "phrases": ["擦破皮"]},
            {
                "id": "clear",
                "sign": "breath_mild",
                "level": "urgent",
                "resolves": ["breath"],
                "only_resolves": True,
                "phrases": ["说话清楚"],
            },
        ],
    )
    assert _level(rules, "喘得厉害，说话清楚") == "urgent"
    assert _level(rules, "擦破皮，说话清楚") == "routine"
    assert _level(rules, "说话清楚") == "unknown"

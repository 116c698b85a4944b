"""Configuration as data: prompt sentences, priority keywords, PSAPs and settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dispatch_intake.calls.actions import recommend_action
from dispatch_intake.errors import SettingsError
from dispatch_intake.priority.service import load_priority_rules
from dispatch_intake.prompts.service import ContradictionFacts, load_prompt_book
from dispatch_intake.psaps.service import load_psaps, nearest_station
from dispatch_intake.settings import load_settings, parse_tokens
from dispatch_intake.shapes import Action, Candidate

from ..conftest import CONFIG_DIR
from .factories import candidate

PROMPTS = load_prompt_book(CONFIG_DIR, "zh-CN")
PSAPS = load_psaps(CONFIG_DIR / "psaps.toml")


def _place(place_id: str, name: str, city: str, adcode: str, **extra: Any) -> Candidate:
    place = candidate(
        **{
            "place_id": place_id,
            "name": name,
            "full_name": "河南大学" + name,
            "kind": "campus",
            "admin": {"province": "河南省", "city": city, "district": None, "adcode": adcode},
            "lat": 34.8,
            "lon": 114.3 if city == "开封市" else 113.8,
            "parent_name": "河南大学",
            **extra,
        }
    )
    place["label"] = PROMPTS.full_label(place, "河南大学")
    return place


LONGZIHU = _place("a", "郑州龙子湖校区", "郑州市", "410105", in_jurisdiction=True)
MINGLUN = _place("b", "明伦校区", "开封市", "410203", in_jurisdiction=False)
JINMING = _place("c", "金明校区", "开封市", "410202", in_jurisdiction=False)


def test_choose_lists_campuses_with_their_cities() -> None:
    text = PROMPTS.choose("choose_campus", [LONGZIHU, MINGLUN, JINMING], "河南大学")
    assert text == "河南大学有三个校区：郑州龙子湖校区、开封明伦校区、开封金明校区，您在哪一个？"


def test_campuses_in_one_city_are_listed_without_it() -> None:
    a = _place("x", "河医院区", "郑州市", "410103")
    b = _place("y", "郑东院区", "郑州市", "410105")
    assert PROMPTS.choose("choose_campus", [a, b], "郑大一附院") == (
        "郑大一附院有两个校区：河医院区、郑东院区，您在哪一个？"
    )


def _branch(name: str, parent: str, district: str, adcode: str) -> Candidate:
    admin = {"province": "河南省", "city": "郑州市", "district": district, "adcode": adcode}
    place = candidate(
        place_id=parent + name,
        name=name,
        full_name=parent + name,
        kind="hospital_branch",
        admin=admin,
        parent_name=parent,
    )
    place["label"] = PROMPTS.full_label(place, parent)
    return place


def test_a_hospital_named_after_its_county_is_not_given_the_citys_name_inside() -> None:
    # 新郑 and 中牟 are of 郑州: their hospitals' names say where they are already.
    assert _branch("本院", "新郑市人民医院", "新郑市", "410184")["label"] == "新郑市人民医院本院"
    assert _branch("本院", "中牟县中医院", "中牟县", "410122")["label"] == "中牟县中医院本院"
    # A hospital whose name says neither the city nor the county is told by its city.
    assert _branch("东院区", "河南省人民医院", "金水区", "410105")["label"] == (
        "河南省人民医院郑州东院区"
    )
    # The city's own: as before.
    assert _branch("黄河路院区", "郑州人民医院", "金水区", "410105")["label"] == (
        "郑州人民医院黄河路院区"
    )


def test_each_institution_is_named_once_for_its_units() -> None:
    zzu1 = "郑州大学第一附属医院"
    first = [_branch(name, zzu1, "二七区", "410103") for name in ("河医院区", "郑东院区")]
    second = [_branch(n, "郑州大学第二附属医院", "金水区", "410105") for n in ("经八路院区",)]
    alone = _place("z", "郑州龙子湖校区", "郑州市", "410105")
    text = PROMPTS.choose("choose", [*first, *second, alone], None)
    assert text == (
        "有四个地方符合：郑州大学第一附属医院的河医院区、郑东院区，"
        "郑州大学第二附属医院经八路院区，河南大学郑州龙子湖校区，您说的是哪一个？"
    )
    # Units in two cities keep their cities; a list with no institution of several units is
    # said as it always was.
    both = [LONGZIHU, MINGLUN, second[0]]
    assert PROMPTS.choose("choose", both, None) == (
        "有三个地方符合：河南大学的郑州龙子湖校区、开封明伦校区，郑州大学第二附属医院经八路院区，"
        "您说的是哪一个？"
    )
    assert PROMPTS.choose("choose", [LONGZIHU, second[0]], None) == (
        "有两个地方符合：河南大学郑州龙子湖校区、郑州大学第二附属医院经八路院区，您说的是哪一个？"
    )


def test_two_is_said_as_liang() -> None:
    assert "有两个校区" in PROMPTS.choose("choose_campus", [MINGLUN, JINMING], "河南大学")


def test_confirm_names_one_place() -> None:
    assert PROMPTS.confirm(LONGZIHU["label"]) == "您是在河南大学郑州龙子湖校区吗？"


def test_contradiction_in_one_sentence() -> None:
    facts = ContradictionFacts(MINGLUN, "开封市", "郑州", LONGZIHU)
    assert (
        PROMPTS.contradiction(facts)
        == "明伦校区在开封。您现在是在郑州的龙子湖校区，还是开封的明伦校区？"
    )


@pytest.mark.parametrize(
    ("name", "kind", "city", "read"),
    [
        # The city's name is part of the place's own: read whole.
        ("郑州大学第一附属医院", "hospital", "郑州市", "郑州大学第一附属医院"),
        ("郑州东站", "landmark", "郑州市", "郑州东站"),
        # The city said before its own institution, and a campus named by its city: a qualifier.
        ("开封市人民医院", "hospital", "开封市", "人民医院"),
        ("郑州龙子湖校区", "campus", "郑州市", "龙子湖校区"),
    ],
)
def test_a_contradiction_reads_a_name_that_begins_with_its_city_whole(
    name: str, kind: str, city: str, read: str
) -> None:
    place = candidate(
        place_id="p",
        name=name,
        full_name=name,
        kind=kind,
        admin={"province": "河南省", "city": city, "district": None, "adcode": "410100"},
    )
    other = "开封" if city == "郑州市" else "郑州"
    sentence = PROMPTS.contradiction(ContradictionFacts(place, city, other, None))
    assert sentence.startswith(f"{read}在{PROMPTS.city(city)}，不在{other}。")


def test_sentences_come_from_the_file(tmp_path: Path) -> None:
    (tmp_path / "prompts").mkdir()
    source = (CONFIG_DIR / "prompts" / "zh-CN.toml").read_text(encoding="utf-8")
    changed = source.replace('confirm = "您是在{place}吗？"', 'confirm = "确认：{place}？"')
    (tmp_path / "prompts" / "zh-CN.toml").write_text(changed, encoding="utf-8")
    assert load_prompt_book(tmp_path, "zh-CN").confirm("郑州大学") == "确认：郑州大学？"
    with pytest.raises(SettingsError, match="en-GB"):
        load_prompt_book(tmp_path, "en-GB")


def test_reasons_come_from_the_file_and_each_must_be_there(tmp_path: Path) -> None:
    (tmp_path / "prompts").mkdir()
    source = (CONFIG_DIR / "prompts" / "zh-CN.toml").read_text(encoding="utf-8")
    changed = source.replace('closed = "此呼叫已结束。"', 'closed = "结束了"')
    (tmp_path / "prompts" / "zh-CN.toml").write_text(changed, encoding="utf-8")
    book = load_prompt_book(tmp_path, "zh-CN")
    assert _action(status="closed", prompts=book)["reason"] == "结束了"
    without = "\n".join(line for line in changed.splitlines() if not line.startswith("transfer ="))
    (tmp_path / "prompts" / "zh-CN.toml").write_text(without, encoding="utf-8")
    with pytest.raises(SettingsError, match=r"\[reasons\] lacks transfer"):
        load_prompt_book(tmp_path, "zh-CN")


@pytest.mark.parametrize(
    ("texts", "priority"),
    [
        (["我好难受，说不出话了"], "critical"),
        (["喘不上氣"], "critical"),  # traditional script
        (["胸痛"], "critical"),
        (["腿摔伤了"], "urgent"),
        (["有点感冒"], "routine"),
        (["你好"], "unknown"),
        ([], "unknown"),
    ],
)
def test_priority_from_keywords(texts: list[str], priority: str) -> None:
    rules = load_priority_rules(CONFIG_DIR / "priority.toml")
    assert rules.assess(texts).priority == priority


def test_psaps_cover_their_areas_and_know_their_stations() -> None:
    assert PSAPS.covering("410105").id == "zhengzhou-120"  # type: ignore[union-attr]
    assert PSAPS.covering("410203").id == "kaifeng-120"  # type: ignore[union-attr]
    assert PSAPS.covering("110105") is None
    zhengzhou = PSAPS.get("zhengzhou-120")
    assert zhengzhou is not None
    nearest = nearest_station(zhengzhou, 34.7965, 113.8005)
    assert nearest is not None and nearest.distance_km < 10


def test_a_psap_file_without_centres_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "psaps.toml"
    path.write_text("default_psap = 'x'\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="no"):
        load_psaps(path)


def _action(**overrides: Any) -> Action:
    zhengzhou = PSAPS.get("zhengzhou-120")
    assert zhengzhou is not None
    arguments: dict[str, Any] = {
        "status": "provisional",
        "priority": "unknown",
        "dispatch_now_answer": False,
        "candidates": [],
        "confirmed": None,
        "position": None,
        "position_in_jurisdiction": None,
        "prompt_kind": "ask_location",
        "psap": zhengzhou,
        "psaps": PSAPS,
        "prompts": PROMPTS,
    }
    arguments.update(overrides)
    return recommend_action(**arguments)


def test_actions() -> None:
    critical = _action(priority="critical", candidates=[LONGZIHU, MINGLUN], prompt_kind="choose")
    assert critical["kind"] == "dispatch_now"
    station = critical["station"]
    assert critical["place_id"] == "a" and station and station["id"].startswith("zhengzhou-")
    assert _action(candidates=[MINGLUN], prompt_kind="confirm")["to_psap"] == "kaifeng-120"
    assert _action(candidates=[LONGZIHU], prompt_kind="confirm")["kind"] == "confirm"
    # Weak matches behind an ask_more prompt are no place to send an ambulance to.
    weak = _action(
        priority="critical", candidates=[{**LONGZIHU, "score": 0.2}], prompt_kind="ask_more"
    )
    assert weak["kind"] == "ask_more" and "危重" in weak["reason"]
    several = _action(candidates=[LONGZIHU, MINGLUN], prompt_kind="choose")
    assert several["kind"] == "disambiguate" and "两个" in several["reason"]
    # The reason counts the places the prompt offers, not every weaker candidate behind them.
    offered = _action(
        candidates=[LONGZIHU, MINGLUN, {**MINGLUN, "place_id": "c"}],
        prompt_kind="choose",
        options=[{"key": "1", "place_id": "a"}, {"key": "2", "place_id": "b"}],
    )
    assert offered["place_ids"] == ["a", "b"] and "两个" in offered["reason"]
    assert _action()["kind"] == "ask_more"
    by_position = _action(
        priority="critical",
        position={"lat": 34.75, "lon": 113.65},
        position_in_jurisdiction=True,
    )
    assert by_position["kind"] == "dispatch_now" and by_position["station"] is not None
    assert _action(status="dispatched")["kind"] == "none"


KAIFENG_CITY = _place(
    "k",
    "开封市",
    "开封市",
    "410200",
    in_jurisdiction=False,
    score=0.85,
    says_all=True,
    kind="city",
    full_name="河南省开封市",
    parent_name="河南省",
)
KAIFENG_CITY["label"] = PROMPTS.full_label(KAIFENG_CITY, "河南省")


def test_a_city_said_plainly_in_another_area_is_handed_over() -> None:
    assert KAIFENG_CITY["label"] == "河南省开封市"
    area = _action(candidates=[KAIFENG_CITY], prompt_kind="ask_more")
    assert area["kind"] == "transfer" and area["to_psap"] == "kaifeng-120"
    assert "河南省开封市" in area["reason"]
    # A loose reading of a city, a city inside other words (开封路 is a 郑州 street), or one the
    # caller also contradicts, is asked about first.
    loose = _action(candidates=[{**KAIFENG_CITY, "score": 0.5}], prompt_kind="ask_more")
    assert loose["kind"] == "ask_more"
    inside = _action(candidates=[{**KAIFENG_CITY, "says_all": False}], prompt_kind="ask_more")
    assert inside["kind"] == "ask_more"
    contradicted = _action(candidates=[KAIFENG_CITY], prompt_kind="ask_more", contradicted=True)
    assert contradicted["kind"] == "ask_more"
    # A critical caller whose phone is in this centre's area gets an ambulance from here.
    here = _action(
        priority="critical",
        candidates=[KAIFENG_CITY],
        prompt_kind="ask_more",
        position={"lat": 34.75, "lon": 113.65},
        position_in_jurisdiction=True,
    )
    assert here["kind"] == "dispatch_now"


def test_no_hand_off_while_the_caller_contradicts_themselves() -> None:
    # 开封的…龙子湖校区 said to 开封 120: the best place is in 郑州, but so is nothing else said.
    contradicted = _action(candidates=[MINGLUN, LONGZIHU], prompt_kind="choose", contradicted=True)
    assert contradicted["kind"] == "disambiguate"
    plain = _action(candidates=[MINGLUN], prompt_kind="confirm")
    assert plain["kind"] == "transfer"


def test_settings_errors_say_what_to_change(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match="DISPATCH_INTAKE_MAX_BODY_BYTES"):
        load_settings(max_body_bytes=10)
    with pytest.raises(SettingsError, match="unknown role 'pilot'"):
        load_settings(tokens="pilot:abc")
    with pytest.raises(SettingsError, match="postgresql"):
        load_settings(database_url="mysql://x")
    monkeypatch.setenv("DISPATCH_INTAKE_IDEMPOTENCY_TTL_HOURS", "2")
    assert load_settings().idempotency_ttl_hours == 2
    assert parse_tokens("call_taker:a, dispatcher:b") == {"a": "call_taker", "b": "dispatcher"}


def test_unknown_default_psap_stops_the_start(tmp_path: Path, gazetteer: Any) -> None:
    from dispatch_intake.app import create_app

    settings = load_settings(
        config_dir=CONFIG_DIR, var_dir=tmp_path, default_psap="atlantis-120", tokens=""
    )
    with pytest.raises(SettingsError, match="atlantis-120"):
        create_app(settings, gazetteer=gazetteer)


def test_an_unreachable_store_stops_the_start_with_its_address(
    tmp_path: Path, gazetteer: Any
) -> None:
    from dispatch_intake.app import create_app

    settings = load_settings(
        config_dir=CONFIG_DIR,
        var_dir=tmp_path,
        database_url="postgresql+psycopg://intake:secret@127.0.0.1:1/none",
        tokens="call_taker:x",
    )
    with pytest.raises(SettingsError, match="DISPATCH_INTAKE_DATABASE_URL") as raised:
        create_app(settings, gazetteer=gazetteer)
    assert "127.0.0.1:1" in str(raised.value) and "secret" not in str(raised.value)


def test_every_setting_is_described_in_service_toml() -> None:
    import tomllib

    from dispatch_intake.settings import Settings

    described = tomllib.loads((CONFIG_DIR / "service.toml").read_text(encoding="utf-8"))
    listed = set(described["service"])
    assert set(Settings.model_fields) - {"config_dir"} <= listed
    assert "DISPATCH_INTAKE_CONFIG_DIR" in (CONFIG_DIR / "service.toml").read_text("utf-8")

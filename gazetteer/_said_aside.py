"""Divisions a caller says of someone or something other than the place.

A city or county said of the caller themselves (俺是郑州来的, 手机显示郑州), of the centre they
call (你们郑州), or as what the place is near (挨着开封) is not where the ambulance goes: it is
taken out of the words before they are read, when something is left to say where the place is.
A division's name that begins a road's or a place's (导航显示桐柏路, 商城东路, 二七广场) is that
road or place shown, and stays.

A caller away from the patient says where they themself are (我在深圳, 我人在北京, 俺在郑州打工)
while someone else is placed at a named place (我妈去郑大一附院, 同事说他在郑汴路): the place
the caller's city does not hold is where the ambulance goes, and the city is taken out. A caller
whose city holds the place said (我在开封，俺娘在鼓楼那) or who places the patient only at home
(我在郑州，我妈在我家晕了) keeps it: the city says where that is.
"""

from __future__ import annotations

import re

from gazetteer._context import SOMEONE_ELSE, without_cities_not_where_now
from gazetteer._index import ROAD_WORDS, NameIndex
from gazetteer._match import find_mentions, read_utterance
from gazetteer._normalise import normalise_text

_HAN = "[\u4e00-\u9fff]"
_SELF = "(?:俺们|我们|咱们|俺|我|咱)"
# Words before a division's name that say it of the caller, of the centre, or as what the place
# is near, whatever else is said: the division is never the place.
_ASIDE_BEFORE = re.compile(
    "|".join(
        (
            f"{_SELF}(?:都|也)?(?:是)?(?:从)?",  # 俺是郑州来的, 俺们郑州来的 (checked for 来的)
            "(?:手机|电话|定位|导航)(?:上)?(?:显示|定位)(?:的)?(?:是|在)?",
            "你们",  # 你们郑州能派车不
            "(?:离|挨着|靠近|靠着)",
        )
    )
)
# Words after a division's name said of the caller, for where they come from.
_ORIGIN_AFTER = ("来的", "过来的", "过来")
_NEAR_AFTER = ("很近", "挺近", "近", "不远")
# "俺在郑州" (or 俺这是洛阳, 俺在开封打的) with no road after it: where the caller is, which is
# the place unless another division is said beside it (俺妈在许昌 … 俺在郑州).
_SELF_AT = re.compile(f"{_SELF}(?:现在|这会儿|目前)?(?:人)?(?:这|这儿|这边|现在)?(?:是|在)")
# What the caller says they do where they are (我在北京上班, 俺在上海打工), or that they rang from
# there.
_CALLED_AFTER = (
    "打的电话", "打的", "打电话", "上班", "工作", "打工", "出差", "上学", "读书", "念书",
    "实习", "值班", "开店", "做生意", "干活", "呢", "这边", "那边", "这儿", "那儿",
)  # fmt: skip
# Someone other than the caller, said to be somewhere (我妈去…, 俺大娘在…, 同事说他在…, 我姥爷家
# 在…).
_SOMEONE_ELSE_PLACED = re.compile(f"{SOMEONE_ELSE}[^\\s在去住到搁]{{0,4}}?(?:在|去|住|到|搁)")
# How long a name must be, as said, to place someone elsewhere by itself: two characters are
# often a chance reading of everyday words.
_LONG_ENOUGH = 3
_DIVISION_KINDS = frozenset({"province", "city", "district"})
# The word that ends a district's or county's name, when its index name is held without it.
_DIVISION_WORDS = ("区", "县", "市")
_LONGEST_DIVISION = 8
# How long a name beginning with a division's may be (商城东路, 南阳新村, 郑州东站).
_LONGEST_NAME = 10


def divisions_said_aside(index: NameIndex, text: str) -> str:
    """The utterance without the divisions said of someone or something other than the place
    (the caller's own city, the centre's, a city the place is only near), when something is
    left to say where the place is.

    朱仙镇 俺是郑州来的 → 朱仙镇; 俺妈在许昌 文化路上 俺在郑州 → 俺妈在许昌 文化路上; but
    俺在郑州 文化路上 stays whole: the caller is where the place is.
    """
    said = normalise_text(text)
    if not any(cue in said for cue in ("俺", "我", "咱", "你们", "显示", "离", "挨着", "靠")):
        return text
    spans = _always_aside(index, said)
    rest = _without(said, spans)
    spans += _self_at_beside_another(index, said, rest, spans)
    if not spans:
        return text
    left = _without(said, spans)
    return left if re.search(f"{_HAN}|[a-z]", left) else text


def _always_aside(index: NameIndex, said: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for cue in _ASIDE_BEFORE.finditer(said):
        found = _division_at(index, said, cue.end())
        if found is None:
            continue
        end, _ = found
        if said.startswith(ROAD_WORDS, end) or _named_after_it(index, said, cue.end(), end):
            continue  # 导航显示桐柏路, 金水东路, 二七广场: the place named after the division
        words = cue.group()
        if words.startswith(("俺", "我", "咱")):
            tail = next((w for w in _ORIGIN_AFTER if said.startswith(w, end)), None)
            if tail is None:
                continue
            end += len(tail)
        elif words.startswith(("离", "挨着", "靠")):
            end += next((len(w) for w in _NEAR_AFTER if said.startswith(w, end)), 0)
        spans.append((cue.start(), end))
    return spans


def _named_after_it(index: NameIndex, said: str, start: int, end: int) -> bool:
    """Whether a name the data holds for a place other than a division begins with the division
    said from `start` to `end` and goes on past it (金水东路, 商城东路, 二七广场, 南阳新村)."""
    longer = [said[start:e] for e in range(end + 1, min(len(said), start + _LONGEST_NAME) + 1)]
    return any(
        term is not None
        and any(index.places.kind(link.place) not in _DIVISION_KINDS for link in index.links(term))
        for term in index.term_ids(longer)
    )


def _self_at_beside_another(
    index: NameIndex, said: str, rest: str, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """俺在郑州 said while another division, not in it nor holding it, is said too."""
    spans: list[tuple[int, int]] = []
    for cue in _SELF_AT.finditer(said):
        if any(start <= cue.start() < end for start, end in taken):
            continue
        found = _division_at(index, said, cue.end())
        if found is None:
            continue
        end, prefixes = found
        # A district of the city said after it (我在广州天河区上班, 洛阳涧西区, with the district
        # word or without): still the caller's place. Not a county after its province (我在西藏
        # 仁布县): a place far enough to be said so is kept as where the caller says they are.
        inner = _division_at(index, said, end) if all(len(p) == 4 for p in prefixes) else None
        while inner is not None and any(_nested(p, q) for q in prefixes for p in inner[1]):
            end = inner[0] + said.startswith(_DIVISION_WORDS, inner[0])
            inner = _division_at(index, said, end)
        end += next((len(w) for w in _CALLED_AFTER if said.startswith(w, end)), 0)
        if end < len(said) and said[end] != " ":
            continue  # 俺在郑州文化路: the caller's city, with the road they are on
        # A city said as the centre rung (打的是郑州的吗) is not another place said.
        others = _divisions_in(
            index, without_cities_not_where_now(rest.replace(said[cue.start() : end], " "))
        )
        if any(not _nested(p, q) for p in prefixes for q in others):
            spans.append((cue.start(), end))
            continue
        left = rest.replace(said[cue.start() : end], " ")
        if _SOMEONE_ELSE_PLACED.search(left) and _a_place_outside(index, left, prefixes):
            spans.append((cue.start(), end))
    return spans


def _a_place_outside(index: NameIndex, said: str, prefixes: tuple[str, ...]) -> bool:
    """Whether the words name, as written and in full, a place none of whose namesakes lies in
    the divisions of `prefixes` (郑大一附院 beside 深圳, 淮河医院 beside 郑州): a place the
    caller's own city does not hold. Not a name every city has (我在开封，我妈在解放路上): the
    caller's city's own, which the data may not hold."""
    for mention in find_mentions(index, read_utterance(index, said), 0):
        if mention.how != "exact" or mention.end - mention.start < _LONG_ENOUGH:
            continue
        if index.terms[mention.term] in index.common_words:
            continue
        links = index.links(mention.term)
        if links and not any(index.in_divisions(link.place, prefixes) for link in links):
            return True
    return False


def _division_at(index: NameIndex, said: str, start: int) -> tuple[int, tuple[str, ...]] | None:
    """The longest division name said from `start`: where it ends, and its adcode prefixes."""
    for end in range(min(len(said), start + _LONGEST_DIVISION), start + 1, -1):
        prefixes = _division_prefixes(index, said[start:end])
        if prefixes:
            return end, prefixes
    return None


def _division_prefixes(index: NameIndex, words: str) -> tuple[str, ...]:
    (term,) = index.term_ids([words])
    if term is None:
        return ()
    links = index.links(term)
    if not links or any(index.places.kind(link.place) not in _DIVISION_KINDS for link in links):
        return ()
    return tuple(
        prefix for link in links if (prefix := index.division_prefix.get(link.place)) is not None
    )


def _divisions_in(index: NameIndex, said: str) -> set[str]:
    """The adcode prefixes of the cities said anywhere in the words, and of the counties of a
    province said as well (a county name alone is often a chance reading of two characters)."""
    found: set[str] = set()
    for run in re.findall(f"{_HAN}+", said.replace(" ", "")):
        for start in range(len(run) - 1):
            for end in range(start + 2, min(len(run), start + _LONGEST_DIVISION) + 1):
                for prefix in _division_prefixes(index, run[start:end]):
                    if len(prefix) <= 4:
                        found.add(prefix)
    return found


def _nested(first: str, second: str) -> bool:
    return first.startswith(second) or second.startswith(first)


def _without(said: str, spans: list[tuple[int, int]]) -> str:
    kept = [c for k, c in enumerate(said) if not any(s <= k < e for s, e in spans)]
    return re.sub(" +", " ", "".join(kept)).strip()

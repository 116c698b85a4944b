"""How callers speak of places around the one they call about: a division said of the caller
themselves (俺是郑州来的, 俺在郑州, 手机显示郑州), of the centre they call (你们郑州), or as
what the place is near (离开封近, 挨着开封), is not where the ambulance goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance
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
# "俺在郑州" (or 俺这是洛阳, 俺在开封打的) with no road after it: where the caller is, which is
# the place unless another division is said beside it (俺妈在许昌 … 俺在郑州).
_SELF_AT = re.compile(f"{_SELF}(?:这|这儿|这边|现在)?(?:是|在)")
_CALLED_AFTER = ("打的电话", "打的", "打电话")
_DIVISION_KINDS = frozenset({"province", "city", "district"})
_LONGEST_DIVISION = 8


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
        words = cue.group()
        if words.startswith(("俺", "我", "咱")):
            tail = next((w for w in _ORIGIN_AFTER if said.startswith(w, end)), None)
            if tail is None:
                continue
            end += len(tail)
        elif words.startswith(("离", "挨着", "靠")):
            end += next((len(w) for w in ("很近", "挺近", "近", "不远") if said.startswith(w, end)), 0)
        spans.append((cue.start(), end))
    return spans


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
        end += next((len(w) for w in _CALLED_AFTER if said.startswith(w, end)), 0)
        if end < len(said) and said[end] != " ":
            continue  # 俺在郑州文化路: the caller's city, with the road they are on
        others = _divisions_in(index, rest.replace(said[cue.start() : end], " "))
        if any(not _nested(p, q) for p in prefixes for q in others):
            spans.append((cue.start(), end))
    return spans


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


# "X县医院" is what a county's people call its 人民医院 (中牟县医院, 杞县医院), never its
# 中医院, which they name as such: the 县医院 is not a 中医院 that lost a character.
_COUNTY_HOSPITAL = re.compile("(县|市)医院")
_PEOPLES = ("人民医院", "第一人民医院")
# As sure as a name said with a word of its own, a little below one said in full: the
# county's 人民医院 before a reading that takes the words for another hospital.
COUNTY_HOSPITAL = 0.95
_HOSPITAL_KINDS = frozenset({"hospital", "hospital_branch"})


def county_hospitals_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions with "X县医院" read as that county's 人民医院, and no longer as another
    hospital whose name the words come near (X县中医院 short of 中)."""
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        for segment in utterance.segments:
            if not segment.han:
                continue
            words = "".join(segment.units)
            for said in _COUNTY_HOSPITAL.finditer(words):
                found += _peoples_hospital(index, number, segment.offset, words, said)
    if not found:
        return list(mentions)
    hospitals = {link.place for m in found for link in index.links(m.term)}
    hospitals |= {k for h in list(hospitals) for k in index.children.get(h, ())}

    def another_hospital(mention: Mention) -> bool:
        links = index.links(mention.term)
        return (
            mention.how != "exact"
            and any(_overlaps(mention, m) for m in found)
            and not any(link.place in hospitals for link in links)
            and all(index.places.kind(link.place) in _HOSPITAL_KINDS for link in links)
        )

    return [m for m in mentions if not another_hospital(m)] + found


def _peoples_hospital(
    index: NameIndex, number: int, offset: int, words: str, said: re.Match[str]
) -> list[Mention]:
    level = said.group(1)
    for size in range(4, 0, -1):
        start = said.start() - size
        if start < 0:
            continue
        county = words[start : said.start()]
        names = [county + level + p for p in _PEOPLES]
        if level == "县":
            names += [county + p for p in _PEOPLES]
        for term in index.term_ids(names):
            if term is None:
                continue
            links = index.links(term)
            if not all(index.places.kind(link.place) == "hospital" for link in links):
                continue
            if level == "市" and not all(
                index.places.admin(link.place).district == county + level for link in links
            ):
                continue  # 郑州市医院 is no one hospital; a county-level city's is
            return [
                Mention(number, offset + start, offset + said.end(), term, COUNTY_HOSPITAL, "exact")
            ]
    return []


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.utterance == b.utterance and a.start < b.end and b.start < a.end

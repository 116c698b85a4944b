"""A village said with 城中村 (冯湾城中村, 郎庄城中村): a village inside a city's district.

城中村 is what a caller calls a village the city has grown around; it is held as its 村 or as the
社区 it became and kept the name of (姚砦社区), and is often named like the metro station or the
landmark beside it (冯湾站). The word before 城中村 names the village of a city's district (a
区) so named; a county's village of the name is not a 城中村. Said with a word between (关虎屯那个
城中村, 贾河那片城中村, 南阳寨的城中村) it is the same village. Several such villages are offered,
none read back; a village of another city's district is not a caller's 城中村. A name held with
城中村 itself (柳林城中村) is left to that name, a road's (花园路那个城中村) to the road.
Said so, the village is the place, not the metro station, the 街道 or 乡 named like it (关虎屯站,
土柏岗乡), a county's village of the name or a works named by it (二砂): those readings of the
same words are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NAMES, ROAD_WORDS, NameIndex
from gazetteer._match import Mention, Utterance, written_units
from gazetteer._normalise import normalise_text

_URBAN_VILLAGE = "城中村"
# The names a 城中村 is held under: its village's, or its 社区's.
_UNIT_WORDS = ("村", "社区")
_SHORTEST = 2
_LONGEST = 4
# How a unit the words may name, among others of the city's districts, is read: offered.
_OFFERED = "dropped"
# 城中村 is said of a 村: offered beside a village of the word held as its 村 (毛庄村), the 社区
# another became (毛庄社区) comes after it.
_AFTER_ITS_VILLAGE = 0.99
_DISTRICT_WORD = "区"
_HAN = "[\u4e00-\u9fff]+"
# Words a caller puts between the village's name and 城中村 (关虎屯那个城中村, 南阳寨的城中村).
_BETWEEN = re.compile("(?:那个|这个|那片|这片|那一片|这一片|那边的|这边的|那块的|的)$")


def villages_said_as_urban_villages(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    sure: float,
    codes: Sequence[str] = (),
) -> list[Mention]:
    """Mentions of the villages of a city's districts named by the word said right before
    城中村 (冯湾城中村: 中原区's 冯湾村), the longest such word: those of the centre's city's
    districts (`codes`, its adcode prefixes), each by a name only it is held under; a road's name
    before 城中村 (花园路那个城中村) is the road's. 城中村 itself is not read (it is a
    word of speech), so the word is found as said and then among the units read."""
    found: list[Mention] = []
    for number, (said, utterance) in enumerate(zip(utterances, read, strict=True)):
        text = normalise_text(said)
        at = text.find(_URBAN_VILLAGE)
        while at >= 0:
            before = text[:at]
            between = _BETWEEN.search(before)
            if between is not None:
                before = before[: between.start()]
            for length in range(_LONGEST, _SHORTEST - 1, -1):
                word = before[max(0, len(before) - length) :]
                if len(word) < length or not re.fullmatch(_HAN, word):
                    continue
                if _held_as_urban_village(index, word):
                    break  # 柳林城中村: the name held with 城中村 is read as it is
                if word.endswith(ROAD_WORDS):
                    break  # 花园路那个城中村: the road it stands by, not a 社区 of the name
                villages = _urban_villages_named(index, word, codes)
                span = _units_of(utterance, word)
                if not villages or span is None:
                    continue
                how = "exact" if len(villages) == 1 else _OFFERED
                a_village = any(_held_as_its_village(index, row) for row, _ in villages)
                found.extend(
                    Mention(
                        number,
                        span[0],
                        span[1],
                        _own_term(index, row, t),
                        sure
                        if _held_as_its_village(index, row) or not a_village
                        else sure * _AFTER_ITS_VILLAGE,
                        how,
                    )
                    for row, t in sorted(villages)
                )
                break
            at = text.find(_URBAN_VILLAGE, at + 1)
    return found


def without_namesakes_of_urban_villages(
    mentions: Sequence[Mention], villages: Sequence[Mention]
) -> list[Mention]:
    """The mentions without other readings of the words a village said with 城中村 was found in
    (关虎屯站, 土柏岗乡, the works 二砂, the short name 中牟's 东赵村 shares): the village found
    is what those words name."""
    spans = {(v.utterance, v.start, v.end) for v in villages}
    return [
        m
        for m in mentions
        if not any(u == m.utterance and s <= m.start and m.end <= e for u, s, e in spans)
    ]


def _held_as_urban_village(index: NameIndex, word: str) -> bool:
    """Whether a name ending `word` is held with 城中村 itself (柳林城中村, 陈砦城中村)."""
    for k in range(len(word) - _SHORTEST + 1):
        (term,) = index.term_ids([normalise_text(word[k:] + _URBAN_VILLAGE)])
        if term is not None and any(link.weight >= NAMES for link in index.links(term)):
            return True
    return False


def _units_of(utterance: Utterance, word: str) -> tuple[int, int] | None:
    """Where `word` is said among an utterance's written units, as [start, end), or None."""
    units = written_units(utterance)
    for start in sorted(units):
        if all(units.get(start + k) == ch for k, ch in enumerate(word)):
            return start, start + len(word)
    return None


def _urban_villages_named(
    index: NameIndex, word: str, codes: Sequence[str]
) -> set[tuple[int, int]]:
    """The villages of a city's districts held as `word` with 村 or 社区, with the term of that
    name: those of the centre's city (`codes`) only, when the centre is known."""
    names = [normalise_text(word + w) for w in _UNIT_WORDS]
    found = index.villages_named(names, lambda place: _in_a_citys_district(index, place))
    if not codes:
        return found
    return {(row, term) for row, term in found if index.in_divisions(row, tuple(codes))}


def _held_as_its_village(index: NameIndex, row: int) -> bool:
    """Whether the village at `row` is held as a 村 (毛庄村), not as the 社区 one became."""
    return index.places.name(row).endswith(_UNIT_WORDS[0])


def _own_term(index: NameIndex, row: int, term: int) -> int:
    """A term that names the village at `row` and no other place (航海西路冯湾村, its town's
    name before it), so that the mention leads to that village alone, not to a county's village
    of the name (中牟's 东赵村); `term` when it has none."""
    place = index.places[row]
    for name in (place.name, *place.aliases):
        (own,) = index.term_ids([normalise_text(name)])
        if own is None:
            continue
        if {link.place for link in index.links(own) if link.weight >= NAMES} == {row}:
            return own
    return term


def _in_a_citys_district(index: NameIndex, place: int) -> bool:
    """Whether a place lies in a city's district (a 区), not in a county or a county's city."""
    code = (index.places.admin(place).adcode or "")[:6]
    row = index.place_index(f"adm-{code}") if len(code) == 6 else None
    return (
        row is not None
        and index.places.kind(row) == "district"
        and index.places.name(row).endswith(_DISTRICT_WORD)
    )

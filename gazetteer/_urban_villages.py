"""A village said with 城中村 (冯湾城中村, 郎庄城中村): a village inside a city's district.

城中村 is what a caller calls a village the city has grown around; it is held as its 村 or as the
社区 it became and kept the name of (姚砦社区), and is often named like the metro station or the
landmark beside it (冯湾站). The word before 城中村 names the village of a city's district (a
区) so named; a county's village of the name is not a 城中村. Several such villages are offered,
none read back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, written_units
from gazetteer._normalise import normalise_text

_URBAN_VILLAGE = "城中村"
# The names a 城中村 is held under: its village's, or its 社区's.
_UNIT_WORDS = ("村", "社区")
_SHORTEST = 2
_LONGEST = 4
# How a unit the words may name, among others of the city's districts, is read: offered.
_OFFERED = "dropped"
_DISTRICT_WORD = "区"
_HAN = "[\u4e00-\u9fff]+"


def villages_said_as_urban_villages(
    index: NameIndex, utterances: Sequence[str], read: Sequence[Utterance], sure: float
) -> list[Mention]:
    """Mentions of the villages of a city's districts named by the word said right before
    城中村 (冯湾城中村: 中原区's 冯湾村), the longest such word. 城中村 itself is not read (it is a
    word of speech), so the word is found as said and then among the units read."""
    found: list[Mention] = []
    for number, (said, utterance) in enumerate(zip(utterances, read, strict=True)):
        text = normalise_text(said)
        at = text.find(_URBAN_VILLAGE)
        while at >= 0:
            for length in range(_LONGEST, _SHORTEST - 1, -1):
                word = text[max(0, at - length) : at]
                if len(word) < length or not re.fullmatch(_HAN, word):
                    continue
                villages = _urban_villages_named(index, word)
                span = _units_of(utterance, word)
                if not villages or span is None:
                    continue
                how = "exact" if len(villages) == 1 else _OFFERED
                found.extend(
                    Mention(number, span[0], span[1], t, sure, how) for t in sorted(villages)
                )
                break
            at = text.find(_URBAN_VILLAGE, at + 1)
    return found


def _units_of(utterance: Utterance, word: str) -> tuple[int, int] | None:
    """Where `word` is said among an utterance's written units, as [start, end), or None."""
    units = written_units(utterance)
    for start in sorted(units):
        if all(units.get(start + k) == ch for k, ch in enumerate(word)):
            return start, start + len(word)
    return None


def _urban_villages_named(index: NameIndex, word: str) -> set[int]:
    """The terms of the villages of a city's districts held as `word` with 村 or 社区."""
    names = [normalise_text(word + w) for w in _UNIT_WORDS]
    return {
        term
        for term in index.term_ids(names)
        if term is not None
        for link in index.links(term)
        if link.weight >= NAMES
        and index.places.kind(link.place) == "village"
        and normalise_text(index.places.name(link.place)) in names
        and _in_a_citys_district(index, link.place)
    }


def _in_a_citys_district(index: NameIndex, place: int) -> bool:
    """Whether a place lies in a city's district (a 区), not in a county or a county's city."""
    code = (index.places.admin(place).adcode or "")[:6]
    row = index.place_index(f"adm-{code}") if len(code) == 6 else None
    return (
        row is not None
        and index.places.kind(row) == "district"
        and index.places.name(row).endswith(_DISTRICT_WORD)
    )

"""A landmark's three-character name said with its middle character lost (包祠 for 包公祠, 相寺
for 相国寺): the landmark of the centre's city named so, offered.

Names of four characters or more are found one character short everywhere (the matcher's
dropped readings); two characters left of three are a chance pair anywhere in the country. In
the answering centre's own city, among its landmarks, words that read as nothing else and keep
a name's first and last character are rarely another's: the landmark is offered, below what is
read back, for the caller to say yes to.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, pause_starts

# Below what is read back (the resolver's SURE, 0.85): offered, never confirmed on these words.
MIDDLE_LOST = 0.8
_NAME_SIZE = 3
# What such a name ends in: the kind of landmark (包公祠, 相国寺, 禹王台), kept when the middle is
# lost. Not 门, 城, 厂 (大门, 大城, 二厂 are words of their own).
_KIND_ENDS = frozenset("祠寺塔庙观台楼阁湖山峰洞陵府宫")
# Words a name begins with that begin ordinary words as well (大, 北, 二 of 大梁门, 北龙湖, 二七塔).
_COMMON_STARTS = frozenset("东西南北中上下前后左右大小老新旧一二三四五六七八九十")

# A scenic area's word said after the name (开府 景区, 相寺景点) ends it as a pause does.
_AREA_WORDS = frozenset({"景区", "景点"})

_SHORT: dict[int, dict[str, list[tuple[int, int]]]] = {}


def landmarks_short_of_a_middle_character(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
    sure: float,
) -> list[Mention]:
    """Mentions of the one landmark of the centre's area (`codes`) whose three-character name
    or alias, its middle character left out, is two written characters said as a word of their
    own (between pauses, or before 景区) that no sure mention reads. None when no centre is
    known or two landmarks fit."""
    if not codes or not read:
        return []
    short = _short_names(index)
    read_surely = {
        (m.utterance, k) for m in mentions if m.quality >= sure for k in range(m.start, m.end)
    }
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        pauses = pause_starts(utterance) | {0, utterance.length}
        for segment in utterance.segments:
            if not segment.han:
                continue
            for k in range(len(segment.units) - 1):
                start = segment.offset + k
                after = "".join(segment.units[k + 2 : k + 4])
                if start not in pauses or (start + 2 not in pauses and after not in _AREA_WORDS):
                    continue
                if (number, start) in read_surely or (number, start + 1) in read_surely:
                    continue
                fits = {
                    (term, place)
                    for term, place in short.get("".join(segment.units[k : k + 2]), ())
                    if index.in_divisions(place, tuple(codes))
                }
                if len({place for _, place in fits}) == 1:
                    term = min(term for term, _ in fits)
                    found.append(Mention(number, start, start + 2, term, MIDDLE_LOST, "dropped"))
    return found


def _short_names(index: NameIndex) -> dict[str, list[tuple[int, int]]]:
    """The landmarks' three-character names by their first and last character: (term, place)."""
    found = _SHORT.get(id(index))
    if found is None:
        found = {}
        for term_id, term in enumerate(index.terms):
            name = str(term)  # terms are held normalised
            if len(name) != _NAME_SIZE or name[2] not in _KIND_ENDS or name[0] in _COMMON_STARTS:
                continue
            for link in index.links(term_id):
                if link.weight >= NAMES and index.places.kind(link.place) == "landmark":
                    found.setdefault(name[0] + name[2], []).append((term_id, link.place))
        _SHORT[id(index)] = found
    return found

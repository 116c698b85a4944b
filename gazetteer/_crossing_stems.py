"""Roads said short of their road word at a crossing (中州大道 跟 商都 口, 文化 农业 路口): the
roads the words with 路 or 大道 name.

At a crossing callers drop the road word of one road or both: the crossing word (口, 路口) says
that two roads were named. Each name is looked up as a road (商都 as 商都路), and read so over
its words, below a name said in full: the crossing is offered, not read back, and a division of
the same name (内蒙古's 商都县) is not what the words said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import ROAD_WORDS, NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, written_matches

# Two names and the crossing word after them; between the two, a word that joins them or none.
_CROSSING = re.compile("(?:交叉口|十字路口|路口|口)")
_JOINS = ("跟", "和", "与", "同")
# How long a road's name without its road word may be (商都, 中州, 紫荆山).
_STEM_SIZES = (4, 3, 2)
# The road word the name was said without.
_ENDINGS = ("路", "大道", "大街", "街")
# Below a name said in full or one character short (0.9): the crossing is offered.
STEM_AT_A_CROSSING = 0.86


def roads_short_at_a_crossing(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
    sure: float,
) -> list[Mention]:
    """The mentions with a road's name said short of its road word before a crossing word,
    next to another road's name (said in full or short too), read as that road; the other
    readings of those words (商都县) go. Words that name a place of the centre's area (`codes`)
    as said (鼓楼 书店街 口上: 开封's drum tower) are that place, not a road short of its
    word, and so are words said as one with the crossing word (黄河 花园口: the town, not
    花园路's mouth). A name read across the pause before the crossing word (农业 花园 口 as
    花园口, 大学 陇海 口 as 海口) goes when the crossing is found: the caller said 口 apart."""
    found: list[Mention] = []
    across: set[tuple[int, int]] = set()
    for number, offset, words, said in written_matches(read, _CROSSING):
        end = said.start()
        pauses = pause_starts(read[number])
        if offset + end not in pauses and _a_place_here(
            index, mentions, number, offset + end - 2, offset + said.end(), codes, ending=True
        ):
            continue
        second = None
        if said[0] == "路口":
            # 文化 农业路口: the road said in full, its 路 the crossing's too.
            second = _road_before(
                index, mentions, number, offset, words, end + 1, sure, held_only=True
            )
        if second is not None:
            end += 1
        else:
            second = _road_before(index, mentions, number, offset, words, end, sure, codes)
        if second is None:
            continue
        start = second[0]
        if words[start - 1 : start] in _JOINS:
            start -= 1
        first = _road_before(index, mentions, number, offset, words, start, sure, codes)
        if first is None:
            continue
        found += [m for m in (first[1], second[1]) if m is not None]
        if offset + end in pauses:
            across.add((number, offset + end))
    if not found:
        return list(mentions)
    spans = {(m.utterance, m.start, m.end) for m in found}
    kept = [
        m
        for m in mentions
        if (m.utterance, m.start, m.end) not in spans
        and not any(n == m.utterance and m.start < at < m.end for n, at in across)
    ]
    return [*kept, *found]


def _road_before(
    index: NameIndex,
    mentions: Sequence[Mention],
    number: int,
    offset: int,
    words: str,
    end: int,
    sure: float,
    codes: Sequence[str] = (),
    *,
    held_only: bool = False,
) -> tuple[int, Mention | None] | None:
    """A road's name ending at `end` of a segment's words: its start, and a new mention when
    it was said short of its road word (None when a road was read there already; with
    `held_only`, only such a road is looked for)."""
    for mention in mentions:
        if (
            mention.utterance == number
            and mention.end == offset + end
            and mention.quality >= sure
            and _a_road(index, mention.term)
        ):
            return mention.start - offset, None
    if held_only:
        return None
    for size in _STEM_SIZES:
        start = end - size
        if start < 0:
            continue
        stem = words[start:end]
        if stem.endswith(ROAD_WORDS) or _a_place_here(
            index, mentions, number, offset + start, offset + end, codes
        ):
            continue
        term = next(
            (t for t in index.term_ids([stem + e for e in _ENDINGS]) if _a_road(index, t)), None
        )
        if term is not None:
            return start, Mention(
                number, offset + start, offset + end, term, STEM_AT_A_CROSSING, "dropped"
            )
    return None


def _a_place_here(
    index: NameIndex,
    mentions: Sequence[Mention],
    number: int,
    start: int,
    end: int,
    codes: Sequence[str],
    *,
    ending: bool = False,
) -> bool:
    """Whether the words [start, end) were read exactly as a place of the centre's area; with
    `ending`, a place whose name ends at `end` and takes in `start` (花园口 over 园口)."""
    return any(
        m.utterance == number
        and (m.start <= start and m.end == end if ending else (m.start, m.end) == (start, end))
        and m.how == "exact"
        and any(index.in_divisions(link.place, tuple(codes)) for link in index.links(m.term))
        for m in mentions
    )


def _a_road(index: NameIndex, term: int | None) -> bool:
    return index.names_kind(term, ("road",))

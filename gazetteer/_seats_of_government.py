"""A county's government as callers say it: "X县政府" is the seat of government of county X.

Callers name a county's 人民政府 by the county and a generic word (杞县县政府, 新郑市政府, 金水区
区政府, 兰考 政府那儿), or name the county first and the word later (俺在杞县 金城大道 县政府门口).
Said alone the word names every county's (县政府, 区政府, 市政府); with a county it names that
county's own. The county's name also names the county itself, so without this reading the
county would explain as much of the words as its government does, and the word nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, written_matches

# The generic word for a government, with the level word the caller may repeat (杞县县政府)
# and the possessive some put between (杞县的县政府); a town's (镇政府, 乡政府) is read so that
# it is left to the town.
_GOVERNMENT = re.compile("(镇|乡)?的?(县|区|市)?(人民)?政府")
_SUFFIX = "人民政府"
# A town's level word, said with its name or again before its government (大隗镇镇政府).
_TOWN_WORD = "镇乡"
# As sure as a name said with a word of its own, a little below one said in full, as the
# county hospital (`gazetteer._county_hospitals`).
SEAT_OF_GOVERNMENT = 0.95
_LONGEST_DIVISION = 6  # characters of a county's name as said (管城回族区)


def seats_of_government_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions, with "X县政府" (and 区政府, 市政府, 人民政府, 政府) read as county X's
    人民政府: over both words when X is said right before the word, else over the word alone
    when X was said exactly before it in the same utterance (the nearest such county)."""
    found: list[Mention] = []
    for number, offset, words, said in written_matches(read, _GOVERNMENT):
        if said.group(1):
            # 古荥镇政府, 古荥镇 镇政府: the town's, where the town itself stands; said alone
            # (镇政府) no one's.
            found += _town_said_before(index, read, mentions, number, offset + said.start(), said)
            continue
        level = said.group(2) or ""
        here = _seat_after(index, words, said.start(), level)
        if here is not None:
            start, seats = here
        else:
            start, seats = (
                said.start(),
                _seat_said_before(index, mentions, number, offset + said.start(), level),
            )
        found += [
            Mention(number, offset + start, offset + said.end(), seat, SEAT_OF_GOVERNMENT, "exact")
            for seat in seats
        ]
    return [*mentions, *found]


def _town_said_before(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    number: int,
    at: int,
    said: re.Match[str],
) -> list[Mention]:
    """A town's government said right after the town (大隗镇 镇政府, 大巍镇镇政府): the town's
    reading over both, however the town was heard, as a county's seat is read over the county
    and its word. Without it the word is only the 社区 of another province named 镇政府社区, and
    the town said was asked again. Said alone (镇政府) or after other words, it is no one's."""
    end = at + len(said.group(0))
    units = [u for segment in read[number].segments for u in segment.units]
    towns = [
        m
        for m in mentions
        if m.utterance == number
        and m.start < at <= m.end + len(_TOWN_WORD)
        and m.end <= end
        and all(u in _TOWN_WORD for u in units[m.end : at])
        and any(index.places.kind(link.place) == "town" for link in index.links(m.term))
    ]
    return [Mention(number, m.start, end, m.term, m.quality, m.how) for m in towns]


def _seat_after(index: NameIndex, words: str, end: int, level: str) -> tuple[int, list[int]] | None:
    """Where a county's name said right before `end` begins, and its governments' terms."""
    for size in range(min(_LONGEST_DIVISION, end), 1, -1):
        (term,) = index.term_ids([words[end - size : end]])
        seats = _seats(index, term, level) if term is not None else []
        if seats:
            return end - size, seats
    return None


def _seat_said_before(
    index: NameIndex, mentions: Sequence[Mention], number: int, at: int, level: str
) -> list[int]:
    """The governments' terms of the nearest county said exactly before `at`."""
    before = sorted(
        (m for m in mentions if m.utterance == number and m.how == "exact" and m.end <= at),
        key=lambda m: -m.end,
    )
    for mention in before:
        seats = _seats(index, mention.term, level)
        if seats:
            return seats
    return []


def _seats(index: NameIndex, term: int, level: str) -> list[int]:
    """The terms of the 人民政府 of the divisions a term names, as the level word said allows."""
    seats: list[int] = []
    for link in index.links(term):
        if link.place not in index.division_prefix:
            continue
        division = index.places.name(link.place)
        # A level word said is the county's own (金水 区政府), or 县 for a county-level city
        # that was a county (新郑 县政府), as its older people still call it; 郑州 县政府 is
        # no one's.
        county_city = (
            level == "县"
            and division.endswith("市")
            and index.places.kind(link.place) == "district"
        )
        if level and not division.endswith(level) and not county_city:
            continue
        (seat,) = index.term_ids([division + _SUFFIX])
        if seat is not None and any(
            index.places.admin(s.place).adcode == index.places.admin(link.place).adcode
            for s in index.links(seat)
        ):
            seats.append(seat)
    return list(dict.fromkeys(seats))

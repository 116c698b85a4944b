"""A county's government or hospital said with no county: "县政府", "县医院", "县中医院".

Said alone, the words name the government or the 人民医院 of any county, and the caller means
one of the answering centre's area: 中牟 is the one 县 of 郑州's, 杞县, 通许, 尉氏 and 兰考 are
开封's. Each county of the area that has one is read at once, so that the centre's counties are
weighed together (and by the caller's position), never one of them picked by a look-alike of
the words (县政府 as 杞县政府) nor another place heard in them (县医院 as 省医院).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, written_matches

# 县政府, 县人民政府, 县医院 (the county's 人民医院, as its people say), 县人民医院, 县中医院.
_COUNTY_WORDS = re.compile("县(人民政府|政府|人民医院|中医院|医院)")
_NAMES = {"人民政府": "人民政府", "政府": "人民政府", "医院": "人民医院"}
# 人民医院 or 中医院 said with no name before it, after a pause: said in a call that names a
# county or a county-level city (兰考县城里，人民医院北边; 巩义，中医院门口), it is that one's,
# as its people say it; not the city's (开封市人民医院) nor one heard across the words before
# (县城里人民医院 as 祥符区人民医院).
_BARE_WORDS = re.compile("(人民医院|中医院)")
_BARE_OF = ("县", "市")
# As sure as the words said with their county (`gazetteer._seats_of_government`).
COUNTY_WORDS_ALONE = 0.95
# How surely a name heard in words that run into them must be read to say their county.
HEARD = 0.8
# And a county heard elsewhere in the call (a homophone of its name said in full).
SURELY_HEARD = 0.85


def county_words_said_alone(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    adcodes: Sequence[str],
) -> tuple[list[Mention], list[Mention]]:
    """The mentions, with "县政府" or "县(人民)医院" said where no county is said read as the
    government or 人民医院 of every county (县) of the area `adcodes`, and no longer as a
    look-alike or sound-alike over the same words; and those readings on their own."""
    said = list(written_matches(read, _COUNTY_WORDS))
    bare = [
        (number, offset, words, match)
        for number, offset, words, match in written_matches(read, _BARE_WORDS)
        if offset + match.start() == 0
        or offset + match.start() in pause_starts(read[number], across_pinyin=True)
    ]
    if not said and not bare:
        return list(mentions), []  # the usual call: none of the words, and every county unread
    named = _counties_said(index, mentions)
    towns = [c for c in named if str(index.places.name(c)).endswith(_BARE_OF)]
    if not said and not towns:
        return list(mentions), []
    if not named and not adcodes:
        return list(mentions), []
    if named:
        # The county said elsewhere in the call (原来开封县城里 县医院) is the one meant.
        counties, alone = named, False
    else:
        counties = [
            place
            for place, prefix in index.division_prefix.items()
            if index.places.kind(place) == "district"
            and str(index.places.name(place)).endswith("县")
            and prefix.startswith(tuple(adcodes))
        ]
        alone = True
    found: list[Mention] = []
    for number, offset, _, words in said + (bare if towns else []):
        start, end = offset + words.start(), offset + words.end()
        if any(
            m.utterance == number
            and m.start < end
            and start < m.end
            and (
                m.how == "exact"
                or (m.start < start and m.quality >= HEARD and words.re is _COUNTY_WORDS)
            )
            for m in mentions
        ):
            # Words said exactly over them, or a county heard in the words before (中牟县医院,
            # 为氏县人民医院 heard as 尉氏's): the county is said. Not across the pause before
            # 人民医院 said bare (通许县城，人民医院 heard as 通许县城人民医院).
            continue
        suffix = _NAMES.get(words.group(1), words.group(1))
        of = towns if words.re is _BARE_WORDS else counties
        names = [f"{index.places.name(county)}{suffix}" for county in sorted(of)]
        for term in index.term_ids(names):
            if term is not None:
                found.append(Mention(number, start, end, term, COUNTY_WORDS_ALONE, "exact"))
    kept = [m for m in mentions if m.how == "exact" or not any(m.overlaps(f) for f in found)]
    return kept + found, found if alone else []


def only_county_words(
    index: NameIndex, mentions: Sequence[Mention], alone: Sequence[Mention], place: int
) -> bool:
    """Whether the only words that name a place (or what holds it) are the county words said
    alone: a county-level city's people call their seat 县政府 too (荥阳 县政府), so even the
    area's one 县 is a guess to offer, not a place to read back."""
    if not alone:
        return False
    line = set()
    current = place
    while current >= 0:
        line.add(current)
        current = index.parent[current]
    naming = [m for m in mentions if any(link.place in line for link in index.links(m.term))]
    return bool(naming) and all(m in alone for m in naming)


def _counties_said(index: NameIndex, mentions: Sequence[Mention]) -> list[int]:
    """The counties (and county-level cities) named anywhere in the call, as written or surely
    heard (玉市县 for 尉氏县)."""
    return sorted(
        {
            link.place
            for m in mentions
            if m.how == "exact"
            or (m.how in ("pinyin", "latin", "look") and m.quality >= SURELY_HEARD)
            for link in index.links(m.term)
            if index.places.kind(link.place) == "district"
        }
    )

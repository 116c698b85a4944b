"""A far town's short name read as the end of a longer word (东|李庄, 中|高店, 奶|茶店).

Villages are named after the town or family they grew from with a word before it (东李庄, 前李庄,
大高庄), and shops with words that hold a town's name (奶茶店 holds 茶店, 林州's 茶店镇). Read
alone, the end of such a word names a town far from the centre by its short name, and with the
word's first characters left unread it explained all that was read and came first. A town
outside the centre's area named by its short name right after characters said with it, no
pause between and no other reading taking them, is a part of that word, not the town: it is
dropped, and the whole word with 村 or 社区 (东李庄村), when that names a unit of the centre's
area, is read instead. Said as a word of its own (李庄, 在李庄) or after its county (林州茶店), the
town is read as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, units_said, written_units
from gazetteer._names_inside_a_name import SPEECH
from gazetteer._normalise import normalise_text

# The words a village's or community's name ends in, said without them.
_UNIT_WORDS = ("村", "社区")
# How a word read as several units of the centre's area is read: offered, none read back.
_OFFERED = "dropped"


def far_towns_inside_a_word(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
    sure: float,
) -> list[Mention]:
    """The mentions without a far town's short name read as the end of a longer word, and with
    the units of the centre's area that word names with 村 or 社区."""
    prefixes = tuple(codes)
    if not prefixes:
        return list(mentions)

    def in_area(place: int) -> bool:
        return index.in_divisions(place, prefixes)

    def far_town_said_short(mention: Mention, words: str) -> bool:
        named = index.places_named(mention.term)
        return bool(named) and all(
            index.places.kind(place) == "town"
            and not in_area(place)
            and normalise_text(index.places.name(place)) != words
            for place in named
        )

    dropped: list[Mention] = []
    found: list[Mention] = []
    for mention in mentions:
        if mention.how != "exact" or mention.quality < sure:
            continue
        utterance = read[mention.utterance]
        words = units_said(utterance, mention.start, mention.end, written_only=True)
        if len(words) != mention.end - mention.start or not far_town_said_short(mention, words):
            continue
        pauses = pause_starts(utterance)
        if mention.start in pauses:
            continue  # said as a word of its own
        units = written_units(utterance)
        covered = {
            k
            for m in mentions
            if m.utterance == mention.utterance and m.quality >= sure and not m.overlaps(mention)
            for k in range(m.start, m.end)
        }
        start = mention.start
        while start - 1 in units and start - 1 not in covered and units[start - 1] not in SPEECH:
            start -= 1
            if start in pauses:
                break
        if start == mention.start:
            continue
        dropped.append(mention)
        word = units_said(utterance, start, mention.end, written_only=True)
        terms = _units_of_the_area(index, word, in_area)
        how = "exact" if len(terms) == 1 else _OFFERED
        found.extend(
            Mention(mention.utterance, start, mention.end, term, sure, how) for term in terms
        )
    return [m for m in mentions if m not in dropped] + found


def _units_of_the_area(index: NameIndex, word: str, in_area: Callable[[int], bool]) -> list[int]:
    """The terms of the villages and 社区 named `word` with 村 or 社区, one of them in the
    centre's area."""
    names = [normalise_text(word + w) for w in _UNIT_WORDS]
    return sorted({term for _, term in index.villages_named(names, in_area)})

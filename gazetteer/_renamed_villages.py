"""Villages said after their town by a name the division codes no longer carry.

The division data (National Bureau of Statistics codes, as the registry package carries them)
holds each 村 and 社区 by its current name only, with no former names. A village that became a
community keeps its name with the new word (小乔村 → 小乔社区), and a renamed one often keeps
the old name inside the new (小寨 → 西小寨, renamed in 1980): callers say the name they grew up
with. Among one town's units such a name is rarely another's, so the town said before it says
which unit is meant: the one whose name holds the words said, when it is the only one.

Said with 村 and no town (刘江村, 姚桥村), a village that became a community of the centre's area
is that 社区 when the area holds no 村 of the name and one 社区 of it: read as said, a village or
town of the name far away (洛阳's 江村 in 刘江村, 焦作's 小董庄村) was read, or none. Those far
readings of the words are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, written_units
from gazetteer._normalise import normalise_text

# The words a village's or community's name ends in, longest first.
_UNIT_WORDS = ("居委会", "社区", "村")
# A name said inside another (小寨 in 西小寨) is a guess to offer, below a sure reading: the
# rename is not in the data, and the town might hold a 东小寨 the data lacks too.
HELD_INSIDE = 0.8
_LONGEST_SAID = 5


def villages_renamed_in_their_town(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], quality: float
) -> list[Mention]:
    """Units named right after their town by a name none of the town's units bears: the one
    unit whose name is the words with its other word (小乔村 for 小乔社区), at `quality`; else
    the one unit whose name holds them (小寨村 for 西小寨村), at HELD_INSIDE."""
    found: list[Mention] = []
    for mention in mentions:
        towns = _towns_said(index, mention, quality)
        if not towns:
            continue
        # Where the words after the town name something else as said (祥符区政府), they are
        # not read as a unit; a name shorter than the words is not such (沙窝, a town elsewhere,
        # in 龙湖镇沙窝里村: the words go on to the village's word).
        named_to = max(
            (
                m.end
                for m in mentions
                if m.utterance == mention.utterance
                and m.start == mention.end
                and m.how == "exact"
                and any(index.places.kind(link.place) != "village" for link in index.links(m.term))
            ),
            default=0,
        )
        units = _written_after(read[mention.utterance], mention.end)
        children = [child for town in towns for child in index.children.get(town, ())]
        names = {child: normalise_text(index.places.name(child)) for child in children}
        stems = {child: _stem(name) for child, name in names.items()}
        for size in range(min(_LONGEST_SAID, len(units)), 1, -1):
            said = "".join(units[:size])
            stem = _stem(said)
            if len(stem) < 2 or mention.end + size <= named_to:
                continue
            if said in names.values() or stem in {_stem(n) for n in names.values() if n == said}:
                break  # a unit of the town is named so: the words are read as said
            # The same name with another word only where a word was said (小乔村 for 小乔社区):
            # said bare, it is as likely what the unit is named after (长寿山, 长寿山社区).
            same = [c for c in children if stems[c] == stem] if stem != said else []
            inside = [c for c in children if stem in stems[c] and stems[c] != stem]
            chosen, sure = (same, quality) if same else (inside, HELD_INSIDE)
            if len(chosen) != 1:
                continue
            (term,) = index.term_ids([names[chosen[0]]])
            if term is not None:
                start = mention.end
                found.append(Mention(mention.utterance, start, start + size, term, sure, "renamed"))
            break
    return found


def villages_renamed_before_their_town(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], quality: float
) -> list[Mention]:
    """Units named right before their town (小乔村，龙湖镇) by a name none of the town's units
    bears, said with its word: the one unit whose name is the words with its other word, at
    `quality`. Only with the word said: bare words before a town name are too often others."""
    found: list[Mention] = []
    for mention in mentions:
        towns = _towns_said(index, mention, quality)
        if not towns:
            continue
        units = _written_before(read[mention.utterance], mention.start)
        children = [child for town in towns for child in index.children.get(town, ())]
        names = {child: normalise_text(index.places.name(child)) for child in children}
        for size in range(min(_LONGEST_SAID, len(units)), 1, -1):
            said = "".join(units[-size:])
            stem = _stem(said)
            if stem == said or len(stem) < 2:
                continue
            if said in names.values():
                break  # a unit of the town is named so: the words are read as said
            same = [c for c in children if _stem(names[c]) == stem]
            if len(same) != 1:
                continue
            (term,) = index.term_ids([names[same[0]]])
            if term is not None:
                start = mention.start - size
                found.append(
                    Mention(mention.utterance, start, mention.start, term, quality, "renamed")
                )
            break
    return found


def communities_said_as_villages(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
    quality: float,
) -> list[Mention]:
    """The mentions with the community of the centre's area said by its name and 村 (刘江村 for
    刘江社区) when the area holds no village of that name and one community, at `quality`, and
    without the far villages and towns read in the same words."""
    prefixes = tuple(codes)
    if not prefixes:
        return list(mentions)

    def in_area(place: int) -> bool:
        return index.in_divisions(place, prefixes)

    def far_unit(mention: Mention) -> bool:
        named = index.places_named(mention.term)
        return bool(named) and all(
            index.places.kind(place) in ("village", "town") and not in_area(place)
            for place in named
        )

    # The towns said right before words (官渡镇 in 官渡镇官渡村), by where the words begin.
    towns_ending: dict[tuple[int, int], set[int]] = {}
    for m in mentions:
        towns = _towns_said(index, m, quality)
        if towns:
            towns_ending.setdefault((m.utterance, m.end), set()).update(towns)
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        units = written_units(utterance)
        pauses = pause_starts(utterance)
        for at, unit in units.items():
            if unit != "村" or at in pauses:
                continue
            for size in range(_LONGEST_SAID - 1, 1, -1):
                start = at - size
                span = range(start, at)
                if any(k not in units for k in span) or any(k in pauses for k in span[1:]):
                    continue
                stem = "".join(units[k] for k in span)
                if index.villages_named([stem + "村"], in_area):
                    break  # the area holds the village said
                communities = index.villages_named([stem + "社区"], in_area)
                if len(communities) == 1:
                    ((community, term),) = communities
                    said_before = towns_ending.get((number, start), set())
                    if said_before and index.parent[community] not in said_before:
                        break  # a town said before it holds no such 社区 (官渡镇官渡村)
                    found.append(Mention(number, start, at + 1, term, quality, "exact"))
                    break
    if not found:
        return list(mentions)
    kept = [
        m
        for m in mentions
        if not (
            far_unit(m)
            and any(
                f.utterance == m.utterance and f.start <= m.start and m.end <= f.end for f in found
            )
        )
    ]
    return kept + found


def _stem(name: str) -> str:
    """A unit's name without the word for what it is (小乔社区 → 小乔)."""
    for word in _UNIT_WORDS:
        if name.endswith(word):
            return name[: -len(word)]
    return name


def _written_after(utterance: Utterance, end: int) -> list[str]:
    """The written characters said right after `end`, up to the first that is not."""
    units: list[str] = []
    for segment in utterance.segments:
        for k, unit in enumerate(segment.units):
            at = segment.offset + k
            if at < end:
                continue
            if not segment.han or at != end + len(units):
                return units
            units.append(unit)
    return units


def _written_before(utterance: Utterance, start: int) -> list[str]:
    """The written characters said right before `start`, back to the first that is not."""
    units = written_units(utterance)
    said: list[str] = []
    at = start - 1
    while at in units:
        said.insert(0, units[at])
        at -= 1
    return said


def _towns_said(index: NameIndex, mention: Mention, quality: float) -> list[int]:
    """The towns a mention names exactly, at `quality` or surer."""
    if mention.how != "exact" or mention.quality < quality:
        return []
    return [
        link.place for link in index.links(mention.term) if index.places.kind(link.place) == "town"
    ]

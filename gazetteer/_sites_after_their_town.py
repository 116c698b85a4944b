"""A site said right after the town it stands in (告成镇观星台, 康店镇康百万庄园, 龙湖镇华南城):
the site, whose address names that town; the town only says where it is.

Said in full with its level word, the town's name weighs as much as the site's, and the two were
taken for two places said, neither read back. The town is known to hold the site only where the
site's address writes the town's name (登封观星台: 河南省郑州市登封市告成镇), so a site said after
another town (大冶镇观星台) stays two places said, and the town said in a clause of its own before
the site (告成镇，观星台那边) is where the caller is, as `_context` reads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._context import said_weight
from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, units_said

# The kinds a town holds by its address: places an ambulance is sent to inside it.
_SITES = frozenset({"landmark", "hospital", "hospital_branch", "university", "campus", "station"})
# The words that make a site's name the name of a village or 社区 named after it (虎牢关村,
# 长寿山社区): the caller named the village.
_UNIT_WORDS = ("村", "庄", "寨", "社区", "小区", "组")
# How far the site ranks above its town at the least: enough to lead, far less than a name said.
SITE_BONUS = 0.02


def town_in_the_sites_address(index: NameIndex, mention: Mention, place: int) -> bool:
    """Whether the mention names, for sure, a town or 街道 of the county of `place` whose name
    the address of `place`, a site, writes."""
    if index.places.kind(place) not in _SITES:
        return False
    address = index.places[place].address or ""
    county = index.places.admin(place).adcode or ""
    return bool(address) and any(
        link.weight >= NAMES
        and index.places.kind(link.place) == "town"
        and index.places.name(link.place) in address
        and (index.places.admin(link.place).adcode or "") == county
        for link in index.links(mention.term)
    )


def sites_said_after_their_town(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    pool: dict[int, float],
    sure: float,
) -> frozenset[Mention]:
    """A site named for sure right after its town, in one breath (告成镇观星台): the town's words
    count for the site too, as its county's do, and the site ranks above the town. Adjusts
    `pool` in place; returns the mentions of the towns so said, which say where the site is and
    are no other place said."""
    sure_mentions = [m for m in mentions if m.quality >= sure and m.how == "exact"]
    total = said_weight(mentions)
    said: set[Mention] = set()
    if total <= 0.0:
        return frozenset()
    for town in sure_mentions:
        towns = [
            link.place
            for link in index.links(town.term)
            if link.weight >= NAMES
            and link.place in pool
            and index.places.kind(link.place) == "town"
        ]
        if not towns:
            continue
        pauses = pause_starts(read[town.utterance])
        for site in sure_mentions:
            if site.utterance != town.utterance or site.start != town.end or site.start in pauses:
                continue
            if _named_on(read[site.utterance], site, sure_mentions):
                continue
            for link in index.links(site.term):
                place = link.place
                if (
                    link.weight >= NAMES
                    and place in pool
                    and town_in_the_sites_address(index, town, place)
                ):
                    best = max(pool[t] for t in towns)
                    share = town.quality * (town.end - town.start) / total
                    pool[place] = min(1.0, max(pool[place] + share, best + SITE_BONUS))
                    said.add(town)
    return frozenset(said)


def _named_on(utterance: Utterance, site: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the site's words go on into a longer name (汜水镇虎牢关村): a village or 社区
    named after the site, not the site, was said."""
    if any(
        m.utterance == site.utterance and m.start <= site.start and m.end > site.end
        for m in mentions
    ):
        return True
    return units_said(utterance, site.end, site.end + 2, written_only=True).startswith(_UNIT_WORDS)

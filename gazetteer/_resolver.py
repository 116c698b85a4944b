"""From everything a caller said about where they are to ranked places and the next question.

How scores are made (all in 0–1):

- `text_score` of a place = coverage × strength. Coverage: of everything the caller said
  that matched any name (units — characters, or typed pinyin syllables — weighted by how
  surely they matched), the share this place accounts for. Strength: how surely and how
  directly those units name it (a mention's quality, times 1.0 for the place's own names,
  its parent institution's — 河南大学 for each of its campuses — and the division it lies
  in, or 0.95 for a road or landmark at its gates). Said once, exactly, and nothing else:
  1.0. Half of what was said points elsewhere: about 0.5. Words that matched nothing do
  not count.
- `geo_score`: 1.0 when nothing is known; × 0.85 outside the answering centre's area;
  × (0.5 … 1.0) by the distance beyond the caller's uncertainty circle (half-life ~10 km).
- `score` = text_score × geo_score: how well this one place fits everything known about
  the call. It is not a share of probability among candidates: three campuses of a
  university named alone all score high, and the question asks which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from gazetteer._bus_stops import stops_named_by_two_roads
from gazetteer._callers_own_words import without_loose_names_into_the_callers_words
from gazetteer._centre_called import centre_called_said
from gazetteer._coach_words import coach_stations_said
from gazetteer._coach_words_of_a_city import coach_words_of_a_city_said
from gazetteer._compounds_said import (
    compound_said_of_a_site,
    compounds_held_as_their_unit,
    trade_place_said_of_a_site,
    without_names_heard_short_over_them,
    works_of_every_city_said_whole,
)
from gazetteer._context import (
    References,
    another_institution_said,
    at_an_unread_name,
    bound_for_units,
    campus_only_by_borrowed_words,
    common_names_of_a_city_said,
    common_names_off_the_road,
    crossing_without_point,
    division_said_of_a_site,
    drop_hints_over_roads,
    drop_look_alikes_over_roads,
    drop_names_across_a_division,
    drop_readings_out_of_a_destination,
    drop_site_names_inside_other_places,
    facility_said_in_a_town,
    find_references,
    house_numbers_in_digits,
    initials_mentions,
    institutions_said_short,
    other_place_said,
    own_village_filed_elsewhere,
    road_said_by_a_landmark,
    roads_known_only_by_sites,
    said_weight,
    score_with_references,
    sites_in_a_named_area,
    sites_named_by_a_street,
    unheld_brand_said,
    unheld_town_said,
    unheld_village_said,
    unnamed_village_said,
    unread_place_pointed_at,
    unsure_which_site,
    village_bearing_its_towns_name_said,
    villages_short_of_a_character,
    villages_short_of_their_word,
    villages_typed_after_their_town,
)
from gazetteer._corners import sites_said_as_a_corner
from gazetteer._county_hospitals import county_hospitals_said
from gazetteer._county_towns import without_loose_readings_of_a_county_town
from gazetteer._county_words_alone import county_words_said_alone, only_county_words
from gazetteer._crossing_stems import roads_short_at_a_crossing
from gazetteer._crossings import ID_PREFIX as ESTIMATED_PREFIX
from gazetteer._crossings import ON_THE_ROAD, estimated_roads
from gazetteer._denials import spared_by_a_denial
from gazetteer._denied_elsewhere import spared_as_elsewhere
from gazetteer._district_heard_as_go import district_word_heard_as_go
from gazetteer._estates_said import (
    communities_by_a_said_road,
    estates_held_as_their_community,
    read_only_as_an_estate,
)
from gazetteer._expressways import roads_under_expressways
from gazetteer._far_districts_said_short import far_districts_said_short
from gazetteer._far_divisions_heard_in_speech import far_divisions_heard_in_speech
from gazetteer._far_towns_inside_a_word import far_towns_inside_a_word
from gazetteer._generic_districts import (
    districts_of_another_city_after_a_city,
    shared_district_names_of_the_centre,
)
from gazetteer._geo import (
    OUTSIDE_JURISDICTION,
    geodesic_km,
    haversine_km,
    in_jurisdiction,
    position_fit,
)
from gazetteer._hospitals_by_a_crossing import hospitals_said_as_a_crossings_mark
from gazetteer._index import NAMES, NEAR, ROAD_WORDS, NameIndex, address_road
from gazetteer._institutions_after_county import institutions_said_after_their_county
from gazetteer._kind_after_a_restart import kinds_after_a_restart
from gazetteer._kind_said_again import kind_said_again
from gazetteer._kinds_said import kind_said_of_one_place, site_of_a_kind_said
from gazetteer._landmark_roads import roads_said_by_their_landmark
from gazetteer._landmarks_short import landmarks_short_of_a_middle_character
from gazetteer._local_names import local_names_said, places_on_a_said_road
from gazetteer._match import (
    Mention,
    NearTerms,
    Utterance,
    campus_hints,
    counties_named,
    find_mentions,
    read_utterance,
    units_said,
)
from gazetteer._measure_words import without_names_from_a_measure_word
from gazetteer._metro_lines import (
    station_named_after_it_said,
    stations_on_a_said_line,
    stations_said_by_their_rail,
)
from gazetteer._metro_stations_said_apart import metro_stations_said_apart
from gazetteer._misreadings import (
    crossing_word_heard_as_a_far_town,
    look_alikes_of_another_direction,
    look_alikes_over_a_division,
    look_alikes_over_compound_words,
    names_across_a_gate,
    names_across_a_pause,
    names_said_again_with_their_level,
    names_said_twice,
    names_short_across_the_next,
    road_address_read_as_its_community,
    road_sides_said,
    roads_said_before_their_street_division,
    short_names_inside_a_word,
    site_named_like_its_town,
    unread_place_said,
    verb_heard_as_a_name,
    village_names_said_again,
    water_named_by_its_town,
)
from gazetteer._model import (
    PRECISIONS,
    Candidate,
    CandidateGroup,
    Contradiction,
    Jurisdiction,
    Place,
    Position,
    Question,
    Resolution,
)
from gazetteer._motorways import on_a_motorway
from gazetteer._names_inside_a_name import far_divisions_inside_a_name, unread_name_said
from gazetteer._normalise import normalise_text
from gazetteer._numbered_streets import numbered_streets_said
from gazetteer._offsets_said import place_said_before_its_road, unheld_road_before_a_place
from gazetteer._old_campuses import old_campuses_said
from gazetteer._places_before_their_road import road_said_after_a_place
from gazetteer._renamed_villages import (
    communities_said_as_villages,
    villages_renamed_before_their_town,
    villages_renamed_in_their_town,
)
from gazetteer._restarts import restarts_said
from gazetteer._road_ends import drop_names_across_a_roads_end, road_end_against_its_place
from gazetteer._road_stretches import road_stretches_said
from gazetteer._roads_said_short import roads_said_short
from gazetteer._said_aside import divisions_said_aside
from gazetteer._schools_by_road import schools_said_by_number_on_their_road
from gazetteer._seat_towns import seat_towns_said
from gazetteer._seats_of_government import seats_of_government_said
from gazetteer._sides_of_a_place import sides_of_a_place_said
from gazetteer._signs_seen import signs_seen_said
from gazetteer._site_name_rests import sites_said_by_a_rest
from gazetteer._sites_after_an_area import without_sites_said_only_by_an_area
from gazetteer._sites_after_their_town import (
    sites_said_after_their_town,
    town_in_the_sites_address,
)
from gazetteer._station_kind_said import station_kinds_said_after_a_station
from gazetteer._station_squares import station_squares_said
from gazetteer._stations_by_side import stations_said_by_a_side
from gazetteer._stations_by_their_rail_word import stations_said_with_their_rail_word
from gazetteer._stretches_and_exits import division_said_as_a_roads_stretch
from gazetteer._tone_digits import tone_digits_dropped
from gazetteer._trips_started import trip_starts_said
from gazetteer._under_divisions import places_under_said_divisions
from gazetteer._urban_villages import (
    villages_said_as_urban_villages,
    without_namesakes_of_urban_villages,
)
from gazetteer._villages_before_their_town import villages_said_before_their_town
from gazetteer._villages_by_county import villages_said_short_with_their_county
from gazetteer._villages_named_like_landmarks import landmarks_named_like_a_village
from gazetteer._waters_said import (
    road_marked_along_unheld_water,
    without_divisions_named_in_a_water,
)

# Below this text score nothing said is taken to name the place.
MATCHED = 0.62
# Candidates within this text score of the best are indistinguishable by what was said.
TIE = 0.1
# A tied candidate whose geo score is below this share of the best tied one is ruled out by
# where the caller is (a campus 70 km from a precise position).
GEO_RULES_OUT = 0.6
# When the caller's position puts them at one tied place (within this many km beyond its
# uncertainty circle), tied places further than ELSEWHERE_KM beyond it are ruled out.
AT_PLACE_KM = 0.5
ELSEWHERE_KM = 2.0
# Names of places this far beyond the caller's uncertainty circle are compared with what
# was said even when it names something else exactly.
NEAR_KM = 3.0
# Mentions surer than this can contradict each other.
SURE = 0.85
# How well a road name said with a division that has no such road explains that division:
# the caller is there, on a road the data does not hold.
ROAD_UNKNOWN = 0.8
# How well a district of the town's own city, not the one it lies in, explains a town said with
# it: the caller named the wrong district, and the town is what they are sure of.
WRONG_DISTRICT = 0.8
# How far from a district's seat a road of its city filed under another district may lie and
# still be one the caller names with it (鼓楼区中山路, filed under 禹王台区): a road runs across
# the districts of a city's core; a county, or a district far out, has roads of its own.
NEIGHBOUR_DISTRICT_KM = 6.0
# What a house number adds to the address point it names, beyond its road.
ADDRESS_BONUS = 0.05
_HOUSE_NUMBER = re.compile(r"(\d+)号")
COARSE_KINDS = frozenset({"province", "city", "district"})
INSTITUTION_KINDS = frozenset({"university", "hospital"})


@dataclass
class _Scored:
    place: int
    text: float
    geo: float
    distance_km: float | None
    inside: bool | None

    @property
    def score(self) -> float:
        return self.text * self.geo


def resolve_call(
    index: NameIndex,
    utterances: Sequence[str],
    *,
    jurisdiction: Jurisdiction | None,
    position: Position | None,
    limit: int,
) -> Resolution:
    """Resolve all location utterances of one call together."""
    codes = jurisdiction.adcodes if jurisdiction is not None else ()
    # Pinyin typed with tone digits, a city said as where a trip started, a village said before
    # its town, a place whose sign is seen and a coach station in another form of its coach
    # words, read as visitors mean them before the rest.
    utterances = [
        coach_words_of_a_city_said(
            index,
            signs_seen_said(
                trip_starts_said(
                    index,
                    villages_said_before_their_town(
                        index,
                        roads_said_short(
                            index,
                            metro_stations_said_apart(index, tone_digits_dropped(index, u), codes),
                            codes,
                        ),
                    ),
                    codes,
                )
            ),
        )
        for u in utterances
    ]
    utterances = [
        house_numbers_in_digits(
            divisions_said_aside(
                index,
                district_word_heard_as_go(
                    index,
                    road_stretches_said(
                        index,
                        coach_stations_said(
                            index,
                            numbered_streets_said(
                                index,
                                kind_said_again(
                                    index,
                                    restarts_said(
                                        index,
                                        kinds_after_a_restart(
                                            index,
                                            centre_called_said(index, u),
                                        ),
                                    ),
                                ),
                                codes,
                            ),
                        ),
                    ),
                ),
            )
        )
        for u in utterances
    ]
    read = [read_utterance(index, u) for u in utterances]
    normalised = tuple(r.text for r in read)
    if all(r.length == 0 for r in read):
        return Resolution((), (), Question("ask_location"), (), normalised)
    near = (
        NearTerms(
            index,
            index.terms_near(position.lat, position.lon, position.radius_m / 1000.0 + NEAR_KM),
        )
        if position is not None
        else None
    )
    mentions = [m for k, r in enumerate(read) for m in find_mentions(index, r, k, near)]
    # 杞县县城: the county's town, not 杞县县政府 heard loosely over it.
    mentions = without_loose_readings_of_a_county_town(index, read, mentions)
    # Where a journey ends (到洛阳的车上) is read once, for the readings it cuts and for the
    # references below.
    bound = bound_for_units(index, utterances, read)
    mentions = drop_readings_out_of_a_destination(mentions, bound)
    mentions = drop_names_across_a_division(
        index, drop_look_alikes_over_roads(index, read, mentions)
    )
    mentions = drop_names_across_a_roads_end(index, mentions)
    # 中州大道辅道，东区这边: 郑州's 东区, not 攀枝花's.
    mentions = shared_district_names_of_the_centre(index, mentions, codes, SURE)
    # 城东路北头，回民那片: the Hui quarter by the road, not 呼和浩特's 回民区.
    mentions = far_districts_said_short(index, mentions, codes, SURE)
    # 开封老城里: 开封's old town, not 洛阳's 老城区.
    mentions = districts_of_another_city_after_a_city(index, mentions, SURE)
    # 上街站，火车站那个小站: what the station named is, not 郑州站.
    mentions = station_kinds_said_after_a_station(index, mentions, SURE)
    # 包公湖，湖边上，嗯…俺是跑步的: not 包公湖院区 heard across the pause into 俺.
    mentions = without_loose_names_into_the_callers_words(read, mentions)
    # 公园北边那条河边上: the river counted, not 永城's 条河镇.
    mentions = without_names_from_a_measure_word(read, mentions)
    # 金水河边上，文化路桥: the river, not 金水区; 东风渠 not 东风区 heard in it.
    mentions = without_divisions_named_in_a_water(index, read, mentions)
    mentions = look_alikes_over_a_division(
        read,
        look_alikes_over_compound_words(
            read, names_across_a_pause(index, utterances, read, mentions), index
        ),
        index,
    )
    mentions = look_alikes_of_another_direction(read, mentions, index)
    mentions = names_across_a_gate(read, mentions, index)
    mentions = short_names_inside_a_word(read, mentions, index)
    mentions = names_said_twice(index, read, mentions)
    mentions = names_short_across_the_next(index, read, mentions)
    mentions = roads_said_before_their_street_division(index, utterances, read, mentions)
    mentions = names_said_again_with_their_level(index, read, mentions)
    # 茶店村，茶店小学门口: the village's name said again, not 林州's 茶店镇.
    mentions = village_names_said_again(index, read, mentions, codes)
    # 二七塔北边那个路口: the crossing by the tower, not 淮滨's 卞路口乡 heard in 边路口.
    mentions = crossing_word_heard_as_a_far_town(index, read, mentions, codes)
    mentions = road_sides_said(index, read, mentions)
    mentions = verb_heard_as_a_name(read, mentions, index)
    # 老人不行了, 我不认识这: words of speech, not 西藏's 仁布县 or 山西's 怀仁市 heard in them.
    mentions = far_divisions_heard_in_speech(index, read, mentions, codes)
    mentions = county_hospitals_said(index, read, mentions)
    mentions = seats_of_government_said(index, read, mentions)
    mentions = seat_towns_said(index, read, mentions, SURE)
    mentions = stations_on_a_said_line(index, read, mentions, SURE)
    mentions = roads_under_expressways(index, read, mentions)
    # 陇海快速路隧道里: the road said as its expressway is a place of the province said too, so
    # 道里 in 隧道里 is no far district said short (哈尔滨's 道里区).
    mentions = far_districts_said_short(index, mentions, codes, SURE)
    mentions = stops_named_by_two_roads(index, read, mentions, SURE)
    mentions = stations_said_by_their_rail(index, read, mentions, SURE)
    # 中牟城际站: 中牟站 on the intercity line, not the county.
    mentions += stations_said_with_their_rail_word(index, read, mentions, SURE)
    mentions = station_squares_said(index, read, mentions)
    mentions = stations_said_by_a_side(index, read, mentions, SURE)
    mentions, inside_a_name = far_divisions_inside_a_name(index, read, mentions, codes, SURE)
    # 东李庄, 奶茶店: 新郑's 东李庄村 and a shop, not 李庄镇 and 林州's 茶店镇 far away.
    mentions = far_towns_inside_a_word(index, read, mentions, codes, SURE)
    # 大桥南头那个村: the bridge's south end, not 洛阳's 南头村.
    mentions = sides_of_a_place_said(index, read, mentions, codes)
    mentions = roads_short_at_a_crossing(index, read, mentions, codes, SURE)
    mentions = drop_site_names_inside_other_places(index, read, mentions)
    mentions, county_words = county_words_said_alone(index, read, mentions, codes)
    mentions += places_under_said_divisions(index, read, mentions, codes)
    mentions = local_names_said(index, read, mentions, codes, SURE)
    mentions += landmarks_short_of_a_middle_character(index, read, mentions, codes, SURE)
    # 港区，航空港区那边: the area said again, not its namesake 院区 of a hospital not said.
    mentions += without_sites_said_only_by_an_area(
        index,
        read,
        drop_hints_over_roads(index, campus_hints(index, read, mentions), mentions),
        mentions,
    )
    # 郑州航院 … 大学路那个校区: the campus held as 郑航大学路校区.
    mentions += sites_said_by_a_rest(index, mentions)
    # 老河大, 老航院: the institution's campus held as its 老校区.
    mentions += old_campuses_said(index, read, mentions, SURE)
    mentions += initials_mentions(index, read, mentions)
    mentions = works_of_every_city_said_whole(index, mentions, SURE)
    compounds = compounds_held_as_their_unit(index, read, mentions, codes, SURE)
    mentions = without_names_heard_short_over_them(mentions, compounds) + compounds
    # 英协花园, 橄榄城, 锦艺城小区: the estate held as the 社区 of its name.
    mentions = estates_held_as_their_community(index, utterances, read, mentions, codes, SURE)
    mentions += villages_short_of_their_word(index, read, mentions, SURE)
    mentions += villages_typed_after_their_town(index, read, mentions, SURE)
    mentions += villages_short_of_a_character(index, read, mentions, SURE)
    # 荥阳那个桃花峪: 荥阳's 桃花峪村.
    mentions += villages_said_short_with_their_county(index, read, mentions, SURE)
    # 冯湾城中村: 中原区's 冯湾村, not the metro station named like it.
    urban_villages = villages_said_as_urban_villages(index, utterances, read, SURE, codes)
    mentions = without_namesakes_of_urban_villages(mentions, urban_villages)
    mentions += urban_villages
    mentions += villages_renamed_in_their_town(index, read, mentions, SURE)
    # 刘江村: 金水区's 刘江社区, the village it was, not 洛阳's 江村.
    mentions = communities_said_as_villages(index, read, mentions, codes, SURE)
    mentions += villages_renamed_before_their_town(index, read, mentions, SURE)
    mentions += institutions_said_short(index, read, mentions, SURE)
    # 中牟那个工商学院: the county's 郑州工商学院.
    mentions += institutions_said_after_their_county(index, read, mentions, SURE)
    mentions += schools_said_by_number_on_their_road(index, read, mentions, SURE)
    unheld_name = unread_name_said(inside_a_name, mentions, SURE)
    # 路口东北角，正弘城那个角上: the site says which corner; the caller is at the crossing.
    mentions = sites_said_as_a_corner(index, utterances, read, mentions)
    # 纬五路经三路十字，省人民医院那儿: the hospital says where the crossing is.
    mentions = hospitals_said_as_a_crossings_mark(index, utterances, read, mentions)
    references = find_references(index, utterances, read, mentions, SURE, bound)
    # A city said as a reference or a destination (去开封) is not where a common name is.
    mentions = common_names_of_a_city_said(index, read, mentions, references.mentions)
    total = said_weight(mentions)
    if references.demoted:
        # 新郑的人民路，不是郑州的人民路: what is denied is the other one of the name.
        spared = spared_by_a_denial(index, mentions, references.mentions, references.negated, SURE)
        # 西门大街，…不是别的地方的西门大街: the name's places elsewhere are denied.
        spared |= spared_as_elsewhere(index, utterances, mentions, references.negated, codes, SURE)
        pool = score_with_references(
            index, mentions, references, _explains, INSTITUTION_KINDS, spared
        )
    else:
        pool = _pool(index, mentions, total)
    roads_known_only_by_sites(index, mentions, pool, _explains)
    common_names_off_the_road(index, mentions, pool, _explains)
    # Words said as a reference or a destination (去开封) state nothing against the place, and
    # a place said as a reference (纬五路，省人民医院后头) is not the one the caller is at, though
    # it stands on the road they are on, nor does it account for the road or area said with it
    # (大学路上，郑大一附院旁边).
    stated = [m for m in mentions if not (references.demoted and m in references.mentions)]
    places_on_a_said_road(index, stated, pool, _explains, SURE)
    communities_by_a_said_road(index, read, stated, pool, _explains, SURE)
    if references.demoted:
        place_said_before_its_road(
            index, utterances, read, mentions, references.mentions, pool, SURE
        )
    sites_in_a_named_area(index, stated, pool, _explains, SURE)
    towns_of_sites = sites_said_after_their_town(index, read, stated, pool, SURE)
    sites_named_by_a_street(index, read, mentions, pool, _explains, SURE)
    numbers = [n for r in read for n in _HOUSE_NUMBER.findall(r.text)]
    # A road said as a reference (过了中原路往南) is passed, not where the caller is: no
    # crossing with it.
    addressed: set[int] = set()
    house_number = _add_streets(
        index,
        mentions,
        numbers,
        pool,
        total,
        addressed,
        references.mentions if references.demoted else frozenset(),
    )
    crossing_without_point(index, read, mentions, pool, _explains, SURE)
    kind_said_of_one_place(index, read, stated, pool, SURE, utterances)
    scored = _score_places(index, pool, jurisdiction, position)
    # A name every city has (东站, CBD) is that city's, never against the city said.
    contradictions = _contradictions(
        index, [m for m in stated if index.terms[m.term] not in index.common_words], read, scored
    )
    # The place that would fit the other statement must be offered even if nothing named it.
    missing = {c.alternative.id for c in contradictions if c.alternative is not None} - {
        index.places[s.place].id for s in scored
    }
    rows = [row for row in map(index.place_index, missing) if row is not None]
    if rows:
        extra = {row: _text_score(index, row, mentions, total) for row in rows}
        scored += _score_places(index, extra, jurisdiction, position)
    # Places nothing said separates are ordered by whether a division was named only by its
    # short name (龙亭 the park before 龙亭区, whose short name it is), then by whether they
    # lie in the answering centre's province (新华区 of 平顶山 before 石家庄's, for a 开封
    # caller), then by the prior from data and its own known children, then a city's districts
    # before its counties (`_in_city_districts`), then an institution's sites in the order its
    # record lists them (郑大一附院's 河医 then 郑东), then by id: never by the order of the
    # files, nor by how many places a county holds, which turned 解放路 to 新郑's when places
    # were added there.
    prominence = index.prominence
    sure = [m for m in mentions if m.quality >= SURE]
    said_names = {index.terms[m.term] for m in sure}
    # Words read two ways in part (浦东|区 and 浦|东区) name no division by its short name.
    alone = [
        m
        for m in sure
        if not any(m.overlaps(o) and (o.start, o.end) != (m.start, m.end) for o in sure)
    ]
    shortened = {
        link.place
        for m in alone
        for link in index.links(m.term)
        if index.places.kind(link.place) in COARSE_KINDS
        and normalise_text(index.places.name(link.place)) not in said_names
        and not _only_sites_named_after(index, m.term, link.place)
    }
    provinces = {code[:2] for code in jurisdiction.adcodes} if jurisdiction is not None else set()
    heard = _heard_only_by_sound(index, sure, scored)
    ranked = sorted(
        scored,
        key=lambda s: (
            -round(s.score, 6),
            -s.text,
            s.place in heard,
            s.place in shortened,
            # Only divisions: a village or town is named the same in many (南村镇, 太阳村).
            index.places.kind(s.place) not in COARSE_KINDS
            or (index.places.admin(s.place).adcode or "")[:2] not in provinces,
            -round(float(prominence[s.place]), 4),
            # The prior's last term, its own known children, is smaller than the rounding
            # when the counts are close (中原路 208, 中原西路 209): read it whole, or whether
            # the rounding keeps it turns on how many places the city holds elsewhere.
            -len(index.children.get(s.place, ())),
            not index.in_city_districts[s.place],
            int(index.site_order[s.place]),
            index.places.place_id(s.place),
        ),
    )[: max(1, limit)]
    wanted = {c.alternative.id for c in contradictions if c.alternative is not None}
    wanted |= {c.place.id for c in contradictions}
    for s in sorted(scored, key=lambda s: -s.score):
        if index.places[s.place].id in wanted and s not in ranked:
            ranked = [*ranked[: max(1, limit) - 1], s]
    said = sum(r.length for r in read)
    candidates = tuple(_candidate(index, s, position, mentions, said, house_number) for s in ranked)
    # A place said as a reference (靠淮河医院) is never read back on its words.
    question = _question(
        index, ranked, candidates, contradictions, position, stated, frozenset(addressed)
    )
    if (
        question.kind == "confirm"
        and question.options[0].place.kind == "village"
        and unheld_town_said(index, read, stated)
    ):
        question = Question("ask_more", question.options)
    if (
        question.kind == "confirm"
        and question.options[0].place.kind == "campus"
        and another_institution_said(
            index, read, stated, _row(index, question.options[0].place.id), SURE
        )
    ):
        question = Question("ask_more", question.options)
    if question.kind == "choose" and _a_station_or_park_said_alone(
        index, ranked, question, utterances, stated
    ):
        question = Question("confirm", question.options[:1])
    if question.kind == "choose" and _a_road_said_alone(index, question, utterances, read, stated):
        question = Question("confirm", question.options[:1])
    if question.kind == "confirm":
        question = _two_places_said(index, ranked, candidates, question, stated, towns_of_sites)
    candidates, question = roads_said_by_their_landmark(
        index, utterances, stated, candidates, question, position, SURE
    )
    if (
        question.kind == "confirm"
        and question.options[0].place.kind not in ("road", "crossing")
        and road_said_by_a_landmark(utterances)
    ):
        # 相国寺那条路: the caller is on the road by the temple, which the words do not name.
        question = Question("ask_more", question.options)
    if question.kind == "confirm" and unsure_which_site(utterances):
        question = _every_site(index, candidates, question)
    if (
        question.kind == "confirm"
        and position is None
        and only_county_words(
            index, stated, county_words, _row(index, question.options[0].place.id)
        )
    ):
        question = Question("ask_more", question.options)
    if (
        question.kind == "confirm"
        and question.options[0].in_jurisdiction is False
        and _said_as_a_citys_own(index, stated, _row(index, question.options[0].place.id))
    ):
        # 市二院 said to 开封's centre, whose city has none in the data: 郑州's may be meant,
        # but the words said mean the caller's own city's.
        question = Question("ask_more", question.options)
    if question.kind == "confirm":
        top = index.place_index(question.options[0].place.id)
        row = -1 if top is None else top
        # The road and number said are its recorded address: what it is called is beside it.
        if top not in addressed and (
            _not_to_read_back(index, read, stated, question.options[0].place)
            or unnamed_village_said(index, utterances, row)
            or village_bearing_its_towns_name_said(index, utterances, row)
            or road_end_against_its_place(index, utterances, row)
            or unheld_brand_said(index, read, stated, row, SURE)
            or road_address_read_as_its_community(index, read, row)
            or site_named_like_its_town(index, read, stated, row, SURE)
            or water_named_by_its_town(index, utterances, row, read, stated)
            or road_marked_along_unheld_water(index, utterances, row)
            or station_named_after_it_said(index, read, stated, row, SURE)
            or on_a_motorway(utterances)
            or division_said_as_a_roads_stretch(index, utterances, read, stated, row, SURE)
            or site_of_a_kind_said(index, read, stated, row, SURE, utterances)
            or unheld_name
            or unheld_road_before_a_place(index, utterances, read, stated, row, SURE)
            or road_said_after_a_place(index, utterances, read, stated, row, SURE)
            or read_only_as_an_estate(index, read, stated, row)
            or _another_side_site_said(index, read, stated, row)
        ):
            question = Question("ask_more", question.options)
    if (
        question.kind == "confirm"
        and references.mentions
        and _named_only_as_a_reference(index, mentions, references, question.options[0].place)
        and at_an_unread_name(read, mentions)
    ):
        # 俺搁老坟岗这，二七塔西边不远: the caller named where they are, and the gazetteer does
        # not hold it; the place named beside it says only where that is.
        question = Question("ask_more", question.options)
    if question.kind == "confirm" and question.options[0].place.kind == "village":
        question = _village_or_its_landmark(index, read, stated, candidates, question)
    return Resolution(
        candidates=candidates,
        groups=_groups(index, candidates),
        question=question,
        contradictions=contradictions,
        normalised=normalised,
    )


def _row(index: NameIndex, place_id: str) -> int:
    """The row of a place, or -1 (what the checks take for "no place") when the index holds
    none: row 0 is a place like any other, so `place_index(...) or -1` would take the first
    place in the data for no place at all and skip every check made of it."""
    row = index.place_index(place_id)
    return -1 if row is None else row


def _heard_only_by_sound(
    index: NameIndex, sure: Sequence[Mention], scored: list[_Scored]
) -> set[int]:
    """The places that written words name only by their sound (郑州植园 heard as 郑州职院) when
    the same words, as written, name another place short of a character (郑州植物园): with the
    scores tied, the name the characters themselves say is offered first."""
    sound = [m for m in sure if m.how == "pinyin"]
    written = [m for m in sure if m.how not in _SOUND_HOWS and any(m.overlaps(s) for s in sound)]
    if not written:
        return set()
    return {
        s.place
        for s in scored
        if any(_explains(index, m, s.place) >= NAMES for m in sound)
        and not any(_explains(index, m, s.place) >= NAMES for m in written)
    }


# How a name heard by its sound, not read from its characters, is found (`find_mentions`).
_SOUND_HOWS = frozenset({"pinyin", "latin"})


def _only_sites_named_after(index: NameIndex, term: int, division: int) -> bool:
    """Whether the other places a division's short name names are all campuses or 院区 in that
    division, called after it (惠济 for 惠济区 and 郑大一附院's 惠济院区): the caller said the
    division's name, not a name of the site's own, as 龙亭 is the park's own and 龙子湖 the
    lake's the campuses stand around (蚌埠's 龙子湖区 is named after another)."""
    prefix = index.division_prefix.get(division)
    others = [link.place for link in index.links(term) if link.place != division]
    return bool(prefix) and all(
        index.places.kind(p) in ("campus", "hospital_branch")
        and index.in_divisions(p, prefix or "-")
        for p in others
    )


# A hospital's site said by its side (北院, 西院 after the hospital's name).
_SIDE_SITE = re.compile("[东南西北]院")


def _another_side_site_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], row: int
) -> bool:
    """Whether the hospital site read back was named only by words that go on with a side's 院
    none of its names holds (郑州人民医院北院, read as the one site held, 黄河路院区): the caller
    names another site of the hospital, which the data does not hold. A site held by its side
    (一附院东院) is named by words that take the side in, and is read back as before."""
    if row < 0 or index.places.kind(row) != "hospital_branch":
        return False
    naming = [m for m in mentions if m.quality >= SURE and _explains(index, m, row) > 0.0]
    return bool(naming) and all(
        _SIDE_SITE.match(units_said(read[m.utterance], m.end, m.end + 2)) for m in naming
    )


def _named_only_as_a_reference(
    index: NameIndex, mentions: Sequence[Mention], references: References, place: Place
) -> bool:
    """Whether every mention that names the place was said as a reference (西边不远)."""
    row = index.place_index(place.id)
    if row is None:
        return False
    naming = [m for m in mentions if _explains(index, m, row) > 0.0]
    return bool(naming) and all(m in references.mentions for m in naming)


# Words that ask for an institution's site, not for the place it stands by.
_SITE_WORDS = ("医院", "大学", "学院", "学校", "校区", "院区")


# What a park's or a square's own name ends in: open ground a caller stands in, named so.
_OPEN_GROUND_WORDS = ("公园", "广场")


def _a_station_or_park_said_alone(
    index: NameIndex,
    ranked: list[_Scored],
    question: Question,
    utterances: Sequence[str],
    mentions: list[Mention],
) -> bool:
    """Whether a station, a park or a square was said by its own name and the other options
    are only the places beside it that its name points at (郑州站: the hospitals by its
    squares; 紫荆山公园: the hospital by the park): the caller is there. Not when a hospital
    or a school was asked for (郑州站那个医院)."""
    top = question.options[0].place
    open_ground = top.kind == "landmark" and top.name.endswith(_OPEN_GROUND_WORDS)
    if not (top.kind == "station" or open_ground):
        return False
    if any(w in u for u in utterances for w in _SITE_WORDS):
        return False
    row = index.place_index(top.id)
    if row is None or _only_common(index, row, mentions):
        return False  # 火车站: every city has one, and the caller's may not be the first
    others = {index.place_index(o.place.id) for o in question.options[1:]}
    for mention in mentions:
        if mention.how != "exact" or mention.quality < SURE:
            continue
        if open_ground and not str(index.terms[mention.term]).endswith(_OPEN_GROUND_WORDS):
            continue  # 紫荆山 alone names the park's hill, area and station as much
        weights = {link.place: link.weight for link in index.links(mention.term)}
        if weights.get(row, 0.0) >= NAMES and all(
            0.0 < weights.get(other, 0.0) < NAMES for other in others if other is not None
        ):
            return True
    return False


# Words that ask for a school rather than the road it stands on (中学, 五中, 一高); not 一小时,
# 一高速.
_SCHOOL_SAID = re.compile(
    "中学|高中|初中|小学|[一二三四五六七八九十百]+(?:中|高(?![速架])|小(?![时区孩]))"
)


def _a_road_said_alone(
    index: NameIndex,
    question: Question,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: list[Mention],
) -> bool:
    """Whether a road was said by its own name and the other options are only the landmarks
    whose address is on it, which its name points at (万胜路, 京广北路: the school or the campus
    on it): the caller is on the road, as they were before the schools were held. Not when a
    school or another site was asked for (万胜路那个中学), nor when the caller points at a place
    the data does not hold (迎宾馆那 迎宾路上: they are there, not anywhere on the road); a
    campus or a 院区 on the road is still offered beside it (明伦街, 文化路, 明理路)."""
    top = question.options[0].place
    if top.kind != "road" or any(o.place.kind != "landmark" for o in question.options[1:]):
        return False
    if any(w in u for u in utterances for w in _SITE_WORDS) or any(
        _SCHOOL_SAID.search(u) for u in utterances
    ):
        return False
    if unread_place_pointed_at(utterances, read, mentions, SURE):
        return False
    row = index.place_index(top.id)
    if row is None or _only_common(index, row, mentions):
        return False
    others = {
        other for o in question.options[1:] if (other := index.place_index(o.place.id)) is not None
    }
    road_said = False
    for mention in mentions:
        weights = {link.place: link.weight for link in index.links(mention.term)}
        if weights.get(row, 0.0) >= NAMES:
            if mention.how == "exact" and mention.quality >= SURE:
                road_said = road_said or all(0.0 < weights.get(o, 0.0) < NAMES for o in others)
        elif any(o in weights for o in others):
            return False  # other words point at the landmark too (五中，大纸坊街那个)
    return road_said


def _village_or_its_landmark(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: list[Mention],
    candidates: tuple[Candidate, ...],
    question: Question,
) -> Question:
    """A village read back on words that name a landmark of its county in full (长寿山 for
    长寿山社区 and the 长寿山 scenic area): both are offered, never the village read back."""
    village = index.place_index(question.options[0].place.id)
    if village is None:
        return question
    shared = landmarks_named_like_a_village(index, read, mentions, village, SURE)
    if not shared:
        return question
    offered = tuple(c for c in candidates if index.place_index(c.place.id) in shared)
    if not offered:
        return Question("ask_more", question.options)
    return Question("choose", (question.options[0], *offered[:2]))


def _said_as_a_citys_own(index: NameIndex, mentions: Sequence[Mention], place: int) -> bool:
    """Whether the sure words naming a place (or what holds it) are all a name that leaves
    out the city and keeps 市 (市二院, 市人民医院), or a city's hospital said by its number
    (七院, 九人民医院): the name of the caller's own city's."""
    line = set()
    current = place
    while current >= 0:
        line.add(current)
        current = index.parent[current]
    naming = [
        m
        for m in mentions
        if m.quality >= SURE and any(link.place in line for link in index.links(m.term))
    ]
    return bool(naming) and all(
        str(index.terms[m.term]).startswith("市")
        or str(index.terms[m.term]) in index.city_numbered_words
        for m in naming
    )


def _not_to_read_back(
    index: NameIndex, read: Sequence[Utterance], stated: Sequence[Mention], place: Place
) -> bool:
    """Whether the words that found the one candidate say it is not the place to read back: a
    town whose village or health centre was said, a campus named only on borrowed words, a site
    said as a division, or a place said that no name reads."""
    site = _row(index, place.id)
    return (
        (
            place.kind == "town"
            and (
                unheld_village_said(index, read, stated, site)
                or facility_said_in_a_town(index, read, stated, site)
            )
        )
        or (place.kind == "campus" and campus_only_by_borrowed_words(index, read, stated, site))
        or (
            place.kind == "landmark"
            and (
                compound_said_of_a_site(index, read, stated, site)
                or trade_place_said_of_a_site(index, read, stated, site)
            )
        )
        or (
            place.kind not in ("town", *COARSE_KINDS)
            and division_said_of_a_site(index, read, stated, site)
        )
        or unread_place_said(index, read, stated, site, SURE)
    )


def _two_places_said(
    index: NameIndex,
    ranked: list[_Scored],
    candidates: tuple[Candidate, ...],
    question: Question,
    mentions: list[Mention],
    towns_of_sites: frozenset[Mention] = frozenset(),
) -> Question:
    """A place read back while the caller also named another for sure, in words that say
    nothing of it (禹王台公园 and 开封站): both are offered, never one read back."""
    top = ranked[0].place
    address = normalise_text(index.places[top].address or "")

    def explains(index: NameIndex, mention: Mention, place: int) -> float:
        # An area the place lies in (郑东新区 for 千玺广场), or the road it stands on (农业路 for
        # 河南博物院), says where it is, by the road's name or the other name said (中华北路
        # of 中华路).
        if mention in towns_of_sites and town_in_the_sites_address(index, mention, place):
            return NAMES  # 告成镇观星台: the town the site's address names, said before it
        said = normalise_text(str(index.terms[mention.term]))
        if address and any(
            link.weight >= NAMES
            and index.places.kind(link.place) == "road"
            and (normalise_text(index.places.name(link.place)) in address or said in address)
            for link in index.links(mention.term)
        ):
            return NAMES
        return _explains(index, mention, place, areas=True)

    others = other_place_said(index, mentions, top, explains, SURE, COARSE_KINDS)
    if not others:
        return question
    offered = tuple(c for s, c in zip(ranked, candidates, strict=True) if s.place in others)
    if not offered:
        return Question("ask_more", question.options)
    return Question("choose", (question.options[0], *offered[:2]))


def _every_site(
    index: NameIndex, candidates: tuple[Candidate, ...], question: Question
) -> Question:
    """The sites of the institution read back, offered side by side: the caller does not
    know which one they are at."""
    parent = question.options[0].place.parent
    row = index.place_index(parent) if parent is not None else None
    if row is None or index.places.kind(row) not in INSTITUTION_KINDS:
        return question
    sites = tuple(c for c in candidates if c.place.parent == parent)
    if len(sites) < 2:
        return Question("ask_more", question.options)
    return Question("choose_campus", sites, index.places[row])


# --- scoring ---------------------------------------------------------------------------------


def _pool(index: NameIndex, mentions: list[Mention], total: float) -> dict[int, float]:
    """Places named, with the campuses of named institutions, and their text scores."""
    if total <= 0.0:
        return {}
    pool: set[int] = set()
    for mention in mentions:
        for link in index.links(mention.term):
            pool.add(link.place)
            if index.places.kind(link.place) in INSTITUTION_KINDS:
                pool.update(index.children.get(link.place, ()))
    explained = {p: _text_score(index, p, mentions, total) for p in pool}
    # An institution is represented by its campuses or 院区 once they explain as much.
    for parent in [p for p in pool if index.places.kind(p) in INSTITUTION_KINDS]:
        kids = index.children.get(parent, ())
        if any(explained.get(k, 0.0) >= explained[parent] - 1e-9 for k in kids):
            del explained[parent]
    return {p: text for p, text in explained.items() if text > 0.0}


def _score_places(
    index: NameIndex,
    texts: dict[int, float],
    jurisdiction: Jurisdiction | None,
    position: Position | None,
) -> list[_Scored]:
    """Combine text scores with where the places lie."""
    places = list(texts)
    distances: dict[int, float] = {}
    if position is not None and places:
        rows = np.asarray(places, dtype=np.int64)
        km = haversine_km(position.lat, position.lon, index.lat[rows], index.lon[rows])
        distances = {p: float(d) for p, d in zip(places, km, strict=True)}
    out: list[_Scored] = []
    for p in places:
        place = index.places[p]
        geo = 1.0
        inside: bool | None = None
        if jurisdiction is not None:
            inside = in_jurisdiction(place, jurisdiction)
            geo *= 1.0 if inside else OUTSIDE_JURISDICTION
        distance = distances.get(p)
        if position is not None and distance is not None:
            geo *= position_fit(distance, position, place.polygon)
        out.append(_Scored(p, round(texts[p], 6), geo, distance, inside))
    return out


def _text_score(index: NameIndex, place: int, mentions: list[Mention], total: float) -> float:
    """Coverage (the share of what was said that this place accounts for) times strength
    (how surely, and how directly, those words name it)."""
    covered: dict[tuple[int, int], float] = {}
    strength: dict[tuple[int, int], float] = {}
    # An area (郑东新区) explains a place in it only beside a sure name of the place itself
    # (如意湖 for the CBD): with a loose look-alike it would make a guess look sure.
    areas = place in index.within and any(
        m.quality >= SURE and index.reach(m.term).weights.get(place, 0.0) >= NAMES for m in mentions
    )
    division_said = place in index.division_prefix and any(
        m.quality >= SURE
        and index.reach(m.term).weights.get(place, 0.0) > 0.0
        and not _a_place_by_a_road_said(index, m, place, mentions)
        for m in mentions
    )
    # A district of the road's city said beside it explains the road only when the road was
    # itself said surely: a loose look-alike (西站北街 heard as 航海北街) is not the road.
    road_said = index.places.kind(place) == "road" and any(
        m.quality >= SURE and index.reach(m.term).weights.get(place, 0.0) >= NAMES for m in mentions
    )
    for mention in mentions:
        relation = _explains(
            index,
            mention,
            place,
            areas=areas,
            division_said=division_said,
            road_said=road_said,
        )
        if relation <= 0.0:
            continue
        for k in range(mention.start, mention.end):
            key = (mention.utterance, k)
            covered[key] = max(covered.get(key, 0.0), mention.quality)
            strength[key] = max(strength.get(key, 0.0), mention.quality * relation)
    if not covered:
        return 0.0
    return (sum(covered.values()) / total) * (sum(strength.values()) / len(strength))


def _explains(
    index: NameIndex,
    mention: Mention,
    place: int,
    *,
    areas: bool = False,
    division_said: bool = True,
    road_said: bool = False,
) -> float:
    """How directly a mention names a place. A road said with a division holding no road of
    that name puts the caller in that division (ROAD_UNKNOWN) only when the division was
    itself said surely (`division_said`): two syllables heard like a far county's name (上一 as
    尚义) do not claim the road said beside them."""
    adcode = index.places.admin(place).adcode or ""
    roads = index.crossing_roads.get(place)
    if roads is not None and _road_names(index, mention.term) & set(roads):
        return NAMES
    if index.places.kind(place) == "address":
        road = address_road(index.places[place].name)
        if road is not None and road in _road_names(index, mention.term):
            return NAMES
    # The place and its ancestors are looked up in the term's links, not the links scanned
    # for each place: a generic name (校本部) links hundreds of places, all of them tested.
    reach = index.reach(mention.term)
    best = reach.weights.get(place, 0.0)
    current = index.parent[place]
    while current >= 0:
        best = max(best, reach.weights.get(current, 0.0))
        current = index.parent[current]
    for area in index.within.get(place, ()) if areas else ():
        # An area explains what lies in it, but said alone it is the area that was named.
        best = max(best, min(NEAR, reach.weights.get(area, 0.0)))
    for prefix, weight in reach.divisions:
        if adcode.startswith(prefix):
            best = max(best, weight)
    if (
        best == 0.0
        and division_said
        and place in index.division_prefix
        and _road_elsewhere(index, mention, place)
    ):
        return ROAD_UNKNOWN
    if (
        best == 0.0
        and road_said
        and any(
            _district_beside_road(index, link.place, place) for link in index.links(mention.term)
        )
    ):
        # A district of the road's city beside the one it is filed under: the caller named
        # where they stand on a road that runs across both.
        return WRONG_DISTRICT
    if (
        best == 0.0
        and index.places.kind(place) == "town"
        and _district_beside(index, mention, place)
    ):
        return WRONG_DISTRICT
    if (
        best < WRONG_DISTRICT
        and index.places.kind(place) == "village"
        and any(
            link.weight >= NAMES and own_village_filed_elsewhere(index, link.place, place)
            for link in index.links(mention.term)
        )
    ):
        # The town of the village's name said (万滩镇 万滩村), the data filing the village
        # under the 街道 beside it: the caller named the village's old town, as fully as a
        # village's own town names it. Given less (a district said wrong), another city's town
        # of that name and its own village (刘集 said short: 虞城's 刘集乡 刘集村) read as the
        # better-named place and were read back over the centre's own village.
        return NAMES
    return best


def _a_place_by_a_road_said(
    index: NameIndex, mention: Mention, division: int, mentions: list[Mention]
) -> bool:
    """Whether the words that name a division name as well a place that is no division in the
    city of a road said surely beside them, a city the division is not in (龙子湖文苑北路: 郑州's
    龙子湖, by its 文苑北路, as well as 蚌埠's 龙子湖区): the caller named the place by the road,
    not the far division, which is then not said enough to hold the road as one the data does
    not know in it (`ROAD_UNKNOWN`). A city said (许昌，文化路上) names no such place, and a
    county of the road's own city (兰考 中山路) is not far: each still holds it."""
    own = index.division_prefix[division]
    cities = {
        code[:4]
        for link in index.links(mention.term)
        if link.weight >= NAMES
        and index.places.kind(link.place) not in COARSE_KINDS
        and len(code := index.places.admin(link.place).adcode or "") >= 4
    }
    if not cities:
        return False
    return any(
        other.quality >= SURE
        and not other.overlaps(mention)
        and link.weight >= NAMES
        and index.places.kind(link.place) == "road"
        and (code := index.places.admin(link.place).adcode or "")[:4] in cities
        and code[:4] != own[:4]
        for other in mentions
        for link in index.links(other.term)
    )


def _district_beside(index: NameIndex, mention: Mention, town: int) -> bool:
    """Whether a mention names only a district of the town's own city, not the one it lies
    in (二七区 古荥镇, which is 惠济区's): callers often name the wrong district of their city."""
    code = (index.places.admin(town).adcode or "")[:4]
    links = index.links(mention.term)
    return bool(links) and all(
        index.places.kind(link.place) == "district"
        and index.places.name(link.place).endswith("区")
        and (index.places.admin(link.place).adcode or "")[:4] == code
        for link in links
    )


def _names_a_village(index: NameIndex, places: list[int]) -> bool:
    return any(index.places.kind(p) in ("village", "town") for p in places)


_SECTION_WORDS = frozenset("东西南北中")


def _sections_of_one_road(a: str, b: str) -> bool:
    """Whether two road names are one road and a section of it (建设路, 建设西路): said one
    after the other, the caller is putting it right, not naming a crossing."""
    for word in ROAD_WORDS:
        if a.endswith(word) and b.endswith(word):
            stems = {a[: -len(word)], b[: -len(word)]}
            bare = {stem[:-1] if stem[-1:] in _SECTION_WORDS else stem for stem in stems}
            return len(bare) == 1 and all(len(stem) >= 2 for stem in bare)
    return False


def _crossings_said(index: NameIndex, a: str, b: str) -> tuple[int, ...]:
    """The crossings of two roads said together; a road said by its bare name (航海路) whose
    estimated crossing with the other lies across counties gives way to a section of it
    (航海东路) whose estimated crossing lies in one county: the section is the stretch that
    runs where the other road is, the bare name's point another stretch several km off."""
    rows = index.crossings(a, b)
    if not rows or any(not _estimated_across_counties(index, r) for r in rows):
        return rows
    for bare, other in ((a, b), (b, a)):
        nearer = tuple(
            row
            for section in _sections_of(bare)
            for row in index.crossings(section, other)
            if not _estimated_across_counties(index, row)
            and _known_by_its_county(index, row, other)
        )
        if nearer:
            return nearer
    return rows


# The coarsest placing of a crossing that stands on the road (an `approx` estimate).
_ON_THE_ROAD_RANK = max(PRECISIONS.index(p) for p in ON_THE_ROAD)


def _section_said(
    index: NameIndex, mention: Mention, names: set[str], others: set[str]
) -> set[str]:
    """The road names a mention gives a crossing with: a section held as a road of its own
    (中原西路), said by its own name, is that road and not also the road that bears the name
    among its others (中原路), where its crossing with the other road is placed on the road and
    as well (中原西路 西三环); where it is placed worse or only by the city (中原西路 秦岭路, on
    中原中路; 中原西路 荥泽大道, points far apart), both stay offered."""
    said = normalise_text(str(index.terms[mention.term]))
    bare = {name for name in names if said in _sections_of(name)}
    if said not in names or not bare:
        return names

    def finest(name: str) -> int:
        rows = [r for other in others for r in index.crossings(name, other)]
        return min((PRECISIONS.index(index.places[r].precision) for r in rows), default=99)

    placed = finest(said)
    if placed <= _ON_THE_ROAD_RANK and placed <= min(finest(name) for name in bare):
        return names - bare
    return names


def _estimated_across_counties(index: NameIndex, row: int) -> bool:
    """Whether a crossing is an estimate between two roads known in different counties (its
    place is then filed under the city, not a county)."""
    place = index.places[row]
    return estimated_roads(place) is not None and (place.admin.adcode or "00").endswith("00")


def _crossings_out_of_said_county(
    index: NameIndex, mentions: list[Mention], rows: set[int]
) -> set[int]:
    """Estimated crossings, with a county said, of two roads known in different counties far
    apart, one or both outside the county said (中牟 青年路跟建设路: 中牟's 青年路, 郑州's old
    city's 建设路; 尉氏 人民路跟建设路: 郑州's two): nothing says the roads meet, the road
    outside is one of its name the data does not hold in the county said, so the crossing is
    no place to read back; the county's road is what is known."""
    counties = {
        index.division_prefix[county]
        for m in mentions
        if m.quality >= SURE and m.how != "fuzzy"
        for county in counties_named(index, m.term)
    }
    if not counties:
        return set()
    dropped: set[int] = set()
    for row in rows:
        place = index.places[row]
        if not _estimated_across_counties(index, row) or place.precision != "city":
            continue
        first = index.place_index(place.parent or "")
        second = index.place_index(place.id.removeprefix(f"{ESTIMATED_PREFIX}{place.parent}-"))
        if first is None or second is None:
            continue
        if not all(index.in_divisions(r, tuple(counties)) for r in (first, second)):
            dropped.add(row)
    return dropped


def _known_by_its_county(index: NameIndex, row: int, name: str) -> bool:
    """Whether the road of that name at an estimated crossing is known only by its county (its
    point the county's seat): the county is then all that says where it runs."""
    place = index.places[row]
    for road_id in (place.parent, place.id.removeprefix(f"{ESTIMATED_PREFIX}{place.parent}-")):
        road = index.place_index(road_id or "")
        if road is not None and normalise_text(index.places[road].name) == name:
            return index.places[road].precision not in ON_THE_ROAD
    return False


def _sections_of(name: str) -> list[str]:
    """The names a road's sections would have (航海路 → 航海东路, 航海西路 …); none for a name
    that is a section already."""
    for word in ROAD_WORDS:
        stem = name.removesuffix(word)
        if stem != name and len(stem) >= 2 and stem[-1] not in _SECTION_WORDS:
            return [f"{stem}{side}{word}" for side in sorted(_SECTION_WORDS)]
    return []


def _road_names(index: NameIndex, term: int) -> set[str]:
    """The names of the roads a term names (大学中路 → 大学路), normalised."""
    return {
        normalise_text(index.places[link.place].name)
        for link in index.links(term)
        if link.weight >= NAMES and index.places.kind(link.place) == "road"
    }


def _is_road_name(index: NameIndex, term: int) -> bool:
    """Whether a term is written as a road's name (平原路, 神火大道), held or not as a road."""
    return str(index.terms[term]).endswith(ROAD_WORDS)


def _road_elsewhere(index: NameIndex, mention: Mention, division: int) -> bool:
    """A road name said with a division that holds no road of that name: the caller is in
    that division on a road the data does not know ("许昌 文化路"), not on another city's."""
    prefix = index.division_prefix[division]
    roads = [
        link.place
        for link in index.links(mention.term)
        if link.weight >= NAMES and index.places.kind(link.place) == "road"
    ]
    if not roads:
        # A road's name held as no road, only as the road at some site's gates (平原路,
        # 工业路): nowhere is it known as a road, so in this division too it is unknown.
        return _is_road_name(index, mention.term)
    return not any(
        index.in_divisions(r, prefix) or _district_beside_road(index, division, r) for r in roads
    )


def _district_beside_road(index: NameIndex, division: int, road: int) -> bool:
    """Whether a division is a district of the road's own city, not the one the data files the
    road under, whose seat lies near the road (鼓楼区 中山路, filed under 禹王台区): a road runs
    across the districts of a city's core, and callers name the one they stand in."""
    if (
        division not in index.division_prefix
        or index.places.kind(division) != "district"
        or not index.places.name(division).endswith("区")
    ):
        return False
    code = index.places.admin(road).adcode or ""
    own = index.places.admin(division).adcode or ""
    if own[:4] != code[:4] or own == code:
        return False
    km = haversine_km(index.lat[division], index.lon[division], index.lat[road], index.lon[road])
    return float(km) <= NEIGHBOUR_DISTRICT_KM


def _add_streets(
    index: NameIndex,
    mentions: list[Mention],
    numbers: list[str],
    pool: dict[int, float],
    total: float,
    addressed: set[int],
    passed: frozenset[Mention] = frozenset(),
) -> str | None:
    """Crossings of two roads said together, and address points of a road and house number
    (a centre's own, or a site's recorded address), join the pool; a road with an address
    point for the number said gives way to it; a road `passed` (said as a reference) makes no
    crossing. The address points that joined are added to `addressed`. Returns the house
    number to show with road candidates that have no point for it."""
    named: list[tuple[Mention, set[str]]] = [
        (m, names) for m in mentions if m.quality >= SURE and (names := _road_names(index, m.term))
    ]
    if not named:
        return None
    found: set[int] = set()
    for k, (first, first_names) in enumerate(named):
        for second, second_names in named[k + 1 :]:
            if first.overlaps(second) or first in passed or second in passed:
                continue
            for a in _section_said(index, first, first_names, second_names):
                for b in _section_said(index, second, second_names, first_names) - {a}:
                    if not _sections_of_one_road(a, b):
                        found.update(_crossings_said(index, a, b))
    found -= _crossings_out_of_said_county(index, mentions, found)
    number = numbers[0] if numbers else None
    # Each address point found, with the road (name, county) it stands on.
    points: dict[int, tuple[str, str]] = {}
    if number is not None:
        for mention, names in named:
            # A road said by another of its names (中华北路 of 新郑's 中华路, 大学中路 of
            # 大学路) finds the sites recorded at that name and number too.
            said = normalise_text(str(index.terms[mention.term]))
            for name in names:
                for lookup in {name, said}:
                    for row in index.addresses(lookup, number):
                        points[row] = (name, index.places.admin(row).adcode or "")
    roads = {p: _road_key(index, p) for p in pool if index.places.kind(p) == "road"}
    road_scores: dict[tuple[str, str], float] = {}
    for road, key in roads.items():
        road_scores[key] = max(road_scores.get(key, 0.0), pool[road])
    pointed: set[tuple[str, str]] = set()
    for row in found | points.keys():
        text = _text_score(index, row, mentions, total)
        if row in points:
            # A site whose recorded address is the road and number said stands for them, said
            # by its name or not (东明路127号 is the hospital there).
            text = max(text, road_scores.get(points[row], 0.0))
        if text > 0.0:
            # The number said is part of what this place accounts for, beyond its road.
            pool[row] = min(1.0, text + (ADDRESS_BONUS if row not in index.crossing_roads else 0.0))
            if row in points:
                pointed.add(points[row])
                addressed.add(row)
    said_names = {name for name, _ in pointed}
    road_mentions = [m for m, _ in named]
    if pointed:
        besides = [m for m in mentions if m not in road_mentions]
        for site in [
            p
            for p in pool
            if p not in addressed and index.places.kind(p) not in ("road", "crossing")
        ]:
            if _text_score(index, site, besides, total) == 0.0:
                # Another site on or near the road said (胸科医院 at 纬五路1号 when 纬五路7号
                # is said), and nothing said besides the road points to it: the number said
                # is the site found for it.
                del pool[site]
    for road, key in roads.items():
        if key in pointed:
            del pool[road]
        elif key[0] in said_names:
            # A road of the same name elsewhere (新郑's 人民路 beside 金水's) may be where the
            # caller is, but the number said points to a place on another.
            pool[road] = max(0.0, pool[road] - ADDRESS_BONUS)
    return f"{number}号" if number is not None else None


def _road_key(index: NameIndex, road: int) -> tuple[str, str]:
    """A road by its name and county: what an address point stands on."""
    return normalise_text(index.places[road].name), index.places.admin(road).adcode or ""


def _only_common(index: NameIndex, place: int, mentions: list[Mention]) -> bool:
    """Whether everything that leads to this place is a common name (人民路, 花园, 开发区)
    or a common word read loosely: nothing narrows it to one place."""
    explaining = [m for m in mentions if _explains(index, m, place) > 0]
    if not explaining:
        return False
    # A road: a station or a hospital of the city's name (郑州西站 in 荥阳) is the city's own.
    in_a_county = index.places.kind(place) == "road" and _in_a_county(index, place)
    for mention in explaining:
        term = index.terms[mention.term]
        if term in index.common_words:
            continue
        if in_a_county and _names_a_city(index, mention):
            # 开封 said with 人民路: the city's own streets may hold one the data lacks, so the
            # 人民路 of its county 尉氏 is one guess among others; the county said narrows it.
            continue
        if mention.how == "fuzzy" and any(w in term or term in w for w in index.common_words):
            continue
        roads = _road_names(index, mention.term)
        if roads and roads <= index.common_words:
            continue
        return False
    return True


def _in_a_county(index: NameIndex, place: int) -> bool:
    """Whether the place lies in a county or county-level city (尉氏县, 新郑市): filed under a
    county-level division that is not one of its city's own districts (`in_city_districts`)."""
    adcode = index.places.admin(place).adcode or ""
    return len(adcode) >= 6 and adcode[4:6] != "00" and not index.in_city_districts[place]


def _names_a_city(index: NameIndex, mention: Mention) -> bool:
    """Whether the words name a city (开封, 郑州) and nothing smaller."""
    links = index.links(mention.term)
    return bool(links) and all(index.places.kind(link.place) == "city" for link in links)


def _named(index: NameIndex, place: int, mentions: list[Mention]) -> bool:
    """Whether something said is the place's own name, or its institution's (郑大 for 郑大南校区),
    or the roads and number of a crossing or address point: not only a road or landmark at its
    gates, nor only the division it lies in."""
    kind = index.places.kind(place)
    for mention in mentions:
        if mention.quality < SURE or mention.how == "dropped":
            # A loose likeness (西亚小铺 for 西亚斯), or a name short of a character (新郑机),
            # is worth offering, not reading back.
            continue
        if kind in ("crossing", "address") and _explains(index, mention, place) >= NAMES:
            return True
        for link in index.links(mention.term):
            if link.weight < NAMES:
                continue
            if link.place == place:
                return True
            if index.places.kind(link.place) in INSTITUTION_KINDS and index.lies_under(
                place, (link.place,)
            ):
                return True
    return False


def _lone_small_place_elsewhere(
    index: NameIndex, scored: _Scored, position: Position | None, mentions: list[Mention]
) -> bool:
    """A town or village outside the answering centre's area, with no position and nothing
    said of the division it lies in."""
    if scored.inside is not False or position is not None:
        return False
    if index.places.kind(scored.place) not in ("town", "village"):
        return False
    for mention in mentions:
        for link in index.links(mention.term):
            if link.place != scored.place and index.lies_under(scored.place, (link.place,)):
                return False
            prefix = index.division_prefix.get(link.place)
            if prefix and index.in_divisions(scored.place, prefix):
                return False
    return True


def _candidate(
    index: NameIndex,
    scored: _Scored,
    position: Position | None,
    mentions: list[Mention],
    said: int,
    house_number: str | None = None,
) -> Candidate:
    """`said` is how many units (characters or syllables) the call's utterances hold; a
    `house_number` said with a road stays with that road's candidates."""
    place = _in_said_county(index, scored.place, mentions)
    distance = geodesic_km(position, place) if position is not None else None
    explaining = [m for m in mentions if _explains(index, m, scored.place) > 0]
    matched = tuple(dict.fromkeys(index.terms[m.term] for m in explaining))
    # Only sure readings count as having said it (商城路 is not a loose 商城县).
    covered = {
        (m.utterance, k)
        for m in explaining
        if m.quality >= SURE and m.how != "dropped"
        for k in range(m.start, m.end)
    }
    return Candidate(
        place=place,
        # From the six digits the candidates are ranked by: two scores equal to them, rounded
        # from either side of a half (0.17849…, 0.17850…), would show out of order.
        score=round(round(min(1.0, scored.score), 6), 3),
        text_score=round(min(1.0, scored.text), 3),
        geo_score=round(scored.geo, 3),
        distance_km=round(distance, 2) if distance is not None else None,
        in_jurisdiction=scored.inside,
        matched=matched,
        says_all=said > 0 and len(covered) == said,
        house_number=house_number if place.kind == "road" else None,
    )


def _in_said_county(index: NameIndex, row: int, mentions: list[Mention]) -> Place:
    """A place the data knows only to its city (a college at the city's seat), said with one
    county of that city (永川区 … 重庆文理学院), is placed in that county: at its seat, with
    precision `district`, which is all that is known, and more than the city's seat."""
    place = index.places[row]
    code = place.admin.adcode or ""
    if place.precision != "city" or place.kind in COARSE_KINDS or len(code) != 6:
        return place
    prefix = _coarse_prefix_of(code)
    counties = {
        link.place
        for m in mentions
        if m.quality >= SURE and m.how != "fuzzy"
        for link in index.links(m.term)
        if link.weight >= NAMES
        and index.places.kind(link.place) == "district"
        and index.in_divisions(link.place, prefix)
        and index.places.admin(link.place).adcode != code
    }
    if len(counties) != 1:
        return place
    county = index.places[counties.pop()]
    return replace(place, admin=county.admin, lat=county.lat, lon=county.lon, precision="district")


# --- what to ask -----------------------------------------------------------------------------


def _question(
    index: NameIndex,
    ranked: list[_Scored],
    candidates: tuple[Candidate, ...],
    contradictions: tuple[Contradiction, ...],
    position: Position | None,
    mentions: list[Mention] | None = None,
    addressed: frozenset[int] = frozenset(),
) -> Question:
    if contradictions:
        # Two sure statements that disagree lower every text score; ask about them anyway.
        first = contradictions[0]
        by_id = {c.place.id: c for c in candidates}
        sides = (first.alternative, first.place)
        chosen = tuple(by_id[p.id] for p in sides if p is not None and p.id in by_id)
        return Question("contradiction", chosen, first.place)
    if not ranked or max(s.text for s in ranked) < MATCHED:
        return Question("ask_more", candidates[:1])
    top_text = max(s.text for s in ranked)
    tied = [k for k, s in enumerate(ranked) if s.text >= top_text - TIE]
    top_geo = max(ranked[k].geo for k in tied)
    tied = [k for k in tied if ranked[k].geo >= GEO_RULES_OUT * top_geo]
    # Unrelated places that share a name (every 北校区): the answering centre's own wins.
    # The campuses of one institution stay together, so the caller is still asked which.
    home = {_institution_of(index, ranked[k].place) for k in tied if ranked[k].inside}
    # A village or estate name held in several cities (建业森林半岛 in 郑州 and 开封) is a name
    # many places bear, not the centre's own place: every one of them is offered.
    shared_small = any(
        index.places.kind(ranked[k].place) in ("town", "village") and ranked[k].inside is False
        for k in tied
    )
    if home and not shared_small:
        tied = [k for k in tied if _institution_of(index, ranked[k].place) in home]
    # A caller whose position puts them at one of the tied places is not at the others.
    beyond = {k: _beyond_km(ranked[k], position) for k in tied}
    if any(b is not None and b <= AT_PLACE_KM for b in beyond.values()):
        tied = [k for k in tied if (beyond[k] or 0.0) <= ELSEWHERE_KM]
    options = tuple(candidates[k] for k in tied)
    if len(options) == 1:
        if options[0].place.kind in COARSE_KINDS:
            return Question("ask_more", options)
        if (
            position is None
            and ranked[tied[0]].place not in addressed
            and _only_common(index, ranked[tied[0]].place, mentions or [])
        ):
            # 人民路, 花园, 开发区 with nothing to narrow them: offer it, ask for more.
            return Question("ask_more", options)
        if _lone_small_place_elsewhere(index, ranked[tied[0]], position, mentions or []):
            # 南村镇, 太阳村: such names repeat across the country and the data holds only some
            # provinces'. Outside the centre's area, with no county said, it is a guess.
            return Question("ask_more", options)
        if ranked[tied[0]].place not in addressed and not _named(
            index, ranked[tied[0]].place, mentions or []
        ):
            # Only roads at its gates and the division it lies in point to it (经八路 and 金水路
            # said, a hospital on that corner): the caller is near it, not known to be in it.
            # Read back, it would put words in the caller's mouth; offer what was said too.
            nearby = candidates[: max(2, len(options))]
            return Question("choose", nearby) if len(nearby) > 1 else Question("ask_more", options)
        return Question("confirm", options)
    parents = {c.place.parent for c in options}
    parent = parents.pop() if len(parents) == 1 else None
    row = index.place_index(parent) if parent is not None else None
    # Only an institution's sites are its campuses: two cities of one province are not.
    if row is not None and index.places.kind(row) in INSTITUTION_KINDS:
        return Question("choose_campus", options, index.places[row])
    if len({c.place.admin.city for c in options}) > 1:
        return Question("choose_city", options)
    return Question("choose", options)


def _institution_of(index: NameIndex, place: int) -> int:
    parent = index.parent[place]
    return parent if parent >= 0 else place


def _beyond_km(scored: _Scored, position: Position | None) -> float | None:
    if position is None or scored.distance_km is None:
        return None
    return max(0.0, scored.distance_km - position.radius_m / 1000.0)


def _groups(index: NameIndex, candidates: tuple[Candidate, ...]) -> tuple[CandidateGroup, ...]:
    groups: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        key = candidate.place.parent or candidate.place.id
        groups.setdefault(key, []).append(candidate)
    out = []
    for key, members in groups.items():
        row = index.place_index(key)
        institution = index.places[row] if row is not None else None
        if institution is not None and institution.kind not in INSTITUTION_KINDS:
            institution = None
        out.append(CandidateGroup(institution, tuple(members)))
    return tuple(out)


# --- contradictions --------------------------------------------------------------------------


def _contradictions(
    index: NameIndex, mentions: list[Mention], read: list[Utterance], scored: list[_Scored]
) -> tuple[Contradiction, ...]:
    """A division the caller named against a specific place they named that is not in it."""
    text_of = {s.place: s.score for s in scored}
    areas = [
        (m, p)
        for m in mentions
        if m.quality >= SURE and m.how != "fuzzy"
        for p in _named_divisions(index, m.term)
    ]
    areas += [
        area
        for m in mentions
        if m.quality >= SURE and m.how != "fuzzy"
        for area in _city_in_a_campus_name(index, read, m)
    ]
    found: list[Contradiction] = []
    seen: set[tuple[int, int]] = set()
    for mention in mentions:
        if mention.quality < SURE:
            continue
        named = [
            link.place
            for link in index.links(mention.term)
            if index.places.kind(link.place) not in COARSE_KINDS
        ]
        if (
            not named
            or _road_names(index, mention.term)
            or _is_road_name(index, mention.term)
            or _names_a_village(index, named)
        ):
            # A road or a village name is held by many places: never against the city said.
            continue
        reach = set(named) | {k for p in named for k in index.children.get(p, ())}
        for area_mention, division in areas:
            if area_mention.overlaps(mention):
                continue  # two readings of the same words, not two statements
            prefix = _city_prefix(index, division)
            if len(index.division_prefix[division]) > 4 and not any(
                (index.places.admin(p).adcode or "")[:2] == prefix[:2] for p in reach
            ):
                continue  # a county of another province is a chance reading (攀枝花's 东区)
            if any(index.in_divisions(p, prefix) for p in reach):
                continue
            if any(
                index.division_prefix[division].startswith(
                    _coarse_prefix_of(index.places.admin(p).adcode or "-")
                )
                for p in reach
                if index.places.precision(p) == "city"
            ):
                continue  # a college known only to 重庆 is not contradicted by 永川区
            if (mention.term, division) in seen:
                continue
            seen.add((mention.term, division))
            place = max(named, key=lambda p: text_of.get(p, 0.0))
            alternative = _alternative(index, place, prefix, text_of)
            said = _said(read[mention.utterance], mention)
            area = index.places[division]
            place_city = index.places.admin(place).city
            found.append(
                Contradiction(
                    mention=said,
                    place=index.places[place],
                    place_city=place_city,
                    context=_said(read[area_mention.utterance], area_mention),
                    context_city=area.admin.city or area.name,
                    alternative=index.places[alternative] if alternative is not None else None,
                    message=f"{said}在{place_city or '别处'}，但来电者也说了{area.name}",
                )
            )
    return tuple(found)


def _city_in_a_campus_name(
    index: NameIndex, read: list[Utterance], mention: Mention
) -> list[tuple[Mention, int]]:
    """The city a campus is named by (河南大学郑州校区), as a statement of its own: a campus
    said later in another city contradicts it as much as the city said alone would."""
    links = index.links(mention.term)
    if len(links) != 1 or index.places.kind(links[0].place) != "campus":
        return []
    campus = links[0].place
    city = index.places.admin(campus).city or ""
    text = index.terms[mention.term]
    units = [
        unit
        for segment in read[mention.utterance].segments
        for k, unit in enumerate(segment.units)
        if mention.start <= segment.offset + k < mention.end
    ]
    if not city or "".join(units) != text or any(len(u) != 1 for u in units):
        return []
    code = (index.places.admin(campus).adcode or "")[:4]
    for name in (city, city.removesuffix("市")):
        at = text.find(name)
        terms = index.term_ids([name])
        if at < 0 or not 2 <= len(name) < len(text) or terms[0] is None:
            continue
        term = terms[0]
        divisions = [d for d in _named_divisions(index, term) if index.division_prefix[d] == code]
        if divisions:
            start = mention.start + at
            said = replace(mention, start=start, end=start + len(name), term=term)
            return [(said, divisions[0])]
    return []


def _coarse_prefix_of(code: str) -> str:
    """The prefix a place coded only to its province or city shares with the divisions in it.

    >>> _coarse_prefix_of("500000"), _coarse_prefix_of("150100"), _coarse_prefix_of("150123")
    ('50', '1501', '150123')
    """
    if code.endswith("0000"):
        return code[:2]
    return code[:4] if code.endswith("00") else code


def _named_divisions(index: NameIndex, term: int) -> list[int]:
    """The divisions a term names, when it names nothing else (龙子湖 is a 蚌埠 district's
    short name, but also a place in 郑州: saying it states no city)."""
    links = index.links(term)
    if any(index.places.kind(link.place) not in COARSE_KINDS for link in links):
        return []
    return [link.place for link in links]


def _city_prefix(index: NameIndex, division: int) -> str:
    prefix = index.division_prefix[division]
    return prefix[:4] if len(prefix) > 4 else prefix


def _alternative(
    index: NameIndex, place: int, prefix: str, text_of: dict[int, float]
) -> int | None:
    """The place that fits the other statement: a sibling campus in the named city first."""
    parent = index.parent[place]
    siblings = index.children.get(parent, []) if parent >= 0 else []
    inside = [s for s in siblings if index.in_divisions(s, prefix)]
    if not inside:
        inside = [
            p
            for p in text_of
            if index.in_divisions(p, prefix) and index.places.kind(p) not in COARSE_KINDS
        ]
    return max(inside, key=lambda p: text_of.get(p, 0.0)) if inside else None


def _said(utterance: Utterance, mention: Mention) -> str:
    units: list[str] = []
    for segment in utterance.segments:
        for k, unit in enumerate(segment.units):
            if mention.start <= segment.offset + k < mention.end:
                units.append(unit)
    joiner = "" if all(len(u) == 1 for u in units) else " "
    return joiner.join(units)

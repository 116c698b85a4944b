"""The gazetteer's value types: places, the caller's context, and what a resolution returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from shapely.geometry.base import BaseGeometry

PlaceKind = Literal[
    "province",
    "city",
    "district",
    "university",
    "campus",
    "hospital",
    "hospital_branch",
    "landmark",
    "road",
    "station",
    "crossing",
    "address",
    "town",
    "village",
]

# How far a place's point may be from where the place really is, finest first: measured on
# the ground or drawn on a map (`surveyed`), placed from a street address (`address`), placed
# roughly (`approx`), or standing for the county (`district`) or the city (`city`) it lies in.
Precision = Literal["surveyed", "address", "approx", "district", "city"]
PRECISIONS: tuple[Precision, ...] = ("surveyed", "address", "approx", "district", "city")

QuestionKind = Literal[
    "ask_location",  # nothing said yet
    "ask_more",  # something said, nothing matched well enough
    "confirm",  # one clear candidate: read it back for a yes/no
    "choose_campus",  # one institution, several campuses or 院区
    "choose_city",  # candidates spread over several cities
    "choose",  # several unrelated candidates
    "contradiction",  # the caller said things that cannot all be true
]


@dataclass(frozen=True, slots=True)
class Admin:
    """Where a place sits in China's administrative divisions."""

    province: str
    city: str | None = None
    district: str | None = None
    adcode: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """One entry of the gazetteer; `parent` links a campus to its institution, a 院区 to its
    hospital, a district to its city, a village to its town. `precision` says how exact the
    point is and `source` which source (a key in `SOURCES.md`) it came from."""

    id: str
    kind: PlaceKind
    name: str
    full_name: str
    admin: Admin
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    address: str | None = None
    parent: str | None = None
    polygon: BaseGeometry | None = field(default=None, compare=False, repr=False)
    precision: Precision = "address"
    source: str = ""


@dataclass(frozen=True, slots=True)
class Position:
    """The caller's approximate position (WGS-84) and its uncertainty radius in metres."""

    lat: float
    lon: float
    radius_m: float = 1000.0


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """An answering centre's area: adcode prefixes ("4101" is all of 郑州) and/or a polygon."""

    adcodes: tuple[str, ...] = ()
    polygon: BaseGeometry | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A ranked place for one call.

    `score` (0–1) is how well this place fits everything known about the call: `text_score`
    (how much of what was said it accounts for, and how surely) times `geo_score` (how well
    it fits the caller's position and the answering centre's area; 1 neutral-to-good, lower
    is a penalty). It is not a share of probability: every campus of a university named
    alone scores high. `gazetteer/_resolver.py` gives the arithmetic.
    """

    place: Place
    score: float
    text_score: float
    geo_score: float
    distance_km: float | None
    in_jurisdiction: bool | None
    matched: tuple[str, ...] = ()
    # Every word the caller said (spoken filler aside) is part of a name that leads here, read
    # surely (exactly, or as a homophone): "我在开封" for 开封市, not "在南阳路" for 南阳市.
    says_all: bool = False
    # A house number said with a road that has no point of its own for it (文化路80号).
    house_number: str | None = None


@dataclass(frozen=True, slots=True)
class CandidateGroup:
    """Candidates that share an institution (its campuses, a hospital's 院区)."""

    institution: Place | None
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two things the caller said that cannot both hold ("郑州" + "明伦校区", which is in 开封).

    `place` is what the specific mention resolves to; `alternative` is the place that would fit
    the other statement (the same institution's campus in the city the caller named), if any.
    """

    mention: str
    place: Place
    place_city: str | None
    context: str
    context_city: str | None
    alternative: Place | None
    message: str


@dataclass(frozen=True, slots=True)
class Question:
    """What the call-taker should ask next to separate the candidates."""

    kind: QuestionKind
    options: tuple[Candidate, ...] = ()
    subject: Place | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    """Everything the resolver concluded from all the location utterances of one call."""

    candidates: tuple[Candidate, ...]
    groups: tuple[CandidateGroup, ...]
    question: Question
    contradictions: tuple[Contradiction, ...] = ()
    normalised: tuple[str, ...] = ()

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

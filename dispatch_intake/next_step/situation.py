"""A call as the next-step decisions see it, and the centre they decide for."""

from __future__ import annotations

from dataclasses import dataclass, field

from dispatch_intake.next_step.rules import NextStepRules
from dispatch_intake.prompts.service import PromptBook
from dispatch_intake.psaps.service import Psap, PsapDirectory, nearest_station
from dispatch_intake.shapes import Candidate, Contradiction, Position, PromptOption, Station

PlaceDict = Candidate
# The prompt kinds under which the resolver's candidates are sure enough to send to.
SENDABLE_PROMPTS = ("confirm", "choose")


@dataclass(frozen=True, slots=True)
class Situation:
    """A call as the decisions see it."""

    status: str
    priority: str
    dispatch_now_answer: bool
    candidates: list[PlaceDict]
    confirmed: PlaceDict | None
    position: Position | None
    position_in_jurisdiction: bool | None
    prompt_kind: str
    options: list[PromptOption] = field(default_factory=list)
    contradicted: bool = False
    contradictions: list[Contradiction] = field(default_factory=list)
    # The centres already told of this call (a parallel alert done), and the crews sent.
    alerted: tuple[str, ...] = ()
    units_sent: tuple[str, ...] = ()

    @property
    def critical(self) -> bool:
        return self.priority == "critical" or self.dispatch_now_answer

    @property
    def sendable(self) -> list[PlaceDict]:
        """When the resolver asks for more, what it found is too weak to send an ambulance to."""
        return self.candidates if self.prompt_kind in SENDABLE_PROMPTS else []

    @property
    def place(self) -> PlaceDict | None:
        return self.confirmed or (self.sendable[0] if self.sendable else None)

    @property
    def position_here(self) -> bool:
        return self.position is not None and bool(self.position_in_jurisdiction)


@dataclass(frozen=True, slots=True)
class Centre:
    """The answering centre the call is with, and what it knows of the others."""

    psap: Psap
    psaps: PsapDirectory
    prompts: PromptBook
    rules: NextStepRules = field(default_factory=NextStepRules)


def station_for(
    psap: Psap, point: tuple[float, float] | None, precision: str | None = None
) -> Station | None:
    """The centre's nearest station to a point, as shown on the record, with how exact the
    point is (`precision` of the place it stands for)."""
    if point is None:
        return None
    nearest = nearest_station(psap, *point)
    if nearest is None:
        return None
    return {
        "id": nearest.station.id,
        "name": nearest.station.name,
        "distance_km": nearest.distance_km,
        "place_precision": precision,
    }


def label(place: PlaceDict) -> str:
    return str(place.get("label") or place.get("full_name"))

"""The sentence to read to the caller next and the places it offers, from what resolution
found: one small decision per kind of question the resolver asks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dispatch_intake.prompts.service import (
    PROMPT_KIND,
    ContradictionFacts,
    PromptBook,
    institution_of,
)
from dispatch_intake.shapes import Candidate, Prompt, PromptOption
from dispatch_intake.states import PromptKind
from gazetteer import Place, Resolution

PlaceDict = Candidate


@dataclass(frozen=True, slots=True)
class Found:
    """What resolution found, with its candidates already in the contract's shape; `convert`
    puts any other gazetteer place the question names into that shape."""

    resolution: Resolution
    candidates: list[PlaceDict]
    by_id: dict[str, PlaceDict]
    convert: Callable[..., PlaceDict]

    def as_place(self, place: Place, score: float | None = None) -> PlaceDict:
        return self.by_id.get(place.id) or self.convert(place, score=score)

    def offered(self) -> list[PlaceDict]:
        """The places the resolver's question offers."""
        return [self.as_place(o.place, o.score) for o in self.resolution.question.options]


PromptDecision = Callable[[Found, list[PlaceDict], PromptBook], Prompt]


def choose_prompt(found: Found, prompts: PromptBook) -> Prompt:
    """The prompt for the resolver's question; a kind it does not know asks for more."""
    question = found.resolution.question
    offered = found.offered()
    if question.kind == "contradiction" and found.resolution.contradictions:
        return contradiction_prompt(found, offered, prompts)
    decide = PROMPTS_BY_KIND.get(PROMPT_KIND.get(question.kind, PromptKind.ASK_MORE), ask_more)
    return decide(found, offered, prompts)


def contradiction_prompt(found: Found, offered: list[PlaceDict], prompts: PromptBook) -> Prompt:
    """Set the two things said against each other, offering both places."""
    said = found.resolution.contradictions[0]
    place = found.as_place(said.place)
    alternative = found.as_place(said.alternative) if said.alternative is not None else None
    facts = ContradictionFacts(place, said.place_city, said.context_city, alternative)
    return {
        "kind": PromptKind.CHOOSE,
        "text": prompts.contradiction(facts),
        "options": options(offered or [p for p in (alternative, place) if p is not None]),
    }


def confirm(found: Found, offered: list[PlaceDict], prompts: PromptBook) -> Prompt:
    return confirm_one(offered[:1] or found.candidates[:1], prompts)


def choose(found: Found, offered: list[PlaceDict], prompts: PromptBook) -> Prompt:
    """Name the places to choose between (campuses of one institution, cities, …); with
    fewer than two, confirm the one there is."""
    offered = offered or found.candidates
    if len(offered) < 2:
        return confirm_one(offered, prompts)
    question = found.resolution.question
    institution = question.subject.name if question.subject else None
    if institution is None and question.kind == "choose_campus":
        institution = offered[0].get("parent_name")
    if question.kind == "choose":
        offered = side_by_side(offered)
    text = prompts.choose(question.kind, offered, institution)
    return {"kind": PromptKind.CHOOSE, "text": text, "options": options(offered)}


def side_by_side(offered: list[PlaceDict]) -> list[PlaceDict]:
    """The places in their order, but each institution's campuses or 院区 moved up beside its
    first, so that the sentence names the institution once and the keys follow the sentence;
    the likeliest place stays first."""
    order: dict[str, int] = {}
    for place in offered:
        order.setdefault(institution_of(place) or place["place_id"], len(order))
    return sorted(offered, key=lambda p: order[institution_of(p) or p["place_id"]])


def ask_location(found: Found, offered: list[PlaceDict], prompts: PromptBook) -> Prompt:
    return ask_location_prompt(prompts)


def ask_more(found: Found, offered: list[PlaceDict], prompts: PromptBook) -> Prompt:
    return ask_more_prompt(prompts)


PROMPTS_BY_KIND: dict[str, PromptDecision] = {
    PromptKind.CONFIRM: confirm,
    PromptKind.CHOOSE: choose,
    PromptKind.ASK_LOCATION: ask_location,
}


def confirm_one(chosen: Sequence[PlaceDict], prompts: PromptBook) -> Prompt:
    """Read the likeliest place back for the caller to confirm; nothing to read: ask more."""
    if not chosen:
        return ask_more_prompt(prompts)
    return {
        "kind": PromptKind.CONFIRM,
        "text": prompts.confirm(chosen[0]["label"]),
        "options": options(chosen[:1]),
    }


def read_back_prompt(place: PlaceDict, prompts: PromptBook) -> Prompt:
    """Once a place is confirmed: read it back, offering only that place."""
    label = str(place.get("label") or place.get("full_name"))
    return {
        "kind": PromptKind.CONFIRM,
        "text": prompts.read_back(label),
        "options": [{"key": "1", "place_id": place["place_id"], "label": label}],
    }


def ask_location_prompt(prompts: PromptBook) -> Prompt:
    return {"kind": PromptKind.ASK_LOCATION, "text": prompts.ask_location(), "options": []}


def ask_more_prompt(prompts: PromptBook) -> Prompt:
    return {"kind": PromptKind.ASK_MORE, "text": prompts.ask_more(), "options": []}


def options(places: Sequence[PlaceDict]) -> list[PromptOption]:
    return [
        {"key": str(index), "place_id": place["place_id"], "label": place["label"]}
        for index, place in enumerate(places, start=1)
    ]

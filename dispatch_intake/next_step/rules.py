"""The numbers and kinds the next-step decisions use, from `[service.next_step]` in
config/service.toml (checked by `dispatch-intake config check`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class NextStepRules(BaseModel):
    """How sure a named city or district must be to decide whose area a caller is in, and
    which place kinds are divisions rather than addresses."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # A city or district named this surely (exactly, outside the centre's own area), with
    # nothing else said, decides the centre the call belongs to.
    area_sure_score: float = Field(default=0.8, gt=0.0, le=1.0)
    area_kinds: tuple[str, ...] = ("city", "district")
    # While a critical caller's words contradict each other, a division is no address to
    # send an ambulance to.
    division_kinds: tuple[str, ...] = ("province", "city", "district", "county")
    # A critical caller the resolver cannot yet place for sure is sent an ambulance towards the
    # first place it found, when that place is in the centre's area, is no division and reads
    # at least this surely (0–1, the resolver's score): near it is where to start.
    send_first_score: float = Field(default=0.35, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _areas_are_divisions(self) -> NextStepRules:
        if not self.area_kinds:
            raise ValueError("area_kinds needs at least one kind, such as city")
        stray = [kind for kind in self.area_kinds if kind not in self.division_kinds]
        if stray:
            raise ValueError(
                f"area_kinds {', '.join(stray)} are not in division_kinds; an area that decides "
                "the centre is a division"
            )
        return self

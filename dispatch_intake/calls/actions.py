"""What the call-taker should do next, with a reason a person understands: decided in
`dispatch_intake.next_step`; this module keeps the keyword form of the decision for code
that describes a call field by field (the rule tests)."""

from __future__ import annotations

from typing import Any

from dispatch_intake.next_step import Centre, NextStepRules, Situation, station_for
from dispatch_intake.next_step import recommend_action as decide_action
from dispatch_intake.prompts.service import PromptBook
from dispatch_intake.psaps.service import Psap, PsapDirectory
from dispatch_intake.shapes import Action, Contradiction, PromptOption

__all__ = ["recommend_action", "station_for"]


def recommend_action(
    *,
    psap: Psap,
    psaps: PsapDirectory,
    prompts: PromptBook,
    rules: NextStepRules | None = None,
    options: list[PromptOption] | tuple[()] = (),
    contradictions: list[Contradiction] | tuple[()] = (),
    **situation: Any,
) -> Action:
    """`next_step.recommend_action` for a call given as keywords (the fields of `Situation`)."""
    centre = Centre(psap, psaps, prompts, rules or NextStepRules())
    described = Situation(options=list(options), contradictions=list(contradictions), **situation)
    return decide_action(described, centre)

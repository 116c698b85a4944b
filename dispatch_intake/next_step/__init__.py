"""What the call-taker does next: the sentence to read (the prompt) and the recommended
action. Each is a chain of small named decisions; the numbers and kinds they use are data
(`[service.next_step]` in config/service.toml, `NextStepRules`)."""

from __future__ import annotations

from dispatch_intake.next_step.action import DECISIONS, recommend_action
from dispatch_intake.next_step.prompt import (
    Found,
    ask_location_prompt,
    ask_more_prompt,
    choose_prompt,
    read_back_prompt,
)
from dispatch_intake.next_step.rules import NextStepRules
from dispatch_intake.next_step.situation import Centre, Situation, station_for

__all__ = [
    "DECISIONS",
    "Centre",
    "Found",
    "NextStepRules",
    "Situation",
    "ask_location_prompt",
    "ask_more_prompt",
    "choose_prompt",
    "read_back_prompt",
    "recommend_action",
    "station_for",
]

"""The assessment steps of a call, guarded: a fault in resolving, triage or the recommendation
(a bad configuration entry that slipped past `config check`, a bug) becomes a warning on the
record, never a refused call. The record keeps what was said; the call-taker asks on."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session

from dispatch_intake.calls import actions, assessment
from dispatch_intake.calls.assessment import psap_of
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.calls.schemas import make_warning
from dispatch_intake.components import Intake
from dispatch_intake.db import utcnow
from dispatch_intake.locations.service import LocationAssessment
from dispatch_intake.psaps.service import Psap
from dispatch_intake.shapes import Station

__all__ = [
    "apply_location",
    "assess_location",
    "psap_of",
    "reassess",
    "relocate",
    "station_for",
]
log = logging.getLogger("dispatch_intake.calls")

apply_location = assessment.apply_location


def assess_location(
    intake: Intake, psap: Psap, texts: list[str], position: Any
) -> LocationAssessment:
    try:
        return assessment.assess_location(intake, psap, texts, position)
    except Exception:
        log.exception("resolving a location failed; the call goes on without candidates")
        return LocationAssessment(
            candidates=[],
            contradictions=[],
            prompt={"kind": "ask_more", "text": intake.prompts.ask_more(), "options": []},
            warnings=[
                make_warning(
                    "location",
                    "the location could not be resolved (logged for review); ask the caller "
                    "and type what they say",
                )
            ],
        )


def relocate(
    session: Session, intake: Intake, call: CallRecord, actor: str, psap: Psap | None = None
) -> None:
    """Resolve everything the caller said so far again, against `psap`'s area (the call's
    own centre unless another is named), and put the outcome on the record."""
    assessment = assess_location(
        intake, psap or psap_of(intake, call), call.location_texts, call.caller_position
    )
    apply_location(session, call, assessment, actor)


def triage_ahead(intake: Intake, complaint_texts: list[str]) -> None:
    """Triage of a new call's complaint (no answers, no notes yet), worked out before the
    start's write: the rules keep the result, and the start's assessment inside the write
    finds it (see `TriageRules.assess`) instead of holding the write while it reads."""
    try:
        intake.priority_rules.assess(complaint_texts, intake.script.effects({}))
    except Exception:  # noqa: BLE001 — the start's own assessment meets it again, and records it
        log.debug("triage ahead of a start failed", exc_info=True)


def reassess(session: Session, intake: Intake, call: CallRecord, actor: str) -> None:
    # Nothing to roll back on failure: reassessing only changes the call in memory, and each
    # event it appended moved the chain's head with it.
    try:
        assessment.reassess(session, intake, call, actor)
    except Exception:
        log.exception("reassessing a call failed; its priority and action are left as they were")
        call.warnings = [
            *call.warnings,
            make_warning(
                "recommended_action",
                "priority and action could not be reassessed (logged for review); "
                "decide from the record",
            ),
        ]
        call.updated_at = utcnow()


def station_for(
    psap: Psap, point: tuple[float, float] | None, precision: str | None = None
) -> Station | None:
    try:
        return actions.station_for(psap, point, precision)
    except Exception:
        log.exception("finding the nearest station failed")
        return None

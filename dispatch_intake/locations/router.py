"""`GET /v1/resolve`: candidates and the prompt for some text, no record stored."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Query

from dispatch_intake.auth.service import Permission, mask_deep
from dispatch_intake.calls.contract import Resolution
from dispatch_intake.calls.schemas import clean_text
from dispatch_intake.deps import IntakeDep, PrincipalDep
from dispatch_intake.locations.service import resolve_location
from dispatch_intake.shapes import FieldWarning, Position
from dispatch_intake.shapes import Resolution as ResolutionShown

router = APIRouter(tags=["locations"])


def _coordinate(value: str | None, bound: float) -> float | None:
    try:
        number = float(value) if value is not None else None
    except ValueError:
        return None
    if number is None or not math.isfinite(number) or abs(number) > bound:
        return None
    return number


@router.get("/v1/resolve", response_model=Resolution, response_model_exclude_unset=True)
def resolve(
    principal: PrincipalDep,
    intake: IntakeDep,
    q: Annotated[list[str] | None, Query()] = None,
    psap: str | None = None,
    lat: str | None = None,
    lon: str | None = None,
    radius_m: str | None = None,
) -> ResolutionShown:
    """Console autocomplete: `q` may be given several times (everything said so far)."""
    principal.require(Permission.START)
    warnings: list[FieldWarning] = []
    centre = intake.psaps.get(psap) if psap else None
    if psap and centre is None:
        warnings.append(
            {"field": "psap", "message": f"unknown psap; used {intake.default_psap.id}"}
        )
    centre = centre or intake.default_psap
    position: Position | None = None
    if lat is not None or lon is not None:
        la, lo = _coordinate(lat, 90), _coordinate(lon, 180)
        if la is None or lo is None:
            warnings.append({"field": "lat", "message": "lat/lon out of range; position ignored"})
        else:
            radius = _coordinate(radius_m, 100_000)
            position = {"lat": la, "lon": lo, "radius_m": radius if radius and radius > 0 else None}
    texts = [clean_text(text, intake.settings.max_text_chars)[0] for text in (q or [])]
    assessment = resolve_location(
        gazetteer=intake.gazetteer,
        psaps=intake.psaps,
        psap=centre,
        prompts=intake.prompts,
        utterances=texts,
        position=position,
    )
    answer: ResolutionShown = {
        "candidates": assessment.candidates,
        "prompt": assessment.prompt,
        "contradictions": assessment.contradictions,
        "psap": centre.id,
        "warnings": warnings + assessment.warnings,
    }
    if principal.sees_numbers:
        return answer
    shown: ResolutionShown = mask_deep(answer)
    return shown

"""`GET /v1/me`: the caller's own role and what it may do, so a console need not probe."""

from __future__ import annotations

from fastapi import APIRouter

from dispatch_intake.auth.service import ROLE_PERMISSIONS
from dispatch_intake.calls.seats import one_seat_psaps
from dispatch_intake.deps import IntakeDep, PrincipalDep

router = APIRouter(prefix="/v1", tags=["auth"])


@router.get("/me")
def read_me(principal: PrincipalDep, intake: IntakeDep) -> dict[str, object]:
    """The role behind the credential, the timeline name it acts under, and its permissions."""
    return {
        "role": principal.role,
        "actor": principal.actor,
        "permissions": sorted(p.value for p in ROLE_PERMISSIONS[principal.role]),
        # Centres where one seat takes and dispatches: there a call_taker may dispatch too.
        "one_seat_psaps": one_seat_psaps(intake.psaps),
    }

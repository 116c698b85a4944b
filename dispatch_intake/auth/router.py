"""`GET /v1/me`: the caller's own role and what it may do, so a console need not probe."""

from __future__ import annotations

from fastapi import APIRouter

from dispatch_intake.auth.service import ROLE_PERMISSIONS
from dispatch_intake.calls.contract import Me
from dispatch_intake.deps import PrincipalDep

router = APIRouter(prefix="/v1", tags=["auth"])


@router.get("/me", response_model=Me, response_model_exclude_unset=True)
def read_me(principal: PrincipalDep) -> dict[str, object]:
    """The role behind the credential, the timeline name it acts under, and its permissions."""
    return {
        "role": principal.role,
        "actor": principal.actor,
        "permissions": sorted(p.value for p in ROLE_PERMISSIONS[principal.role]),
    }

"""HTTP routes of the audit trail: verify one call, export its evidence bundle."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from dispatch_intake.audit import service
from dispatch_intake.audit.keys import AuditKeys
from dispatch_intake.auth.service import Permission
from dispatch_intake.calls.contract import EvidenceBundle, Verification
from dispatch_intake.deps import PrincipalDep, ReadSessionDep

router = APIRouter(prefix="/v1/calls", tags=["audit"])


def _keys(request: Request) -> AuditKeys:
    keys: AuditKeys = request.app.state.audit_keys
    return keys


@router.get("/{call_id}/verify", response_model=Verification)
def verify_call(
    call_id: str, request: Request, principal: PrincipalDep, session: ReadSessionDep
) -> dict[str, Any]:
    """`{"ok", "problems": [{"seq", "message"}]}`: the call's chain, its ledger entries
    against the latest signed checkpoint, and its row against its timeline."""
    principal.require(Permission.AUDIT)
    return service.verify_call(session=session, keys=_keys(request), call_id=call_id)


@router.get("/{call_id}/evidence", response_model=EvidenceBundle)
def evidence(
    call_id: str, request: Request, principal: PrincipalDep, session: ReadSessionDep
) -> Response:
    """The evidence bundle (`dispatch-intake audit check-bundle` verifies it offline)."""
    principal.require(Permission.AUDIT)
    content = service.evidence_bundle(session=session, keys=_keys(request), call_id=call_id)
    return Response(
        content,
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="evidence-{call_id[:40]}.json"'},
    )

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
from dispatch_intake.journal import merged_into, stored_call_id

router = APIRouter(prefix="/v1/calls", tags=["audit"])


def _keys(request: Request) -> AuditKeys:
    keys: AuditKeys = request.app.state.audit_keys
    return keys


@router.get("/{call_id}/verify", response_model=Verification)
def verify_call(
    call_id: str,
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: ReadSessionDep,
) -> dict[str, Any]:
    """`{"ok", "problems": [{"seq", "message"}]}`: the call's chain, its ledger entries
    against the latest signed checkpoint, and its row against its timeline. A held call
    merged into a stored one is verified as that call (`X-Merged-Into` names it)."""
    principal.require(Permission.AUDIT)
    stored_id = stored_call_id(session, call_id)
    response.headers.update(merged_into(call_id, stored_id))
    return service.verify_call(session=session, keys=_keys(request), call_id=stored_id)


@router.get("/{call_id}/evidence", response_model=EvidenceBundle)
def evidence(
    call_id: str, request: Request, principal: PrincipalDep, session: ReadSessionDep
) -> Response:
    """The evidence bundle (`dispatch-intake audit check-bundle` verifies it offline); a
    held call merged into a stored one answers that call's (`X-Merged-Into` names it)."""
    principal.require(Permission.AUDIT)
    stored_id = stored_call_id(session, call_id)
    content = service.evidence_bundle(session=session, keys=_keys(request), call_id=stored_id)
    return Response(
        content,
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="evidence-{stored_id[:40]}.json"',
            **merged_into(call_id, stored_id),
        },
    )

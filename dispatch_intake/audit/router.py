"""HTTP routes of the audit trail: verify one call, export its evidence bundle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import Response

from dispatch_intake.audit import service
from dispatch_intake.audit.keys import AuditKeys
from dispatch_intake.auth.service import Permission
from dispatch_intake.calls.contract import EvidenceBundle, Verification
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.deps import HeldDep, PrincipalDep, ReadSessionDep
from dispatch_intake.errors import NotFound, StateConflict
from dispatch_intake.journal import HeldCalls, merged_into, stored_call_id

router = APIRouter(prefix="/v1/calls", tags=["audit"])
T = TypeVar("T")


def _keys(request: Request) -> AuditKeys:
    keys: AuditKeys = request.app.state.audit_keys
    return keys


def _of_stored_call(call_id: str, held: HeldCalls | None, work: Callable[[], T]) -> T:
    """The work on a call in the store; a call only the local journal holds is not in the
    store's ledger yet, and says so rather than being unknown."""
    try:
        return work()
    except NotFound:
        if held is None or not held.pending:
            raise
        if not held.read(lambda local: local.get(CallRecord, call_id) is not None):
            raise
        raise StateConflict(
            f"call {call_id} is held locally until the store answers again; its trail is in "
            "the store's ledger, and can be verified and exported, once it is replayed"
        ) from None


@router.get("/{call_id}/verify", response_model=Verification)
def verify_call(
    call_id: str,
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: ReadSessionDep,
    held: HeldDep,
) -> dict[str, Any]:
    """`{"ok", "problems": [{"seq", "message"}]}`: the call's chain, its ledger entries
    against the latest signed checkpoint, and its row against its timeline. A held call
    merged into a stored one is verified as that call (`X-Merged-Into` names it)."""
    principal.require(Permission.AUDIT)
    stored_id = stored_call_id(session, call_id)
    response.headers.update(merged_into(call_id, stored_id))
    return _of_stored_call(
        call_id,
        held,
        lambda: service.verify_call(session=session, keys=_keys(request), call_id=stored_id),
    )


@router.get("/{call_id}/evidence", response_model=EvidenceBundle)
def evidence(
    call_id: str, request: Request, principal: PrincipalDep, session: ReadSessionDep, held: HeldDep
) -> Response:
    """The evidence bundle (`dispatch-intake audit check-bundle` verifies it offline); a
    held call merged into a stored one answers that call's (`X-Merged-Into` names it)."""
    principal.require(Permission.AUDIT)
    stored_id = stored_call_id(session, call_id)
    content = _of_stored_call(
        call_id,
        held,
        lambda: service.evidence_bundle(session=session, keys=_keys(request), call_id=stored_id),
    )
    return Response(
        content,
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="evidence-{stored_id[:40]}.json"',
            **merged_into(call_id, stored_id),
        },
    )

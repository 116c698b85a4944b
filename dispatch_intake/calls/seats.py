"""Who may act on a call at its centre: at a one-seat centre (受理调度一体) the call-taker who
took the call also dispatches, transfers and closes it."""

from __future__ import annotations

from dispatch_intake.auth.service import Permission, Principal
from dispatch_intake.errors import Forbidden
from dispatch_intake.psaps.service import Psap, PsapDirectory

# What a one-seat centre opens to every role that may take calls.
ONE_SEAT_PERMISSIONS = frozenset({Permission.DISPATCH, Permission.CLOSE})
ACTIONS = {Permission.DISPATCH: "派车或转接", Permission.CLOSE: "结束呼叫"}


def may_act_at(principal: Principal, permission: Permission, psap: Psap) -> bool:
    if principal.can(permission):
        return True
    return psap.one_seat and permission in ONE_SEAT_PERMISSIONS and principal.can(Permission.START)


def require_at(principal: Principal, permission: Permission, psap: Psap) -> None:
    """403 with what to do, unless the role may, or the call's centre is one seat."""
    if may_act_at(principal, permission, psap):
        return
    action = ACTIONS.get(permission, permission.value)
    raise Forbidden(
        f"{psap.name}受理和调度分席：{principal.role} 不能{action}，请交调度员（dispatcher）处理"
        f"（the {principal.role} role may not {permission.value} at {psap.id}, "
        "which is not a one-seat centre）"
    )


def one_seat_psaps(psaps: PsapDirectory) -> list[str]:
    return [psap.id for psap in psaps if psap.one_seat]

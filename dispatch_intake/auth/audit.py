"""Full reads on the timeline: a reader allowed to see caller numbers whole leaves a
`full_read` event on every call whose numbers a request of theirs showed them."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch_intake.auth.masking import mask_deep
from dispatch_intake.auth.service import Principal
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.deps import Writer
from dispatch_intake.timeline.service import append_event

log = logging.getLogger("dispatch_intake.audit")
FULL_READ = "full_read"


def reveals_numbers(shown: Mapping[str, Any]) -> bool:
    """Whether a rendering shows anything the masked one would hide."""
    caller = shown.get("caller")
    if isinstance(caller, dict) and caller.get("number"):
        return True
    return mask_deep(shown) is not shown


def calls_revealed(principal: Principal, shown: Iterable[Mapping[str, Any]]) -> list[str]:
    """Ids of the renderings (records or timelines) that showed this reader a whole number."""
    if not principal.sees_numbers:
        return []
    return [item["id"] for item in shown if reveals_numbers(item)]


def record_full_reads(
    *, session: Session, principal: Principal, call_ids: list[str], via: str
) -> None:
    """One `full_read` event per call, in one transaction. Not announced to event streams:
    a read is no change of the record, and a stream's own reads must not wake it again."""
    if not call_ids:
        return
    calls = session.scalars(
        select(CallRecord)
        .where(CallRecord.id.in_(call_ids))
        .order_by(CallRecord.id)
        .with_for_update()
    )
    for call in calls:
        append_event(session, call, FULL_READ, principal.actor, {"via": via})
    session.commit()


async def audit_full_reads(
    writer: Writer, principal: Principal, shown: Iterable[Mapping[str, Any]], via: str
) -> None:
    """Record the full reads of one request; a store that cannot take them does not keep a
    supervisor from the call in front of them (the failure is logged for review)."""
    await write_full_reads(writer, principal, calls_revealed(principal, shown), via)


async def write_full_reads(
    writer: Writer, principal: Principal, call_ids: list[str], via: str
) -> None:
    if not call_ids or not principal.sees_numbers:
        return
    try:
        await writer.run(
            lambda session: record_full_reads(
                session=session, principal=principal, call_ids=call_ids, via=via
            )
        )
    except Exception:
        log.error("could not record full reads of %d calls by %s", len(call_ids), principal.actor)

"""Call records: starting one, and every follow-up action on it. The work lives in one module
per use case; this module names them all for the router and for code that drives the service
directly (the local journal's tests, the audit benchmark).

- `calls/start.py`: a new call, resolved before the write;
- `calls/locating.py`: where the caller is (what they say, a position, the place confirmed);
- `calls/handling.py`: dispatch, transfer, alert another centre, escalate, take over, close;
- `calls/notes.py`: notes and case-entry answers; `calls/complaints.py`: complaint, priority;
- `calls/writes.py`: the one write pattern all of them share, and idempotency;
- `calls/records.py`: reads (a record, the queue, the timeline).
"""

from __future__ import annotations

from dispatch_intake.calls.handling import (
    alert_centre,
    close_call,
    dispatch_unit,
    escalate_call,
    take_over_call,
    transfer_call,
)
from dispatch_intake.calls.locating import add_location, confirm_location
from dispatch_intake.calls.notes import add_note, record_answer
from dispatch_intake.calls.start import (
    RELATED_CALLS_SHOWN,
    PreparedCall,
    new_call_id,
    prepare_call,
    start_call,
)
from dispatch_intake.calls.writes import (
    OPEN_STATES,
    Record,
    act_once,
    action_key_hash,
    key_hash,
)

__all__ = [
    "OPEN_STATES",
    "RELATED_CALLS_SHOWN",
    "PreparedCall",
    "Record",
    "act_once",
    "action_key_hash",
    "add_location",
    "alert_centre",
    "add_note",
    "close_call",
    "confirm_location",
    "dispatch_unit",
    "escalate_call",
    "key_hash",
    "new_call_id",
    "prepare_call",
    "record_answer",
    "start_call",
    "take_over_call",
    "transfer_call",
]

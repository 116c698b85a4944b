"""Calls survive the store going away: a background probe of the store, and a local journal
that holds calls until the store answers again."""

from dispatch_intake.journal.copy import MERGED_INTO, merged_into, stored_call_id
from dispatch_intake.journal.probe import StoreMonitor
from dispatch_intake.journal.store import HeldCalls

__all__ = ["MERGED_INTO", "HeldCalls", "StoreMonitor", "merged_into", "stored_call_id"]

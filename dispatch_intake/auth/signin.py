"""Sign-in throttling: after repeated failures for one staff id or from one address, further
attempts are refused for a while, so passwords cannot be guessed at speed; and the audit log's
record of every refused sign-in."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

audit_log = logging.getLogger("dispatch_intake.audit")
# Staff ids and addresses remembered at most; the oldest are forgotten first.
MAX_TRACKED = 10_000
# Failures allowed from one address, as a multiple of those allowed for one staff id.
ADDRESS_FAILURE_FACTOR = 4


class SigninGuard:
    """Counts failed sign-ins per key (a staff id, a client address) in a sliding window."""

    def __init__(
        self,
        max_failures: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max = max_failures
        self._window = window_seconds
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, keys: list[str]) -> int | None:
        """Seconds until any of these keys may try again, or None when they may now."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                failures = self._recent(key, now)
                if len(failures) >= self._max:
                    wait = max(wait, failures[0] + self._window - now)
        return max(1, math.ceil(wait)) if wait > 0 else None

    def failed(self, keys: list[str]) -> None:
        now = self._clock()
        with self._lock:
            for key in keys:
                self._failures.setdefault(key, deque(maxlen=self._max)).append(now)
                self._failures.move_to_end(key)
            while len(self._failures) > MAX_TRACKED:
                self._failures.popitem(last=False)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.get(key, deque())
        while failures and failures[0] + self._window <= now:
            failures.popleft()
        return failures


def log_refused(*, method: str, staff_id: str | None, address: str, reason: str) -> None:
    """A refused sign-in, on the audit log: whichever way a person tried, the record says who
    was named, from where, and why it was refused."""
    who = (staff_id or "")[:40] or "-"
    audit_log.warning(
        "sign-in refused (%s) for %s from %s: %s",
        method,
        who,
        address,
        reason,
        extra={"signin": method, "staff_id": who, "address": address, "reason": reason},
    )

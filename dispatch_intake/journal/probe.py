"""Whether the store answers, known without asking it on each request: a background probe."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import Engine, text

log = logging.getLogger("dispatch_intake.store")
# Probes stuck on a black-holed network until the driver's connect timeout (2 s): enough
# room that a new one still starts every few tenths of a second, so the return is seen soon.
MAX_PROBES = 8
SELECT_ONE = text("SELECT 1")


class StoreMonitor:
    """Asks the store `SELECT 1` every `interval` seconds, on the connection its engine keeps
    (`create_store_engine(..., probe=True)`; a new one while that one is busy) and without
    waiting for the probes before: the store counts as away once no probe has been
    answered for `deadline` seconds, whatever the driver's own timeouts (a refused probe
    counts it away at once), and its return is seen at the next probe.
    One probe slowed by a busy machine does not count the store away while the probes after
    it are answered (a start taken for an outage goes to the journal, and a retry of a call
    the store already holds would be held as a second call). Nor does a pause of the monitor's
    own, longer than the deadline (a loaded machine deschedules the process, or the interpreter
    runs a replay's batch): the probes were held up as well, so silence counts from its end.

    `available` is read by /readyz and by writers (which then go straight to the journal);
    `on_answer` runs after probes the store answered: the journal replays what it holds from
    there. `sweep` (cutting connections held past their deadline) runs every `interval`.

    The monitor's own thread waits on nothing: a monitor blocked elsewhere would leave the
    flag saying "available" and stop the sweep, the one thing that frees work stuck on a
    black-holed store. So `on_answer`, which takes the journal's lock (held by a replay that
    may itself be waiting on the store), runs on a thread of its own, and each probe runs on a
    daemon thread: one stuck in a driver call is left behind (a few at most), and never joined
    when the process exits.

    Until the store has answered once, silence counts as away only after `first_grace`
    seconds (a refusal still counts at once): the first probe of a starting service shares the
    interpreter with the start-up's own work (outlines loading, the first requests) and took
    longer than `deadline` to be answered, so a restarted service held calls — a client's
    retry of a start the store already had among them — that it could have stored.

    `stop` ends the probing; the sweep goes on for `linger` seconds more, so that a request
    or replay still waiting on a dead store while the service shuts down is cut loose, instead
    of keeping the interpreter from exiting.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        interval: float = 0.1,
        deadline: float = 0.7,
        on_answer: Callable[[], None] | None = None,
        sweep: Callable[[], int] | None = None,
        linger: float = 15.0,
        first_grace: float = 5.0,
    ) -> None:
        self._engine = engine
        self._interval = interval
        self._deadline = deadline
        self._on_answer = on_answer
        self._sweep = sweep
        self._linger = linger
        self._available = True
        self._last_answer = time.monotonic()
        self._first_grace = first_grace
        # Silence counts from here: the first answer, or the end of the grace if sooner.
        self._judged_from = time.monotonic()
        # When this monitor last looked, and since when it has looked without a pause longer
        # than the deadline: silence across a pause of its own (the process descheduled, the
        # interpreter busy elsewhere) is not the store's, whose probes were held up too.
        self._looked_at = self._awake_since = time.monotonic()
        self._sweep_waited = False
        self._stop = threading.Event()
        self._answered = threading.Event()
        self._in_flight = 0
        self._guard = threading.Lock()

    @property
    def available(self) -> bool:
        return self._available

    def report_success(self) -> None:
        """A writer's commit was taken: the store answered, whatever the probes say. Under
        load a probe's few steps wait their turn for the interpreter behind every request's
        work and may pass the deadline while the store answers every write; without this,
        a busy service would count its store away and hold calls it could have stored."""
        self._last_answer = max(self._last_answer, time.monotonic())

    def report_failure(self) -> None:
        """A writer found the store away before the probe did."""
        self._set(False)

    def start(self) -> None:
        self._last_answer = time.monotonic()
        self._judged_from = self._last_answer + self._first_grace
        self._looked_at = self._awake_since = self._last_answer
        threading.Thread(target=self._watch, name="store-monitor", daemon=True).start()
        if self._on_answer is not None:
            threading.Thread(target=self._answer, name="store-answered", daemon=True).start()

    def stop(self) -> None:
        """Stop probing at once; neither waits for a stuck hook nor for the lingering sweep."""
        with self._guard:
            self._stop.set()
        self._answered.set()

    def check_once(self) -> bool:
        """Probe now, wait for the answer up to the deadline, and record it."""
        done = self._launch()
        answered = done is not None and done.wait(self._deadline) and done.answered
        if not answered:
            self._set(False)
        return answered

    def _watch(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                now = time.monotonic()
                paused = now - self._looked_at > self._deadline
                if paused:
                    # Held up past the deadline itself: silence counts again from now.
                    self._awake_since = now
                # After such a pause the sweep waits one tick, so that waits whose answers
                # came during it are ended by the threads that waited, not cut as the store's;
                # never two ticks running, or a machine that stays that loaded would never cut.
                if paused and not self._sweep_waited:
                    self._sweep_waited = True
                else:
                    self._sweep_waited = False
                    if self._sweep is not None and self._sweep():
                        self._set(False)
                self._launch()
                self._looked_at = now
                silent = now - max(self._last_answer, self._awake_since) > self._deadline
                if silent and now > self._judged_from:
                    self._set(False)
            except Exception:  # the monitor outlives any one probe
                log.warning("store probe failed unexpectedly", exc_info=True)
        if self._sweep is None:
            return
        until = time.monotonic() + self._linger
        while time.monotonic() < until:
            with contextlib.suppress(Exception):  # shutting down: nothing left to tell
                self._sweep()
            time.sleep(self._interval)

    def _answer(self) -> None:
        assert self._on_answer is not None
        while True:
            self._answered.wait()
            if self._stop.is_set():
                return
            self._answered.clear()
            try:
                self._on_answer()
            except Exception:
                log.warning("acting on the store's answer failed", exc_info=True)

    def _launch(self) -> _Probe | None:
        """Start one probe on its own thread, unless too many are still stuck."""
        with self._guard:
            if self._in_flight >= MAX_PROBES:
                return None
            self._in_flight += 1
        probe = _Probe()
        threading.Thread(target=self._ask, args=(probe,), name="store-probe", daemon=True).start()
        return probe

    def _ask(self, probe: _Probe) -> None:
        started = time.monotonic()
        try:
            try:
                self._select_one()
            except Exception:
                # The service's probe engine keeps one connection between probes (a new one
                # ten times a second cost each worker a millisecond of CPU each time, and
                # PostgreSQL a backend started and ended): one the store dropped since (a
                # restart) fails once and is replaced, which is no outage. Asked again at once.
                self._select_one()
        except Exception:
            # Refused, not slow: away now, unless a later probe has been answered since.
            if self._last_answer < started:
                self._set(False)
        else:
            probe.answered = True
            self._last_answer = time.monotonic()
            self._judged_from = min(self._judged_from, self._last_answer)
            self._set(True)
            self._answered.set()
        finally:
            with self._guard:
                self._in_flight -= 1
            probe.set()

    def _select_one(self) -> None:
        connection = self._engine.connect()
        try:
            connection.execute(SELECT_ONE)
            # Ended here, where a hung store's wait is cut by the sweep: handing the connection
            # back below then asks nothing of the store.
            connection.rollback()
        except BaseException:
            connection.close()
            raise
        with self._guard:
            # A probe that ends after `stop` closes its connection: the engine is disposed of
            # once the monitor stops, and one handed back to a disposed pool is never closed.
            if self._stop.is_set():
                connection.invalidate()
            connection.close()

    def _set(self, available: bool) -> None:
        was, self._available = self._available, available
        if was and not available:
            log.warning("the store does not answer; calls are held in the local journal")
        elif available and not was:
            log.info("the store answers again")


class _Probe(threading.Event):
    """Set when the probe ended; `answered` says whether the store answered it."""

    answered = False

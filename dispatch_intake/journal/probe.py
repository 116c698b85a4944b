"""Whether the store answers, known without asking it on each request: a background probe."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from sqlalchemy import Engine, text

log = logging.getLogger("dispatch_intake.store")
MAX_PROBES = 4


class StoreMonitor:
    """Asks the store `SELECT 1` every `interval` seconds on a fresh connection; a probe that
    has not answered within `deadline` seconds counts as the store being away, whatever the
    driver's own timeouts, so a black-holed network is noticed as fast as a refused one.

    `available` is read by /readyz and by writers (which then go straight to the journal);
    `on_answer` runs (in the monitor's thread) after every probe the store answered: the
    journal replays what it holds from there.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        interval: float = 0.1,
        deadline: float = 0.7,
        on_answer: Callable[[], None] | None = None,
        sweep: Callable[[], int] | None = None,
    ) -> None:
        self._engine = engine
        self._interval = interval
        self._deadline = deadline
        self._on_answer = on_answer
        self._sweep = sweep
        self._available = True
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # A probe stuck on a dead network (until the driver's own timeout) does not delay the
        # next one, which sees the store's return at once; a few at most are in flight.
        self._probes = ThreadPoolExecutor(max_workers=MAX_PROBES, thread_name_prefix="store-probe")
        self._in_flight = 0
        self._guard = threading.Lock()

    @property
    def available(self) -> bool:
        return self._available

    def report_failure(self) -> None:
        """A writer found the store away before the probe did."""
        self._set(False)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._watch, name="store-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._probes.shutdown(wait=False, cancel_futures=True)

    def check_once(self) -> bool:
        """Probe now and record the answer (start-up and tests)."""
        with self._guard:
            stuck = self._in_flight >= MAX_PROBES
            if not stuck:
                self._in_flight += 1
        if stuck:
            self._set(False)
            return False
        probe: Future[None] = self._probes.submit(self._probe)
        try:
            probe.result(timeout=self._deadline)
        except FutureTimeout:
            answered = False
        except Exception:
            answered = False
        else:
            answered = True
        self._set(answered)
        if answered and self._on_answer is not None:
            self._on_answer()
        return answered

    def _watch(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                if self._sweep is not None and self._sweep():
                    self._set(False)
                self.check_once()
            except Exception:  # the monitor outlives any one probe
                log.warning("store probe failed unexpectedly", exc_info=True)

    def _probe(self) -> None:
        try:
            with self._engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        finally:
            with self._guard:
                self._in_flight -= 1

    def _set(self, available: bool) -> None:
        was, self._available = self._available, available
        if was and not available:
            log.warning("the store does not answer; calls are held in the local journal")
        elif available and not was:
            log.info("the store answers again")

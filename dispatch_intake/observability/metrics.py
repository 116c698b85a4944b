"""Prometheus metrics of one service instance (its own registry, so several apps can coexist)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from dispatch_intake.states import CallStatus

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
CONFIRM_BUCKETS = (10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1200)


class IntakeMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "dispatch_intake_requests",
            "HTTP requests by route template, method and status.",
            ("route", "method", "status"),
            registry=self.registry,
        )
        self.latency = Histogram(
            "dispatch_intake_request_seconds",
            "HTTP request latency by route template and method.",
            ("route", "method"),
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.calls = Gauge(
            "dispatch_intake_calls",
            "Stored call records by status.",
            ("status",),
            registry=self.registry,
        )
        self.calls_started = Counter(
            "dispatch_intake_calls_started",
            "Call records created.",
            registry=self.registry,
        )
        self.calls_held = Counter(
            "dispatch_intake_calls_held",
            "Calls the store could not take in time, held in the local journal.",
            registry=self.registry,
        )
        self.actions_held = Counter(
            "dispatch_intake_actions_held",
            "Follow-ups applied to calls held in the local journal.",
            registry=self.registry,
        )
        self.calls_replayed = Counter(
            "dispatch_intake_calls_replayed",
            "Held calls copied from the local journal into the store.",
            registry=self.registry,
        )
        self.held_pending = Gauge(
            "dispatch_intake_calls_held_pending",
            "Calls in the local journal not yet in the store.",
            registry=self.registry,
        )
        self.time_to_confirmed = Histogram(
            "dispatch_intake_time_to_confirmed_location_seconds",
            "From a call's first request to its confirmed location.",
            buckets=CONFIRM_BUCKETS,
            registry=self.registry,
        )

    def set_calls_by_status(self, counts: dict[str, int]) -> None:
        for status in CallStatus:
            self.calls.labels(status=status).set(counts.get(status, 0))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)

"""Log lines never carry a caller number, in either format, even inside a traceback."""

from __future__ import annotations

import io
import logging

import pytest

from dispatch_intake.observability.logging import configure_logging

from .factories import CALLER_NUMBER


@pytest.mark.parametrize("json_lines", [True, False])
def test_an_exception_quoting_a_number_is_logged_masked(
    json_lines: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        configure_logging(json_lines=json_lines)
        try:
            raise ValueError(f"caller {CALLER_NUMBER} could not be parsed")
        except ValueError:
            logging.getLogger("dispatch_intake.test").exception("call %s failed", CALLER_NUMBER)
    finally:
        root.handlers[:], root.level = saved
    written = stream.getvalue()
    assert "could not be parsed" in written and "ValueError" in written
    assert CALLER_NUMBER not in written
    assert "138****8000" in written

"""JSON log lines, with anything that looks like a phone number masked before it is written."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from dispatch_intake.auth.service import mask_numbers_in_text


class MaskNumbersFilter(logging.Filter):
    """Last line of defence: the service never logs caller data, and this masks it if it does."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_numbers_in_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class MaskedTextFormatter(logging.Formatter):
    """Plain lines; a traceback can quote caller data (an exception's message), so it is
    masked like the message."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 — logging's own name
        return mask_numbers_in_text(super().formatException(ei))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("route", "method", "status", "duration_ms", "call_id", "role"):
            if hasattr(record, key):
                line[key] = getattr(record, key)
        if record.exc_info:
            line["error"] = mask_numbers_in_text(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


def configure_logging(*, json_lines: bool = True, level: int = logging.INFO) -> None:
    """One stderr handler on the root logger, JSON formatted, masking numbers."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else MaskedTextFormatter())
    handler.addFilter(MaskNumbersFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True

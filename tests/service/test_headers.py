"""Security headers on every answer, and the small holes of paths and methods closed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .factories import auth

STATIC = Path(__file__).resolve().parents[2] / "dispatch_intake" / "console" / "static"


@pytest.mark.parametrize("path", ["/console", "/console/static/js/app.js", "/v1/me", "/healthz"])
def test_every_answer_carries_the_security_headers(client: Any, path: str) -> None:
    answer = client.get(path, headers=auth())
    assert answer.status_code == 200
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Referrer-Policy"] == "no-referrer"
    policy = answer.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy


def test_errors_carry_them_too(client: Any) -> None:
    answer = client.get("/v1/calls/nope", headers=auth())
    assert answer.status_code == 404
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in answer.headers["Content-Security-Policy"]


def test_the_console_page_has_no_inline_script_or_style() -> None:
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", page))
    assert "<style" not in page and not re.search(r"\son[a-z]+\s*=", page)
    assert " style=" not in page


@pytest.mark.parametrize(
    "path",
    [
        "/console/static/js%00.js",
        "/console/static/%00",
        "/console/static/" + "a" * 5000,
        "/console/static/" + "/".join(["b" * 250] * 30),
        "/console/static/../../app.py",
        "/console/static/%2e%2e/%2e%2e/app.py",
    ],
)
def test_odd_console_asset_paths_are_404_never_500(client: Any, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/v1/calls", {"GET", "POST"}),
        ("DELETE", "/v1/me", {"GET"}),
        ("GET", "/v1/sessions", {"POST"}),
        ("POST", "/console", {"GET"}),
    ],
)
def test_405_says_what_is_allowed(client: Any, method: str, path: str, allowed: set[str]) -> None:
    answer = client.request(method, path, headers=auth())
    assert answer.status_code == 405
    assert answer.json()["error"]["code"] == "method_not_allowed"
    assert {m.strip() for m in answer.headers["Allow"].split(",")} >= allowed

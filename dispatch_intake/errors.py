"""Domain errors, mapped to HTTP answers in one place (`install_error_handlers`).

IntakeError                 (500, never raised for anything a client sent)
├── InvalidBody             400  the body is not JSON, not an object, or lacks a needed field
├── NotAuthenticated        401  no credential or an unknown one
│   └── BadCredentials      401  a sign-in with a wrong staff id or password
├── Forbidden               403  the credential's role may not do this
├── NotFound                404  an unknown record id
├── StateConflict           409  the record's state forbids the action
├── BodyTooLarge            413  the body is over the configured size limit
├── TooManyAttempts         429  repeated failed sign-ins; Retry-After says when to try again
└── StoreUnavailable        503  the store is away and the call is not held locally

SettingsError               the service cannot start; the message says what to change
"""

from __future__ import annotations

import logging
from typing import ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dispatch_intake.auth.masking import mask_numbers_in_text

log = logging.getLogger("dispatch_intake.errors")


class SettingsError(Exception):
    """The configuration is unusable; raised at start-up, never while serving."""


class IntakeError(Exception):
    status_code: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidBody(IntakeError):
    status_code = 400
    code = "invalid_body"


class NotAuthenticated(IntakeError):
    status_code = 401
    code = "not_authenticated"


class BadCredentials(NotAuthenticated):
    code = "bad_credentials"


class Forbidden(IntakeError):
    status_code = 403
    code = "forbidden"


class NotFound(IntakeError):
    status_code = 404
    code = "not_found"


class StateConflict(IntakeError):
    status_code = 409
    code = "state_conflict"


class BodyTooLarge(IntakeError):
    status_code = 413
    code = "body_too_large"


class TooManyAttempts(IntakeError):
    status_code = 429
    code = "too_many_attempts"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class StoreUnavailable(IntakeError):
    status_code = 503
    code = "store_unavailable"


_HTTP_CODES = {
    400: "invalid_body",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "state_conflict",
    413: "body_too_large",
}


def error_response(
    status_code: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    headers = dict(headers or {})
    if status_code == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(
        {"error": {"code": code, "message": message}}, status_code=status_code, headers=headers
    )


def _shown(request: Request, message: str) -> str:
    """An error message quotes what the client sent: numbers in it are masked unless the
    credential may see them (one masking rule for every render)."""
    if getattr(request.state, "sees_numbers", False):
        return message
    return mask_numbers_in_text(message)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route of this path answers (the router names only the first route's)."""
    routes = request.app.router.routes
    allowed = []
    for method in _METHODS:
        probe = {**request.scope, "method": method}
        if any(route.matches(probe)[0] == Match.FULL for route in routes):
            allowed.append(method)
    return allowed


class AnswerEveryError:
    """Answers an unexpected error itself instead of letting it reach the server, which would
    drop the client's keep-alive connection (and with it the next, good request); a store
    that cannot answer in time is 503, anything else 500, both logged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_and_note(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        except Exception as exc:
            if started:
                raise
            from dispatch_intake.db import store_unavailable

            if store_unavailable(exc):
                log.warning(
                    "the store did not answer %s %s in time", scope["method"], scope["path"]
                )
                response = error_response(
                    503, "store_unavailable", "the store does not answer; retry shortly"
                )
                response.headers["Retry-After"] = "1"
            else:
                log.exception("unexpected error on %s %s", scope["method"], scope["path"])
                response = error_response(
                    500, "internal_error", "the service failed; the request was logged for review"
                )
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Every error reaches the client as `{"error": {"code", "message"}}`."""

    async def on_intake_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, IntakeError)
        headers = None
        if isinstance(exc, TooManyAttempts):
            headers = {"Retry-After": str(exc.retry_after)}
        elif exc.status_code == 503:
            headers = {"Retry-After": "1"}
        return error_response(exc.status_code, exc.code, _shown(request, exc.message), headers)

    async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return error_response(exc.status_code, code, _shown(request, str(exc.detail)), headers)

    async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in exc.errors()
        )
        message = _shown(request, f"the request is malformed: {problems}")
        return error_response(400, "invalid_request", message)

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(
            500, "internal_error", "the service failed; the request was logged for review"
        )

    app.add_middleware(AnswerEveryError)
    app.add_exception_handler(IntakeError, on_intake_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(Exception, on_unexpected)

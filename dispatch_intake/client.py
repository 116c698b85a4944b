"""A typed client for the intake API (contract v1), used by replay, `take-call` and scripts.

Every call method returns the record as the contract's model (`calls.contract.CallRecord`,
which keeps fields it does not know) and raises `IntakeError` on an error answer, or on an
answer that is not a record; `send` gives the raw `httpx.Response` to callers that judge the
status themselves (replay).

>>> client = IntakeClient("http://127.0.0.1:8000", token="secret")  # doctest: +SKIP
>>> record = client.start_call(psap="zhengzhou-120", location_text="河南大学")  # doctest: +SKIP
>>> record.prompt.kind  # doctest: +SKIP
<PromptKind.CHOOSE: 'choose'>
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import httpx
from pydantic import TypeAdapter, ValidationError

from dispatch_intake.calls.contract import CallRecord, Resolution

__all__ = ["CallRecord", "IntakeClient", "IntakeError", "IntakeUnreachable", "Resolution"]

JSONObject = dict[str, Any]
T = TypeVar("T")
_RECORD = TypeAdapter(CallRecord)
_RECORDS = TypeAdapter(list[CallRecord])
_RESOLUTION = TypeAdapter(Resolution)


class IntakeError(Exception):
    """An error answer from the service: HTTP status plus the contract's `{code, message}`."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message

    @classmethod
    def from_response(cls, response: httpx.Response) -> IntakeError:
        code, message = "http_error", response.reason_phrase or "error"
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            error = body["error"]
            code = str(error.get("code", code))
            message = str(error.get("message", message))
        elif isinstance(body, dict) and "detail" in body:
            message = str(body["detail"])
        elif response.text:
            message = response.text[:200]
        return cls(response.status_code, code, message)


class IntakeUnreachable(IntakeError):
    """The service could not be reached at all (refused connection, timeout, bad URL)."""

    def __init__(self, message: str) -> None:
        super().__init__(0, "unreachable", message)


class IntakeClient:
    """Synchronous client; pass `http` (for example a `starlette.testclient.TestClient`) to talk
    to an in-process app, or `transport` to plug in any sync httpx transport."""

    def __init__(
        self,
        base_url: str = "",
        token: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        http: httpx.Client | None = None,
        timeout: float = 10.0,
    ) -> None:
        self.token = token
        self._owns_http = http is None
        if http is None:
            http = httpx.Client(base_url=base_url, transport=transport, timeout=timeout)
        self.http = http

    def with_token(self, token: str | None) -> IntakeClient:
        """The same connection, speaking with another credential (another role)."""
        other = IntakeClient(token=token, http=self.http)
        other._owns_http = False
        return other

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Raw access -----------------------------------------------------------------------------

    def send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request with this client's credential; `headers` may override it."""
        merged: dict[str, str] = {}
        if self.token is not None:
            merged["Authorization"] = f"Bearer {self.token}"
        for name, value in (headers or {}).items():
            for existing in [key for key in merged if key.lower() == name.lower()]:
                del merged[existing]
            merged[name] = value
        kwargs: dict[str, Any] = {"headers": merged}
        if params is not None:
            kwargs["params"] = {k: v for k, v in params.items() if v is not None}
        if json is not None:
            kwargs["json"] = json
        try:
            return self.http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise IntakeUnreachable(f"{type(exc).__name__}: {exc}") from exc

    def _json(self, response: httpx.Response) -> Any:
        if response.status_code >= 400:
            raise IntakeError.from_response(response)
        try:
            return response.json()
        except ValueError as exc:
            raise IntakeError(
                response.status_code, "bad_response", "the service answered with no JSON"
            ) from exc

    def _record(self, response: httpx.Response) -> CallRecord:
        return _shaped(_RECORD, self._json(response), response.status_code)

    # Calls ----------------------------------------------------------------------------------

    def start_call(
        self,
        *,
        psap: str | None = None,
        location_text: str | None = None,
        complaint_text: str | None = None,
        caller_number: str | None = None,
        caller_position: Mapping[str, Any] | None = None,
        received_at: str | None = None,
        idempotency_key: str | None = None,
        **extra: Any,
    ) -> CallRecord:
        body: JSONObject = {
            "psap": psap,
            "location_text": location_text,
            "complaint_text": complaint_text,
            "caller_number": caller_number,
            "caller_position": dict(caller_position) if caller_position else None,
            "received_at": received_at,
            **extra,
        }
        body = {key: value for key, value in body.items() if value is not None}
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        return self._record(self.send("POST", "/v1/calls", json=body, headers=headers))

    def get_call(self, call_id: str) -> CallRecord:
        return self._record(self.send("GET", f"/v1/calls/{call_id}"))

    def list_calls(self, *, status: str | None = None) -> list[CallRecord]:
        body = self._json(self.send("GET", "/v1/calls", params={"status": status}))
        return _shaped(_RECORDS, body, 200)

    def add_location(
        self, call_id: str, text: str, *, caller_position: Mapping[str, Any] | None = None
    ) -> CallRecord:
        body: JSONObject = {"text": text}
        if caller_position:
            body["caller_position"] = dict(caller_position)
        return self._record(self.send("POST", f"/v1/calls/{call_id}/location", json=body))

    def confirm(
        self, call_id: str, *, option: str | None = None, place_id: str | None = None
    ) -> CallRecord:
        if (option is None) == (place_id is None):
            raise ValueError("confirm takes exactly one of option or place_id")
        body = {"option": option} if option is not None else {"place_id": place_id}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/confirm", json=body))

    def dispatch(self, call_id: str, *, unit: str | None = None) -> CallRecord:
        body = {"unit": unit} if unit else {}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/dispatch", json=body))

    def transfer(self, call_id: str, *, to_psap: str, reason: str = "") -> CallRecord:
        body = {"to_psap": to_psap, "reason": reason}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/transfer", json=body))

    def escalate(self, call_id: str, *, reason: str = "") -> CallRecord:
        body = {"reason": reason}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/escalate", json=body))

    def alert(
        self,
        call_id: str,
        *,
        to_psap: str | None = None,
        place_id: str | None = None,
        reason: str = "",
    ) -> CallRecord:
        """Record that another centre was told of this call (by default the one recommended)."""
        given = {"to_psap": to_psap, "place_id": place_id, "reason": reason}
        body = {key: value for key, value in given.items() if value}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/alert", json=body))

    def add_note(self, call_id: str, text: str) -> CallRecord:
        body = {"text": text}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/notes", json=body))

    def add_complaint(self, call_id: str, text: str) -> CallRecord:
        """What the caller says about the patient; the service triages it again."""
        body = {"text": text}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/complaint", json=body))

    def set_priority(self, call_id: str, *, priority: str, reason: str = "") -> CallRecord:
        body = {"priority": priority, "reason": reason}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/priority", json=body))

    def close_call(self, call_id: str, *, reason: str = "") -> CallRecord:
        body = {"reason": reason}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/close", json=body))

    def answer(self, call_id: str, *, question: str, answer: str) -> CallRecord:
        """Answer the script question `next_question` put to the call-taker."""
        body = {"question": question, "answer": answer}
        return self._record(self.send("POST", f"/v1/calls/{call_id}/answers", json=body))

    # Other endpoints ------------------------------------------------------------------------

    def resolve(
        self,
        q: str,
        *,
        psap: str | None = None,
        lat: float | None = None,
        lon: float | None = None,
        radius_m: float | None = None,
    ) -> Resolution:
        params = {"q": q, "psap": psap, "lat": lat, "lon": lon, "radius_m": radius_m}
        return _shaped(_RESOLUTION, self._json(self.send("GET", "/v1/resolve", params=params)), 200)

    def healthz(self) -> bool:
        return self.send("GET", "/healthz").status_code == 200


def _shaped(shape: TypeAdapter[T], body: Any, status: int) -> T:
    """The answer as the contract's model, or `bad_response` naming the first misfit."""
    try:
        return shape.validate_python(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        raise IntakeError(status, "bad_response", f"{where}: {first['msg']}") from None

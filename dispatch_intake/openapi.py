"""The published OpenAPI document: the contract's error answers instead of FastAPI's 422."""

from __future__ import annotations

import json
import sys
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from dispatch_intake.calls.contract import ErrorAnswer

ERRORS = {
    "400": "The body is not JSON or not a JSON object, or a follow-up lacks a needed field",
    "401": "No credential, or an unknown one",
    "403": "The credential's role may not do this",
    "404": "No record with this id",
    "409": "The record's state forbids this action",
    "413": "The body is over the size limit",
}


def install_contract_openapi(app: FastAPI) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        document = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = document.setdefault("components", {}).setdefault("schemas", {})
        error = ErrorAnswer.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(error.pop("$defs", {}))
        components["ErrorAnswer"] = error
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        error_ref = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorAnswer"}}}
        for path, operations in document.get("paths", {}).items():
            for operation in operations.values():
                components.update(operation.pop("x-schema-definitions", {}))
                responses = operation.setdefault("responses", {})
                responses.pop("422", None)
                if path.startswith("/v1/"):
                    for status, description in ERRORS.items():
                        responses.setdefault(
                            status, {"description": description, "content": error_ref}
                        )
        app.openapi_schema = document
        return document

    app.openapi = build  # type: ignore[method-assign]


def current_document() -> dict[str, Any]:
    """The document a fresh service publishes (on a throw-away store)."""
    import tempfile
    from pathlib import Path

    from dispatch_intake.app import create_app
    from dispatch_intake.settings import load_settings

    with tempfile.TemporaryDirectory(prefix="dispatch-intake-openapi-") as tmp:
        settings = load_settings(
            var_dir=Path(tmp),
            database_url=f"sqlite:///{Path(tmp) / 'intake.db'}",
            tokens="auditor:unused",
            # A throw-away service that answers no request: its token's strength is moot.
            allow_weak_tokens=True,
        )
        app = create_app(settings)
        try:
            return app.openapi()
        finally:
            app.state.engine.dispose()


def snapshot_text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    # `make openapi-snapshot`: the frozen copy that tests/service/test_openapi.py checks.
    sys.stdout.write(snapshot_text(current_document()))

"""The published OpenAPI document: the contract's error answers instead of FastAPI's 422."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}
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
        components["Error"] = ERROR_SCHEMA
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        error_ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
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

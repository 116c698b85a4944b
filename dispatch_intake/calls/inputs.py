"""Request bodies read leniently against their own models (`calls/contract.py`): each field is
validated alone, with its model's annotation; one that fails is dropped and becomes a warning
that names it, one clipped on the way is kept with a warning, and unknown fields make one
warning however many they are. Only a body that lacks what its action needs is refused (400,
with the model's `asks`). A field added to a model is read with no change here.

A reader needs nothing but the body and the text limit, so a route reads before it takes the
write gate, and a service function works on the model's typed values only.

>>> given = read_body(
...     contract.LocationBody,
...     {"text": "河南大学", "caller_position": {"lat": 999, "lon": 113.6}, "colour": 1},
...     max_text_chars=500,
... )
>>> given.text, given.caller_position
('河南大学', None)
>>> [w["field"] for w in given.warnings]
['colour', 'caller_position']
"""

from __future__ import annotations

import functools
import types
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from dispatch_intake.calls import contract
from dispatch_intake.calls.lenient import Leniency, Warning_, json_type, make_warning
from dispatch_intake.errors import InvalidBody

__all__ = ["InputReader", "Warnings", "read_body", "reader"]

Warnings = tuple[Warning_, ...]
BodyT = TypeVar("BodyT", bound=contract.Body)
InputT_co = TypeVar("InputT_co", covariant=True)
UNKNOWN_NAMES_SHOWN = 5
# What a value should have been, by pydantic's error type, said to a person.
_EXPECTED = {
    "string_type": "text",
    "float_type": "a number",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "model_type": "an object",
    "dict_type": "an object",
    "list_type": "a list",
}


class InputReader(Protocol[InputT_co]):
    """Reads a JSON object into a route's typed input; bad fields become warnings."""

    def __call__(self, body: dict[str, Any], *, max_text_chars: int) -> InputT_co: ...


@dataclass(slots=True)
class _Read:
    """A JSON object read against a model's fields."""

    values: dict[str, Any] = field(default_factory=dict)
    # (field, message): what was dropped or changed.
    problems: list[tuple[str, str]] = field(default_factory=list)
    required_missing: bool = False
    unknown: list[str] = field(default_factory=list)


def read_body(model: type[BodyT], body: dict[str, Any], *, max_text_chars: int) -> BodyT:
    """`body` as `model`, with warnings for what was set aside; 400 if what is left will not do
    for the action."""
    read = _read_fields(model, body, Leniency(max_text_chars))
    if read.required_missing:
        raise InvalidBody(model.asks)
    given = model.model_construct(**read.values)
    if given.lacks_what_it_needs():
        raise InvalidBody(model.asks)
    warnings = [*_unknown_warnings(read.unknown)]
    warnings += [make_warning(name, message) for name, message in read.problems]
    given._warnings = tuple(warnings)
    return given


def reader(model: type[BodyT]) -> InputReader[BodyT]:
    """A route's reader of `model` (`deps.BodyInput`)."""

    def read(body: dict[str, Any], *, max_text_chars: int) -> BodyT:
        return read_body(model, body, max_text_chars=max_text_chars)

    return read


@dataclass(frozen=True, slots=True)
class _Field:
    """How one field of a model is read."""

    name: str
    required: bool
    adapter: TypeAdapter[Any]
    # The model the field holds, read as leniently as the body.
    nested: type[BaseModel] | None


@functools.cache
def _fields(model: type[BaseModel]) -> tuple[_Field, ...]:
    """Worked out once per model: validators are costly to build, cheap to run."""
    return tuple(
        _Field(
            name,
            info.is_required(),
            TypeAdapter(info.rebuild_annotation()),
            _model_in(info.annotation),
        )
        for name, info in model.model_fields.items()
    )


def _read_fields(
    model: type[BaseModel], body: dict[str, Any], leniency: Leniency, within: str | None = None
) -> _Read:
    """The fields of `body` that `model` can keep. Within an object (`within`), a required
    field that is missing or invalid drops the object with a warning; in a body, the action
    is refused instead."""
    fields = _fields(model)
    known = {f.name for f in fields}
    read = _Read(unknown=[key for key in body if key not in known])
    for field_ in fields:
        name = field_.name
        dropped = f"{within} ignored" if within and field_.required else "ignored"
        if name not in body:
            if field_.required:
                read.required_missing = True
                read.problems.append((name, f"missing; {dropped}"))
            continue
        raw = body[name]
        if field_.nested is not None and isinstance(raw, dict):
            value = _read_nested(field_.nested, raw, name, leniency, read)
            if value is not None:
                read.values[name] = value
        else:
            _read_value(field_, raw, leniency, dropped, read)
    return read


def _read_value(field_: _Field, raw: Any, leniency: Leniency, dropped: str, read: _Read) -> None:
    """One field's value, kept if it validates (with what was changed on the way)."""
    leniency.notes = []
    try:
        read.values[field_.name] = field_.adapter.validate_python(raw, context=leniency)
    except ValidationError as exc:
        read.problems.append((field_.name, f"{_why(exc)}; {dropped}"))
        read.required_missing |= field_.required
        return
    read.problems += [(field_.name, note) for note in leniency.notes]


def _read_nested(
    model: type[BaseModel], raw: dict[str, Any], name: str, leniency: Leniency, outer: _Read
) -> BaseModel | None:
    """An object inside a body, read as leniently as the body; its problems are the outer
    field's, and without what it requires the whole object is dropped."""
    read = _read_fields(model, raw, leniency, within=name)
    problems = [f"{inner}: {message}" for inner, message in read.problems]
    if read.unknown:
        shown = ", ".join(key[:40] for key in read.unknown[:UNKNOWN_NAMES_SHOWN])
        fields = "field" if len(read.unknown) == 1 else "fields"
        problems.append(f"{len(read.unknown)} unknown {fields} ignored: {shown}")
    outer.problems += [(name, message) for message in problems]
    return None if read.required_missing else model.model_construct(**read.values)


def _unknown_warnings(unknown: list[str]) -> list[Warning_]:
    """One warning for all unknown fields, however many: a record never grows with them."""
    if len(unknown) == 1:
        return [make_warning(unknown[0], "unknown field, ignored")]
    if not unknown:
        return []
    shown = ", ".join(key[:40] for key in unknown[:UNKNOWN_NAMES_SHOWN])
    more = (
        f" and {len(unknown) - UNKNOWN_NAMES_SHOWN} more"
        if len(unknown) > UNKNOWN_NAMES_SHOWN
        else ""
    )
    return [make_warning("body", f"{len(unknown)} unknown fields ignored: {shown}{more}")]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds (`X` or `X | None`), if it holds one."""
    if get_origin(annotation) in (Union, types.UnionType):
        found = [_model_in(arg) for arg in get_args(annotation) if arg is not type(None)]
        return found[0] if len(found) == 1 else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _why(error: ValidationError) -> str:
    """Why a value was not kept, said to a person."""
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    if first["type"] == "lenient":
        message = first["msg"]
    elif first["type"] in _EXPECTED:
        message = f"expected {_EXPECTED[first['type']]}, got {json_type(first['input'])}"
    else:
        message = first["msg"][:1].lower() + first["msg"][1:]
    return f"{where}: {message}" if where else message

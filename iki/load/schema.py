"""JSON Schema validation, turned into diagnostics that a planning officer can act on.

jsonschema's own messages describe the schema ("is not valid under any of the given schemas"); a
reviewer needs the field, what was expected, and a way to fix it. Each schema property carries an
Indonesian `description`, which becomes the hint: the same help VS Code shows on hover.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Iterator, Mapping
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from iki.diagnostics import Diagnostic, JsonPath, Severity
from iki.messages import Either, Said, say, text
from iki.printable import visible

if TYPE_CHECKING:  # jsonschema is imported when a document fails the fast check, not before
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from iki.load.fastschema import Check, UnsupportedSchemaError, compile_schema


class SchemaName(StrEnum):
    CONFIG = "iki"
    POSITION = "position"
    REALISATION = "realisasi"
    RENSTRA = "renstra"


def schema_text(name: SchemaName) -> str:
    """The schema file as shipped in the package (the same files as the repository's schemas/)."""
    return (resources.files("iki.schemas") / f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def schema(name: SchemaName) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(schema_text(name))
    return loaded


@cache
def validator(name: SchemaName) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(name))


def _type_name(kind: str) -> str:
    key = f"type.{kind}"
    return text(key) if key in _TYPES else kind


_TYPES = frozenset(f"type.{k}" for k in ("string", "integer", "number", "boolean", "null"))
_TYPES |= {"type.object", "type.array"}


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return text("type.bool_value")
    if isinstance(value, (int, float)):
        return text("type.number")
    if isinstance(value, str):
        return text("type.string")
    if isinstance(value, list):
        return text("type.list")
    return text("type.mapping")


def _expected(subschema: Mapping[str, Any]) -> list[str]:
    """Human names of the shapes a subschema accepts."""
    if "$ref" in subschema:
        ref = subschema["$ref"]
        return [text("type.id") if ref.endswith("/id") else _ref_name(ref)]
    if "enum" in subschema:
        return [" | ".join(str(v) for v in subschema["enum"])]
    for key in ("oneOf", "anyOf"):
        if key in subschema:
            return [name for branch in subschema[key] for name in _expected(branch)]
    kind = subschema.get("type")
    if isinstance(kind, list):
        return [_type_name(str(k)) for k in kind]
    if kind == "object" and "required" in subschema:
        return ["{" + ", ".join(subschema["required"]) + "}"]
    if kind == "object" and "properties" in subschema:
        return ["{" + ", ".join(subschema["properties"]) + "}"]
    if isinstance(kind, str):
        return [_type_name(kind)]
    return []


def _ref_name(ref: str) -> str:
    names = {"angka": "type.number", "rujukan": "type.reference", "target": "type.target"}
    last = ref.rsplit("/", 1)[-1]
    return text(names[last]) if last in names else last


def _described(subschema: Mapping[str, Any]) -> str:
    description = subschema.get("description")
    return f" — {description}" if description else ""


def _hint(error: ValidationError, root: Mapping[str, Any]) -> str:
    """The description of the deepest schema on the error's path that has one.

    The path runs through `$ref`s, so each local reference is followed: a property such as
    `agregasi` is described where it is used, not in the shared definition it points to.
    """
    node: Any = root
    found = ""
    for step in [*error.absolute_schema_path, None]:
        # jsonschema's path leaves out the `$ref` hops: follow them until the step is there.
        while isinstance(node, Mapping):
            if isinstance(node.get("description"), str):
                found = node["description"]
            if step in node or "$ref" not in node:
                break
            node = _resolve(root, node["$ref"])
        if step is None:
            break
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    return found


def _resolve(root: Mapping[str, Any], ref: str) -> Any:
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node.get(part, {}) if isinstance(node, Mapping) else {}
    return node


def _field(path: JsonPath) -> str:
    """The key a finding is about, without the row it stands in (the place line gives the row):
    `target.2025`, `sumber_data`; a whole row is `baris 3`, the whole file `dokumen`."""
    rest = path
    if len(rest) >= 2 and rest[0] == "kinerja" and isinstance(rest[1], int):
        if len(rest) == 2:
            return text("place.row_no_id", row=str(rest[1] + 1))
        rest = rest[2:]
    elif len(rest) >= 2 and rest[0] == "realisasi":
        rest = rest[2:] if len(rest) > 2 else rest
    if not rest:
        return text("word.document")
    return ".".join(str(p + 1) if isinstance(p, int) else p for p in rest)


@cache
def fast_check(name: SchemaName) -> Check | None:
    try:
        return compile_schema(schema(name))
    except UnsupportedSchemaError:
        return None


def diagnostics(name: SchemaName, data: Any, file: str) -> Iterator[Diagnostic]:
    """Every schema violation in `data`, each at the path of the offending key or value.

    Valid documents, nearly all of them, are recognised by the compiled fast check; jsonschema
    runs only on the others, to explain what is wrong.
    """
    check = fast_check(name)
    if check is not None and check(data):
        return
    for error in validator(name).iter_errors(data):
        yield from _translate(error, file, schema(name))


def _diag(file: str, path: JsonPath, said: Said, severity: Severity) -> Diagnostic:
    return Diagnostic.of(file, severity, said, path)


def _translate(error: ValidationError, file: str, root: Mapping[str, Any]) -> Iterator[Diagnostic]:
    path: JsonPath = tuple(error.absolute_path)
    kind = error.validator
    error_schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    where = _field(path)
    if kind == "required":
        missing = [key for key in error.validator_value if key not in (error.instance or {})]
        for key in missing:
            props = error_schema.get("properties", {})
            described = _described(props.get(key, {}))
            said = (
                say("S002.in", key=key, field=where, described=described)
                if path
                else say("S002", key=key, described=described)
            )
            yield _diag(file, path, said, Severity.ERROR)
        return
    if kind == "additionalProperties" and isinstance(error.instance, Mapping):
        allowed = list(error_schema.get("properties", {}))
        for key in sorted(error.instance):
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            advice = (
                say("hint.did_you_mean", options=Either(close))
                if close
                else None
                if allowed
                else text("word.remove_it")
            )
            options = tuple(allowed)
            said = (
                say("S003.in", advice, key=visible(key), field=where, allowed=options)
                if path
                else say("S003", advice, key=visible(key), allowed=options)
            )
            yield _diag(file, (*path, key), said, Severity.ERROR)
        return
    if "propertyNames" in error.absolute_schema_path:
        # jsonschema checks a key as an instance of its own, reported at its mapping's path:
        # point at the key itself, whose line is the one to fix.
        bad = str(error.instance)
        said = say("S005.key", _hint(error, root), key=bad, field=where)
        yield _diag(file, (*path, bad), said, Severity.ERROR)
        return
    if kind == "pattern":
        said = say("S005.pattern", _hint(error, root), field=where, found=repr(error.instance))
        yield _diag(file, path, said, Severity.ERROR)
        return
    if kind == "type":
        yield _wrong_type(error, file, path, where, _hint(error, root))
        return
    if kind == "enum":
        choices = [str(v) for v in error.validator_value]
        close = difflib.get_close_matches(str(error.instance), choices, n=1, cutoff=0.5)
        advice = say("hint.did_you_mean", options=Either(close)) if close else _hint(error, root)
        said = say("S004", advice, field=where, options=tuple(choices), found=repr(error.instance))
        yield _diag(file, path, said, Severity.ERROR)
        return
    if kind in ("oneOf", "anyOf"):
        yield from _alternatives(error, file, path, where, root)
        return
    if kind in ("maxLength", "maxItems"):
        # jsonschema's message repeats the whole value: a 21-band scale fills the screen.
        unit = text("word.characters") if kind == "maxLength" else text("word.items")
        said = say(
            "S005.too_long",
            _hint(error, root),
            field=where,
            count=len(error.instance),
            unit=unit,
            limit=error.validator_value,
        )
        yield _diag(file, path, said, Severity.ERROR)
        return
    found = repr(error.instance) if not isinstance(error.instance, dict | list) else "…"
    said = say("S005", _hint(error, root), field=where, found=found, rule=str(error.validator))
    yield _diag(file, path, said, Severity.ERROR)


def _alternatives(
    error: ValidationError, file: str, path: JsonPath, where: str, root: Mapping[str, Any]
) -> Iterator[Diagnostic]:
    """Explain a value that fits none of several shapes.

    When the value has the type of one of the shapes (a mapping where a range or quarterly
    target is expected), the problem inside that shape is the useful one; otherwise the value has
    the wrong type altogether, and the message lists the shapes that would do.
    """
    from jsonschema.exceptions import best_match

    # A type error at the value itself only says the value is not that branch's shape; one
    # deeper inside (a field of the mapping) is a real problem of the branch that fits.
    same_type = [
        e for e in error.context or () if e.validator != "type" or len(e.relative_path) > 0
    ]
    if same_type:
        closest = _closest_branch(error, same_type, root)
        if closest:
            for branch_error in closest:
                yield from _translate(branch_error, file, root)
            return
        best = best_match(same_type)
        if best is not None:
            yield from _translate(best, file, root)
            return
    error_schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    hint = _hint(error, root) or str(error_schema.get("description", ""))
    yield _wrong_type(error, file, path, where, hint)


def _closest_branch(
    error: ValidationError, errors: list[ValidationError], root: Mapping[str, Any]
) -> list[ValidationError]:
    """For a mapping, the errors of the shape whose keys it uses most: `{min: 5, maks: lima}`
    is a range with a bad bound, not a quarterly target with two unknown keys."""
    if not isinstance(error.instance, Mapping) or not isinstance(error.validator_value, list):
        return []
    keys = set(error.instance)
    overlap: dict[int, int] = {}
    for index, branch in enumerate(error.validator_value):
        resolved = _resolve(root, branch["$ref"]) if "$ref" in branch else branch
        properties = resolved.get("properties", {}) if isinstance(resolved, Mapping) else {}
        overlap[index] = len(keys & set(properties))
    best = max(overlap.values(), default=0)
    winners = [index for index, count in overlap.items() if count == best]
    if best == 0 or len(winners) != 1:
        return []
    return [e for e in errors if e.relative_schema_path and e.relative_schema_path[0] == winners[0]]


def _wrong_type(
    error: ValidationError, file: str, path: JsonPath, where: str, hint: str
) -> Diagnostic:
    """S001: the value is not of any shape the schema accepts here; the message names them."""
    error_schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    if isinstance(error.instance, str) and _wants_number(error_schema):
        return _diag(file, path, _number_text(where, error.instance, hint), Severity.ERROR)
    expected = text("word.or").join(_expected(error_schema))
    said = say("S001", hint, field=where, expected=expected, found=_type_of(error.instance))
    return _diag(file, path, said, Severity.ERROR)


def _wants_number(subschema: Mapping[str, Any]) -> bool:
    return text("type.number") in _expected(subschema)


# ASCII digits only, as in iki.numbers: YAML reads "١ ٥٠٠" (Arabic-Indic digits) as text, and
# parse_number refuses it, so no advice may name the number it would be.
_EXPONENT = re.compile(r"[+-]?\d+(?:\.\d+)?[eE][+-]?\d+", re.ASCII)
"""1e3 or 2.5E4: an exponent, which YAML 1.1 reads as text."""

_SPACE_GROUPS = re.compile(r"[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?", re.ASCII)
"""1 500 or 1 500 000,5: a number grouped by spaces, which YAML and iki read as text."""


def _number_text(where: str, value: str, hint: str) -> Said:
    """S001 for a number written as text, with the advice that fits its form: `92,5`,
    `1.500.000`, `85%`, `24 kelompok` (the office writes numbers so; YAML does not)."""
    from iki.numbers import NumberError, format_plain, parse_number

    stripped = value.strip()
    try:
        number = parse_number(stripped)
    except NumberError as exc:
        if stripped.endswith("%"):
            try:
                plain = format_plain(parse_number(stripped[:-1]))
                return say("S001.percent_text", field=where, text=value, plain=plain)
            except NumberError:
                pass
        if _EXPONENT.fullmatch(stripped) and math.isfinite(float(stripped)):
            # 1e3: text to YAML 1.1 (this loader), 1000 to YAML 1.2 editors; say which number.
            plain = format_plain(float(stripped))
            return say("S001.number_text", field=where, text=value, plain=plain)
        if _SPACE_GROUPS.fullmatch(stripped):
            # 1 500: thousands grouped by spaces (as Excel shows them in some locales), not
            # the number 1 with the unit '500'.
            plain = format_plain(parse_number(re.sub(r"\s", "", stripped)))
            return say("S001.space_groups", field=where, text=value, plain=plain)
        head, _, unit = stripped.partition(" ")
        if unit.strip() and not unit.strip()[0].isdigit():
            try:
                plain = format_plain(parse_number(head))
                return say(
                    "S001.unit_text", field=where, text=value, plain=plain, unit=unit.strip()
                )
            except NumberError:
                pass
        if len(exc.readings) > 1:
            readings = text("word.or").join(format_plain(r) for r in exc.readings)
            return say("S001.ambiguous_text", field=where, text=value, readings=readings)
        expected = text("type.number")
        return say("S001", hint, field=where, expected=expected, found=_type_of(value))
    return say("S001.number_text", field=where, text=value, plain=format_plain(number))

"""JSON Schema validation, turned into diagnostics that a planning officer can act on.

jsonschema's own messages describe the schema ("is not valid under any of the given schemas"); a
reviewer needs the field, what was expected, and a way to fix it. Each schema property carries an
Indonesian `description`, which becomes the hint: the same help VS Code shows on hover.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from iki.diagnostics import Diagnostic, JsonPath, Severity, format_path

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


_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null (empty)",
    "object": "a mapping (key: value)",
    "array": "a list (- item)",
}


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def _expected(subschema: Mapping[str, Any]) -> list[str]:
    """Human names of the shapes a subschema accepts."""
    if "$ref" in subschema:
        return ["an id" if subschema["$ref"].endswith("/id") else _ref_name(subschema["$ref"])]
    if "enum" in subschema:
        return [" | ".join(str(v) for v in subschema["enum"])]
    for key in ("oneOf", "anyOf"):
        if key in subschema:
            return [name for branch in subschema[key] for name in _expected(branch)]
    kind = subschema.get("type")
    if isinstance(kind, list):
        return [_TYPE_NAMES.get(str(k), str(k)) for k in kind]
    if kind == "object" and "required" in subschema:
        return ["{" + ", ".join(subschema["required"]) + "}"]
    if kind == "object" and "properties" in subschema:
        return ["{" + ", ".join(subschema["properties"]) + "}"]
    if isinstance(kind, str):
        return [_TYPE_NAMES.get(kind, kind)]
    return []


def _ref_name(ref: str) -> str:
    names = {"angka": "a number", "rujukan": "<position>/<indicator>", "target": "a target"}
    return names.get(ref.rsplit("/", 1)[-1], ref.rsplit("/", 1)[-1])


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
    """`kinerja[0].target.2025`: the place a reviewer looks for, without the leading `$.`."""
    return format_path(path).removeprefix("$").removeprefix(".") or "the document"


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


def _diag(
    file: str, path: JsonPath, code: str, message: str, hint: str, severity: Severity
) -> Diagnostic:
    return Diagnostic(file, 0, 0, code, severity, message, hint, path)


def _translate(error: ValidationError, file: str, root: Mapping[str, Any]) -> Iterator[Diagnostic]:
    path: JsonPath = tuple(error.absolute_path)
    kind = error.validator
    error_schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    where = _field(path)
    if kind == "required":
        missing = [key for key in error.validator_value if key not in (error.instance or {})]
        for key in missing:
            props = error_schema.get("properties", {})
            yield _diag(
                file,
                path,
                "S002",
                f"missing required field '{key}'" + (f" in '{where}'" if path else ""),
                f"add '{key}: …'" + _described(props.get(key, {})),
                Severity.ERROR,
            )
        return
    if kind == "additionalProperties" and isinstance(error.instance, Mapping):
        allowed = list(error_schema.get("properties", {}))
        for key in sorted(error.instance):
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            message = f"unknown key '{key}'" + (f" in '{where}'" if path else "")
            hint = (
                f"did you mean '{close[0]}'?"
                if close
                else "allowed keys: " + ", ".join(allowed)
                if allowed
                else "remove it"
            )
            yield _diag(file, (*path, key), "S003", message, hint, Severity.ERROR)
        return
    if "propertyNames" in error.absolute_schema_path:
        # jsonschema checks a key as an instance of its own, reported at its mapping's path:
        # point at the key itself, whose line is the one to fix.
        bad = str(error.instance)
        yield _diag(
            file,
            (*path, bad),
            "S005",
            f"'{bad}' is not allowed as a key in '{where}'",
            _hint(error, root),
            Severity.ERROR,
        )
        return
    if kind == "pattern":
        yield _diag(
            file,
            path,
            "S005",
            f"'{where}': {error.instance!r} is not in the expected form",
            _hint(error, root),
            Severity.ERROR,
        )
        return
    if kind == "type":
        yield _wrong_type(error, file, path, where, _hint(error, root))
        return
    if kind == "enum":
        options = [str(v) for v in error.validator_value]
        close = difflib.get_close_matches(str(error.instance), options, n=1, cutoff=0.5)
        yield _diag(
            file,
            path,
            "S004",
            f"'{where}' must be one of {', '.join(options)}; found {error.instance!r}",
            f"did you mean '{close[0]}'?" if close else _hint(error, root),
            Severity.ERROR,
        )
        return
    if kind in ("oneOf", "anyOf"):
        yield from _alternatives(error, file, path, where, root)
        return
    if kind in ("maxLength", "maxItems"):
        # jsonschema's message repeats the whole value: a 21-band scale fills the screen.
        unit = "karakter" if kind == "maxLength" else "butir"
        yield _diag(
            file,
            path,
            "S005",
            f"'{where}' terlalu panjang: {len(error.instance)} {unit}, "
            f"paling banyak {error.validator_value}",
            _hint(error, root),
            Severity.ERROR,
        )
        return
    yield _diag(
        file,
        path,
        "S005",
        f"'{where}': {error.message}",
        _hint(error, root),
        Severity.ERROR,
    )


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
    expected = " or ".join(_expected(error_schema))
    message = f"'{where}' must be {expected}, not {_type_of(error.instance)}"
    return _diag(file, path, "S001", message, hint, Severity.ERROR)

"""A yes/no JSON Schema check, compiled once into Python closures, for the fast path.

`iki validate` runs on every pull request, over thousands of files of which nearly all are valid.
jsonschema explains errors well but takes milliseconds per document; this module answers only
"valid or not" for the keywords our schemas use, about ten times faster. A document it rejects
is then handed to jsonschema, whose errors become the diagnostics, so messages never depend on
this module. A schema using any keyword not listed here is refused at compile time
(`UnsupportedSchema`), and the caller uses jsonschema alone: a new keyword can never be ignored
silently. `tests/test_fastschema.py` checks that both agree on generated documents.

No code is generated or executed: each subschema becomes a closure over already-compiled
children.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "default", "$defs", "examples"})


class UnsupportedSchemaError(Exception):
    """The schema uses a keyword this compiler does not implement."""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "number": _is_number,
    "integer": lambda v: _is_number(v) and float(v).is_integer(),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _json_equal(a: Any, b: Any) -> bool:
    """Equality as JSON means it: true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


class _Compiler:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return lambda _: True
        if schema is False:
            return lambda _: False
        if not isinstance(schema, Mapping):
            raise UnsupportedSchemaError(f"not a schema: {schema!r}")
        checks = [self._keyword(key, value, schema) for key, value in schema.items()]
        active = [c for c in checks if c is not None]
        if not active:
            return lambda _: True
        if len(active) == 1:
            return active[0]
        return lambda v: all(check(v) for check in active)

    def _ref(self, ref: str) -> Check:
        if ref not in self.refs:
            if not ref.startswith("#/"):
                raise UnsupportedSchemaError(f"only local references are supported: {ref}")
            # A placeholder breaks cycles: the real check is filled in once compiled.
            box: list[Check] = []
            self.refs[ref] = lambda v: box[0](v)
            node: Any = self.root
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            box.append(self.compile(node))
        return self.refs[ref]

    def _keyword(self, key: str, value: Any, schema: Mapping[str, Any]) -> Check | None:
        if key in ANNOTATIONS:
            return None
        if key == "$ref":
            return self._ref(value)
        if key == "type":
            names = value if isinstance(value, list) else [value]
            tests = [_TYPES[name] for name in names]
            return lambda v: any(test(v) for test in tests)
        if key == "enum":
            options = list(value)
            return lambda v: any(_json_equal(v, option) for option in options)
        if key == "const":
            return lambda v: _json_equal(v, value)
        if key in ("oneOf", "anyOf", "allOf"):
            branches = [self.compile(branch) for branch in value]
            if key == "oneOf":
                return lambda v: sum(1 for b in branches if b(v)) == 1
            if key == "anyOf":
                return lambda v: any(b(v) for b in branches)
            return lambda v: all(b(v) for b in branches)
        if key == "properties":
            props = {name: self.compile(sub) for name, sub in value.items()}
            return lambda v: (
                not isinstance(v, dict)
                or all(check(v[name]) for name, check in props.items() if name in v)
            )
        if key == "additionalProperties":
            known = set(schema.get("properties", {}))
            patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
            extra = self.compile(value)
            return lambda v: (
                not isinstance(v, dict)
                or all(
                    extra(item)
                    for name, item in v.items()
                    if name not in known and not any(p.search(name) for p in patterns)
                )
            )
        if key == "patternProperties":
            compiled = [(re.compile(p), self.compile(sub)) for p, sub in value.items()]
            return lambda v: (
                not isinstance(v, dict)
                or all(
                    check(item)
                    for name, item in v.items()
                    for pattern, check in compiled
                    if pattern.search(name)
                )
            )
        if key == "propertyNames":
            valid_name = self.compile(value)
            return lambda v: not isinstance(v, dict) or all(valid_name(name) for name in v)
        if key == "required":
            needed = list(value)
            return lambda v: not isinstance(v, dict) or all(name in v for name in needed)
        if key == "items":
            item = self.compile(value)
            return lambda v: not isinstance(v, list) or all(item(x) for x in v)
        if key == "pattern":
            regex = re.compile(value)
            return lambda v: not isinstance(v, str) or regex.search(v) is not None
        bounds: dict[str, Callable[[Any], bool]] = {
            "minLength": lambda v: not isinstance(v, str) or len(v) >= value,
            "maxLength": lambda v: not isinstance(v, str) or len(v) <= value,
            "minItems": lambda v: not isinstance(v, list) or len(v) >= value,
            "maxItems": lambda v: not isinstance(v, list) or len(v) <= value,
            "minProperties": lambda v: not isinstance(v, dict) or len(v) >= value,
            "maxProperties": lambda v: not isinstance(v, dict) or len(v) <= value,
            "minimum": lambda v: not _is_number(v) or v >= value,
            "maximum": lambda v: not _is_number(v) or v <= value,
            "exclusiveMinimum": lambda v: not _is_number(v) or v > value,
            "exclusiveMaximum": lambda v: not _is_number(v) or v < value,
        }
        if key in bounds:
            return bounds[key]
        raise UnsupportedSchemaError(f"keyword not supported by the fast path: {key}")


def compile_schema(schema: Mapping[str, Any]) -> Check:
    """A function telling whether a document is valid; raises UnsupportedSchemaError."""
    return _Compiler(schema).compile(schema)

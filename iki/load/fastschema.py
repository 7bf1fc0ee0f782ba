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
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
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


_OBJECT_KEYWORDS = frozenset(
    {
        "properties",
        "additionalProperties",
        "patternProperties",
        "propertyNames",
        "required",
        "minProperties",
        "maxProperties",
    }
)


def _all(checks: list[Check]) -> Check:
    if not checks:
        return lambda _: True
    if len(checks) == 1:
        return checks[0]

    def check(value: Any) -> bool:
        # A plain loop: measurably faster than all() over a generator on this hot path.
        for one in checks:  # noqa: SIM110
            if not one(value):
                return False
        return True

    return check


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
        checks = [
            check
            for key, value in schema.items()
            if key not in _OBJECT_KEYWORDS and (check := self._keyword(key, value)) is not None
        ]
        if _OBJECT_KEYWORDS & schema.keys():
            checks.append(self._object(schema))
        return _all(checks)

    def _ref(self, ref: str) -> Check:
        if ref not in self.refs:
            if not ref.startswith("#/"):
                raise UnsupportedSchemaError(f"only local references are supported: {ref}")
            # A placeholder breaks cycles; once compiled, later references get the real check.
            box: list[Check] = []
            self.refs[ref] = lambda v: box[0](v)
            node: Any = self.root
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            box.append(self.compile(node))
            self.refs[ref] = box[0]
        return self.refs[ref]

    def _object(self, schema: Mapping[str, Any]) -> Check:
        """Every object keyword of one schema in one pass over the mapping."""
        props = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        patterns = [
            (re.compile(p), self.compile(sub))
            for p, sub in schema.get("patternProperties", {}).items()
        ]
        extra = (
            self.compile(schema["additionalProperties"])
            if "additionalProperties" in schema
            else None
        )
        valid_name = self.compile(schema["propertyNames"]) if "propertyNames" in schema else None
        required = tuple(schema.get("required", ()))
        fewest = schema.get("minProperties", 0)
        most = schema.get("maxProperties")

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            if len(value) < fewest or (most is not None and len(value) > most):
                return False
            for name in required:
                if name not in value:
                    return False
            for name, item in value.items():
                if valid_name is not None and not valid_name(name):
                    return False
                known = props.get(name)
                matched = known is not None
                if known is not None and not known(item):
                    return False
                for pattern, pattern_check in patterns:
                    if pattern.search(name):
                        matched = True
                        if not pattern_check(item):
                            return False
                if not matched and extra is not None and not extra(item):
                    return False
            return True

        return check

    def _keyword(self, key: str, value: Any) -> Check | None:
        if key in ANNOTATIONS:
            return None
        if key == "$ref":
            return self._ref(value)
        if key == "type":
            names = value if isinstance(value, list) else [value]
            tests = [_TYPES[name] for name in names]
            if len(tests) == 1:
                return tests[0]
            return lambda v: any(test(v) for test in tests)
        if key == "enum":
            options = list(value)
            if all(isinstance(option, str) for option in options):
                strings = frozenset(options)
                return lambda v: isinstance(v, str) and v in strings
            return lambda v: any(_json_equal(v, option) for option in options)
        if key == "const":
            return lambda v: _json_equal(v, value)
        if key in ("oneOf", "anyOf", "allOf"):
            branches = [self.compile(branch) for branch in value]
            if key == "oneOf":
                return _exactly_one(branches)
            if key == "anyOf":
                return lambda v: any(b(v) for b in branches)
            return _all(branches)
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
            "minimum": lambda v: not _is_number(v) or v >= value,
            "maximum": lambda v: not _is_number(v) or v <= value,
            "exclusiveMinimum": lambda v: not _is_number(v) or v > value,
            "exclusiveMaximum": lambda v: not _is_number(v) or v < value,
        }
        if key in bounds:
            return bounds[key]
        raise UnsupportedSchemaError(f"keyword not supported by the fast path: {key}")


def _exactly_one(branches: list[Check]) -> Check:
    def check(value: Any) -> bool:
        found = False
        for branch in branches:
            if branch(value):
                if found:
                    return False
                found = True
        return found

    return check


def compile_schema(schema: Mapping[str, Any]) -> Check:
    """A function telling whether a document is valid; raises UnsupportedSchemaError."""
    return _Compiler(schema).compile(schema)

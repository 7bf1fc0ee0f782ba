"""The fast yes/no schema check agrees with jsonschema, on our schemas and on edge cases."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

from iki.load.fastschema import UnsupportedSchemaError, compile_schema
from iki.load.schema import SchemaName, fast_check, schema, validator
from tests.fuzzing import fuzz, fuzz_settings
from tests.test_fuzz import json_like, mutated_positions


def test_every_shipped_schema_compiles() -> None:
    for name in SchemaName:
        if (schema_file := _exists(name)) is not None:
            assert fast_check(name) is not None, schema_file


def _exists(name: SchemaName) -> str | None:
    try:
        schema(name)
    except FileNotFoundError:
        return None
    return name.value


@fuzz
@fuzz_settings(500)
@given(doc=mutated_positions())
def test_agrees_with_jsonschema_on_nearly_valid_positions(doc: Any) -> None:
    import json

    data = json.loads(json.dumps(doc, default=str))  # the loader's JSON shapes: string keys
    check = fast_check(SchemaName.POSITION)
    assert check is not None
    assert check(data) == validator(SchemaName.POSITION).is_valid(data)


@fuzz
@fuzz_settings(300)
@given(doc=json_like)
def test_agrees_with_jsonschema_on_arbitrary_documents(doc: Any) -> None:
    import json

    data = json.loads(json.dumps(doc, default=str))
    for name in (SchemaName.POSITION, SchemaName.CONFIG):
        check = fast_check(name)
        assert check is not None
        assert check(data) == validator(name).is_valid(data)


@pytest.mark.parametrize(
    ("subschema", "value"),
    [
        ({"type": "integer"}, 1.0),
        ({"type": "integer"}, True),
        ({"type": "number"}, False),
        ({"enum": [1]}, True),
        ({"enum": ["a"]}, "a"),
        ({"const": [1, True]}, [1, 1]),
        ({"minimum": 3}, "text"),
        ({"pattern": "^a"}, "ba"),
        ({"pattern": "a"}, "ba"),
        ({"oneOf": [{"type": "number"}, {"type": "integer"}]}, 1),
        ({"propertyNames": {"pattern": "^[0-9]{4}$"}}, {"2025": 1, "x": 2}),
        ({"additionalProperties": False, "patternProperties": {"^x": {}}}, {"xa": 1}),
    ],
)
def test_edge_cases_match_jsonschema(subschema: dict[str, Any], value: Any) -> None:
    assert compile_schema(subschema)(value) == Draft202012Validator(subschema).is_valid(value)


def test_unknown_keywords_are_refused_not_ignored() -> None:
    with pytest.raises(UnsupportedSchemaError):
        compile_schema({"type": "object", "dependentRequired": {"a": ["b"]}})

"""The schemas explain themselves: VS Code shows each property's Indonesian title and
description on hover, so every property must have both."""

from __future__ import annotations

import pytest

from iki.load.schema import SchemaName, schema
from tests.test_realisation_schema import _properties


@pytest.mark.parametrize("name", [SchemaName.POSITION, SchemaName.CONFIG])
def test_every_property_has_a_title_and_a_description(name: SchemaName) -> None:
    found = list(_properties(schema(name)))
    assert len(found) >= 6
    missing = [
        where for where, prop in found if not (prop.get("title") and prop.get("description"))
    ]
    assert missing == []


@pytest.mark.parametrize("name", list(SchemaName))
def test_schemas_are_draft_2020_12(name: SchemaName) -> None:
    assert schema(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"

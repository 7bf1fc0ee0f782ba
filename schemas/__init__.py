"""The JSON Schemas, shipped inside the package as `iki.schemas` (see pyproject.toml)."""

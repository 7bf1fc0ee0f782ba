"""Load: files → checked data. The first stage of the pipeline.

Finds the project (`project`), reads YAML safely from libyaml's event stream (`yamlio`), checks
each document against its JSON Schema (`fastschema` for the common valid case, `schema` to
explain the invalid ones), and builds the resolved model of the office (`workspace`). `snapshot`
and `gitio` read the same files from the working tree or from a git revision, for `iki diff`.

May import: the shared vocabulary only (`iki.model`, `iki.diagnostics`, `iki.errors`,
`iki.formula`). Nothing here knows of checks, computations, rendering or the command line.
"""

"""Compute: answers derived from the checked model.

`achievement` (capaian and predikat, with `ikm` for the survey index), `pohon` (the tree of
positions and indicators as a view), `diff` (what a change between two revisions does) and
`export` (the resolved model as plain data).

May import: `iki.check`, `iki.load` and the shared vocabulary. Nothing here writes files or
knows of the terminal.
"""

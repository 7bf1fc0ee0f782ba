"""Check: findings over the loaded model. What `iki validate` reports beyond reading and schema.

`validate` holds the registry of checks, `references` the ids and references within and between
files, `cascade` the tree of positions and how indicators cascade through it, `realisations`
the realisation files, and `rules/` the quality rules (one module per rule).

May import: `iki.load` and the shared vocabulary. A check returns diagnostics; it never prints,
computes capaian or renders.
"""

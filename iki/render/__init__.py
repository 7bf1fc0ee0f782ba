"""Render: results → text for people and scripts. The last stage before the command line.

Each formatter turns one kind of result into one output format and returns a string: plain text,
JSON and GitHub annotations for findings (`text`, `json_report`, `github`, `formats`), the
achievement table (`achievement`, `console`), the pohon kinerja (`pohon_*`, `svg`), the diff
(`diff_*`), the outcome of `record`, `import` and `xlsx import`, the IKI forms and office report
(`reports` over the Jinja templates, with `labels` and `markdown`), and Excel workbooks (`xlsx`,
which returns bytes).

May import: every core layer (`iki.edit`, `iki.compute`, `iki.check`, `iki.load`) and the shared
vocabulary; never `iki.cli`.
"""

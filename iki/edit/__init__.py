"""Edit: the commands that write the office's files.

`record` enters realisations (its `record` function is the one write path), changing only the
text of the values recorded through `splice`; `importing` turns an IKI document (read by
`form_text` or `form_docx`, with `hierarchy` inferring each `atasan`) into position files;
`scaffold` writes a new office's project (`iki init`); `target` sets a year's target in a
position file; `sheet` is the Excel workbook's layout and `xlsx_import` reads a filled-in
workbook back; `outputs` writes report files, never over one iki did not write; `atomic`
writes a file so that a reader never sees half of it, locks a folder, and refuses targets that
must not be written.

May import: `iki.compute`, `iki.check`, `iki.load` and the shared vocabulary. Results are
returned as data; `iki.render` words them for people.
"""

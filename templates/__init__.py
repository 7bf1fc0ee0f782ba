"""The Jinja report templates, shipped inside the package as `iki.templates`."""

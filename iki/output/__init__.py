"""Formatters: each renders a result as one output format and returns a string."""

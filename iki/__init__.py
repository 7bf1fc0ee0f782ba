"""iki: Indikator Kinerja Individu as plain, reviewed, versioned YAML files."""

from __future__ import annotations

__version__ = "0.1.0"

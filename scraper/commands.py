"""Sub-commands beyond extract/fixtures; each registers itself with the CLI."""

from __future__ import annotations

"""unit tests (marker: unit)."""

"""services tests (marker: services)."""

"""e2e tests (marker: e2e)."""

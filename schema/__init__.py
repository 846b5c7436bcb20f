"""The published JSON Schema of the records (``*.schema.json`` beside this file)."""

"""Item pipelines: normalize, validate, deduplicate, write, report: one job each."""

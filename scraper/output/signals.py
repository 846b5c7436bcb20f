"""Signals the pipelines send, for components that act on what happened to a record."""

# sent by the writer once a record's line is on disk: (record, item) — record as
# written, item with the crawl's internal keys (_fetched_url, _requested_url, …)
record_written = object()
# sent by the validator when a record went to rejects: (record, item, reasons)
record_rejected = object()

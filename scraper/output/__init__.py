"""scraper/output."""

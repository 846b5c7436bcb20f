"""scraper/extract."""

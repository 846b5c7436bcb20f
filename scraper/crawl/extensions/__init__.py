"""scraper/crawl/extensions."""

"""scraper/crawl/distributed."""

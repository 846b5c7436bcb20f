"""scraper/crawl."""

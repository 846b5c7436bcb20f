"""scraper/crawl/middlewares."""

"""scraper/devsite."""

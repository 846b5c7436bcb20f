"""scraper/cli."""

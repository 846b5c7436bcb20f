"""osce-scraper: extraction of www.osce.org pages into structured records."""

__version__ = "0.1.0"

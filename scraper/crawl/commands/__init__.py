"""The project's Scrapy commands (``COMMANDS_MODULE``): ``scrapy crawl`` with the exit
statuses of :mod:`scraper.exitcodes`."""

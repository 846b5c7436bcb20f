"""Page objects: one per page type, built from a :class:`~scraper.extract.document.Document`.

They know nothing of Scrapy; a test, the command line, a spider callback and the
WARC re-extraction all call them the same way.
"""

from scraper.extract.pages.listing import ListingPage
from scraper.extract.pages.navigation import NavigationPage
from scraper.extract.pages.news import NewsPage

__all__ = ["ListingPage", "NavigationPage", "NewsPage"]

"""Spiders: which URLs to request next, and which page object reads each response."""

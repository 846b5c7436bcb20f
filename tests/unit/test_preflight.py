"""What ``osce-scraper crawl`` checks before it starts Scrapy."""

from __future__ import annotations

import pytest

from scraper.crawl.preflight import check, spider_arguments
from scraper.devsite.server import RunningSite
from scraper.devsite.services import free_port
from scraper.exitcodes import Exit


def test_spider_arguments_are_read_among_other_scrapy_options() -> None:
    args = ["-a", "since=2024-01-01", "-s", "A=B", "-O", "out.jsonl", "-amode=full",
            "-a", "start_url=http://x/?a=1"]
    assert spider_arguments(args) == {"since": "2024-01-01", "mode": "full",
                                      "start_url": "http://x/?a=1"}


def test_an_argument_without_a_value_is_refused() -> None:
    with pytest.raises(ValueError, match="NAME=VALUE"):
        spider_arguments(["-a", "since"])


def test_an_unknown_spider_is_a_usage_error() -> None:
    problem = check("sports", [])
    assert problem is not None
    assert problem.status == Exit.USAGE
    assert "unknown spider 'sports'" in problem.message


def test_a_reachable_site_with_good_arguments_passes(local_site: RunningSite) -> None:
    assert check("news", ["-a", f"start_url={local_site.url}/press-releases",
                          "-a", "since=2024-01-01"]) is None
    assert check("navigation", ["-a", f"start_url={local_site.url}/"]) is None


def test_an_unreachable_site_names_the_offline_copy() -> None:
    problem = check("navigation", ["-a", f"start_url=http://127.0.0.1:{free_port()}/"],
                    timeout=2)
    assert problem is not None
    assert problem.status == Exit.NOTHING_FETCHED
    assert "make demo" in problem.message

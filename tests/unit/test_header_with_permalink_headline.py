"""A header box whose headline links to the page's own address (a permalink) is the
item's header, not the site's: a site header's heading links home.  The type label set
in it above the headline is the item's type."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/uk/project-coordinator-in-ukraine/828801"
_PAGE = """<html lang="uk"><head><title>Журналісти пройшли тренінг</title></head><body>
<div id="header"><a href="/uk/">Логотип</a></div>
<div class="wrapper"><div id="left">
<div class="question-header">
<span class="badge">Новина</span>
<h1><a href="{href}">Журналісти пройшли у Львові тренінг з безпеки</a></h1>
</div>
<div class="post-body">
<p>Тридцять два журналісти з восьми областей України завершили у Львові триденний
тренінг з фізичної та цифрової безпеки, організований в межах проекту.</p>
<p>Навчання тривало з 12 по 14 березня 2019 року; тренери приділили особливу увагу
роботі на мітингах, під час агітаційних заходів і на виборчих дільницях.</p>
</div></div></div></body></html>"""


def _record(href: str) -> dict:
    return extract(_PAGE.format(href=href).encode(), _URL).records[0]


def test_a_headline_linking_to_its_own_page_heads_the_item() -> None:
    record = _record("/uk/project-coordinator-in-ukraine/828801")
    assert record["content_type"] == "Новина"
    assert record["title"] == "Журналісти пройшли у Львові тренінг з безпеки"


def test_a_headline_linking_home_leaves_the_header_the_sites() -> None:
    assert _record("/uk/")["content_type"] is None

"""An attachment's title is the link's text; file facts the link shows as a badge of
their own at its end (``<span class="file-meta">PDF · 184 KB</span>``, TYPO3's file
list) are no part of it, while facts written in brackets stay, as the link says them."""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

_PAGE = ("<!DOCTYPE html><html lang='uk'><head><meta charset='utf-8'>"
         "<title>Моніторинг виборів у громадах | ОБСЄ</title></head><body><main><article>"
         "<h1>Моніторинг виборів у громадах: підсумки року</h1>"
         "<p>КИЇВ, 14 лютого 2024 р. – Проєкт ОБСЄ представив звіт про моніторинг місцевих "
         "виборів у двадцяти громадах країни.</p>"
         "<p>Звіт містить рекомендації для органів місцевого самоврядування та виборчих "
         "комісій щодо прозорості процесу.</p>"
         "<div class='news-related-files'><h4>Файли</h4><ul><li>"
         "<a href='/files/f/documents/a/b/571234.pdf'>{link}</a></li></ul></div>"
         "</article></main></body></html>")


@pytest.mark.parametrize(("link", "title"), [
    (("<span class='file-title'>Звіт про моніторинг</span> "
     "<span class='file-meta'>PDF · 184 KB</span>"), "Звіт про моніторинг"),
    (("<span>Звіт про моніторинг</span> <small>PDF</small> <small>1,2 MB</small>"
     "<i class='icon-download'></i>"), "Звіт про моніторинг"),
    # in brackets the facts are written into the link's words: they stay
    ("Звіт про моніторинг<span class='meta'> (PDF, 184 KB)</span>",
     "Звіт про моніторинг (PDF, 184 KB)"),
    ("Звіт про моніторинг (PDF, 184 KB)", "Звіт про моніторинг (PDF, 184 KB)"),
    # a link that is nothing but the facts keeps them: they are all it says
    ("<span>PDF · 184 KB</span>", "PDF · 184 KB"),
], ids=["badge", "badges-and-icon", "bracketed-span", "bracketed-text", "facts-only"])
def test_file_facts_badge_is_no_part_of_the_title(link: str, title: str) -> None:
    page = _PAGE.replace("{link}", link)
    record = extract(page.encode(), "https://www.osce.org/uk/project/561234").records[0]
    assert record["attachments"] == [
        {"url": "https://www.osce.org/files/f/documents/a/b/571234.pdf", "title": title}]

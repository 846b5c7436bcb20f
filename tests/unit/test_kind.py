"""What page this is, decided from the page itself: pages chosen because they mislead,
and small pages for each rule (every fixture's kind: tests/unit/test_fixtures.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper.devsite.fixtures import FIXTURES_DIR, Fixture, all_fixtures
from scraper.extract.document import Document
from scraper.extract.kind import Verdict, classify, mismatch

FIXTURES = all_fixtures()
# pages chosen because they mislead at a glance (a listing opening on a featured
# article, a short item above a long "Latest news" list, a sitemap): fixtures/kind/
TRICKY = sorted((FIXTURES_DIR / "kind").glob("*.json"))


def _doc(fx: Fixture) -> Document:
    return Document.from_bytes(fx.html_path.read_bytes(), fx.meta["url"], fx.meta.get("headers"))


# every fixture's kind is checked with its fields (tests/unit/test_fixtures.py, subtest
# "page kind"), on the page objects its extraction made; here, the pages that mislead


@pytest.mark.parametrize("path", TRICKY, ids=lambda p: p.stem)
def test_misleading_pages(path: Path) -> None:
    spec = json.loads(path.read_text(encoding="utf-8"))
    doc = Document.from_bytes(path.with_suffix(".html").read_bytes(), spec["fixture"]["url"])
    assert classify(doc).kind == spec["kind"]


def test_wrong_kind_is_named() -> None:
    verdict = Verdict("listing", "9 items announced by their titles")
    assert mismatch("news", verdict) == ("asked for news, but the page looks like listing "
                                         "(9 items announced by their titles)")
    assert mismatch("listing", verdict) is None
    assert mismatch("news", Verdict(None, "nothing")) is None


def test_a_site_map_laid_out_as_lines_of_links_is_no_article() -> None:
    # a Word "Save as HTML" site map: an intro paragraph, then group titles and
    # one-link lines in <p>s, the shape of a body; its links outnumber its text
    fx = next(f for f in FIXTURES if f.name == "msword-es-2003-sitemap-by-shape")
    assert classify(_doc(fx)).kind == "navigation"


@pytest.mark.parametrize(("anchor", "kind"), [('<a name="msg-810101"></a>', "news"),
                                               ("", None)])
def test_a_headline_linking_to_a_message_anchor_on_the_page_is_its_permalink(
        anchor: str, kind: str | None) -> None:
    # a forum thread: the first post's subject links to the post's own anchor on the
    # page (read.php?3,810101,810101#msg-810101); with no such anchor on the page the
    # link leads elsewhere, the headline of a teaser, and the text makes no article
    para = "<p>" + "The Mission handed over a revised curriculum to the Police Academy. " * 3
    html = ('<html><head><title>OSCE Mission hands over policing curriculum - OSCE Newsroom '
            f'Forum</title></head><body><h1>Mission to Skopje - Press releases</h1>{anchor}'
            '<div class="message"><h2><a href="https://www.osce.org/forum/read.php?3,810101,'
            '810101#msg-810101">OSCE Mission hands over policing curriculum</a></h2>'
            f'<div class="message-body">{para * 4}</div></div></body></html>').encode()
    doc = Document.from_bytes(html, "https://www.osce.org/forum/read.php?3,810101")
    assert classify(doc).kind == kind


def test_links_to_the_items_own_number_in_another_form_announce_no_other_item() -> None:
    # an older site's numbered page (no node id): its other-language versions and its
    # "send this page" link name the page's own number; they are no listed items, and
    # three short related stories beside them do not turn the article into a listing
    related = "".join(f'<li><a href="/de/item/{n}.html">Verwandte Meldung Nummer {n}</a></li>'
                      for n in (38102, 37711, 37254))
    para = "<p>" + "Die Mission bildete Polizeikräfte aus mehreren Gemeinden aus. " * 2 + "</p>"
    html = ('<html lang="de"><body><div id="top"><a href="/item/704835.html">English</a> | '
            '<a href="/ru/item/704835.html">Русский</a> | <a href="/de/contacts/">Kontakt</a>'
            '</div><div class="main"><div class="header"><h1>OSZE-Mission unterstützt '
            'Ausbildung</h1></div><div class="tools"><a href="javascript:print()">Drucken</a> '
            '<a href="/de/sendpage/?item=704835">Seite versenden</a></div>'
            f'<div class="itemtext">{para * 2}</div><ul class="related">{related}</ul></div>'
            "</body></html>").encode()
    doc = Document.from_bytes(html, "http://www.osce.org/de/item/704835.html")
    assert classify(doc).kind == "news"

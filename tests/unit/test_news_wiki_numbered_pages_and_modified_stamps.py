"""XWiki newsrooms: posts filed as numbered wiki pages
(``/xwiki/bin/view/<Space>/<N>/``), and the wiki's page-information line ("Last
modified by … on 2017/11/08 17:02") under the headline, above the type badge and
the lead."""

from __future__ import annotations

from scraper.extract import urls
from scraper.extract.extraction import extract

_SITE = "https://www.osce.org"


# ------------------------------------------------------------------ item addresses
def test_a_wikis_numbered_page_names_its_node() -> None:
    assert urls.node_id(f"{_SITE}/xwiki/bin/view/Press/Releases/612044/") == "612044"
    assert urls.node_id(f"{_SITE}/wiki/bin/view/News/48812/?viewer=code") == "48812"
    assert urls.item_number(f"{_SITE}/xwiki/bin/view/Press/612044/") == "612044"


def test_a_wikis_space_download_or_named_page_names_no_node() -> None:
    assert urls.node_id(f"{_SITE}/xwiki/bin/view/Press/") is None
    assert urls.node_id(f"{_SITE}/xwiki/bin/view/Fields/BorderManagement/") is None
    assert urls.node_id(f"{_SITE}/xwiki/bin/download/Press/612044/WebHome/r.pdf") is None
    assert urls.node_id(f"{_SITE}/xwiki/bin/view/Press/612044/Photos/") is None


def test_a_wiki_blogs_index_lists_its_numbered_posts() -> None:
    posts = "".join(
        f"<article class='post'><h3><a href='/xwiki/bin/view/Press/{n}/'>{t}</a></h3>"
        f"<p class='date'>2018/03/{d:02d}</p><p>{t} was announced today in Vienna.</p>"
        "</article>"
        for n, t, d in [(612044, "Mission supports judicial reform", 14),
                        (612010, "Workshop on cyber security held", 12)])
    page = ("<!DOCTYPE html><html lang='en'><head><title>Press</title></head><body>"
            f"<main><h1>Press</h1>{posts}"
            "<article class='post'><h3><a href='/xwiki/bin/view/Topics/Elections/'>"
            "Elections</a></h3><p>Our work on elections.</p></article></main></body></html>")
    records = extract(page.encode(), f"{_SITE}/xwiki/bin/view/Press/", "listing").records
    assert [(r["url"], r["issued_on"]) for r in records] == [
        (f"{_SITE}/xwiki/bin/view/Press/612044/", "2018-03-14"),
        (f"{_SITE}/xwiki/bin/view/Press/612010/", "2018-03-12")]


# ------------------------------------------------------------------ page-information line
_LEAD = ("The OSCE Office in Yerevan trained thirty judges on the new code of criminal "
         "procedure over three days this week.")
_TEXT = ("YEREVAN, 14 March 2018 – Thirty judges from all regions of the country took part "
         "in the course, which was organized with the Justice Academy and covered the rules "
         "of evidence, detention and appeals.")


def _news(stamp: str) -> dict[str, object]:
    page = ("<!DOCTYPE html><html lang='en'><head><title>t</title></head><body><main>"
            "<h1>Judges trained on new criminal procedure code</h1>"
            f"<div class='page-info'>{stamp}</div>"
            "<div class='content'><div class='post'>"
            "<div><span class='badge'>Press release</span></div>"
            f"<p class='teaser'>{_LEAD}</p>"
            "<dl><dt>Published</dt><dd>2018/03/14</dd>"
            "<dt>Issued by</dt><dd><a href='/xwiki/bin/view/S/Yerevan/'>OSCE Office in "
            "Yerevan</a></dd></dl>"
            f"<div class='text'><p>{_TEXT}</p><p>{_TEXT}</p></div>"
            "</div></div></main></body></html>")
    record = extract(page.encode(), f"{_SITE}/xwiki/bin/view/Press/612044/", "news").records[0]
    return dict(record)


def test_a_last_modified_stamp_under_the_headline_is_no_lead_nor_type_line() -> None:
    record = _news("Last modified by Anna Petrosyan on 2018/03/20 09:15")
    assert record["summary"] == _LEAD
    assert record["content_type"] == "Press release"
    assert record["issued_on"] == "2018-03-14"
    assert record["node_id"] == "612044"


def test_a_line_naming_a_time_among_many_words_is_no_stamp() -> None:
    from scraper.extract.pages.news.content_type import is_stamp_line
    assert is_stamp_line("Zuletzt geändert von Mihaela Popescu am 2019/06/20 14:02", "de")
    assert not is_stamp_line("The session opened on 2019/06/20 14:02 and the delegates of "
                             "all participating States then adopted the agenda", "en")
    assert not is_stamp_line("Last modified by Anna Petrosyan", "en")

"""A blog list's category link in its meta line is the entry's type; a "Recent Posts"
side box lists no entries beside the main list; a card's icon-led line of
comma-joined known structures is its issuers line."""

from __future__ import annotations

from typing import Any

from scraper.extract import urls
from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage

_POST = ("<div class='post-preview'><h2><a href='/skopje/{n}'>Mission trains election "
         "officials number {i} on counting</a></h2>"
         "<h6 class='post-meta'>Posted by: <a href='/blog/author/web_editor/'>web_editor</a>"
         " on <time datetime='2015-10-1{i}'>1{i} October 2015</time> in "
         "<a href='/blog/category/{slug}/'>{category}</a></h6>"
         "<p>More than a hundred members of election commissions completed a course.</p>"
         "<p><a href='/skopje/{n}'>read more</a> / <a href='/skopje/{n}#comments'>4 comments"
         "</a></p></div>")

_SIDE = ("<div class='col-md-3 right'><div class='panel'><h3>{heading}</h3>"
         "<ul class='recent-posts'><li><a href='/cio/592402'>Chairperson visits Kyiv</a></li>"
         "<li><a href='/odihr/592391'>ODIHR opens observation mission</a></li>"
         "<li><a href='/fom/592377'>Media freedom report presented</a></li></ul></div></div>")


def _blog(slug: str, category: str, side: str = "Recent Posts") -> list[dict[str, Any]]:
    posts = "".join(_POST.format(n=592200 + i, i=i, slug=slug, category=category)
                    for i in range(3))
    html = (f"<html lang='en'><body><div class='row'><div class='col-md-7 middle'>{posts}"
            f"</div>{_SIDE.format(heading=side)}</div></body></html>")
    return ListingPage(Document(url="https://www.osce.org/blog/?page=3", text=html)).entries()


def test_a_category_link_named_like_a_type_in_the_meta_line_is_the_type() -> None:
    entries = _blog("press-release", "Press release")
    assert [e["content_type"] for e in entries] == ["Press release"] * 3
    # the poster is the site's editor, never an issuer
    assert all(e["issued_by"] == [] for e in entries)


def test_a_category_link_naming_no_type_is_none() -> None:
    entries = _blog("travel", "Holiday snapshots")
    assert [e["content_type"] for e in entries] == [None] * 3


def test_a_recent_posts_side_box_lists_no_entries() -> None:
    for heading in ("Recent Posts", "Latest posts", "Entradas recientes", "Popular"):
        entries = _blog("press-release", "Press release", heading)
        assert [e["url"] for e in entries] == [
            f"https://www.osce.org/skopje/{592200 + i}" for i in range(3)], heading
        # the comments link to the item is no title
        assert all(e["title"].startswith("Mission trains") for e in entries)


def test_a_recent_posts_box_alone_still_lists_the_items() -> None:
    html = f"<html lang='en'><body><main><p>Welcome.</p>{_SIDE.format(heading='Recent Posts')}"
    html += "</main></body></html>"
    entries = ListingPage(Document(url="https://www.osce.org/blog/", text=html)).entries()
    assert len(entries) == 3


def test_category_archive_paths() -> None:
    assert urls.is_category_archive("https://example.org/blog/category/press-release/")
    assert urls.is_category_archive("https://example.org/category/news")
    assert not urls.is_category_archive("https://example.org/category/news/2015/some-post")
    assert not urls.is_category_archive("https://example.org/press-releases/")


_CARD = ("<article><div><span class='badge'>News Item</span><time datetime='2024-05-1{i}'>"
         "May 1{i}, 2024</time></div><h3><a href='/centre-in-ashgabat/{n}'>Border officers "
         "study risk analysis at course {i}</a></h3>"
         "<p><span aria-hidden='true' class='icon-building'></span>{issuers}</p>"
         "<p>The two-week course covered risk profiling and information exchange.</p>"
         "</article>")


def _cards(issuers: str) -> list[dict[str, Any]]:
    cards = "".join(_CARD.format(i=i, n=597261 + i, issuers=issuers) for i in range(3))
    doc = Document(url="https://www.osce.org/press-releases",
                   text=f"<html lang='en'><body><main>{cards}</main></body></html>")
    return ListingPage(doc).entries()


def test_an_icon_led_line_of_comma_joined_structures_is_the_issuers() -> None:
    for joined in ("OSCE Centre in Ashgabat, OSCE Border Management Staff College",
                   "OSCE Centre in Ashgabat; OSCE Border Management Staff College"):
        for e in _cards(joined):
            assert e["issued_by"] == ["OSCE Centre in Ashgabat",
                                      "OSCE Border Management Staff College"]
            assert e["summary"].startswith("The two-week course")


def test_an_icon_led_line_of_unknown_names_is_teaser_not_issuers() -> None:
    for e in _cards("Local partners, several universities and civil society groups"):
        assert e["issued_by"] == []

"""Mechanisms of app shells, lists, links and footers: an app shell's page read from its
``<noscript>``; a colon prefix that names a type only where the list writes types so; an
item's row in the list outranking a side box standing alone; a glyph-only link named by
its accessible name, a preferences control no entry; a hinted link row after the page's
text, by its copyright line, the footer's."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract
from scraper.extract.pages.listing_types import types_titles


def _page(body: str, url: str, kind: Any, lang: str = "en") -> Any:
    page = f"<html lang='{lang}'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, kind)


_ITEMS = "".join(f"<li><a href='/d/{n}-topic-{n}'>Announcement number {n} of the forum</a></li>"
                 for n in range(101, 106))


def test_an_app_shell_is_read_from_its_noscript_content() -> None:
    body = ("<div class='bar'><a href='/'>Home</a></div><main><div id='content'></div>"
            "<noscript><div>Please enable JavaScript to use this forum.</div></noscript>"
            f"<noscript><h2>Announcements</h2><ul>{_ITEMS}</ul>"
            "<a href='/t/news?page=3'>Next page »</a></noscript></main>")
    found = _page(body, "https://forum.osce.org/t/news?page=2", "listing")
    assert [r["url"] for r in found.records] == [
        f"https://forum.osce.org/d/{n}-topic-{n}" for n in range(101, 106)]
    assert found.next_page == "https://forum.osce.org/t/news?page=3"


def test_a_page_showing_its_content_keeps_noscript_hidden() -> None:
    body = ("<main><h1>News</h1><ul><li><a href='/d/207-shown-story'>A shown story today</a></li>"
            "<li><a href='/d/208-other-story'>Another shown story of the day</a></li></ul>"
            f"<noscript><ul>{_ITEMS}</ul></noscript></main>")
    found = _page(body, "https://forum.osce.org/t/news", "listing")
    assert [r["url"] for r in found.records] == [
        "https://forum.osce.org/d/207-shown-story", "https://forum.osce.org/d/208-other-story"]


def test_a_colon_prefix_is_a_type_only_where_the_list_writes_types() -> None:
    assert types_titles(["Press release: A", "Press release: B", "Plain headline"])
    assert not types_titles(["Report: A", "Invitation: B", "Notice: C", "Media freedom: D"])


def test_the_items_row_outranks_a_side_box_standing_alone() -> None:
    side = ("<td><h3>Categories</h3><a href='/cat1'>News (12)</a><br>"
            "<h3>Recommended</h3><a href='/pl/item/20318.html'>Observers deployed</a><br>"
            "21.09.2006<h3>Information</h3><a href='/about'>About</a><br>"
            "<a href='/contact'>Contact</a></td>")
    rows = "".join(
        f"<tr><td>{d} September 2006</td><td><a href='/pl/item/{n}.html'>{t}</a></td>"
        f"<td>Press release</td></tr>"
        for d, n, t in ((21, 20318, "Observers deployed"), (19, 20305, "Chair visits"),
                        (18, 20297, "Training held")))
    body = f"<table><tr>{side}<td><table>{rows}</table></td></tr></table>"
    found = _page(body, "https://www.osce.org/pl/news.php", "listing")
    first = found.records[0]
    assert first["url"] == "https://www.osce.org/pl/item/20318.html"
    assert first["content_type"] == "Press release"


def test_a_glyph_link_is_named_by_its_accessible_name() -> None:
    body = ("<nav><ul><li><a href='/a'>About</a></li><li><a href='/news'>News</a></li>"
            "<li><a href='/help' aria-label='Help centre'>★</a></li></ul></nav>")
    found = _page(body, "https://www.osce.org/", "navigation")
    assert [r["name"] for r in found.records] == ["About", "News", "Help centre"]


def test_a_preferences_control_is_no_entry() -> None:
    body = ("<nav><ul><li><a href='/a'>About</a></li><li><a href='/news'>News</a></li>"
            "<li><a href='/tags' aria-label='Customize tag priority'>⚙</a></li></ul></nav>")
    found = _page(body, "https://www.osce.org/", "navigation")
    assert [r["name"] for r in found.records] == ["About", "News"]


def test_a_worded_settings_link_in_a_menu_is_an_entry() -> None:
    body = ("<nav><ul><li><a href='/admin'>Administration</a><ul>"
            "<li><a href='/admin/settings'>Settings and options</a></li></ul></li></ul></nav>")
    found = _page(body, "https://www.osce.org/", "navigation")
    assert [r["name"] for r in found.records] == ["Administration", "Settings and options"]


def test_a_hinted_row_by_the_copyright_line_after_the_text_is_the_footer() -> None:
    body = ("<div class='nav'><ul><li><a href='/a'>About</a></li>"
            "<li><a href='/news'>News</a></li></ul></div>"
            "<h1>Field operations</h1><p>The field operations assist host countries.</p>"
            "<div class='nav-supp'><ul><li><a href='/imprint'>Imprint</a> :: "
            "<a href='/privacy'>Privacy</a></li></ul></div>"
            "<div>Copyright © 2012 OSCE</div>")
    found = _page(body, "https://www.osce.org/", "navigation")
    assert [r["name"] for r in found.records] == ["About", "News"]

"""Script-link dropdown heads, dead tabs and site-name links.

A box named like a menu whose links all go nowhere (a tab view's ``javascript:;`` tabs,
YUI's ``ul.yui-nav``) is no menu: it leaves the page to be read by its shape.  Read by
its shape, a dropdown's head drawn as a script link (``<a href="javascript:;">``) over
its nested list is that group's label, its list a column under it.  A link showing the
site's or the hosting product's name (a site title, a suite bar's app name) is the
site's name, as the logo is: no entry."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract


def _menu(body: str, url: str = "https://www.osce.org/de:start") -> list[dict[str, Any]]:
    page = (f"<html lang='de'><head><title>X</title></head>"
            f"<body>{body}</body></html>")
    return [{"name": r["name"], "url": r["url"], "path": r["path"]}
            for r in extract(page.encode(), url, "navigation").records]


_TOP_BAR = (
    "<div id='top-bar'><ul>"
    "<li><a href='/de:start'>Startseite</a></li>"
    "<li><a href='javascript:;'>Über uns</a><ul>"
    "<li><a href='/de:geschichte'>Geschichte</a></li>"
    "<li><a href='/de:staaten'>Staaten</a></li></ul></li>"
    "<li><a href='/de:feld'>Feld</a><ul>"
    "<li><a href='/de:ost'>Osten</a></li>"
    "<li><a href='/de:west'>Westen</a></li></ul></li>"
    "</ul></div>")
_TABS = ("<div class='yui-navset'><ul class='yui-nav'><li><a href='javascript:;'><em>Aktuell"
         "</em></a></li><li><a href='javascript:;'><em>Termine</em></a></li></ul></div>")


def test_script_dropdown_heads_label_their_lists_beside_dead_tabs() -> None:
    got = _menu(f"{_TOP_BAR}<h1>Willkommen</h1><p>Text.</p>{_TABS}")
    assert got == [
        {"name": "Startseite", "url": "https://www.osce.org/de:start", "path": []},
        {"name": "Geschichte", "url": "https://www.osce.org/de:geschichte",
         "path": ["Über uns"]},
        {"name": "Staaten", "url": "https://www.osce.org/de:staaten", "path": ["Über uns"]},
        {"name": "Feld", "url": "https://www.osce.org/de:feld", "path": []},
        {"name": "Osten", "url": "https://www.osce.org/de:ost", "path": ["Feld"]},
        {"name": "Westen", "url": "https://www.osce.org/de:west", "path": ["Feld"]},
    ]


def test_site_title_and_suite_app_name_are_no_entries() -> None:
    got = _menu(
        "<div id='SuiteNav'><a class='o365-appName' href='https://www.office.com/'>"
        "SharePoint</a></div>"
        "<div class='hub'><div class='HubNav-siteTitle'><a href='/sites/osze'>OSZE</a></div>"
        "<nav aria-label='Hub'><a href='/de/about'>Über uns</a>"
        "<a href='/de/press'>Presse</a></nav></div>",
        "https://www.osce.org/sites/osze/SitePages/Start.aspx")
    assert [e["name"] for e in got] == ["Über uns", "Presse"]

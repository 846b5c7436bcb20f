"""Menus of an older site's tooling: an image-sliced frame menu (every row a picture of
words: a ``javascript:`` toggle over its written submenu is a group's title, rollover
buttons drawn like the titles stand under the title above them, the logo slice leading
to the host's front page is no entry), and a place bar's ``javascript:void(0)``
overflow control over a hidden box of links (a collapsed submenu under its words)."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.site_logo import pictured_logo

BASE = "https://www.osce.org"


def _slice(alt: str, href: str | None = None) -> str:
    img = f'<img src="images/menu_{len(alt):02d}.gif" width="170" height="24" alt="{alt}">'
    return f'<tr><td><a href="{href}">{img}</a></td></tr>' if href else f"<tr><td>{img}</td></tr>"


def _rows(*pairs: tuple[str, str]) -> str:
    return "".join(f'<tr><td class="riga"><a href="{h}" class="voce">{w}</a></td></tr>'
                   for h, w in pairs)


_SLICED = (
    '<html><head><title>OSCE - Menu</title><base target="principale"></head><body>'
    '<table id="Tabella_01" width="170" cellpadding="0" cellspacing="0">'
    + _slice("OSCE - Organization for Security and Co-operation in Europe", "../index.html")
    + _slice("Home page", "home.html")
    + _slice("The OSCE")
    + _rows(("osce/about.html", "Who we are"), ("osce/states.html", "Participating States"))
    + _slice("Institutions")
    + _rows(("inst/secretariat.html", "Secretariat"), ("inst/odihr.html", "ODIHR"))
    + _slice("Field missions", "javascript:apri('missions')")
    + '<tr><td class="voci"><div id="missions" style="display:none">'
      '<a href="missions/albania.html">Presence in Albania</a><br>'
      '<a href="missions/kosovo.html">Mission in Kosovo</a></div></td></tr>'
    + _slice("Services")
    + _slice("Search", "services/search.html") + _slice("Contacts", "services/contacts.html")
    + _slice("Jobs", "services/jobs.html")
    + "</table></body></html>")


def _sliced_records() -> list[tuple[str, str, list[str]]]:
    records = extract(_SLICED.encode(), f"{BASE}/en/menu_sx.html", "navigation").records
    return [(r["name"], r["url"].removeprefix(BASE), r["path"]) for r in records]


@pytest.mark.unit
def test_script_toggle_drawn_as_picture_titles_its_group() -> None:
    got = _sliced_records()
    assert ("Presence in Albania", "/en/missions/albania.html", ["Field missions"]) in got
    assert ("Mission in Kosovo", "/en/missions/kosovo.html", ["Field missions"]) in got


@pytest.mark.unit
def test_buttons_drawn_like_the_title_above_stand_under_it() -> None:
    got = _sliced_records()
    assert got[-3:] == [("Search", "/en/services/search.html", ["Services"]),
                        ("Contacts", "/en/services/contacts.html", ["Services"]),
                        ("Jobs", "/en/services/jobs.html", ["Services"])]
    assert got[0] == ("Home page", "/en/home.html", [])


@pytest.mark.unit
def test_picture_naming_the_site_to_the_front_page_is_the_logo() -> None:
    assert all(url != "/index.html" for _, url, _ in _sliced_records())
    def link(href: str, alt: str) -> object:
        return html.fragment_fromstring(f'<a href="{href}"><img src="i/m.gif" alt="{alt}"></a>')
    logo, home = link("../index.html", "OSCE - Organisation"), link("/", "Home")
    section = link("/osce/", "The OSCE")
    assert pictured_logo(logo, f"{BASE}/index.html")
    assert not pictured_logo(home, f"{BASE}/")
    assert not pictured_logo(section, f"{BASE}/osce/")


_PLACE_BAR = (
    '<html><body><table class="wpsPlaceBar"><tr>'
    + "".join(f'<td><a href="/wps/portal/{p}">{w}</a></td>'
              for p, w in (("home", "Home"), ("osce", "The OSCE"), ("press", "Newsroom"),
                           ("docs", "Documents")))
    + '<td><a href="javascript:void(0)" onclick="return toggleMore(event);">More '
      '<span>▼</span></a><div id="more" style="display:none">'
      '<a href="/wps/portal/jobs">Jobs</a> <a href="/wps/portal/contact">Contact</a>'
      '</div></td></tr></table><h1>Newsroom</h1><p>Text.</p></body></html>')


@pytest.mark.unit
def test_script_link_before_hidden_box_is_a_collapsed_submenu() -> None:
    records = extract(_PLACE_BAR.encode(), f"{BASE}/wps/portal/press", "navigation").records
    got = [(r["name"], r["url"].removeprefix(BASE), r["path"]) for r in records]
    assert got[-2:] == [("Jobs", "/wps/portal/jobs", ["More"]),
                        ("Contact", "/wps/portal/contact", ["More"])]

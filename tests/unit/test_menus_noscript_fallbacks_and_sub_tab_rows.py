"""Menu and listing mechanisms: a script-built menu's ``<noscript>`` fallback list
(HierMenus' flyouts printed as a nested list) is read as the menu's submenus; a
portal's row of sub-tabs under its tab bar is labelled by the selected tab; a table
row titled like an entry's headline but leading elsewhere (an "In focus" promo) is no
line of the entry above it."""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

BASE = "http://www.example.org"


def _menu(html: str, url: str = BASE + "/de/activities/") -> list[dict[str, Any]]:
    return extract(html.encode(), url, "navigation").records


# ---------------------------------------------------------------- noscript menu tree

_TOP_BAR = """
<table id="topnav"><tr>
<td><a href="/de/"><img src="/i/home.gif" alt="Startseite"></a></td>
<td><a href="/de/about/" onmouseover="HM_f_PopUp('HM_Menu1',event)"><img src="/i/a.gif"
  alt="Über uns"></a></td>
<td><a href="/de/field/" onmouseover="HM_f_PopUp('HM_Menu2',event)"><img src="/i/f.gif"
  alt="Vor Ort"></a></td>
</tr></table>"""

_FALLBACK = """
<noscript><div><ul>
<li><a href="/de/">Startseite</a></li>
<li><a href="/de/about/">Über uns</a><ul>
  <li><a href="/de/about/history/">Geschichte</a></li>
  <li><a href="/de/about/budget/">Haushalt</a></li></ul></li>
<li><a href="/de/field/">Vor Ort</a><ul>
  <li><span class="hm-group">Osteuropa</span><ul>
    <li><a href="/de/minsk/">Büro in Minsk</a></li>
    <li><a href="/de/moldova/">Mission in Moldau</a></li></ul></li>
  <li><a href="/de/field/closed/">Geschlossene Missionen</a></li></ul></li>
</ul></div></noscript>"""


def test_noscript_fallback_of_a_script_menu_gives_its_tree() -> None:
    page = f"<html lang='de'><body>{_TOP_BAR}{_FALLBACK}<h1>Unsere Tätigkeit</h1></body></html>"
    got = {(e["name"], tuple(e["path"])) for e in _menu(page)}
    assert got == {
        ("Startseite", ()), ("Über uns", ()), ("Vor Ort", ()),
        ("Geschichte", ("Über uns",)), ("Haushalt", ("Über uns",)),
        ("Büro in Minsk", ("Vor Ort", "Osteuropa")),
        ("Mission in Moldau", ("Vor Ort", "Osteuropa")),
        ("Geschlossene Missionen", ("Vor Ort",)),
    }


def test_other_noscript_gives_nothing() -> None:
    """A noscript of links that does not repeat the menu on view (a tracking pixel, a
    list of other pages) stays unread."""
    other = ("<noscript><img src='/pixel.gif' alt=''><ul>"
             "<li><a href='/de/x/'>X</a></li><li><a href='/de/y/'>Y</a></li>"
             "<li><a href='/de/z/'>Z</a></li><li><a href='/de/w/'>W</a></li></ul></noscript>")
    page = f"<html lang='de'><body>{_TOP_BAR}{other}<h1>Unsere Tätigkeit</h1></body></html>"
    names = {e["name"] for e in _menu(page)}
    assert names == {"Startseite", "Über uns", "Vor Ort"}


# ---------------------------------------------------------------- sub-tabs of the selected tab

def _tabs(selected: str) -> str:
    cells = "".join(
        f"<td class='PortalTab{'Selected' if key == selected else ''}'>"
        f"<a href='/portal/page/portal/SITE/{key}' class='PortalTab"
        f"{'Selected' if key == selected else ''}Link'>{name}</a></td>"
        for key, name in (("HOME", "Home"), ("ABOUT", "About"), ("ACTIVITIES", "Activities"),
                          ("PRESS", "Press")))
    subs = "".join(
        f"<td class='PortalSubTab'><a href='/portal/page/portal/SITE/ACTIVITIES/{k}'>{n}</a></td>"
        for k, n in (("POLMIL", "Politico-military"), ("ECON", "Economic"),
                     ("HUMAN", "Human")))
    return ("<html><body><table class='RegionNoBorder'><tr><td>"
            f"<table class='PortalTabs'><tr>{cells}</tr></table></td></tr>"
            f"<tr><td><table class='PortalSubTabs'><tr>{subs}</tr></table></td></tr>"
            "</table><h1>Activities</h1><p>Some text about the activities of the site.</p>"
            "</body></html>")


def test_sub_tab_row_is_labelled_by_the_selected_tab() -> None:
    entries = _menu(_tabs("ACTIVITIES"), BASE + "/portal/page/portal/SITE/ACTIVITIES")
    paths = {e["name"]: e["path"] for e in entries}
    assert paths["Home"] == []
    assert paths["Activities"] == []
    assert paths["Politico-military"] == ["Activities"]
    assert paths["Human"] == ["Activities"]


def test_sub_tab_row_under_a_bar_marking_no_tab_has_no_label() -> None:
    entries = _menu(_tabs("NONE"), BASE + "/portal/page/portal/SITE/ACTIVITIES")
    paths = {e["name"]: e["path"] for e in entries}
    assert paths["Politico-military"] == []


# ---------------------------------------------------------------- a promo row among entries

def _row(body: str) -> str:
    return (f"<tr><td><img src='/b.gif' alt=''></td><td>{body}</td></tr>"
            "<tr><td colspan='2'><img src='/s.gif' alt=''></td></tr>")


def test_row_titled_like_the_entries_but_elsewhere_is_no_line_of_the_entry() -> None:
    item = ("<a href='/press/item.jsp?id={n}' class='ptNewsTitle'><b>{title}</b></a><br>"
            "<span class='newsDate'>Jun 0{n1}, 2004</span> | <span>News</span><br>"
            "<font>{teaser}</font>")
    rows = [
        _row(item.format(n=15360, n1=8, title="Hotline launched in Chisinau",
                         teaser="A free telephone hotline went into operation today.")),
        _row(item.format(n=15359, n1=7, title="Police reform seminar in Osh",
                         teaser="Senior police officers met in Osh to discuss policing.")),
        _row("<b>IN FOCUS</b><br><a href='/portal/server.pt?CommunityID=245' "
             "class='ptNewsTitle'><b>Combating trafficking in human beings</b></a><br>"
             "<font>The Action Plan to Combat Trafficking and the work of our missions.</font>"),
        _row(item.format(n=15344, n1=3, title="Secretary General addresses conference",
                         teaser="The Secretary General spoke at the security review.")),
    ]
    page = f"<html lang='en'><body><table>{''.join(rows)}</table></body></html>"
    records = extract(page.encode(), BASE + "/portal/server.pt", "listing").records
    osh = next(r for r in records if r["title"] == "Police reform seminar in Osh")
    assert osh["summary"] == "Senior police officers met in Osh to discuss policing."
    assert osh["fields_of_work"] == []

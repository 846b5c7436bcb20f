"""Pages of the desktop HTML editors of around 2000 (HoTMetaL, GoLive):

- an older site's numbered page may carry a part number after its own
  (``/press_rel/1999/11/4127-1.html``): it names an item all the same, the two numbers
  together (``4127-1`` and ``4127-2`` are two pages);
- a listing drawn as positioned layers, one a column (the arrow images, the headlines
  with their dates and teasers, the "Leggi tutto »" links): of the boxes linking one item
  apart, the entry is the one showing its headline, a link saying more than "read more";
- GoLive's actions: a button's handler names a key of the page's action table
  (``CSAction(new Array('B1'))``, ``CSAct['B1'] = new Array(CSSetStyleVis, 'sub3', 1)``),
  the action shows (``1``) or hides (``0``) the layer it names: the button opens it."""

from __future__ import annotations

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract

BASE = "https://www.osce.org"


@pytest.mark.unit
@pytest.mark.parametrize(("url", "number"), [
    (f"{BASE}/press_rel/1999/11/4127-1.html", "4127-1"),
    (f"{BASE}/press_rel/1999/11/4127-2.htm", "4127-2"),
    (f"{BASE}/fr/press_rel/2005/06/15432_fr.html", "15432"),
    (f"{BASE}/press_rel/1999/11/index.html", None),
    (f"{BASE}/images/spacer-1.gif", None),
    (f"{BASE}/1999/", None),
    (f"{BASE}/press_rel/1999/", None),
])
def test_numbered_page_with_part(url: str, number: str | None) -> None:
    assert urls.item_number(url) == number


_PRESS_1999 = """<HTML><HEAD><META NAME="GENERATOR" CONTENT="SoftQuad Software HoTMetaL Pro 5.0">
<TITLE>Press Releases - November 1999</TITLE></HEAD><BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="600"><TR><TD VALIGN="TOP" WIDTH="140"><FONT SIZE="2">
<A HREF="/press_rel/1999/index.html">1999 archive</A><BR>
<A HREF="/press_rel/1999/10/index.html">October 1999</A></FONT></TD><TD VALIGN="TOP">
<H2><FONT FACE="Arial">Press Releases - November 1999</FONT></H2>
<P><FONT SIZE="2"><B>19 November 1999</B><BR>
<A HREF="/press_rel/1999/11/4127-1.html">Istanbul Summit ends with a Charter</A></FONT></P>
<P><FONT SIZE="2"><B>19 November 1999</B><BR>
<A HREF="/press_rel/1999/11/4127-2.html">Istanbul Summit Declaration adopted</A></FONT></P>
<P><FONT SIZE="2"><B>12 November 1999</B><BR>
<A HREF="/press_rel/1999/11/4098-1.html">Mission opens a regional centre</A></FONT></P>
<HR><P><FONT SIZE="1"><A HREF="/press_rel/1999/10/index.html">Previous month</A>
<IMG SRC="/images/spacer-1.gif"></FONT></P></TD></TR></TABLE></BODY></HTML>"""


@pytest.mark.unit
def test_listing_of_numbered_pages_with_parts() -> None:
    records = extract(_PRESS_1999.encode(), f"{BASE}/press_rel/1999/11/index.html",
                      "listing").records
    assert [(r["url"].removeprefix(BASE), r["title"], r["issued_on"]) for r in records] == [
        ("/press_rel/1999/11/4127-1.html", "Istanbul Summit ends with a Charter", "1999-11-19"),
        ("/press_rel/1999/11/4127-2.html", "Istanbul Summit Declaration adopted", "1999-11-19"),
        ("/press_rel/1999/11/4098-1.html", "Mission opens a regional centre", "1999-11-12"),
    ]


_ITEMS = [("5123", "14.11.2002", "La Presidenza accoglie con favore l'accordo di pace"),
          ("5109", "08.11.2002", "Seminario sulla riforma elettorale a Tirana"),
          ("5087", "29.10.2002", "L'Alto Commissario visita Skopje")]


def _layer(n: int, left: int, lines: list[str]) -> str:
    return (f'<div id="Layer{n}" style="position:absolute; left:{left}px; top:140px; '
            f'width:400px; height:300px; z-index:{n}">' + "<br><br>".join(lines) + "</div>")


def _golive_listing() -> str:
    href = "/it/comunicati/2002/{}_it.html"
    arrows = [f'<a href="{href.format(n)}"><img src="images/freccia.gif" border="0"></a>'
              for n, _, _ in _ITEMS]
    titles = [f'<font size="1" color="#666666">{d}</font> <a href="{href.format(n)}" '
              f'class="titolo">{t}</a>' for n, d, t in _ITEMS]
    more = [f'<a href="{href.format(n)}" class="testo">Leggi tutto &raquo;</a>'
            for n, _, _ in _ITEMS]
    return ('<html><head><meta name="generator" content="Adobe GoLive 6">'
            "<title>Comunicati</title></head><body>"
            '<div id="Layer3" style="position:absolute; left:180px; top:95px; width:540px">'
            '<font size="4"><b>Comunicati stampa</b></font></div>'
            + _layer(9, 180, arrows) + _layer(10, 205, titles) + _layer(11, 630, more)
            + "</body></html>")


@pytest.mark.unit
def test_layer_columns_entry_is_the_headline_link() -> None:
    records = extract(_golive_listing().encode(), f"{BASE}/it/comunicati/index.html",
                      "listing").records
    assert [(r["url"].removeprefix(BASE), r["title"], r["issued_on"]) for r in records] == [
        (f"/it/comunicati/2002/{n}_it.html", t,
         "-".join(reversed(d.split(".")))) for n, d, t in _ITEMS]


def _golive_menu() -> str:
    actions = "".join(f"CSAct[/*CMP*/ 'B{n}{v}'] = new Array(CSSetStyleVis,/*CMP*/ 'sub{n}',{v});\n"
                      for n in (3, 4) for v in (0, 1))

    def button(href: str, alt: str, key: str = "") -> str:
        handlers = (f' onmouseover="CSAction(new Array(/*CMP*/\'B{key}1\'));return true;"'
                    f' onmouseout="CSAction(new Array(/*CMP*/\'B{key}0\'));return true;"'
                    if key else "")
        return (f'<a href="{href}"{handlers}><img src="images/btn.gif" alt="{alt}" '
                f'name="btn{key}" border="0"></a>')

    sub4 = "".join(f"document.write('<a href=\"/de/presse/{p}.html\">{w}<\\/a><br>');\n"
                   for p, w in (("reden", "Reden"), ("fotos", "Fotogalerie")))
    return ('<html><head><meta name="generator" content="Adobe GoLive 6"><title>OSZE</title>'
            f'<csactiondict><script type="text/javascript"><!--\n{actions}// --></script>'
            '</csactiondict></head><body onload="CSScriptInit();">'
            '<div id="navbar" style="position:absolute; left:0px; top:85px; width:780px">'
            + button("/de/aktuelles.html", "Aktuelles") + button("#", "Sicherheit", "3")
            + button("#", "Presse", "4") + button("/de/kontakt.html", "Kontakt") + "</div>"
            '<div id="sub3" style="position:absolute; left:220px; top:109px; '
            'visibility:hidden"><table>'
            '<tr><td><a href="/de/sicherheit/polizei.html">Polizeiarbeit</a></td></tr>'
            '<tr><td><a href="/de/sicherheit/grenzen.html">Grenzmanagement</a></td></tr>'
            '</table></div><div id="sub4" style="position:absolute; left:330px; top:109px; '
            f'visibility:hidden"><script type="text/javascript"><!--\n{sub4}//--></script>'
            '</div><div id="Layer8" style="position:absolute; left:180px; top:130px">'
            "<h1>Willkommen bei der OSZE</h1><p>Die Organisation arbeitet für Stabilität, "
            "Frieden und Demokratie in Europa.</p></div></body></html>")


@pytest.mark.unit
def test_action_table_opens_layers() -> None:
    records = extract(_golive_menu().encode(), f"{BASE}/de/index.html", "navigation").records
    assert [(r["name"], r["url"].removeprefix(BASE), r["path"]) for r in records] == [
        ("Aktuelles", "/de/aktuelles.html", []),
        ("Polizeiarbeit", "/de/sicherheit/polizei.html", ["Sicherheit"]),
        ("Grenzmanagement", "/de/sicherheit/grenzen.html", ["Sicherheit"]),
        ("Reden", "/de/presse/reden.html", ["Presse"]),
        ("Fotogalerie", "/de/presse/fotos.html", ["Presse"]),
        ("Kontakt", "/de/kontakt.html", []),
    ]

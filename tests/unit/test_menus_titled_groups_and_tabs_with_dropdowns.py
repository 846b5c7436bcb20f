"""Menu designs: a box of titled groups (title, links, title, links) labels each
group by its own title; section tabs holding their collapsed dropdowns are the
top menu."""

from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages import NavigationPage
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

def test_each_title_line_labels_its_own_group() -> None:
    def items(*pairs: tuple[str, str]) -> str:
        return '<div class="items">' + "".join(
            f'<div class="item"><a href="{h}">{n}</a></div>' for n, h in pairs) + "</div>"
    body = ('<nav><div class="groups">'
            '<div class="group-hd">Participating States</div>'
            + items(("Albania", "/albania"), ("Serbia", "/serbia"))
            + '<div class="group-hd">Partners</div>'
            + items(("Asian Partners", "/asian"), ("Mediterranean Partners", "/med"))
            + '<div class="group-hd"><a href="/secretariat/all">Secretariat</a></div>'
            + items(("Secretary General", "/sg"), ("Gender Section", "/gender"))
            + "</div></nav>")
    assert menu_entries(body) == [
        ("Albania", "/albania", ["Participating States"]),
        ("Serbia", "/serbia", ["Participating States"]),
        ("Asian Partners", "/asian", ["Partners"]),
        ("Mediterranean Partners", "/med", ["Partners"]),
        ("Secretariat", "/secretariat/all", []),
        ("Secretary General", "/sg", ["Secretariat"]),
        ("Gender Section", "/gender", ["Secretariat"])]


# a portal's section tabs (eXo's UITab): each tab link classed a tab, the tab's box
# holding its collapsed dropdown of items, items holding their own collapsed dropdowns
TABS_WITH_DROPDOWNS = """<html lang="de"><body>
<div id="hd"><a href="/de/"><img src="/logo.png" alt="OSZE"></a></div>
<div id="UIPortlet-navigation" class="UIPortlet"><div class="UINavigationPortlet">
<div class="UIHorizontalTabs"><div class="TabsContainer">
<div class="UITab NormalNavigationTab"><div class="NormalNavigationTab"><span>
<a class="TabIcon" href="/de/startseite">Startseite</a></span></div></div>
<div class="UITab NormalNavigationTab"><div class="NormalNavigationTab"><span>
<a class="TabIcon" href="javascript:void(0);">Unsere Arbeit</a></span></div>
<div style="display: none; position: absolute;" class="MenuItemContainer">
<div class="MenuItemList">
<div class="MenuItem ArrowIcon">
<a class="ItemIcon" href="/de/arbeitsbereiche">Arbeitsbereiche</a>
<div style="display: none; position: absolute;" class="MenuItemContainer">
<div class="MenuItemList">
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/ruestungskontrolle">Rüstungskontrolle</a></div>
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/grenzmanagement">Grenzmanagement</a></div>
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/f3">Arbeitsbereich Nummer 3</a></div>
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/f4">Arbeitsbereich Nummer 4</a></div>
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/f5">Arbeitsbereich Nummer 5</a></div>
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/f6">Arbeitsbereich Nummer 6</a></div>
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/f7">Arbeitsbereich Nummer 7</a></div>
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/f8">Arbeitsbereich Nummer 8</a></div>
<div class="MenuItem">
<a class="ItemIcon" href="/de/arbeitsbereiche/f9">Arbeitsbereich Nummer 9</a></div>
</div></div></div>
<div class="MenuItem"><a class="ItemIcon" href="/de/projekte">Projekte</a></div>
</div></div></div>
<div class="UITab NormalNavigationTab"><div class="NormalNavigationTab"><span>
<a class="TabIcon" href="/de/laender">Länder</a></span></div>
<div style="display: none; position: absolute;" class="MenuItemContainer">
<div class="MenuItemList">
<div class="MenuItem"><a class="ItemIcon" href="/de/teilnehmerstaaten">Teilnehmerstaaten</a>
</div>
<div class="MenuItem"><a class="ItemIcon" href="/de/partner">Kooperationspartner</a></div>
<div class="MenuItem"><a class="ItemIcon" href="/de/feldoperationen">Feldoperationen</a></div>
</div></div></div>
<div class="UITab NormalNavigationTab"><div class="NormalNavigationTab"><span>
<a class="TabIcon" href="/de/presse">Presse</a></span></div></div>
</div></div></div>
</div><div id="main"><h1>Strukturen und Institutionen</h1>
<p>Die OSZE hat mehrere Institutionen und eine Reihe von Feldoperationen
in ihren Teilnehmerstaaten.</p>
</div>
</body></html>"""


def test_section_tabs_holding_their_collapsed_dropdowns_are_the_top_menu() -> None:
    doc = Document.from_bytes(TABS_WITH_DROPDOWNS.encode(), "https://www.osce.org/de/strukturen")
    entries = {e["name"]: e["path"] for e in NavigationPage(doc).entries()}
    assert entries["Startseite"] == []
    assert entries["Presse"] == []
    assert "Unsere Arbeit" not in entries            # javascript:void(0): a label only
    assert entries["Arbeitsbereiche"] == ["Unsere Arbeit"]
    assert entries["Rüstungskontrolle"] == ["Unsere Arbeit", "Arbeitsbereiche"]
    assert entries["Projekte"] == ["Unsere Arbeit"]
    assert entries["Feldoperationen"] == ["Länder"]
    assert len(entries) == 17

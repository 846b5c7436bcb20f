"""Menu designs: the classic ASP.NET Menu control (top items in one table row, their
flyout layers after the table, hidden by a style rule and tied to their item by id
alone: item ``…n0`` shows ``…n0Items`` through a handler handed the item itself) inside
a box named in German (``hauptnavigation``); a site builder's submenu item closing its
name with a ``>`` arrow."""

from __future__ import annotations

from scraper.extract.extraction import extract

Entry = tuple[str, str, list[str]]


def _menu(body: str, url: str = "https://www.osce.org/de/Wahlen.aspx") -> list[Entry]:
    page = (f"<!DOCTYPE html><html lang='de'><head><title>t</title>{_STYLE}</head>"
            f"<body>{body}</body></html>")
    records = extract(page.encode(), url, "navigation").records
    return [(r["name"], r["url"].removeprefix("https://www.osce.org"), r["path"]) for r in records]


# the control's style rule hides every flyout layer until its item is pointed at
_STYLE = "<style>.mnu_0 { visibility:hidden; display:none; position:absolute; }</style>"

_AREAS = [("/de/Bereiche/Wahlen.aspx", "Wahlen"), ("/de/Bereiche/Bildung.aspx", "Bildung"),
          ("/de/Bereiche/Jugend.aspx", "Jugend")]
_NEWS = [("/de/News/Presse.aspx", "Pressemitteilungen"), ("/de/News/Reden.aspx", "Reden"),
         ("/de/News/Medien.aspx", "Multimedia")]


def _aspnet_menu(box: str = "hauptnavigation", handler: str = "Menu_HoverStatic(this)",
                 layer: str = "Items") -> str:
    """The Menu control as ASP.NET renders it: a row of item cells, then one hidden
    layer of the item's children per item, named after the item's id."""
    tops = [("n0", "/de/Bereiche.aspx", "Arbeitsbereiche", _AREAS),
            ("n4", "/de/News.aspx", "Newsroom", _NEWS)]
    cells = "".join(
        f"<td onmouseover='{handler}' onmouseout='Menu_Unhover(this)' id='mnu{i}'>"
        f"<table><tr><td><a href='{u}'>{n}</a></td>"
        f"<td><img src='/expand.gif' alt='{n} erweitern' /></td></tr></table></td>"
        for i, u, n, _ in tops)
    layers = "".join(
        f"<div id='mnu{i}{layer}' class='mnu_0'><table>"
        + "".join(f"<tr onmouseover='Menu_HoverDynamic(this)'><td><a href='{su}'>{sn}</a>"
                  "</td></tr>" for su, sn in subs)
        + f"</table><div id='mnu{i}{layer}Up' class='mnu_0'><img src='/up.gif' alt='Hoch' />"
          "</div></div>"
        for i, _, _, subs in tops)
    return (f"<div id='{box}' class='{box}'><table id='mnu'><tr>{cells}</tr></table>"
            f"{layers}</div><div class='inhalt'><h1>Wahlen</h1><p>Freie Wahlen.</p></div>")


_EXPECTED = [("Arbeitsbereiche", "/de/Bereiche.aspx", []), ("Newsroom", "/de/News.aspx", []),
             *((n, u, ["Arbeitsbereiche"]) for u, n in _AREAS),
             *((n, u, ["Newsroom"]) for u, n in _NEWS)]


# ------------------------------------------------------------------ the box's German name
def test_a_box_named_main_navigation_in_german_holds_the_menu() -> None:
    # "haupt" (main) + "navigation": the top items are the menu, nothing else is
    body = ("<ul class='service'><li><a href='/de/Kontakt.aspx'>Kontakt</a></li>"
            "<li><a href='/de/RSS.aspx'>RSS</a></li></ul>"
            "<div class='hauptnavigation'><ul><li><a href='/de/Bereiche.aspx'>Bereiche</a></li>"
            "<li><a href='/de/News.aspx'>Newsroom</a></li></ul></div>")
    assert _menu(body) == [("Bereiche", "/de/Bereiche.aspx", []),
                           ("Newsroom", "/de/News.aspx", [])]


# ------------------------------------------------------------------ layers named by id
def test_a_flyout_layer_named_after_its_items_id_opens_under_that_item() -> None:
    assert _menu(_aspnet_menu()) == _EXPECTED


def test_a_layer_word_after_a_separator_ties_the_layer_too() -> None:
    assert _menu(_aspnet_menu(layer="-sub")) == _EXPECTED


def test_a_handler_not_handed_the_item_opens_no_layer_by_its_name() -> None:
    # without ``this`` nothing says the script looks the layer up by the item's id:
    # the hidden layers stay shut, the top items alone are read
    assert _menu(_aspnet_menu(handler="Menu_Hover()")) == _EXPECTED[:2]


# ------------------------------------------------------------------ arrow characters
def test_a_closing_greater_than_arrow_is_no_part_of_a_name_or_label() -> None:
    sub = ("<li><a href='/it/paesi.html'><span class='title'>Paesi</span>"
           "<span class='arrow'>&gt;</span></a><div style='display:none'><ul>"
           "<li><a href='/it/paesi/stati.html'>Stati partecipanti</a></li>"
           "<li><a href='/it/paesi/partner.html'>Partner</a></li></ul></div></li>")
    body = ("<nav><ul><li><a href='/it/chi.html'>Chi siamo</a></li>"
            f"<li><a href='javascript:;'>Altro ▾</a><div style='display:none'><ul>{sub}"
            "</ul></div></li></ul></nav>")
    assert _menu(body, "https://www.osce.org/it/index.html") == [
        ("Chi siamo", "/it/chi.html", []), ("Paesi", "/it/paesi.html", ["Altro"]),
        ("Stati partecipanti", "/it/paesi/stati.html", ["Altro", "Paesi"]),
        ("Partner", "/it/paesi/partner.html", ["Altro", "Paesi"])]

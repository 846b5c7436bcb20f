"""Menu designs: a site served by one front controller named without an extension
(FatWire's ``/cs/Satellite?c=Page&cid=…``, Stellent's
``/idcplg?IdcService=SS_GET_PAGE&nodeId=N``), where every address, the page's own
included, ends its path with the script and says which page it is in its query; and a
row of image buttons whose cells show a flyout layer, placed after the row, when
pointed at."""

from __future__ import annotations

from tests.pages import Entry, menu_entries

_SATELLITE = "https://www.example.org/cs/Satellite"


def _menu(body: str, url: str) -> list[Entry]:
    return menu_entries(body, url)


def _page(cid: int) -> str:
    return f"/cs/Satellite?c=Page&cid={cid}"


# ------------------------------------------------------------------ a front controller
def test_a_menu_of_a_front_controller_site_is_no_chrome_about_the_page() -> None:
    # every link's path ends with "Satellite", as the page's own does: the script, not
    # the page's name, so the links are no tools about the page on view
    items = [(101, "About us"), (102, "What we do"), (103, "Newsroom")]
    body = ("<table id='topNav'><tr>"
            + "".join(f"<td><a href='{_page(c)}'>{n}</a></td>" for c, n in items)
            + "</tr></table><h1>Press releases</h1><p>Text.</p>")
    assert _menu(body, f"{_SATELLITE}?c=Page&cid=103") == [
        (n, _page(c), []) for c, n in items]


def test_an_unhinted_menu_of_a_front_controller_site_is_read_by_its_shape() -> None:
    # no menu hint at all: a row of links between bars above the headline, and a column
    # of one-link rows under a bold title line; every address is idcplg?…&nodeId=N
    def node(n: int) -> str:
        return f"idcplg?IdcService=SS_GET_PAGE&amp;nodeId={n}"

    bar = " | ".join(f"<a href='{node(n)}'>{w}</a>" for n, w in
                     [(1, "Accueil"), (2, "Actualités"), (3, "Documents")])
    groups = [("Structures", [(5, "Secrétariat"), (6, "BIDDH")]),
              ("Thèmes", [(10, "Élections"), (11, "Démocratisation"), (12, "Police")])]
    column = ("<table>" + "".join(
        f"<tr><td><b>{title}</b></td></tr>"
        + "".join(f"<tr><td><a href='{node(n)}'>{w}</a></td></tr>" for n, w in links)
        for title, links in groups) + "</table>")
    body = (f"<table><tr><td>{bar}</td></tr></table>"
            f"<table><tr><td>{column}</td><td><h1>Élections</h1><p>Texte.</p></td></tr>"
            "</table>")
    found = _menu(body, "https://www.example.org/idcplg?IdcService=SS_GET_PAGE&nodeId=10")
    base = "/idcplg?IdcService=SS_GET_PAGE&nodeId="
    assert found == [("Accueil", f"{base}1", []), ("Actualités", f"{base}2", []),
                     ("Documents", f"{base}3", []),
                     ("Secrétariat", f"{base}5", ["Structures"]),
                     ("BIDDH", f"{base}6", ["Structures"]),
                     ("Élections", f"{base}10", ["Thèmes"]),
                     ("Démocratisation", f"{base}11", ["Thèmes"]),
                     ("Police", f"{base}12", ["Thèmes"])]


def test_a_wiki_page_tools_are_still_chrome() -> None:
    # a page named by its path (no query) still has tools about it: its history and talk
    tools = ("<div class='menu'><a href='/w/index.php?title=Elections&amp;action=history'>"
             "History</a><a href='/wiki/Talk:Elections'>Talk</a>"
             "<a href='/w/index.php?title=Elections&amp;action=edit'>Edit</a></div>")
    menu = ("<nav><ul><li><a href='/wiki/Main_Page'>Main page</a></li>"
            "<li><a href='/wiki/Portal:News'>News</a></li></ul></nav>")
    found = _menu(menu + tools + "<h1>Elections</h1>", "https://www.example.org/wiki/Elections")
    assert [n for n, _, _ in found] == ["Main page", "News"]


# ------------------------------------------------------------------ flyouts of button cells
def _path(number: int) -> str:
    return f"/p/{number}"


def test_a_button_cell_is_read_before_the_flyout_it_shows() -> None:
    # the cell's pointer handler shows the layer; the button (an image named by its alt
    # text) comes first, then the layer's links under its name
    def cell(fly: str, cid: int, alt: str) -> str:
        return (f"<td onmouseover=\"showFly('{fly}', this)\" onmouseout=\"hideFly('{fly}')\">"
                f"<a href='{_path(cid)}'><img src='/b{cid}.gif' alt='{alt}' /></a></td>")

    def layer(fly: str, links: list[tuple[int, str]]) -> str:
        return (f"<div id='{fly}' class='flyout' style='display:none'>"
                + "".join(f"<div><a href='{_path(c)}'>&raquo;&nbsp;{n}</a></div>"
                          for c, n in links) + "</div>")

    about = [(111, "History"), (112, "Structures"), (113, "Partners")]
    news = [(121, "Press releases"), (122, "Speeches"), (123, "Video")]
    body = (f"<table id='topNav'><tr>{cell('fly_about', 110, 'About us')}"
            f"{cell('fly_news', 120, 'Newsroom')}"
            f"<td><a href='{_path(130)}'><img src='/b130.gif' alt='Jobs' /></a></td>"
            f"</tr></table>{layer('fly_about', about)}{layer('fly_news', news)}"
            "<h1>Press releases</h1><p>Text.</p>")
    assert _menu(body, "https://www.example.org/p/121") == [
        ("About us", _path(110), []), *((n, _path(c), ["About us"]) for c, n in about),
        ("Newsroom", _path(120), []), *((n, _path(c), ["Newsroom"]) for c, n in news),
        ("Jobs", _path(130), [])]

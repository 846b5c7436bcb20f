"""Menu designs: a Dreamweaver page whose clickable map illustrates the body text under
the headline while its menu is a row of image buttons (one showing a layer) over a link
column; a NetObjects text navbar printing the page on view bold and unlinked among its
``|`` lines, with a bracketed navbar over the copyright line; a XenForo tab bar whose
list items wrap each tab, its split trigger and its dropdown of bare links in one box,
beside a search icon popping up a form."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.example.org/section/index.html") -> list[Entry]:
    return menu_entries(body, url)


# ------------------------------------------------------------------ Dreamweaver
_BUTTONS = [("home", "Home", "/index.html"), ("about", "About us", "/about/index.html"),
            ("news", "News", "/news/index.html"), ("docs", "Documents", "/docs/index.html")]


def _button_row() -> str:
    cells = "".join(
        f"<td><a href='{u}'><img src='/img/{i}.gif' alt='{n}' width='90' height='20'></a></td>"
        for i, n, u in _BUTTONS)
    return f"<table><tr>{cells}<td width='100%'>&nbsp;</td></tr></table>"


def _map_in_text() -> str:
    areas = "".join(f"<area shape='rect' coords='0,0,{k},{k}' href='/office{k}/' alt='Office {k}'>"
                    for k in (1, 2, 3, 4))
    return ("<h1>Offices</h1><p>Our offices work across the region.</p>"
            "<p><img src='/img/map.gif' usemap='#offices' alt='Map'></p>"
            f"<map name='offices'>{areas}</map><p>More text.</p>")


def test_an_image_map_shown_under_the_headline_is_page_text_not_the_menu() -> None:
    # the map illustrates the text; the row of image buttons above is the menu
    got = _menu(_button_row() + _map_in_text())
    assert got == [(n, u, []) for _, n, u in _BUTTONS]


def test_a_table_row_of_image_buttons_above_the_headline_is_a_menu() -> None:
    got = _menu(_button_row() + "<h1>Title</h1><p>Body text of the page.</p>")
    assert got == [(n, u, []) for _, n, u in _BUTTONS]


# ------------------------------------------------------------------ NetObjects
def test_the_page_on_view_marked_as_its_peers_labels_nothing() -> None:
    # "| <b>Current</b>" stands among the "| <a>…</a>" lines: the page on view, no title
    body = ("<table><tr><td width='150'><p><font size='-1'>"
            "|&nbsp;<a href='/a.html'>Alpha</a><br>"
            "|&nbsp;<b>Current</b><br>"
            "|&nbsp;<a href='/b.html'>Beta</a><br>"
            "|&nbsp;<a href='/c.html'>Gamma</a><br>"
            "|&nbsp;<a href='/d.html'>Delta</a><br>"
            "|&nbsp;<a href='/e.html'>Epsilon</a><br>"
            "</font></p></td><td><p>Body text of the page, long enough to read.</p></td>"
            "</tr></table>")
    got = _menu(body)
    assert got == [(n, f"/{u}.html", []) for n, u in [
        ("Alpha", "a"), ("Beta", "b"), ("Gamma", "c"), ("Delta", "d"), ("Epsilon", "e")]]


def test_a_bracketed_link_row_over_the_copyright_line_is_the_footer() -> None:
    names = ["Home", "About", "News", "Contact", "Imprint"]
    body = (_button_row() + "<p>Body text of the page.</p><hr>"
            "<p align='center'><font size='-2'>"
            + " ".join(f"[<a href='/{n.lower()}.html'>{n}</a>]" for n in names)
            + "</font></p><p align='center'><font size='-2'>&copy; 2001 Example · "
              "Street 5</font></p>")
    got = _menu(body)
    assert [u for _, u, _ in got] == [u for _, _, u in _BUTTONS]


# ------------------------------------------------------------------ XenForo
def _tab(label: str, href: str | None, children: list[tuple[str, str]]) -> str:
    head = (f"<a href='{href}' class='p-navEl-link'>{label}</a>"
            "<a class='p-navEl-splitTrigger' role='button' aria-label='Toggle expanded' "
            "aria-expanded='false' aria-haspopup='true'></a>") if href else (
        "<a class='p-navEl-linkHolder' role='button' aria-expanded='false' "
        f"aria-haspopup='true'><span class='p-navEl-link'>{label}</span></a>")
    links = "".join(f"<a href='{u}' class='menu-linkRow'>{n}</a>" for n, u in children)
    return (f"<li><div class='p-navEl'>{head}<div class='menu' aria-hidden='true'>"
            f"<div class='menu-content'>{links}</div></div></div></li>")


def test_a_tab_box_wrapped_in_its_list_item_heads_its_hidden_dropdown() -> None:
    body = ("<nav class='p-nav'><ul class='p-nav-list'>"
            "<li><div class='p-navEl'><a href='/' class='p-navEl-link'>Home</a></div></li>"
            + _tab("Forums", "/forums/", [("New posts", "/new/posts/"),
                                          ("Search forums", "/search/?type=post")])
            + _tab("What's new", "/new/", [("New posts", "/new/posts/"),
                                           ("Latest activity", "/new/latest")])
            + _tab("Media", None, [("Press", "/press"), ("Contacts", "/contacts")])
            + "</ul></nav><h1>Forums</h1>")
    assert _menu(body) == [
        ("Home", "/", []), ("Forums", "/forums/", []),
        ("New posts", "/new/posts/", ["Forums"]),
        ("Search forums", "/search/?type=post", ["Forums"]),
        ("What's new", "/new/", []), ("Latest activity", "/new/latest", ["What's new"]),
        ("Press", "/press", ["Media"]), ("Contacts", "/contacts", ["Media"])]


def test_a_link_popping_up_a_form_is_no_entry() -> None:
    body = ("<nav><ul><li><a href='/a/'>Alpha</a></li><li><a href='/b/'>Beta</a></li>"
            "<li><a href='/c/'>Gamma</a></li></ul>"
            "<a href='/search/' aria-haspopup='true' aria-label='Search'>Search</a>"
            "<div class='menu' aria-hidden='true'><form action='/search/run'>"
            "<input type='text' name='q'></form></div></nav><h1>Title</h1>")
    assert _menu(body) == [("Alpha", "/a/", []), ("Beta", "/b/", []), ("Gamma", "/c/", [])]


# ------------------------------------------------------------------ vBulletin
def test_a_forum_notice_named_after_the_navbar_is_no_menu() -> None:
    body = ("<div id='navbar' class='navbar'><ul id='navtabs'>"
            "<li><a href='/news/'>News</a></li><li><a href='/forum/'>Forum</a></li>"
            "<li><a href='/new/'>What's new</a></li></ul></div>"
            "<form id='notices' class='notices' action='/dismiss'><ol>"
            "<li class='restore' id='navbar_notice_1'>If this is your first visit, read the "
            "<a href='/faq.php'><b>FAQ</b></a> and <a href='/register.php'>register</a> "
            "before you post.</li></ol></form><h1>Forum</h1>")
    assert _menu(body) == [("News", "/news/", []), ("Forum", "/forum/", []),
                           ("What's new", "/new/", [])]

"""Menu designs read by weaker signals: links separated by pipes or dots, trees of
links, groups owned from elsewhere, links that are only an image.

Each page isolates one signal, so a failure names it.
"""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/what") -> list[Entry]:
    return menu_entries(body, url)


@pytest.mark.parametrize("separator", ["|", "·", "•", "&nbsp;|&nbsp;"])
def test_a_few_links_between_pipes_or_dots_are_peers_not_a_trail(separator: str) -> None:
    nav = separator.join(f'<a href="/{p}">{n}</a>' for p, n in
                         [("who", "Who we are"), ("work", "Our work"), ("news", "Newsroom")])
    expected = [("Who we are", "/who", []), ("Our work", "/work", []), ("Newsroom", "/news", [])]
    assert _menu(f"<nav>{nav}</nav>") == expected
    assert _menu(f"<div>{nav}</div><h1>Our work</h1>") == expected   # no hint at all


@pytest.mark.parametrize("separator", ["›", "&gt;", "/", "»", "→"])
def test_links_between_arrows_are_a_trail_and_no_menu(separator: str) -> None:
    trail = (f'<nav><a href="/">Home</a> {separator} <a href="/newsroom">Newsroom</a> '
             f'{separator} <span>Statement</span></nav>')
    menu = '<nav class="menu"><ul><li><a href="/x">X</a></li><li><a href="/y">Y</a></li></ul></nav>'
    assert _menu(trail + menu) == [("X", "/x", []), ("Y", "/y", [])]


def test_a_tree_of_links_is_a_menu_and_a_group_owned_by_an_item_is_labelled_by_it() -> None:
    tree = """<div role="tree" aria-label="Site">
      <div role="treeitem"><a href="/newsroom">Newsroom</a></div>
      <div role="treeitem" aria-expanded="false" aria-owns="work">Our work</div>
      <div role="group" id="work">
        <div role="treeitem"><a href="/arms">Arms control</a></div>
        <div role="treeitem"><a href="/elections">Elections</a></div></div></div>"""
    assert _menu(tree) == [("Newsroom", "/newsroom", []),
                           ("Arms control", "/arms", ["Our work"]),
                           ("Elections", "/elections", ["Our work"])]


def test_links_that_are_only_an_image_are_named_by_its_alt_text_in_a_bar_too() -> None:
    gap = '<img src="/i/sep.gif" alt="">'
    bar = gap.join(f'<a href="/{p}"><img src="/i/{p}.gif" alt="{n}"></a>'
                   for p, n in [("who", "Who we are"), ("news", "Newsroom"), ("docs", "Documents")])
    expected = [("Who we are", "/who", []), ("Newsroom", "/news", []), ("Documents", "/docs", [])]
    assert _menu(f"<nav>{bar}</nav>") == expected
    assert _menu(f"<div>{bar}</div><h1>Home</h1>") == expected


def test_a_panel_elsewhere_in_the_page_opened_by_a_menu_button_is_part_of_the_menu() -> None:
    page = """<nav><ul><li><button aria-controls="p1" aria-expanded="false">Our work</button></li>
        <li><a href="/newsroom">Newsroom</a></li></ul></nav>
      <main><h1>Home</h1></main>
      <div id="p1" hidden><ul><li><a href="/arms">Arms control</a></li>
        <li><a href="/elections">Elections</a></li></ul></div>"""
    assert _menu(page) == [("Arms control", "/arms", ["Our work"]),
                           ("Elections", "/elections", ["Our work"]),
                           ("Newsroom", "/newsroom", [])]


def test_a_breadcrumb_trail_marks_its_own_box_not_the_page_wrapper_around_the_menu() -> None:
    trail = ('<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Home'
             '</a></li><li><a href="/work">Our work</a></li></ol>')
    menu = '<ul class="menu"><li><a href="/x">X</a></li><li><a href="/y">Y</a></li></ul>'
    # a whole-page wrapper (div#page) holding menu and trail is no breadcrumb
    assert _menu(f'<div id="page"><header>{menu}</header><nav>{trail}</nav></div>') == [
        ("X", "/x", []), ("Y", "/y", [])]


def test_the_page_s_own_classes_exclude_no_menu() -> None:
    menu = '<nav><ul><li><a href="/x">X</a></li><li><a href="/y">Y</a></li></ul></nav>'
    page = (f"<html lang='en'><body class='tweak-social-icons-style footer-sticky'>{menu}"
            "</body></html>")
    records = extract(page.encode(), "https://www.osce.org/what", "navigation").records
    assert [r["name"] for r in records] == ["X", "Y"]


def test_a_trail_whose_separators_stand_in_items_of_their_own_is_no_menu() -> None:
    trail = ('<nav aria-label="Path"><ol><li><a href="/">Home</a></li>'
             '<li role="presentation" aria-hidden="true">/</li><li><a href="/work">Our work</a>'
             '</li><li role="presentation" aria-hidden="true">/</li>'
             '<li><span aria-current="page">Elections</span></li></ol></nav>')
    menu = '<nav class="menu"><ul><li><a href="/x">X</a></li><li><a href="/y">Y</a></li></ul></nav>'
    assert _menu(menu + trail) == [("X", "/x", []), ("Y", "/y", [])]


def test_a_group_labelled_by_a_control_saying_it_is_collapsed_counts() -> None:
    # Vuetify's v-list-group: the header says aria-expanded, the hidden items name it by
    # aria-labelledby, and no aria-controls joins them
    drawer = """<nav><a href="/news">Newsroom</a><div>
      <div id="g1" tabindex="0" aria-expanded="false"><div>Our work</div></div>
      <div role="group" aria-labelledby="g1" style="display: none;">
        <a href="/arms">Arms control</a><a href="/elections">Elections</a></div></div></nav>"""
    assert _menu(drawer) == [("Newsroom", "/news", []), ("Arms control", "/arms", ["Our work"]),
                             ("Elections", "/elections", ["Our work"])]


@pytest.mark.parametrize("small", ["lg:hidden", "d-lg-none", "hide-for-large"])
def test_a_hidden_small_screen_menu_beside_a_menu_on_view_gives_nothing(small: str) -> None:
    wide = ('<nav class="hidden lg:flex"><ul><li><a href="/work">Our work</a></li>'
            '<li><a href="/news">Newsroom</a></li><li><a href="/docs">Documents</a></li>'
            '</ul></nav>')
    mobile = (f'<div id="mobile-nav" class="{small}" hidden><ul><li><a href="/work">Our work</a>'
              '</li><li><a href="/contacts">Contacts</a></li><li><a href="/jobs">Jobs</a></li>'
              '<li><a href="/faq">FAQ</a></li></ul></div>')
    assert [u for _, u, _ in _menu(wide + mobile)] == ["/work", "/news", "/docs"]
    # the only menu of the page is read, whatever screens it is meant for
    assert [u for _, u, _ in _menu(mobile)] == ["/work", "/contacts", "/jobs", "/faq"]


def test_a_link_above_groups_with_headings_of_their_own_is_their_peer_not_their_title() -> None:
    panel = """<nav><ul><li><button>Countries</button><div><div>
      <p><a href="/countries">All countries</a></p>
      <section><h3>Participating States</h3><ul><li><a href="/at">Austria</a></li>
        <li><a href="/be">Belgium</a></li></ul></section>
      <ul><li><a href="/asian">Asian Partners</a></li></ul></div></div></li></ul></nav>"""
    assert _menu(panel) == [
        ("All countries", "/countries", ["Countries"]),
        ("Austria", "/at", ["Countries", "Participating States"]),
        ("Belgium", "/be", ["Countries", "Participating States"]),
        ("Asian Partners", "/asian", ["Countries"])]


def test_a_caption_naming_one_list_by_aria_labelledby_labels_that_list_only() -> None:
    panel = """<nav><ul><li><details open><summary>Our work</summary><div>
      <span id="cap">Fields of work</span>
      <ul aria-labelledby="cap"><li><a href="/arms">Arms control</a></li></ul>
      <ul><li><a href="/projects">Projects</a></li></ul></div></details></li></ul></nav>"""
    assert _menu(panel) == [("Arms control", "/arms", ["Our work", "Fields of work"]),
                            ("Projects", "/projects", ["Our work"])]


_MAP = """<img src="/i/nav.gif" usemap="#nav" alt="Navigation"><map name="nav">
  <area href="/" alt="Home" coords="0,0,50,20"
        onmouseover="MM_showHideLayers('layerAbout','','hide','layerDocs','','hide')">
  <area href="/about" alt="About" coords="51,0,100,20" onmouseover="MM_show('layerAbout')">
  <area href="/docs" alt="Documents" coords="101,0,150,20"
        onmouseover="MM_showHideLayers('layerDocs','','show','layerAbout','','hide')"></map>"""
_LAYERS = """<div id="layerAbout" style="visibility:hidden" onmouseover="MM_keep('layerAbout')">
  <a href="/about/what">What we are</a><a href="/about/states">States</a></div>
  <div id="layerDocs" style="visibility:hidden"><a href="/docs/decisions">Decisions</a></div>"""


def test_an_image_map_is_a_menu_whose_areas_open_the_layers_their_script_shows() -> None:
    assert _menu(_MAP + _LAYERS) == [
        ("Home", "/", []), ("About", "/about", []),
        ("What we are", "/about/what", ["About"]), ("States", "/about/states", ["About"]),
        ("Documents", "/docs", []), ("Decisions", "/docs/decisions", ["Documents"])]


def test_a_map_no_image_uses_draws_no_menu() -> None:
    unused = _MAP.replace('usemap="#nav"', "")
    menu = '<nav><ul><li><a href="/x">X</a></li></ul></nav>'
    assert _menu(menu + unused + _LAYERS) == [("X", "/x", [])]


def test_a_wrapper_named_after_the_skip_link_s_target_is_no_skip_box() -> None:
    # the page wrapper a "Skip to content" link jumps to (#skipToContent_fallback) holds
    # the sidebar menu; the skip box itself, jumping within the page, is still none
    skip = ('<nav class="skip-links"><a href="https://www.osce.org/what#main">Skip to content</a>'
            '<a href="#menu">Skip to menu</a></nav>')
    sidebar = ('<div id="__skipToContent_fallback"><aside><nav aria-label="Docs sidebar">'
               '<ul><li><a href="/arms">Arms control</a></li>'
               '<li><a href="/elections">Elections</a></li>'
               '<li><a href="/policing">Policing</a></li></ul></nav></aside>'
               '<main><h1>x</h1></main></div>')
    assert _menu(skip + sidebar) == [("Arms control", "/arms", []),
                                     ("Elections", "/elections", []), ("Policing", "/policing", [])]


def test_a_bar_s_toggle_button_standing_beside_its_links_labels_none_of_them() -> None:
    # the navbar's icon button folds the whole bar on a small screen; the links beside it
    # are the bar, not a panel it opens (a dropdown's own link still heads its items)
    bar = """<nav><div class="bar">
      <button aria-label="Toggle navigation" aria-expanded="false"><svg></svg></button>
      <a href="/work">Our work</a><a href="/newsroom">Newsroom</a>
      <div class="dropdown"><a href="/institutions" role="button">Institutions</a>
        <ul><li><a href="/odihr">ODIHR</a></li><li><a href="/hcnm">HCNM</a></li></ul></div>
    </div></nav>"""
    assert _menu(bar) == [("Our work", "/work", []), ("Newsroom", "/newsroom", []),
                          ("Institutions", "/institutions", []),
                          ("ODIHR", "/odihr", ["Institutions"]),
                          ("HCNM", "/hcnm", ["Institutions"])]


def test_a_list_repeating_the_links_read_before_it_in_the_menu_is_its_copy() -> None:
    # the small screen's drawer inside the navbar, hidden by the style sheet alone: its
    # extra link is never seen on the wide page; a submenu's "Overview" repeating its
    # parent item is one link of several and the submenu counts
    bar = ('<div class="bar"><a href="/work">Our work</a><a href="/newsroom">Newsroom</a>'
           '<a href="/publications">Publications</a></div>')
    drawer = ('<div class="drawer"><ul><li><a href="/work">Our work</a></li>'
              '<li><a href="/newsroom">Newsroom</a></li>'
              '<li><a href="/publications">Publications</a></li>'
              '<li><a href="/newsletter">Newsletter</a></li></ul></div>')
    top = [("Our work", "/work", []), ("Newsroom", "/newsroom", []),
           ("Publications", "/publications", [])]
    assert _menu(f"<nav>{bar}{drawer}</nav>") == top
    submenu = ('<nav><ul><li><a href="/work">Our work</a><ul><li><a href="/work">Overview</a></li>'
               '<li><a href="/arms">Arms control</a></li><li><a href="/elections">Elections</a>'
               '</li></ul></li></ul></nav>')
    assert _menu(submenu) == [("Our work", "/work", []),
                              ("Arms control", "/arms", ["Our work"]),
                              ("Elections", "/elections", ["Our work"])]

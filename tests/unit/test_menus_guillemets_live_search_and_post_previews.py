"""Menu designs: a closing guillemet that ends a quotation in a menu name, a main
nav whose class names it the parent of the search box it holds
(``live-search-parent``), and a magazine theme's mega menu holding the category's
latest post previews."""

from __future__ import annotations

from scraper.extract.pages.navigation.hints import strip_glyphs
from scraper.extract.structure import class_tokens
from tests.pages import Entry, menu_entries


def _menu(body: str) -> list[Entry]:
    return menu_entries(body, "https://www.example.org/",
                        main="<main><h1>Home</h1><p>Text.</p></main>")


# ------------------------------------------------------------------ guillemets
def test_a_closing_guillemet_of_a_quotation_is_kept() -> None:
    assert strip_glyphs("Процесс в формате «5+2»") == "Процесс в формате «5+2»"
    assert strip_glyphs("Newsroom »") == "Newsroom"
    assert strip_glyphs("«Quoted» »") == "«Quoted»"


def test_a_menu_name_ending_in_a_quotation_keeps_its_guillemet() -> None:
    body = ("<nav><ul><li><a href='/a'>About</a></li>"
            "<li><a href='/talks'>Talks in the «5+2»</a></li>"
            "<li><a href='/news'>News »</a></li></ul></nav>")
    assert _menu(body) == [("About", "/a", []), ("Talks in the «5+2»", "/talks", []),
                           ("News", "/news", [])]


def test_the_space_inside_french_guillemets_stays_before_the_closing_one() -> None:
    assert strip_glyphs("Podcast « Sécurité commune »") == "Podcast « Sécurité commune »"
    assert strip_glyphs("« Quoted » »") == "« Quoted »"


def test_a_menu_name_in_french_quotes_before_a_badge_keeps_its_spaces() -> None:
    body = ("<nav><ul><li><a href='/a'>About</a></li>"
            "<li><a href='/pod'>Podcast « Sécurité commune » "
            "<span class='badge'>Nouveau</span></a></li></ul></nav>")
    assert _menu(body) == [("About", "/a", []),
                           ("Podcast « Sécurité commune »", "/pod", [])]


# ------------------------------------------------------------------ parent of a search
def test_a_class_naming_the_element_parent_of_something_gives_no_words() -> None:
    el = __import__("lxml.html").html.fragment_fromstring(
        "<nav class='main-nav live-search-parent'></nav>")
    assert class_tokens(el) == frozenset({"main", "nav"})


def test_a_main_nav_holding_the_live_search_is_the_menu() -> None:
    body = ("<header><nav id='main-nav' class='main-nav header-nav live-search-parent' "
            "aria-label='Primary Navigation'><ul class='menu'>"
            "<li><a href='/about'>About</a></li><li><a href='/news'>Newsroom</a></li>"
            "<li><a href='/jobs'>Jobs</a></li></ul>"
            "<form class='search'><input name='s'></form></nav></header>")
    assert _menu(body) == [("About", "/about", []), ("Newsroom", "/news", []),
                           ("Jobs", "/jobs", [])]


# ------------------------------------------------------------------ post previews
def test_post_previews_in_a_mega_menu_are_no_entries() -> None:
    posts = [(498934, "Language teachers from two towns trained on bilingual classroom methods"),
             (498876, "Border guards complete a course on detecting forged travel documents"),
             (498830, "Confidence-building projects on both river banks presented in the capital")]
    previews = "".join(
        f"<li><a class='post-thumb' href='/mission/{n}'><img src='/t{n}.jpg' alt=''></a>"
        f"<h3 class='post-box-title'><a href='/mission/{n}'>{t}</a></h3>"
        f"<span class='date'>2 days ago</span></li>" for n, t in posts)
    body = ("<nav class='main-nav'><ul class='menu'>"
            "<li><a href='/about'>About</a></li>"
            "<li class='mega-menu'><a href='/field'>Field operations</a>"
            "<div class='mega-menu-content'><ul class='sub-categories'>"
            "<li><a href='/field/europe'>Eastern Europe</a></li>"
            "<li><a href='/field/asia'>Central Asia</a></li></ul>"
            f"<ul class='mega-cat-posts'>{previews}</ul></div></li>"
            "<li><a href='/jobs'>Jobs</a></li></ul></nav>")
    assert _menu(body) == [
        ("About", "/about", []), ("Field operations", "/field", []),
        ("Eastern Europe", "/field/europe", ["Field operations"]),
        ("Central Asia", "/field/asia", ["Field operations"]), ("Jobs", "/jobs", [])]

"""Menu designs: a language switcher's item labels nothing after it, a navigation
landmark of the site's social profiles is a menu (a box of them outside every landmark
stays out), and a blog's pager worded the Romance way ("← Entradas anteriores") is no
menu."""

from __future__ import annotations

import pytest

from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_MAIN = ('<nav aria-label="Main"><ul>'
         '<li><a href="/where">Where we are</a></li>'
         '<li><a href="/work">Our work</a></li>'
         '<li><a href="/newsroom">Newsroom</a></li></ul></nav>')


def test_language_item_labels_no_social_box_after_it() -> None:
    body = ('<nav aria-label="Main"><ul>'
            '<li><a href="/es/work">Trabajo</a></li>'
            '<li><a href="/es/jobs">Empleo</a></li>'
            '<li class="lang-item"><a hreflang="fr-FR" lang="fr-FR" href="/fr/">FR</a></li>'
            '<li><ul class="links">'
            '<li><a href="https://x.com/OSCE"><svg aria-hidden="true"></svg>'
            '<span class="screen-reader-text">X</span></a></li>'
            '<li><a href="https://www.youtube.com/user/osce"><svg aria-hidden="true"></svg>'
            '<span class="screen-reader-text">YouTube</span></a></li>'
            "</ul></li></ul></nav>")
    entries = menu_entries(body, "https://www.osce.org/es/")
    assert ("X", "https://x.com/OSCE", []) in entries
    assert ("YouTube", "https://www.youtube.com/user/osce", []) in entries


def test_social_navigation_landmark_counts() -> None:
    body = (_MAIN + '<nav class="social-navigation" aria-label="Social Links Menu">'
            '<div class="menu-social-container"><ul class="social-links-menu">'
            '<li><a href="https://twitter.com/OSCE">'
            '<span class="screen-reader-text">Twitter</span></a></li>'
            '<li><a href="https://www.facebook.com/osce.org">'
            '<span class="screen-reader-text">Facebook</span></a></li>'
            "</ul></div></nav>")
    entries = menu_entries(body)
    assert ("Twitter", "https://twitter.com/OSCE", []) in entries
    assert ("Facebook", "https://www.facebook.com/osce.org", []) in entries


def test_social_box_outside_every_landmark_stays_out() -> None:
    body = (_MAIN + '<div class="social-links"><ul class="social">'
            '<li><a href="https://twitter.com/OSCE">Twitter</a></li>'
            '<li><a href="https://www.facebook.com/osce.org">Facebook</a></li>'
            "</ul></div>")
    assert [e[0] for e in menu_entries(body)] == ["Where we are", "Our work", "Newsroom"]


@pytest.mark.parametrize("words", ["Entradas anteriores", "Articoli precedenti",
                                   "Предыдущие записи"])
def test_blog_pager_worded_noun_first_is_no_entry(words: str) -> None:
    main = ('<main><h1>Portada</h1><article><h2><a href="/es/cio/1">Noticia</a></h2>'
            "</article>"
            '<nav class="navigation paging-navigation" role="navigation">'
            '<h1 class="screen-reader-text">Navegación de entradas</h1>'
            '<div class="nav-links"><div class="nav-previous"><a href="/es/page/2/">'
            f'<span class="meta-nav">&larr;</span> {words}</a></div></div></nav></main>')
    entries = menu_entries(_MAIN, main=main)
    assert [e[0] for e in entries] == ["Where we are", "Our work", "Newsroom"]

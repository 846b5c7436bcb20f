"""Menus and listings as a reader sees them: one small page per mechanism.

The fixtures (fixtures/navigation, fixtures/listing) hold whole pages; these pages
isolate one rule each, so a failure names the rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract
from scraper.extract.text import split_values
from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/newsroom") -> list[Entry]:
    return menu_entries(body, url)


def _next(body: str, url: str = "https://www.osce.org/press-releases?page=1") -> Any:
    page = f"<!DOCTYPE html><html lang='en'><head><title>t</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").next_page


def test_toggle_words_for_screen_readers_are_no_part_of_paths() -> None:
    menu = _menu("""<nav aria-labelledby="t"><h2 id="t" class="visually-hidden">Main navigation</h2>
      <ul><li><button>Our work<span class="visually-hidden"> – Toggle submenu</span></button>
        <ul><li><span>Fields of work</span>
          <button><span class="visually-hidden">Expand</span></button>
          <ul><li><a href="/arms-control">Arms control</a></li>
              <li><a href="/elections">Elections</a></li></ul></li></ul></li></ul></nav>""")
    assert menu == [("Arms control", "/arms-control", ["Our work", "Fields of work"]),
                    ("Elections", "/elections", ["Our work", "Fields of work"])]


def test_hidden_copy_of_the_menu_gives_nothing_but_collapsed_submenus_count() -> None:
    menu = _menu("""
      <div class="mobile-nav" hidden><ul><li><span>Work</span><ul>
        <li><a href="/arms-control">Arms</a></li><li><a href="/elections">Elections</a></li>
        <li><a href="/app">Get the app</a></li></ul></li><li><a href="/newsroom">News</a></li>
      </ul></div>
      <nav class="main-menu"><ul>
        <li><span>Our work</span><button aria-controls="s1"><span class="chevron">▾</span></button>
          <ul id="s1" hidden><li><a href="/arms-control">Arms control</a></li>
                             <li><a href="/elections">Elections</a></li></ul></li>
        <li><a href="/newsroom">Newsroom</a><button aria-controls="s2">+</button>
          <ul id="s2" style="display: none"><li><a href="/press-releases">Press releases</a></li>
          </ul></li></ul></nav>
      <template><nav class="menu"><a href="/tpl">Template link</a></nav></template>""")
    assert menu == [("Arms control", "/arms-control", ["Our work"]),
                    ("Elections", "/elections", ["Our work"]),
                    ("Newsroom", "/newsroom", []),
                    ("Press releases", "/press-releases", ["Newsroom"])]


def test_a_collapsed_submenu_whose_pages_the_content_lists_still_counts() -> None:
    menu = _menu("""<nav class="main-menu"><ul>
      <li><a href="/newsroom">Newsroom</a><button aria-controls="s2">+</button>
        <ul id="s2" hidden><li><a href="/press-releases">Press releases</a></li>
          <li><a href="/statements">Statements</a></li></ul></li>
      <li><a href="/about-us">About us</a></li></ul></nav>
      <main><h1>Newsroom</h1><ul><li><a href="/press-releases">Press releases</a></li>
        <li><a href="/statements">Statements</a></li></ul></main>""")
    assert menu == [("Newsroom", "/newsroom", []),
                    ("Press releases", "/press-releases", ["Newsroom"]),
                    ("Statements", "/statements", ["Newsroom"]), ("About us", "/about-us", [])]


def test_a_print_only_copy_of_the_menu_gives_nothing() -> None:
    menu = _menu("""<nav class="print-only"><ul><li>Work<ul>
        <li><a href="/elections">Elections (print)</a></li></ul></li></ul></nav>
      <nav class="main-menu d-print-none"><ul><li><span>Our work</span><ul>
        <li><a href="/elections">Elections</a></li></ul></li></ul></nav>""")
    assert menu == [("Elections", "/elections", ["Our work"])]


def test_a_hidden_drawer_holding_the_only_menu_is_the_menu() -> None:
    menu = _menu("""<button class="burger"><span class="sr-only">Open menu</span></button>
      <div class="drawer" aria-hidden="true"><ul class="drawer__menu">
        <li><button>Our work <span aria-hidden="true">▾</span></button>
          <ul><li><a href="/elections">Elections</a></li></ul></li>
        <li><a href="/about-us">About us</a></li><li><a href="/contacts">Contacts</a></li>
      </ul></div>""")
    assert menu == [("Elections", "/elections", ["Our work"]), ("About us", "/about-us", []),
                    ("Contacts", "/contacts", [])]


def test_a_hidden_drawer_beside_a_small_utility_menu_still_counts() -> None:
    menu = _menu("""<nav class="quick"><a href="/contacts">Contacts</a>
      <a href="/employment">Jobs</a><a href="/procurement">Procurement</a></nav>
      <div class="offcanvas" hidden><ul><li><span>Our work</span><ul>
        <li><a href="/elections">Elections</a></li><li><a href="/youth">Youth</a></li></ul></li>
        <li><a href="/about-us">About us</a></li></ul></div>""")
    assert ("Elections", "/elections", ["Our work"]) in menu
    assert ("About us", "/about-us", []) in menu


def test_the_menu_button_of_small_screens_names_no_group() -> None:
    menu = _menu("""<nav class="menu-main"><button aria-controls="list">Menu</button>
      <ul id="list"><li><span>Our work</span><ul><li><a href="/elections">Elections</a></li>
        <li><a href="/youth">Youth</a></li></ul></li><li><a href="/about-us">About us</a></li>
      </ul></nav>""")
    assert menu == [("Elections", "/elections", ["Our work"]), ("Youth", "/youth", ["Our work"]),
                    ("About us", "/about-us", [])]


def test_boxes_led_by_a_title_label_their_links() -> None:
    menu = _menu("""<nav class="megamenu">
      <div><button>Our work</button><div class="panel">
        <div><h3>Fields of work</h3><a href="/arms-control">Arms control</a>
             <a href="/elections">Elections</a></div>
        <div><p><strong>Meetings</strong></p><div><a href="/eef">Forum</a>
             <a href="/summit-meetings">Summits</a></div></div></div></div>
      <div><a href="/newsroom">Newsroom</a><div class="panel">
        <a href="/press-releases">Press releases</a></div></div></nav>""")
    assert menu == [("Arms control", "/arms-control", ["Our work", "Fields of work"]),
                    ("Elections", "/elections", ["Our work", "Fields of work"]),
                    ("Forum", "/eef", ["Our work", "Meetings"]),
                    ("Summits", "/summit-meetings", ["Our work", "Meetings"]),
                    ("Newsroom", "/newsroom", []),
                    ("Press releases", "/press-releases", ["Newsroom"])]


def test_bootstrap_navbar_dropdown_headers_and_brand() -> None:
    menu = _menu("""<nav class="navbar"><div class="container-fluid">
      <a class="navbar-brand" href="/">OSCE</a>
      <button class="navbar-toggler" aria-controls="nav"><span class="icon"></span></button>
      <div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav">
        <li class="nav-item dropdown"><a class="dropdown-toggle" href="#">Our work</a>
          <ul class="dropdown-menu"><li><a href="/arms-control">Arms control</a></li>
            <li><hr class="dropdown-divider"></li><li><h6 class="dropdown-header">Meetings</h6></li>
            <li><a href="/eef">Forum</a></li></ul></li>
        <li class="nav-item"><a href="/newsroom">Newsroom</a></li></ul></div></div></nav>""")
    assert menu == [("Arms control", "/arms-control", ["Our work"]),
                    ("Forum", "/eef", ["Our work", "Meetings"]),
                    ("Newsroom", "/newsroom", [])]


def test_an_item_labels_the_mega_panel_it_opens() -> None:
    menu = _menu("""<nav class="main"><ul><li><a href="/our-work">Our work</a>
      <div class="mega"><div class="col"><h4><a href="/fields">Fields</a></h4>
        <ul><li><a href="/youth">Youth</a></li></ul></div>
      <div class="col"><h4>Topics</h4><ul><li><a href="/roma">Roma</a></li></ul></div></div>
      </li><li><a href="/about-us">About us</a></li></ul></nav>""")
    assert menu == [("Our work", "/our-work", []), ("Fields", "/fields", ["Our work"]),
                    ("Youth", "/youth", ["Our work", "Fields"]),
                    ("Roma", "/roma", ["Our work", "Topics"]), ("About us", "/about-us", [])]


def test_icon_items_are_named_by_their_accessible_name_logos_are_not_entries() -> None:
    menu = _menu("""<nav class="navbar">
      <a class="navbar-brand" href="/"><img src="l.svg" alt="OSCE"></a>
      <ul><li><a href="/contacts" aria-label="Contacts"><i class="icon-mail"></i></a></li>
      <li><a href="/about-us">About us <span aria-hidden="true">›</span></a></li></ul></nav>""")
    assert menu == [("Contacts", "/contacts", []), ("About us", "/about-us", [])]


def test_a_mega_menu_items_description_is_no_part_of_its_name() -> None:
    menu = _menu("""<nav class="menu"><ul><li><a href="/elections"><span class="title">Elections
      </span><span class="menu-desc">Observing elections across the region</span></a></li>
      <li><a href="/about-us">About <em>us</em></a></li></ul></nav>""")
    assert menu == [("Elections", "/elections", []), ("About us", "/about-us", [])]


def test_a_footer_site_map_is_the_menu_when_there_is_no_other() -> None:
    groups = "".join(
        f"<div class='col'><h4>Group {g}</h4><ul>"
        + "".join(f"<li><a href='/g{g}/l{i}'>Link {g}.{i}</a></li>" for i in range(5))
        + "</ul></div>" for g in (1, 2))
    menu = _menu(f"""<header><a href="/">OSCE</a></header><main><p>Text</p></main>
      <footer><section><h2 class="sr-only">Site map</h2>{groups}</section>
      <p class="copyright"><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p>
      </footer>""")
    assert len(menu) == 10
    assert menu[0] == ("Link 1.0", "/g1/l0", ["Group 1"])
    assert menu[-1] == ("Link 2.4", "/g2/l4", ["Group 2"])
    # with a menu above it, the footer is no menu
    with_menu = _menu("<nav class='menu'><a href='/a'>A</a><a href='/b'>B</a></nav>"
                      f"<footer><section>{groups}</section></footer>")
    assert [url for _, url, _ in with_menu] == ["/a", "/b"]


_SR_PAGER = ('<nav class="pager"><a href="/press-releases?page=5"><span class="sr-only">Next'
             '</span><svg aria-hidden="true"></svg></a></nav>')


@pytest.mark.parametrize(("body", "expected"), [
    ('<ol class="feed"></ol><button data-next-url="/press-releases?page=4">Show more</button>',
     "https://www.osce.org/press-releases?page=4"),
    ('<a class="btn" href="/press-releases?page=7" role="button">Load more</a>',
     "https://www.osce.org/press-releases?page=7"),
    ('<button disabled data-next-url="/press-releases?page=2">Load more</button>', None),
    ('<template><a rel="next" href="/press-releases?page=9">Next</a></template>', None),
    (_SR_PAGER, "https://www.osce.org/press-releases?page=5"),
    ('<nav class="pager"><a href="/pl/press-releases?page=2">Następna ›</a></nav>',
     "https://www.osce.org/pl/press-releases?page=2"),
    ('<a class="button" href="/press-releases/page/3/">Load more news</a>',
     "https://www.osce.org/press-releases/page/3/"),
    ('<a class="button" href="/newsroom">More</a>', None),   # another section
    # an arrow image: its alt text is the link's name
    ('<a href="/press-releases?page=2"><img src="/i/arrow.gif" alt="Page suivante"></a>',
     "https://www.osce.org/press-releases?page=2"),
])
def test_next_page_of_a_listing(body: str, expected: str | None) -> None:
    assert _next(body) == expected


def test_a_spaced_slash_separates_values_a_bare_one_does_not() -> None:
    assert split_values("État de droit / Jeunesse") == ["État de droit", "Jeunesse"]
    assert split_values("Cyber/ICT Security, Youth") == ["Cyber/ICT Security", "Youth"]


def test_a_read_more_link_never_titles_a_listed_item() -> None:
    page = """<!DOCTYPE html><html lang="en"><body><main><div class="view-content">
      <div class="card"><span class="badge">Press release</span><h3>Mission trains judges</h3>
        <p>Twenty judges studied procedural guarantees for minors over three days.</p>
        <p><span class="sr-only">Published:</span> <time datetime="2025-03-04">4 March</time></p>
        <a href="/mission-in-kosovo/589512">Read more<span class="visually-hidden"> about
          Mission trains judges</span></a></div>
      <div class="card"><h3>Chair opens forum</h3><p>3 March 2025</p>
        <a href="/chairpersonship/589500">Weiterlesen →</a></div></div></main></body></html>"""
    records = extract(page.encode(), "https://www.osce.org/press-releases", "listing").records
    assert [(r["title"], r["issued_on"]) for r in records] == [
        ("Mission trains judges", "2025-03-04"), ("Chair opens forum", "2025-03-03")]


def test_a_link_in_a_teaser_sentence_is_no_listed_item() -> None:
    page = """<!DOCTYPE html><html lang="fr"><body><main><div class="liste">
      <article><p>Communiqué de presse</p><h2><a href="/fr/odihr/580001">Rapport final</a></h2>
        <p>12 février 2025</p><p>Le rapport suit l’observation, voir aussi
        <a href="/fr/odihr/579000">la déclaration préliminaire</a> publiée en janvier.</p></article>
      <article><p>Actualité</p><h2><a href="/fr/secretariat/580002">Visite à Tirana</a></h2>
        <p>10 février 2025</p></article></div></main></body></html>"""
    records = extract(page.encode(), "https://www.osce.org/fr/press-releases", "listing").records
    assert [(r["title"], r["issued_on"], r["content_type"]) for r in records] == [
        ("Rapport final", "2025-02-12", "Communiqué de presse"),
        ("Visite à Tirana", "2025-02-10", "Actualité")]


def test_a_meta_line_of_facts_run_together_gives_type_and_date() -> None:
    page = """<!DOCTYPE html><html lang="en"><body><main><ul class="results">
      <li><h3><a href="/odihr/580001">Final report on elections</a></h3>
        <div class="meta">Press release | 12 February 2025 | ODIHR</div></li>
      <li><h3><a href="/secretariat/580002">Secretary General visits Tirana</a></h3>
        <div class="meta">News item · 10 February 2025</div>
        <p>Talks with the authorities on youth and co-operation.</p></li>
      </ul></main></body></html>"""
    records = extract(page.encode(), "https://www.osce.org/press-releases", "listing").records
    assert [(r["content_type"], r["issued_on"], r["summary"]) for r in records] == [
        ("Press release", "2025-02-12", None),
        ("News item", "2025-02-10", "Talks with the authorities on youth and co-operation.")]


def test_a_read_more_link_closing_the_teaser_leads_to_the_entry() -> None:
    page = """<!DOCTYPE html><html lang="en"><body><main><div class="view-content">
      <div class="card"><h3>Mission trains judges</h3><p>Twenty judges studied procedural
        guarantees for minors over three days. <a href="/mission-in-kosovo/589512">Read
        more</a></p><p>4 March 2025</p></div>
      <div class="card"><h3>Chair opens forum</h3><p>The Chair opened the annual forum in
        Vienna with a call for dialogue. <a href="/chairpersonship/589500">Read more »</a>
        </p><p>3 March 2025</p></div></div></main></body></html>"""
    records = extract(page.encode(), "https://www.osce.org/press-releases", "listing").records
    assert [(r["title"], r["issued_on"], r["summary"]) for r in records] == [
        ("Mission trains judges", "2025-03-04",
         "Twenty judges studied procedural guarantees for minors over three days."),
        ("Chair opens forum", "2025-03-03",
         "The Chair opened the annual forum in Vienna with a call for dialogue.")]


def test_a_footer_site_maps_neighbouring_legal_and_social_lists_are_no_part_of_it() -> None:
    groups = "".join(
        f"<div class='col'><h4>Group {g}</h4><ul>"
        + "".join(f"<li><a href='/g{g}/l{i}'>Link {g}.{i}</a></li>" for i in range(5))
        + "</ul></div>" for g in (1, 2, 3))
    menu = _menu(f"""<main><p>Text</p></main><footer><section>{groups}</section>
      <div class="bottom"><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">
      Privacy</a></li></ul><ul><li><a href="https://t.me/x">Telegram</a></li></ul></div>
      </footer>""")
    assert [url for _, url, _ in menu] == [f"/g{g}/l{i}" for g in (1, 2, 3) for i in range(5)]


def test_a_neighbouring_column_is_no_label_of_a_list_without_heading() -> None:
    menu = _menu("""<nav class="menu"><div class="panel"><div class="col"><ul>
      <li><a href="/projects">Projects</a></li></ul></div><div class="col"><ul>
      <li><a href="/partnerships">Partnerships</a></li></ul></div></div></nav>""")
    assert menu == [("Projects", "/projects", []), ("Partnerships", "/partnerships", [])]


def test_an_older_sites_numbered_pages_with_a_font_of_bold_labels_are_listed_items() -> None:
    page = """<!DOCTYPE html><html lang="fr"><body><table><tr><td>
      <a href="/fr/item/19872.html"><b>Le Haut Commissaire se rend en Géorgie</b></a><br>
      <font size="1"><b>Date de publication :</b> 14 juillet 2006<br><b>Type de contenu :</b>
      Communiqué de presse</font><br><font size="2">Le Haut Commissaire a rencontré des
      représentants des communautés.</font></td></tr><tr><td>
      <a href="/fr/item/19855.html"><b>La Mission soutient la réforme</b></a><br>
      <font size="1"><b>Date de publication :</b> 12 juillet 2006</font></td></tr></table>
      <p><font size="1"><b>Articles les plus lus :</b><br><a href="/fr/item/19011.html">Le
      Secrétaire général à Douchanbé</a> (2 mai 2006)</font></p></body></html>"""
    records = extract(page.encode(), "https://www.osce.org/fr/press_rel/", "listing").records
    assert [(r["url"].rsplit("/", 1)[1], r["issued_on"], r["content_type"], r["summary"])
            for r in records] == [
        ("19872.html", "2006-07-14", "Communiqué de presse",
         "Le Haut Commissaire a rencontré des représentants des communautés."),
        ("19855.html", "2006-07-12", None, None)]


def test_a_date_in_a_box_with_a_type_class_is_no_content_type() -> None:
    page = """<!DOCTYPE html><html lang="it"><body><main><ul>
      <li class="post type-post"><h2><a href="/it/rfom/612150">Dichiarazione</a></h2>
        <div class="post-date"><time datetime="2025-09-05T09:00:00+02:00">5 settembre
        2025</time></div></li>
      <li class="post type-post"><h2><a href="/it/rfom/612151">Comunicato</a></h2>
        <div class="post-date"><time datetime="2025-09-04T09:00:00+02:00">4 settembre
        2025</time></div></li></ul></main></body></html>"""
    records = extract(page.encode(), "https://www.osce.org/it/press-releases", "listing").records
    assert [(r["issued_on"], r["content_type"]) for r in records] == [
        ("2025-09-05", None), ("2025-09-04", None)]


def test_a_scripts_item_parameter_names_a_listed_item() -> None:
    page = """<!DOCTYPE html><html lang="en"><body><div id="content"><ul class="news">
      <li><a href="news.php?id=512">Mission opens office in Osh</a> <i>12.03.2008</i></li>
      <li><a href="news.php?id=509">Training for border guards</a> <i>10.03.2008</i></li>
      </ul><p><a href="news.php?start=20">Older news</a></p></div></body></html>"""
    result = extract(page.encode(), "https://www.osce.org/bishkek/news.php", "listing")
    assert [(r["url"], r["issued_on"]) for r in result.records] == [
        ("https://www.osce.org/bishkek/news.php?id=512", "2008-03-12"),
        ("https://www.osce.org/bishkek/news.php?id=509", "2008-03-10")]
    assert result.next_page == "https://www.osce.org/bishkek/news.php?start=20"


def test_a_pager_counting_items_leads_to_the_nearest_later_offset() -> None:
    pager = ('<p><a href="/press_rel/index.php?start=0">«</a> <a href="/press_rel/index.php?'
             'start=30">4</a> <a href="/press_rel/index.php?start=20">3</a> <a href="/about?'
             'start=90">x</a></p>')
    assert _next(pager, "https://www.osce.org/press_rel/index.php?start=10") == \
        "https://www.osce.org/press_rel/index.php?start=20"
    assert _next(pager, "https://www.osce.org/press_rel/index.php?start=30") is None


def test_an_inert_drawer_copying_the_menu_gives_nothing() -> None:
    menu = _menu("""<div class="drawer" inert><nav><ul><li><a href="/elections">Elections</a>
      </li><li><a href="/policing">Policing</a></li><li><a href="/about">About</a></li></ul>
      </nav></div><header><nav class="main"><ul><li><span>Our work</span><ul><li><a
      href="/elections">Elections</a></li><li><a href="/policing">Policing</a></li></ul></li>
      <li><a href="/about">About</a></li></ul></nav></header>""")
    assert menu == [("Elections", "/elections", ["Our work"]),
                    ("Policing", "/policing", ["Our work"]), ("About", "/about", [])]


def test_bold_lines_head_the_links_under_them_in_an_older_menu_cell() -> None:
    menu = _menu("""<table><tr><td class="nav"><b>What we do</b><br><a href="/elections">
      Elections</a><br><a href="/policing">Policing</a><br><b>Who we are</b><br>
      <a href="/odihr">ODIHR</a></td><td><h1>Page</h1></td></tr></table>""")
    assert menu == [("Elections", "/elections", ["What we do"]),
                    ("Policing", "/policing", ["What we do"]),
                    ("ODIHR", "/odihr", ["Who we are"])]


def test_a_panel_the_menu_opens_from_elsewhere_in_the_page_follows_its_control() -> None:
    menu = _menu("""<header><nav class="main"><ul><li><button aria-controls="p1"
      aria-expanded="false">Our work</button></li><li><a href="/about">About</a></li></ul>
      </nav></header><main><h1>Newsroom</h1></main><div id="p1" class="panel" hidden><ul>
      <li><a href="/elections">Elections</a></li><li><a href="/policing">Policing</a></li>
      </ul></div>""")
    assert menu == [("Elections", "/elections", ["Our work"]),
                    ("Policing", "/policing", ["Our work"]), ("About", "/about", [])]


@pytest.mark.parametrize("close", [
    '<button class="drawer__close" aria-controls="drawer">Fermer le menu</button>',
    '<button type="button" aria-label="Cerrar">×</button>',
    ('<button class="x"><span aria-hidden="true">✕</span><span class="sr-only">Close</span>'
     '</button>'),
])
def test_a_drawer_close_button_labels_no_group(close: str) -> None:
    menu = _menu(f"""<nav id="drawer" class="drawer">{close}
      <ul><li><span>Notre action</span><ul>
        <li><a href="/fr/arms-control">Maîtrise des armements</a></li>
        <li><a href="/fr/elections">Élections</a></li></ul></li>
        <li><a href="/fr/newsroom">Actualités</a></li></ul></nav>""")
    assert menu == [("Maîtrise des armements", "/fr/arms-control", ["Notre action"]),
                    ("Élections", "/fr/elections", ["Notre action"]),
                    ("Actualités", "/fr/newsroom", [])]


def test_the_brand_beside_a_collapsed_navbar_names_no_group() -> None:
    menu = _menu("""<nav class="navbar"><div class="container">
      <div class="navbar-header"><button class="navbar-toggle" data-target="#main">
        <span class="sr-only">Toggle navigation</span></button>
        <a class="navbar-brand" href="/de/"><img alt="OSZE" src="/logo.png"></a></div>
      <div class="collapse navbar-collapse" id="main"><ul class="nav navbar-nav">
        <li class="dropdown"><a href="#" class="dropdown-toggle">Unsere Arbeit</a>
          <ul class="dropdown-menu"><li><a href="/de/arms-control">Rüstungskontrolle</a></li>
            <li><a href="/de/elections">Wahlen</a></li></ul></li>
        <li><a href="/de/newsroom">Presse</a></li></ul></div></div></nav>""")
    assert menu == [("Rüstungskontrolle", "/de/arms-control", ["Unsere Arbeit"]),
                    ("Wahlen", "/de/elections", ["Unsere Arbeit"]),
                    ("Presse", "/de/newsroom", [])]

"""Text the page's own ``<style>`` hides (the off-screen "accessibility" trick of older
templates) is screen-reader text, a submenu it moves away still counts; a heading that
is all one link to the site's home names the site, not the item; a heading standing
just over a menu box titles its entries."""

from __future__ import annotations

from typing import Any

from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.page_styles import page_off_screen_selectors, parse_sheets
from scraper.extract.visible import NOT_RENDERED, SCREEN_READER_ONLY, hidden_kind

OFF = "position: absolute; left: -9999px"


def _kind(sheet: str, body: str, xpath: str) -> str | None:
    doc = Document(url="https://www.osce.org/x/1",
                   text=f"<html><head><style>{sheet}</style></head><body>{body}</body></html>")
    return hidden_kind(doc.root.xpath(xpath)[0])


def test_an_off_screen_class_is_screen_reader_text() -> None:
    assert _kind(f".accessibility {{ {OFF} }}", "<h2 class='accessibility'>Navigation</h2>",
                 "//h2") == SCREEN_READER_ONLY


def test_an_off_screen_element_in_a_box_is_screen_reader_text() -> None:
    assert _kind(f"#menu_vert dfn {{ {OFF} }}",
                 "<div id='menu_vert'><a href='/a'><dfn>1.1: </dfn>Mandate</a></div>",
                 "//dfn") == SCREEN_READER_ONLY


def test_the_same_element_outside_the_box_shows() -> None:
    assert _kind(f"#menu_vert dfn {{ {OFF} }}", "<p><dfn>term</dfn></p>", "//dfn") is None


def test_an_off_screen_class_a_hover_rule_brings_back_is_no_screen_reader_text() -> None:
    sheet = f".sub {{ {OFF} }} li:hover .sub {{ left: 0 }}"
    assert page_off_screen_selectors(parse_sheets((sheet,))) == []


def test_an_off_screen_rule_under_media_is_not_taken() -> None:
    sheet = f"@media (max-width: 600px) {{ .accessibility {{ {OFF} }} }}"
    assert page_off_screen_selectors(parse_sheets((sheet,))) == []


def test_an_off_screen_submenu_still_counts() -> None:
    body = ("<ul><li><a href='/a'>About</a><ul class='sub'><li><a href='/b'>Mandate</a>"
            "</li></ul></li></ul>")
    assert _kind(f".sub {{ {OFF} }}", body, "//ul[@class='sub']") is None


def _news(body: str, title: str) -> dict[str, Any]:
    page = (f"<html lang='en'><head><title>{title}</title></head><body>{body}</body></html>")
    return extract(page.encode(), "https://www.osce.org/cio/591878", "news").records[0]


def test_a_heading_linking_home_is_the_site_name_not_the_headline() -> None:
    body = ("<div id='header'><h1><a href='https://www.osce.org/'>Organization for Security"
            "</a></h1></div><div id='main'><h3>Address by the Chairman at the opening of "
            "the Annual Review Conference</h3><p>The Chairman spoke today in Vienna to "
            "the delegations of the participating States about the year ahead.</p></div>")
    record = _news(body, "OSCE | Address by the Chairman to the Annual Review Conference")
    assert record["title"] == ("Address by the Chairman at the opening of the Annual Review "
                               "Conference")


def test_a_heading_just_over_a_menu_box_titles_its_entries() -> None:
    page = ("<html lang='en'><head><title>t</title></head><body><div id='sidebar'>"
            "<h2>About us</h2><div id='menu_vert'><ul><li><a href='/history'>History</a></li>"
            "<li><a href='/budget'>Budget</a></li></ul></div></div><main><h1>About us</h1>"
            "<p>Text.</p></main></body></html>")
    records = extract(page.encode(), "https://www.example.org/about", "navigation").records
    assert [r["path"] for r in records] == [["About us"], ["About us"]]


def test_a_pages_headline_over_its_intro_is_no_title_of_a_menu_with_its_own() -> None:
    page = ("<html lang='en'><head><title>t</title></head><body><header><nav><ul>"
            "<li><a href='/'>Home</a></li><li><a href='/about'>About</a></li></ul></nav>"
            "</header><main><h1>Border management</h1><p>What the OSCE does on border "
            "management: projects, meetings and the latest news, in one place.</p>"
            "<nav aria-label='Section'><h2>In this section</h2><ul>"
            "<li><a href='/border/points'>Focal points</a></li>"
            "<li><a href='/border/papers'>Publications</a></li></ul></nav></main></body></html>")
    records = extract(page.encode(), "https://www.example.org/border", "navigation").records
    paths = {r["name"]: r["path"] for r in records}
    assert paths["Focal points"] == ["In this section"]


_MENU = ("<nav><ul><li><a href='/about'><span>About</span><span class='ms-hidden'>"
         "Use SHIFT+ENTER to open the menu (new window).</span></a>"
         "<ul class='ms-hidden'><li><a href='/mandate'>Mandate</a></li></ul></li></ul></nav>")


def test_words_a_never_shown_class_hides_in_a_menu_are_no_readers() -> None:
    assert _kind(".ms-hidden{display:none}", _MENU, "//a/span[2]") == NOT_RENDERED


def test_a_panel_of_links_the_same_class_hides_in_a_menu_still_counts() -> None:
    assert _kind(".ms-hidden{display:none}", _MENU, "//ul[@class='ms-hidden']") is None


_TINY = "position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden;font-size:1px"


def test_a_one_pixel_box_cutting_off_its_words_is_screen_reader_text() -> None:
    body = "<ul><li><a href='/a'>Our work<span class='blind'> in the field</span></a></li></ul>"
    assert _kind(f".blind{{{_TINY}}}", body, "//span") == SCREEN_READER_ONLY


def test_a_one_pixel_box_letting_its_words_overflow_shows_them() -> None:
    body = "<p><span class='dot'>Our work</span></p>"
    sheet = ".dot{position:absolute;width:1px;height:1px}"
    assert _kind(sheet, body, "//span") is None


def test_a_toggles_hidden_words_label_no_group() -> None:
    page = (f"<html lang='en'><head><title>t</title><style>.blind{{{_TINY}}}</style></head>"
            "<body><nav aria-label='Main'><ul><li><a href='/'>Home</a></li><li>"
            "<a href='/where'>Where we are</a><button type='button'><span class='blind'>"
            "Open submenu</span></button><ul><li><a href='/moldova'>Moldova</a></li></ul>"
            "</li></ul></nav><main><h1>t</h1></main></body></html>")
    records = extract(page.encode(), "https://www.example.org/x", "navigation").records
    assert [r["path"] for r in records] == [[], [], ["Where we are"]]

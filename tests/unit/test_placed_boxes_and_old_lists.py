"""Site builders that place every box themselves (iWeb, Muse) and older table pages:
the headline is the line the page's stylesheet sets in the largest type; a builder's
style names holding "skip" are no skip link's box; a caption is the short line placed
right under its picture; "MS Word, 48 KB" is a file's facts; a title line over a link
a line to other items is a related list, no body."""

from __future__ import annotations

from lxml import html

from scraper.extract.blocks import Block, linearize
from scraper.extract.document import Document
from scraper.extract.figures import is_placed_caption
from scraper.extract.page_styles import class_font_sizes
from scraper.extract.pages.news import NewsPage
from scraper.extract.pages.news.teasers import is_item_list
from scraper.extract.structure import is_chrome_element

_TEXT = ("<p class='t'>The Secretary General opened the annual meeting of border "
         "security focal points in Vienna and called for closer co-operation.</p>"
         "<p class='t'>He proposed three steps that each participating State could take "
         "this year, from shared risk analysis to joint training at the border.</p>"
         "<p class='t'>The meeting brought together experts from across the region and "
         "closed with a joint statement of its participants on the way ahead.</p>")


def _page(body: str, style: str = "") -> NewsPage:
    text = (f"<html lang='en'><head><title>Speech: Borders – annual meeting</title>"
            f"<style>{style}</style></head><body>{body}</body></html>")
    return NewsPage(Document(url="https://www.osce.org/secretariat/598426", text=text))


def test_class_font_sizes_reads_top_level_single_class_rules() -> None:
    root = html.fromstring("<html><head><style>.big { font-size: 28px } .small, p.s "
                           "{ font-size: 12px } @media print { .big { font-size: 9px } }"
                           "</style></head><body></body></html>")
    assert class_font_sizes(root) == {"big": 28.0, "small": 12.0, "s": 12.0}


def test_headline_is_the_line_a_stylesheet_class_sets_large() -> None:
    page = _page("<p class='k'>Speech</p><p class='h'>Borders connect: Secretary General "
                 "opens annual meeting of focal points</p>" + _TEXT,
                 ".h { font-size: 28px; font-weight: bold } .k { font-size: 11px }")
    assert page.title is not None
    assert page.title.value == ("Borders connect: Secretary General opens annual meeting "
                                "of focal points")


def test_builder_style_name_with_skip_holding_labels_is_no_chrome() -> None:
    box = html.fragment_fromstring("<div class='style_SkipStroke_3'><p><b>Published:</b> "
                                   "15 October 2009<br><b>Issued by:</b> <a href='/sg'>"
                                   "Secretary General</a></p></div>")
    assert not is_chrome_element(box)


def test_skip_link_box_stays_chrome() -> None:
    box = html.fragment_fromstring("<div class='skip'><a href='#main'>Skip to content</a></div>")
    assert is_chrome_element(box)


def test_placed_line_under_a_placed_picture_is_its_caption() -> None:
    root = html.fragment_fromstring(
        "<div><div style='position: absolute; left: 360px; top: 250px; width: 300px; "
        "height: 240px'><img src='a.jpg'></div>"
        "<div id='c' style='position: absolute; left: 360px; top: 494px; width: 300px; "
        "height: 30px'><p>The Secretary General in the Hofburg. (OSCE)</p></div>"
        "<div id='t' style='position: absolute; left: 40px; top: 250px; width: 300px; "
        "height: 900px'><p>Text beside the picture.</p></div></div>")
    assert is_placed_caption(root.get_element_by_id("c"))
    assert not is_placed_caption(root.get_element_by_id("t"))


def test_file_facts_with_a_program_name_make_a_download_line() -> None:
    page = _page(_TEXT + "<p><a href='/files/programme.doc'>Seminar programme</a> "
                 "(MS Word, 48 KB)</p>")
    body = page.body
    assert body is not None
    assert "Seminar programme" not in body.value


def _block(markup: str) -> Block:
    doc = Document(url="https://www.osce.org/ru/press_rel/1999/11/4172_ru.html",
                   text=f"<html><body>{markup}</body></html>")
    return next(b for b in linearize(doc.root, doc.order) if "\n" in b.text)


def _absolute(href: str | None) -> str | None:
    return f"https://www.osce.org/ru/press_rel/1999/11/{href}" if href else None


def test_title_line_over_links_to_items_is_a_related_list() -> None:
    b = _block("<p><b>Other press releases of November:</b><br><a href='4168_ru.html'>"
               "Chairman welcomes summit preparations</a><br><a href='4165_ru.html'>High "
               "Commissioner visits Skopje</a></p>")
    assert is_item_list(b, _absolute, set())


def test_lines_of_text_with_a_link_are_no_related_list() -> None:
    b = _block("<p>For more information:<br>Press office<br><a href='4168_ru.html'>"
               "Chairman welcomes summit preparations</a></p>")
    assert not is_item_list(b, _absolute, set())

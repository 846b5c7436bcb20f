"""The one model of visible text: hidden text never reaches a value, icons have names."""

from __future__ import annotations

import pytest

from scraper.extract.blocks import linearize
from scraper.extract.document import Document
from scraper.extract.labels import best, find_labels
from scraper.extract.visible import (
    ARIA_HIDDEN,
    NOT_RENDERED,
    SCREEN_READER_ONLY,
    accessible_name,
    hidden_kind,
    label_text,
    visible_text,
)


def _doc(body: str) -> Document:
    return Document(url="https://www.osce.org/x/1", text=f"<html><body>{body}</body></html>")


def _el(markup: str) -> object:
    return _doc(markup).root.xpath("//body/*[1]")[0]


@pytest.mark.parametrize(("markup", "kind"), [
    ('<span hidden>x</span>', NOT_RENDERED),
    ('<span hidden="until-found">x</span>', None),          # collapsed, found on search
    ('<span aria-hidden="true">x</span>', ARIA_HIDDEN),
    ('<span aria-hidden="false">x</span>', None),
    ('<span class="visually-hidden">x</span>', SCREEN_READER_ONLY),       # Drupal, BS5
    ('<span class="sr-only">x</span>', SCREEN_READER_ONLY),               # BS4, Tailwind
    ('<span class="element-invisible">x</span>', SCREEN_READER_ONLY),     # Drupal 7
    ('<span class="screen-reader-text">x</span>', SCREEN_READER_ONLY),    # WordPress
    ('<span class="show-for-sr">x</span>', SCREEN_READER_ONLY),           # Foundation
    ('<span class="is-sr-only">x</span>', SCREEN_READER_ONLY),            # Bulma
    ('<span class="govuk-visually-hidden">x</span>', SCREEN_READER_ONLY),  # prefixed
    ('<span class="usa-sr-only">x</span>', SCREEN_READER_ONLY),
    ('<span class="uk-hidden-visually">x</span>', SCREEN_READER_ONLY),      # UIkit
    ('<span class="pf-v5-screen-reader">x</span>', SCREEN_READER_ONLY),   # PatternFly 5
    ('<span class="ds_screen_reader">x</span>', SCREEN_READER_ONLY),     # any prefix, any dash
    ('<span class="ui-helper-hidden-accessible">x</span>', SCREEN_READER_ONLY),
    ('<span class="clipped">x</span>', SCREEN_READER_ONLY),               # eBay Skin (Marko)
    ('<span class="text-assistive">x</span>', SCREEN_READER_ONLY),        # Spectre.css
    ('<span class="j-508-label">x</span>', SCREEN_READER_ONLY),           # Jive
    ('<span class="dqpl-offscreen">x</span>', SCREEN_READER_ONLY),       # Deque Cauldron
    ('<span class="a-offscreen">x</span>', SCREEN_READER_ONLY),          # Amazon
    ('<span class="su-sr-only-text">x</span>', SCREEN_READER_ONLY),      # Stanford Decanter
    ('<span class="clip">x</span>', None),             # a word like it, no convention
    ('<span class="u-hidden">x</span>', NOT_RENDERED),
    ('<span class="d-none">x</span>', NOT_RENDERED),
    ('<span class="d-none d-lg-block">x</span>', None),     # shown again on a desktop
    ('<span class="hidden md:flex">x</span>', None),        # Tailwind, the same
    ('<td class="hidden md:table-cell">x</td>', None),       # a table's column, any display
    ('<li class="hidden lg:list-item">x</li>', None),
    ('<td class="d-none d-md-table-cell">x</td>', None),
    ('<span class="sr-only md:not-sr-only">x</span>', None),
    ('<span style="display: none !important">x</span>', NOT_RENDERED),
    ('<span style="color:red;visibility:hidden">x</span>', NOT_RENDERED),
    ('<span style="position:absolute;clip:rect(0 0 0 0)">x</span>', SCREEN_READER_ONLY),
    ('<span style="position:absolute;left:-9999px">x</span>', SCREEN_READER_ONLY),
    ('<span style="display:block">x</span>', None),
    ('<span class="hidden-xs">x</span>', None),              # responsive: shown elsewhere
    ('<template><p>x</p></template>', NOT_RENDERED),
    ('<dialog><p>x</p></dialog>', NOT_RENDERED),           # closed until a script opens it
    ('<dialog id="d" class="modal"><p>x</p></dialog>', NOT_RENDERED),
    ('<dialog open><p>x</p></dialog>', None),
    ('<i class="material-icons tiny">event</i>', ARIA_HIDDEN),       # a ligature icon
    ('<span class="material-symbols-outlined">home</span>', ARIA_HIDDEN),
])
def test_hidden_kind(markup: str, kind: str | None) -> None:
    assert hidden_kind(_el(markup)) == kind


def test_visible_text_leaves_out_every_hidden_form() -> None:
    el = _el('<h1>Talks in Vienna<span class="visually-hidden"> (current page)</span>'
             '<i class="material-icons" aria-hidden="true">link</i>'
             '<span style="display:none">draft</span><noscript>enable JS</noscript>'
             '<template>later</template><span hidden>old</span> end</h1>')
    assert visible_text(el) == "Talks in Vienna end"


def test_element_text_is_visible_text() -> None:
    doc = _doc('<h1>Headline <span class="sr-only">Opens in a new window</span></h1>')
    assert doc.element_text(doc.root.xpath("//h1")[0]) == "Headline"


def test_toggle_button_text_stays_out_of_a_label() -> None:
    el = _el('<li><a href="/our-work">Our work</a><button aria-expanded="false">'
             '<span class="visually-hidden">Expand</span></button></li>')
    assert visible_text(el) == "Our work"


@pytest.mark.parametrize(("markup", "name"), [
    ('<a href="/x" aria-label="Print this page"><i class="icon-print"></i></a>',
     "Print this page"),
    ('<a href="/x"><img src="a.png" alt="Download"></a>', "Download"),
    ('<a href="/x"><svg><title>Share</title></svg></a>', "Share"),
    ('<span title="Published"></span>', "Published"),
    ('<span aria-hidden="true" title="Published"></span>', ""),
    (('<span><span id="l1" class="sr-only">Issued by</span>'
     '<i aria-labelledby="l1"></i></span>'), "Issued by"),
])
def test_accessible_name(markup: str, name: str) -> None:
    assert accessible_name(_el(markup)) == name


def test_label_text_prefers_what_is_shown() -> None:
    assert label_text(_el('<a aria-label="Menu">Our work</a>')) == "Our work"
    assert label_text(_el('<a aria-label="Home"><i class="icon-home"></i></a>')) == "Home"


def test_blocks_leave_out_hidden_text() -> None:
    doc = _doc('<p>Visible paragraph.<span class="screen-reader-text"> Read more</span></p>'
               '<p style="display:none">Hidden paragraph.</p>')
    assert [b.text for b in linearize(doc.root, doc.order)] == ["Visible paragraph."]


@pytest.mark.parametrize("markup", [
    # the value's own hidden parts are left out
    ('<dl><dt>Issued by:</dt><dd><a href="/a">OSCE Secretariat<span class="sr-only"> '
    '(link)</span></a><span aria-hidden="true">·</span><a href="/b">OSCE Mission to '
    'Serbia</a></dd></dl>'),
    # a screen-reader-only label over a visible list (Drupal's field label)
    ('<div><h2 class="visually-hidden">Issued by</h2><ul><li>OSCE Secretariat</li>'
    '<li>OSCE Mission to Serbia</li></ul></div><p>Body text follows here.</p>'),
    # an icon whose accessible name is the label
    ('<p><i class="fa fa-building" title="Issued by"></i> OSCE Secretariat, '
    'OSCE Mission to Serbia</p>'),
    '<p><img src="issuer.svg" alt="Issued by:"> OSCE Secretariat, OSCE Mission to Serbia</p>',
])
def test_label_values_are_visible_text(markup: str) -> None:
    doc = _doc(markup)
    lv = best(find_labels(doc.root, doc.order), "issued_by")
    assert lv is not None
    assert lv.items == ["OSCE Secretariat", "OSCE Mission to Serbia"]


@pytest.mark.parametrize("markup", [
    # a label nobody sees (not rendered) is no label; nor is one only screen readers
    # hear that carries its own value
    '<p style="display:none">Issued by: OSCE Secretariat</p><p>Text.</p>',
    '<p><span class="sr-only">Issued by: OSCE Secretariat</span></p>',
    '<p><span aria-hidden="true">Issued by:</span></p>',
])
def test_hidden_labels_give_no_value(markup: str) -> None:
    doc = _doc(markup)
    assert best(find_labels(doc.root, doc.order), "issued_by") is None


@pytest.mark.parametrize(("sheet", "hidden"), [
    # a CSS-in-JS build's hashed class with the visually-hidden recipe
    (("._sr_5x6y7{position:absolute!important;width:1px;height:1px;overflow:hidden;"
      "clip:rect(0,0,0,0);white-space:nowrap}"), True),
    ("._x1, ._sr_5x6y7 { clip-path: inset(50%); height: 1px; width: 1px }", True),
    # the older off-left trick counts when nothing shows the class again ...
    ("._sr_5x6y7{position:absolute;left:-9999px}", True),
    # ... a hover menu's rule shows it: not taken
    ("._sr_5x6y7{position:absolute;left:-9999px} p:hover ._sr_5x6y7{left:0}", False),
    # Tachyons' ``.clip``: out of the flow, clipped to a rectangle of no area, no 1px box
    (("._sr_5x6y7{position:fixed!important;clip:rect(1px 1px 1px 1px);"
      "clip:rect(1px,1px,1px,1px)}"), True),
    # a clip that leaves an area shows it; an empty one on a box in the flow clips nothing
    ("._sr_5x6y7{position:absolute;clip:rect(0 200px 40px 0)}", False),
    ("._sr_5x6y7{clip:rect(1px 1px 1px 1px)}", False),
    # a rule for a state or a descendant is not the class itself
    ("._sr_5x6y7:focus{clip:rect(0,0,0,0);width:1px}", False),
    ("nav ._sr_5x6y7{clip:rect(0,0,0,0);width:1px}", False),
])
def test_a_class_the_page_stylesheet_hides_visually(sheet: str, hidden: bool) -> None:
    doc = _doc(f"<style>{sheet}</style><p>Наша работа<span class='_sr_5x6y7'>, "
               "раскрыть раздел</span></p>")
    (p,) = doc.root.iter("p")
    assert ("раскрыть" not in doc.element_text(p)) is hidden
    assert doc.element_text(p).startswith("Наша работа")

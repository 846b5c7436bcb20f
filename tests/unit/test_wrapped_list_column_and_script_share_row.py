"""A mega-menu column drawn as a list (``li.column > ul``) whose first item is a menu
widget (its heading, then its list wrapped alone in a box, ``div > ul``) keeps a lone
link item after that widget under the widget's heading, as it does when the list stands
bare (widgets.WidgetLabels._column_closing_label, base.wrapped_list); and a share row
whose buttons a script fills in (icon anchors with a class and no href, a "More" one)
under its share word ("Поширити:") is the share row, no paragraph of the text
(body_lines.share_row).

Each page isolates one signal, so a failure names it.
"""

from __future__ import annotations

import pytest

from scraper.extract.extraction import extract
from tests.pages import menu_entries

pytestmark = pytest.mark.unit

_WIDGET = ('<li class="item widget"><h4>Fields of work</h4><div class="box">'
           '<ul class="menu"><li><a href="/arms">Arms control</a></li>'
           '<li><a href="/borders">Border management</a></li></ul></div></li>')
_OTHER = ('<li class="column"><ul class="sub"><li class="item"><a href="/where">Where</a>'
          '<ul class="sub"><li><a href="/albania">Albania</a></li></ul></li></ul></li>')


def _menu(first_column: str) -> list:
    page = ('<nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li>'
            '<li><a href="#">Our work</a><ul class="sub"><li class="row"><ul class="sub">'
            f'<li class="column"><ul class="sub">{first_column}</ul></li>{_OTHER}'
            '</ul></li></ul></li><li><a href="/news">News</a></li></ul></nav>')
    return menu_entries(page)


def test_a_link_item_after_a_menu_widget_with_a_wrapped_list_stands_under_its_heading(
) -> None:
    entries = _menu(_WIDGET + '<li class="item all"><a href="/what-we-do">'
                    'All fields of work &rarr;</a></li>')
    assert ("Arms control", "/arms", ["Our work", "Fields of work"]) in entries
    assert ("All fields of work", "/what-we-do", ["Our work", "Fields of work"]) in entries


def test_a_wrapping_box_holding_more_than_the_list_titles_nothing_after_it() -> None:
    # the box holds a second list beside the first: no one group the link closes
    widget = _WIDGET.replace('</ul></div>', '</ul><ul><li><a href="/x">X</a></li></ul>'
                             '</div>')
    entries = _menu(widget + '<li class="item all"><a href="/what-we-do">'
                    'All fields of work</a></li>')
    assert ("All fields of work", "/what-we-do", ["Our work"]) in entries


_NEWS = """<html lang="uk"><head><title>Щоденний звіт | ОБСЄ</title></head><body>
<div class="content"><h1>Щоденний звіт СММ</h1>
<p>СММ зафіксувала менше порушень режиму припинення вогню в Донецькій області порівняно
з попередньою добою, зокрема поблизу лінії зіткнення.</p>
<p>Місія продовжувала спостерігати за відведенням озброєнь і відвідала кілька населених
пунктів уздовж лінії зіткнення протягом дня.</p>
<div class="share-tools"><span class="label">{label}</span>
<a class="share_facebook" title="Facebook"></a><a class="share_twitter" title="Twitter"></a>
<a class="share_more">{more}</a></div>
</div></body></html>"""


@pytest.mark.parametrize(("label", "more"), [
    ("Поширити:", "Більше"), ("Поделиться:", "Ещё"), ("Udostępnij:", "Więcej"),
    ("Partager :", "Plus"), ("Teilen:", "Mehr"), ("Condividi:", "Altro"),
    ("Compartir:", "Más"), ("Share:", "More")])
def test_a_share_word_over_script_filled_buttons_is_the_share_row(label: str, more: str
                                                                  ) -> None:
    rec = extract(_NEWS.format(label=label, more=more).encode(),
                  "https://www.osce.org/uk/ukraine-smm/123456").records[0]
    assert label.rstrip(" :") not in rec["body"]
    assert rec["body"].endswith("протягом дня.")

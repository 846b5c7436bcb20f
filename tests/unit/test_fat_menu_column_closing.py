"""A fat menu's column item (Plone Volto "Seven": ``li`` holding its heading link,
its list, then an "All fields of work →" link or a promo box) keeps what follows its
list under the item's words (widgets.WidgetLabels._closes_titled_list); a dash drawn
before each name ("— Elections") is a glyph, no word of it (hints.GLYPHS); and a
promo card's plain kicker line (a ``p``, a ``span``) over its one link tags the card, no group
(widgets.WidgetLabels._card_kicker)."""

from __future__ import annotations

from scraper.extract.extraction import extract

PAGE = "https://www.osce.org/"


def _paths(column: str) -> dict:
    html = ("<html lang='en'><body><header><nav aria-label='Main menu'><ul>"
            "<li><button aria-expanded='false'>Our work"
            "<span class='visually-hidden'> – Open submenu</span></button>"
            "<div class='submenu-wrapper'><div class='submenu'><ul>"
            f"{column}</ul></div></div></li>"
            "<li><a href='/newsroom'>Newsroom</a></li>"
            "</ul></nav></header><main><h1>Home</h1></main></body></html>")
    records = extract(html.encode(), PAGE, "navigation").records
    return {r["name"]: r["path"] for r in records}


LIST = ("<ul><li><a href='/arms-control'><span class='left-arrow'>—</span>"
        "<span>Arms control</span></a></li>"
        "<li><a href='/elections'><span>—</span><span>Elections</span></a></li></ul>")


def test_a_link_after_the_list_stands_under_the_items_words() -> None:
    paths = _paths(f"<li><a href='/fields'><span>Fields of work</span></a>{LIST}"
                   "<a href='/what-we-do'>All fields of work <span>→</span></a></li>")
    assert paths["Arms control"] == ["Our work", "Fields of work"]
    assert paths["All fields of work"] == ["Our work", "Fields of work"]
    assert paths["Fields of work"] == ["Our work"]


def test_a_promo_box_after_the_list_stands_under_the_items_words() -> None:
    paths = _paths("<li><span role='heading' aria-level='3'>Institutions</span>" + LIST
                   + "<div class='menu-promo'><a href='/report'>Annual report</a>"
                   "<p>Our year in figures.</p></div></li>")
    assert paths["Annual report"] == ["Our work", "Institutions"]
    assert paths["Elections"] == ["Our work", "Institutions"]


def test_a_drawn_dash_is_no_part_of_the_name() -> None:
    paths = _paths(f"<li><a href='/fields'>Fields of work</a>{LIST}</li>")
    assert "Arms control" in paths
    assert "Elections" in paths
    assert not any(name.startswith("—") for name in paths)


def test_a_link_of_a_second_item_stays_at_its_own_level() -> None:
    paths = _paths(f"<li><a href='/fields'>Fields of work</a>{LIST}</li>"
                   "<li><a href='/projects'>Projects</a></li>")
    assert paths["Projects"] == ["Our work"]


def _card(kicker: str) -> dict:
    return _paths("<li><a href='/fields'>Fields of work</a>" + LIST + "</li>"
                  "<li><div class='promo-card'><img src='/p.jpg' alt='Observers'>"
                  f"{kicker}<a href='/news'>Latest news</a></div></li>")


def test_a_promo_cards_kicker_is_no_group_label() -> None:
    assert _card("<p class='kicker'>Up to date</p>")["Latest news"] == ["Our work"]


def test_a_heading_over_a_card_still_labels_it() -> None:
    assert _card("<h3>Up to date</h3>")["Latest news"] == ["Our work", "Up to date"]


def test_a_promo_cards_kicker_span_is_no_group_label() -> None:
    assert _card("<span class='eyebrow'>Listen</span>")["Latest news"] == ["Our work"]


def test_a_span_over_a_list_of_links_still_labels_them() -> None:
    paths = _paths("<li><div class='col'><span>Meetings</span><ul>"
                   "<li><a href='/summits'>Summits</a></li>"
                   "<li><a href='/councils'>Ministerial councils</a></li></ul></div></li>")
    assert paths["Summits"] == ["Our work", "Meetings"]


def test_a_promo_columns_title_like_its_siblings_labels_its_one_link() -> None:
    paths = _paths("<li><div class='col'><div class='col-title'>Human dimension</div><ul>"
                   "<li><a href='/democratization'>Democratization</a></li>"
                   "<li><a href='/elections'>Elections</a></li></ul></div>"
                   "<div class='col'><div class='col-title'>Publications</div>"
                   "<a href='/annual-report'><img src='/a.jpg' alt=''>"
                   "<span>Annual report</span></a></div></li>")
    assert paths["Annual report"] == ["Our work", "Publications"]
    assert paths["Elections"] == ["Our work", "Human dimension"]


def test_a_bold_line_deep_in_a_builders_text_block_titles_its_promo_column() -> None:
    """A site builder wraps each block in boxes of classes of its own (Builder.io's
    ``div.builder-block > div.builder-text > p > strong``): a line all in bold, however
    deep, is the column's title over its one promo link, no card's plain kicker."""
    def block(inner: str, n: int) -> str:
        return f"<div class='builder-block css-{n}'>{inner}</div>"
    title = "<div class='builder-text'><p><strong>{}</strong></p></div>"
    paths = _paths("<li>"
                   + block(block(title.format("Meetings"), 1) + "<ul>"
                           "<li><a href='/summits'>Summits</a></li>"
                           "<li><a href='/councils'>Councils</a></li></ul>", 2)
                   + block(block(title.format("In focus"), 3)
                           + block("<img src='/r.jpg' alt=''>", 4)
                           + "<a href='/annual-report'>Annual report 2024</a>", 5)
                   + "</li>")
    assert paths["Annual report 2024"] == ["Our work", "In focus"]
    assert paths["Summits"] == ["Our work", "Meetings"]


def test_a_kicker_with_a_bold_word_among_plain_ones_is_still_no_title() -> None:
    paths = _card("<div><p>Read <strong>now</strong> and more</p></div>")
    assert paths["Latest news"] == ["Our work"]

"""A mega-menu column whose title row holds its heading and a link beside it (Bricks'
header box: ``h4`` "Fields of work" and "All fields of work →") over the column's
list: the heading's words alone label the list, and the link beside the heading is
an entry of the column's level, no item under the heading
(paths.PathLabels._title_words, widgets.WidgetLabels._heads_list_after)."""

from __future__ import annotations

from scraper.extract.extraction import extract

PAGE = "https://www.osce.org/"


def _menu(header: str, after: str = "<ul><li><a href='/arms-control'>Arms control</a></li>"
                                     "<li><a href='/elections'>Elections</a></li></ul>") -> dict:
    html = ("<html lang='en'><body><header><nav aria-label='Main menu'><ul>"
            "<li class='dropdown'><div class='toggle'><span>Our work</span>"
            "<button aria-expanded='false'>▾</button></div>"
            "<div class='dropdown-content'><div class='col'>"
            f"{header}{after}</div></div></li>"
            "<li><a href='/press-releases'>Newsroom</a></li>"
            "</ul></nav></header><main><h1>Home</h1></main></body></html>")
    records = extract(html.encode(), PAGE, "navigation").records
    return {r["name"]: r["path"] for r in records}


ROW = ("<div class='hdr'><h4>Fields of work</h4>"
       "<a href='/fields-of-work'>All fields of work</a></div>")


def test_the_heading_alone_labels_the_list_after_its_row() -> None:
    paths = _menu(ROW)
    assert paths["Arms control"] == ["Our work", "Fields of work"]
    assert paths["Elections"] == ["Our work", "Fields of work"]


def test_the_link_beside_the_heading_stands_at_the_columns_level() -> None:
    assert _menu(ROW)["All fields of work"] == ["Our work"]


def test_a_link_beside_a_heading_with_no_list_after_its_row_stays_under_it() -> None:
    paths = _menu(ROW, after="<p>Our activities across the OSCE area.</p></div>"
                  "<div class='col'><h4>Meetings</h4><ul><li><a href='/meetings/summit'>"
                  "Summit meetings</a></li><li><a href='/meetings/eef'>Forum</a></li></ul>")
    assert paths["All fields of work"] == ["Our work", "Fields of work"]

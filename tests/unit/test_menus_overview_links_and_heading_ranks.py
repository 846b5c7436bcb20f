"""Menu designs (shadcn/Radix, Bootstrap 3 "yamm" mega menus): a lone "All …" or
"Overview" link above groups that have their own headings is their peer (its row, an
accordion's nested heading), a heading of one rank closes the group of the one before
it, and a panel's row of columns is no head of the list item holding it."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/what") -> list[Entry]:
    return menu_entries(body, url)


def _links(*paths: str) -> str:
    return "".join(f"<li><a href='/{p}'>{p.title()}</a></li>" for p in paths)


def _paths(body: str) -> dict[str, list[str]]:
    return {url: path for _, url, path in _menu(body)}


def test_a_link_above_an_accordion_whose_heading_sits_in_its_item_is_its_peer() -> None:
    # Radix Accordion: root > item > h3 > button, then the region the button opens
    accordion = ("<div class='acc'><div class='item'><h3><button aria-controls='r' "
                 "aria-expanded='false'>States</button></h3>"
                 f"<div id='r' role='region' hidden><ul>{_links('austria', 'malta')}</ul>"
                 "</div></div></div>")
    body = ("<nav><ul><li><button aria-controls='p' aria-expanded='false'>Countries</button>"
            "<div id='p'><div class='panel'><a href='/countries'>All countries →</a>"
            f"{accordion}<ul>{_links('partners')}</ul></div></div></li></ul></nav>")
    paths = _paths(body)
    assert paths["/countries"] == ["Countries"]
    assert paths["/austria"] == ["Countries", "States"]
    assert paths["/partners"] == ["Countries"]


def test_an_overview_row_over_titled_columns_labels_none_of_them() -> None:
    # the overview row and the row of columns are boxes of different classes, in a
    # panel of its own (no list item holds it)
    columns = (f"<div class='col-4'><ul>{_links('projects', 'partnerships')}</ul></div>"
               f"<div class='col-4'><h3>Fields</h3><ul>{_links('elections', 'media')}</ul></div>")
    body = ("<nav><ul><li><button aria-controls='p' aria-expanded='false'>Our work</button>"
            "<div id='p'><div class='lead'><a href='/work'>Overview ›</a></div>"
            f"<div class='row'>{columns}</div></div></li>{_links('newsroom')}</ul></nav>")
    paths = _paths(body)
    assert paths["/work"] == ["Our work"]
    assert paths["/projects"] == ["Our work"]
    assert paths["/elections"] == ["Our work", "Fields"]


def test_an_overview_row_heading_a_list_items_panel_is_no_label_of_the_item() -> None:
    # Bootstrap 3 yamm: li > .yamm-content > [row: overview link, row: columns]
    columns = (f"<div class='col-4'><ul>{_links('projects')}</ul></div>"
               f"<div class='col-4'><h3>Fields</h3><ul>{_links('elections')}</ul></div>")
    body = ("<nav><ul class='nav'><li class='dropdown'><a href='#' role='button' "
            "aria-controls='m'>Our work</a><ul class='dropdown-menu' id='m'><li>"
            "<div class='content'><div class='row'><div class='col-12'>"
            "<a href='/work'>Overview ›</a></div></div>"
            f"<div class='row'>{columns}</div></div></li></ul></li></ul></nav>")
    paths = _paths(body)
    assert paths["/work"] == ["Our work"]
    assert paths["/projects"] == ["Our work"]
    assert paths["/elections"] == ["Our work", "Fields"]


def test_a_row_holding_the_list_is_no_head_of_the_item() -> None:
    body = ("<nav><ul class='nav'><li class='dropdown'><a href='#' role='button' "
            "aria-controls='m'>Resources</a><ul class='dropdown-menu' id='m'><li>"
            "<div class='content'><div class='row'><div class='col-12'>"
            f"<ul>{_links('documents', 'publications')}</ul></div></div>"
            "<button aria-label='Close'></button></div></li></ul></li></ul></nav>")
    paths = _paths(body)
    assert paths["/documents"] == ["Resources"]


def test_a_heading_of_the_same_rank_closes_the_group_of_the_one_before() -> None:
    column = (f"<div class='col'><h3>States</h3><ul>{_links('austria', 'malta')}</ul>"
              f"<h3>Partners</h3><ul>{_links('asian', 'mediterranean')}</ul></div>")
    body = ("<nav><ul><li><button aria-controls='p' aria-expanded='false'>Where</button>"
            f"<div id='p'>{column}</div></li>{_links('newsroom')}</ul></nav>")
    paths = _paths(body)
    assert paths["/austria"] == ["Where", "States"]
    assert paths["/asian"] == ["Where", "Partners"]

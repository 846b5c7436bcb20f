"""An icon link in the menu leading to the front page of a host under the page's own
(``jobs.osce.org`` from ``www.osce.org``), named for the organisation ("Jobs at the
OSCE"), is a sub-site the menu leads to, no logo: an entry under its accessible name.
The same icon leading to the page's own front page stays the logo."""

from __future__ import annotations

from tests.pages import menu_records

_ICON = "<svg viewBox='0 0 24 24'><path d='M2 7h20'></path></svg>"


def _menu(href: str) -> str:
    return ("<header><nav aria-label='Main'>"
            "<a href='/what-we-do'>What we do</a><a href='/newsroom'>Newsroom</a>"
            f"<a aria-label='Jobs at the OSCE' href='{href}'>{_ICON}</a>"
            "</nav></header><main><h1>Page</h1><p>Text.</p></main>")


def test_sub_host_front_page_icon_is_an_entry() -> None:
    records = menu_records(_menu("https://jobs.osce.org/"), "https://www.osce.org/what-we-do")
    assert {"name": "Jobs at the OSCE", "url": "https://jobs.osce.org/", "path": []} in records


def test_own_front_page_icon_stays_the_logo() -> None:
    records = menu_records(_menu("/"), "https://www.osce.org/what-we-do")
    assert [r["name"] for r in records] == ["What we do", "Newsroom"]

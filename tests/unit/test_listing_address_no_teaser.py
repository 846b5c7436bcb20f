"""An entry's ``<address>`` (the place an event was held, a venue's name and town) is
contact information, no part of the entry's teaser."""

from __future__ import annotations

from scraper.extract.extraction import extract

ENTRY = """<article class="event"><time datetime="2022-12-0{n}">{n} December 2022</time>
<h3><a href="/chairmanship/82946{n}">Ministerial Council meeting number {n} concludes</a></h3>
<address><span>Congress Centre {n}</span> <span>Łódź, Poland</span></address>
<div class="description"><p>The foreign ministers of the participating States met for
two days to discuss security in the region, session {n}.</p></div></article>"""


def test_an_entrys_address_is_no_part_of_its_teaser() -> None:
    entries = "".join(ENTRY.format(n=n) for n in range(1, 4))
    page = f"<html><body><main><h1>News</h1>{entries}</main></body></html>".encode()
    got = extract(page, "https://www.osce.org/press-releases", "listing")
    assert [r["summary"] for r in got.records] == [
        "The foreign ministers of the participating States met for two days to discuss "
        f"security in the region, session {n}." for n in range(1, 4)]


def test_an_entry_with_only_an_address_under_its_headline_has_no_teaser() -> None:
    entries = "".join(ENTRY.format(n=n).split('<div class="description">')[0] + "</article>"
                      for n in range(1, 4))
    page = f"<html><body><main><h1>News</h1>{entries}</main></body></html>".encode()
    got = extract(page, "https://www.osce.org/press-releases", "listing")
    assert len(got.records) == 3
    assert all(r["summary"] is None for r in got.records)

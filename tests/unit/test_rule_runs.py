"""Listings written flat in one box, their entries parted by rules (``<hr>``): each run
of siblings between two rules is one entry (rule_runs), its kicker, facts and loose
teaser its own, not the next headline's."""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

from scraper.extract.extraction import extract
from scraper.extract.rule_runs import box_rule_runs

PAGE = "https://www.osce.org/wiki/PressReleases"
TYPES = ("Press release", "News item", "Statement")


def _entry(n: int, kind: str) -> str:
    return (f"<span class=kicker><small>{kind}</small></span><br>"
            f"<h4><a href='/secretariat/8034{n}'>Headline number {n} of the wiki list</a></h4>"
            f"<span class=date>{n} March 2012</span> | <strong>Issued by:</strong> "
            "<a href='/secretariat'>OSCE Secretariat</a><br>"
            f"Teaser number {n}: the delegation met officials in the capital.<br>")


def _entries() -> list[dict[str, Any]]:
    side = ("<div style='float:right'><b>Featured</b><br>"
            "<a href='/secretariat/80342'>Headline number 2 of the wiki list</a><br>"
            "<small>2.3.2012</small></div>")
    runs = "".join(f"<hr>{_entry(n, kind)}" for n, kind in enumerate(TYPES, start=1))
    page = (f"<html lang='en'><body><div class=page>{side}<h3>Press releases</h3>"
            f"All our releases, newest first.<br>{runs}<hr><div class=pager>1 2</div>"
            "</div></body></html>")
    return extract(page.encode(), PAGE, "listing").records


def test_a_run_between_two_rules_linking_one_item_is_one_box() -> None:
    root = lxml_html.fromstring(
        "<div>intro<hr><b>K</b><h4><a href='/secretariat/803401'>A</a></h4>teaser a<hr>"
        "<b>K</b><h4><a href='/secretariat/803402'>B</a></h4>teaser b<hr>end</div>")
    box_rule_runs(root, lambda href: f"https://www.osce.org{href}" if href else None)
    boxes = root.findall("div")
    assert [b.text_content() for b in boxes] == ["KAteaser a", "KBteaser b"]
    assert root.text == "intro"
    assert (root[-1].tail or "") == "end"


def test_rules_parting_sections_not_items_stay_as_they_are() -> None:
    root = lxml_html.fromstring("<div><hr><p>a</p><p>b</p><hr><p>c</p>d<hr></div>")
    box_rule_runs(root, lambda href: href)
    assert root.find("div") is None


def test_each_entry_keeps_its_own_kicker_and_loose_teaser() -> None:
    entries = _entries()
    assert [e["url"] for e in entries] == [f"https://www.osce.org/secretariat/8034{n}"
                                           for n in (1, 2, 3)]
    assert [e["content_type"] for e in entries] == list(TYPES)
    assert [e["issued_by"] for e in entries] == [["OSCE Secretariat"]] * 3
    assert [e["summary"] for e in entries] == [
        f"Teaser number {n}: the delegation met officials in the capital." for n in (1, 2, 3)]

"""An issuer's value written as links ends at a bar before a link of another ``rel``:
``rel="tag"`` (the rel-tag convention) marks a topic, so "Issued by: <a>A</a> | <a
rel=tag>Elections</a> | <a>comment</a>" names one issuer, A; links alike on both sides of
a bar ("<a>A</a> | <a>B</a>") are still one value's."""

from __future__ import annotations

from lxml import html

from scraper.extract.labels import find_labels


def _issuers(facts: str) -> list[str]:
    root = html.fromstring(f"<html><body><div><small>{facts}</small></div></body></html>")
    return find_labels(root, skip_chrome=False)["issued_by"][0].items


def test_a_tag_link_after_the_bar_is_no_issuer() -> None:
    assert _issuers(
        "<a href='/user/osce'>osce</a> @ 17.11.2006, 09:40 | Herausgegeben von: "
        "<a href='/de/kosovo'>OSZE-Mission im Kosovo</a> | "
        "<a href='/de/democratization' rel='tag'>Demokratisierung</a>, "
        "<a href='/de/good-governance' rel='tag'>Verantwortungsvolle Staatsführung</a> | "
        "<a href='/de/stories/1/comment'>kommentieren</a>") == ["OSZE-Mission im Kosovo"]


def test_alike_links_on_both_sides_of_a_bar_stay_one_value() -> None:
    assert _issuers("Herausgegeben von: <a href='/de/georgia'>OSZE-Mission in Georgien</a> "
                    "| <a href='/de/odihr'>OSZE-BDIMR</a>") == [
        "OSZE-Mission in Georgien", "OSZE-BDIMR"]

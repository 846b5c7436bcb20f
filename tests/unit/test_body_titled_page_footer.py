"""A box whose title names it the page's footer or header (``<div title="footer">``, a
word processor's running footer exported to HTML) is page chrome, as a ``<footer>``:
its address line and page number are no body."""
from __future__ import annotations

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_PAGE = """<html><head><title>Conference opens | OSCE</title></head><body lang="en-GB">
<h1>The conference on cyber security opens in Vienna</h1>
<p>The Secretary General welcomed more than two hundred representatives of the
participating States, the private sector and academia to the conference.</p>
<p>He called on the participating States to put the agreed measures into practice and
to test them in regular exercises between their points of contact.</p>
<p>Thank you for your attention.</p>
<div title="{title}">
<p align="center">OSCE – Wallnerstrasse 6, 1010 Vienna, Austria – press@osce.org</p>
<p align="right">1</p>
</div>
</body></html>"""


def _body(title: str) -> str:
    page = _PAGE.format(title=title).encode()
    return extract(page, "https://www.osce.org/secretariat/591303").records[0]["body"]


def test_a_box_titled_footer_is_no_body() -> None:
    body = _body("footer")
    assert body.endswith("Thank you for your attention.")
    assert "Wallnerstrasse" not in body


def test_a_box_titled_otherwise_stays() -> None:
    assert "Wallnerstrasse" in _body("Contact")

"""A script framework's own hiding classes hide on a rendered page; its cloaks do not.

AngularJS injects ``.ng-hide{display:none!important}`` when it starts, so a prerendered
snapshot carries ``class="ng-hide"`` on every ``ng-show`` whose value is false, and no
stylesheet of the page says so.  jQuery UI, Ext JS, Kendo UI, DevExtreme… ship theirs
with their widgets.  A "cloak" class (``ng-cloak``, ``v-cloak``, Alpine's ``x-cloak``)
hides only until the framework has started, then goes: the element shows.
"""

from __future__ import annotations

import pytest

from scraper.extract.blocks import linearize
from scraper.extract.document import Document
from scraper.extract.visible import NOT_RENDERED, hidden_kind


def _doc(body: str) -> Document:
    return Document(url="https://www.osce.org/x/1", text=f"<html><body>{body}</body></html>")


@pytest.mark.parametrize(("markup", "kind"), [
    ('<p class="ng-hide" ng-show="vm.showEnglish">x</p>', NOT_RENDERED),   # AngularJS
    ('<div class="ui-helper-hidden">x</div>', NOT_RENDERED),               # jQuery UI
    ('<div class="ui-screen-hidden">x</div>', NOT_RENDERED),               # jQuery Mobile
    ('<div class="x-hide-display">x</div>', NOT_RENDERED),                 # Ext JS
    ('<div class="x-hidden-offsets">x</div>', NOT_RENDERED),
    ('<div class="yui3-hidden">x</div>', NOT_RENDERED),                    # YUI 3
    ('<div class="k-hidden">x</div>', NOT_RENDERED),                       # Kendo UI
    ('<div class="dx-state-invisible">x</div>', NOT_RENDERED),             # DevExtreme
    ('<div class="ion-hide">x</div>', NOT_RENDERED),                       # Ionic
    ('<p class="ng-cloak">x</p>', None),     # removed once AngularJS has compiled the page
    ('<p ng-cloak>x</p>', None),
    ('<p v-cloak>x</p>', None),              # Vue, the same
    ('<p x-cloak>x</p>', None),              # Alpine, the same
    ('<p class="ng-binding ng-scope">x</p>', None),
    ('<div class="overflow-x-hidden">x</div>', None),   # clips, hides nothing
])
def test_framework_hiding_class(markup: str, kind: str | None) -> None:
    assert hidden_kind(_doc(markup).root.xpath("//body/*[1]")[0]) == kind


def test_ng_hide_paragraph_is_no_body_text() -> None:
    doc = _doc('<div class="node-body"><p class="ng-hide" ng-show="vm.en">For the media.</p>'
               '<p ng-cloak>Shown text.</p></div>')
    texts = [b.text for b in linearize(doc.root, doc.order)]
    assert texts == ["Shown text."]

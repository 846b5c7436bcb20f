"""A control its own inline script registers: a forum's navbar cell holding
``<script>vbmenu_register("navbar_fields")</script>`` (vBulletin) hands the menu script
the cell's own id, and the script opens the popup named after it
(``navbar_fields_menu``) when the cell is clicked.  No handler attribute says so: the
call beside the control, quoting the control's id, is the only sign."""

from __future__ import annotations

from typing import Any

from scraper.extract.pages.navigation.script_layers import QUOTED_NAME


def registers_itself(el: Any) -> bool:
    """``el`` has an id that an inline ``<script>`` among its children quotes."""
    ident = el.get("id") if isinstance(el.tag, str) else None
    if not ident:
        return False
    return any(ident in QUOTED_NAME.findall(s.text or "") for s in el.iterchildren("script")
               if not s.get("src"))

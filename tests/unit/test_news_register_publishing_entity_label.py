"""A public information register's record table (the Polish BIP "Metryczka") names the
issuer as the "Podmiot udostępniający informację" (the entity making the information
available); the persons who wrote, posted or modified it are no issuers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pages import news_record

pytestmark = pytest.mark.unit

TEXT = (
    "<p>Przedstawiciele gmin z obu brzegów rzeki uzgodnili wspólny plan promocji "
    "turystyki winiarskiej i agroturystyki na najbliższe trzy lata.</p>"
    "<p>Projekt jest częścią działań na rzecz budowy zaufania między społecznościami i "
    "jest finansowany przez kilka państw uczestniczących.</p>")


def _record(entity: str) -> Any:
    return news_record(
        "<main><article><h1>Wspólny szlak winiarski po obu brzegach rzeki</h1>"
        f"<div class='text'>{TEXT}</div>"
        "<section><h2>Metryczka</h2><table><tbody>"
        f"<tr><th scope='row'>Podmiot udostępniający informację:</th><td>{entity}</td></tr>"
        "<tr><th scope='row'>Wytworzył:</th><td>Jan Nowak</td></tr>"
        "<tr><th scope='row'>Opublikował:</th><td>Anna Kowalczyk</td></tr>"
        "<tr><th scope='row'>Data publikacji:</th><td>18.05.2022 10:15</td></tr>"
        "</tbody></table></section></article></main>",
        "https://www.osce.org/pl/mission-to-moldova/1", "pl")


def test_the_register_entity_making_the_information_available_is_the_issuer() -> None:
    record = _record("Misja OBWE w Mołdawii")
    assert record["issued_by"] == ["Misja OBWE w Mołdawii"]
    assert record["issued_on"] == "2022-05-18"

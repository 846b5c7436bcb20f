"""A heading set inside a quote is the quote; a picture's caption is no prose the body
widens to; "Читайте також" ends the body; a ``rel="tag"`` row after the ``</article>``
tags the item."""
from __future__ import annotations

import pytest

from scraper.extract.document import Document
from scraper.extract.pages.news import NewsPage

pytestmark = pytest.mark.unit

_QUOTE = """<html lang="en"><body><main><article><h1>Mission opened in the capital</h1>
<div class="entry"><p>WARSAW, 4 September 2019 – The Office opened an election observation
mission today, following an invitation from the authorities.</p>
<blockquote class="pull"><h5><span>“Trust in the process is a shared interest of all,” said
the head of the mission.</span></h5></blockquote>
<h3>Meetings</h3><p>The mission will meet representatives of the authorities and of the
political parties in the weeks before election day.</p></div></article></main></body></html>"""


def _blocks(page: NewsPage) -> list[tuple[str, str]]:
    found = page.body_blocks
    return [] if found is None else [(b["type"], b["text"][:20]) for b in found.value]


def test_a_heading_inside_a_quote_is_the_quote() -> None:
    page = NewsPage(Document(url="https://www.osce.org/odihr/1", text=_QUOTE))
    assert _blocks(page) == [("paragraph", "WARSAW, 4 September "),
                             ("quote", "“Trust in the proces"),
                             ("heading", "Meetings"),
                             ("paragraph", "The mission will mee")]


_LEAD = ("Twenty-four journalists from nine regions took part in a three-day training "
         "on physical and digital safety organized by the Programme.")
_CAPTIONED = f"""<html lang="en"><body><main><div class="page">
<div class="kicker"><p><span>News</span></p></div>
<h1>Safety training for journalists in Kyiv</h1>
<div class="lead"><p><span>{_LEAD}</span></p></div>
<img src="/p.jpg" alt="Training">
<p>Participants practise first aid skills during the training in the capital city. (OSCE/Jane
Doe)</p>
<div class="meta"><p>Published:</p><p>9 March 2023</p></div>
<div role="group" aria-label="Share"><a href="https://www.facebook.com/sharer.php?u=x">f</a>
<a href="https://twitter.com/intent/tweet?url=x">t</a></div>
<div class="text"><p><span>{_LEAD}</span></p>
<p>For three days the participants worked through what to do when reporting close to the
front line and learned to give first aid.</p>
<p>A separate module was devoted to the protection of sources, the storage of interview
recordings and the recognition of phishing messages.</p>
<p>The training was funded by several participating States, and the next sessions are
planned in two other cities of the country later this spring.</p></div>
<section><h3>Читайте також</h3><div><p>Новина</p>
<p>Psychological support for media workers: a new course</p><p>2 лютого 2023</p></div>
</section>
</div></main></body></html>"""


def test_a_caption_beside_the_lead_does_not_widen_the_body() -> None:
    page = NewsPage(Document(url="https://www.osce.org/uk/support/2", text=_CAPTIONED))
    body = page.body
    assert body is not None
    assert body.value.startswith("For three days")
    assert "\n\nf t" not in body.value


def test_a_ukrainian_read_also_heading_ends_the_body() -> None:
    page = NewsPage(Document(url="https://www.osce.org/uk/support/2", text=_CAPTIONED))
    body = page.body
    assert body is not None
    assert body.value.endswith("later this spring.")


_TAGGED = """<html lang="ru"><body><div class="main"><section class="content">
<div class="pad"><article class="post"><h1>Ежедневный отчет миссии</h1>
<div class="entry"><p>Миссия наблюдала за ситуацией в районе и зафиксировала несколько
нарушений режима прекращения огня в течение дня.</p>
<p>Мониторинговая миссия продолжит информировать о ситуации на местах.</p></div>
</article>
<p class="post-tags"><span>Метки:</span>
<a href="https://www.osce.org/ru/conflict-prevention-and-resolution" rel="tag">Предотвращение
и урегулирование конфликтов</a><a href="https://www.osce.org/ru/tag/donbass" rel="tag">
Донбасс</a></p>
<ul class="related"><li><article><h4><a href="/ru/smm/3">Другой отчет</a></h4>
<a href="https://www.osce.org/ru/elections" rel="tag">Выборы</a></article></li></ul>
</div></section></div></body></html>"""


def test_a_tag_row_after_the_article_gives_its_fields() -> None:
    page = NewsPage(Document(url="https://www.osce.org/ru/smm/697534", text=_TAGGED))
    found = page.fields_of_work
    assert found is not None
    assert list(found.value) == ["Предотвращение и урегулирование конфликтов"]

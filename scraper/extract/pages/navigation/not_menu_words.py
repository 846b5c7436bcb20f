"""The words naming a region of links that is no site menu (a trail, a pager, a
language switcher, an accessibility toolbar), in the site's languages."""

from __future__ import annotations

from scraper.extract.text import fold

# words (class names, aria-labels) of navigation that is not the site menu, in the
# site's languages; structure decides first (see _is_pager and friends)
NOT_MENU_WORDS = frozenset(fold(w) for w in (
    "breadcrumb", "breadcrumbs", "crumbs", "ariane", "brotkrumen", "brotkrümel", "briciole",
    "migas", "крошки", "pager", "pagination", "paginazione", "paginación", "paginierung",
    "pages", "pagine", "páginas", "страницы", "language", "languages", "langue", "langues",
    "sprache", "sprachen", "lingua", "lingue", "idioma", "idiomas", "язык", "языки", "lang",
    "langs", "langswitcher", "languageswitcher", "social", "share", "sharing", "footer",
    "tabs", "search", "utility", "secondary", "piede", "pie", "fusszeile",
    "крихти", "ланцюжок", "пагінація", "сторінки", "мова", "мови", "пошук", "підвал",
    "okruszki", "ścieżka", "paginacja", "stronicowanie", "strony", "język", "języki",
    "wyszukiwarka", "szukaj", "stopka", "поиск", "suche", "recherche", "ricerca",
    "búsqueda", "пагинация", "подвал",
    # a forum's notices (vBulletin's ``form#notices`` > ``li#navbar_notice_1``), a
    # cookie bar (``div#cookie-bar.navbar-fixed-bottom``): a message to the reader in
    # sentences, its links inline, whatever its id or look says
    "notice", "notices", "cookie", "cookies", "consent",
    # the accessibility toolbar (text size, contrast, a skip link: S3WaaS's
    # ``ul#accessibilityMenu``, GOV.PL's and many a public body's top row): tools for
    # reading the page, whatever menu word its id carries
    "accessibility", "a11y", "accessibilité", "barrierefreiheit", "accessibilità",
    "accesibilidad", "acessibilidade", "dostępność", "доступность", "доступність"))

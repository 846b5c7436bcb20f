"""What the page's controls say: a panel's close button, a small screen's menu toggle,
a listing's "Load more" (a block of :mod:`scraper.extract.vocabulary`, kept apart to
keep that module short; imported from there)."""

from __future__ import annotations

# What a drawer's or a dialog's close button says: it closes a panel, it names no group
CLOSE_TEXTS: tuple[str, ...] = (
    "Close", "Close menu", "Close navigation", "Close the menu", "Закрыть", "Закрыть меню",
    "Schließen", "Menü schließen", "Fermer", "Fermer le menu", "Chiudi", "Chiudi menu",
    "Cerrar", "Cerrar menú", "Закрити", "Закрити меню", "Zamknij", "Zamknij menu",
    "×", "✕",
)

# What a small screen's menu toggle says when it opens the whole menu: the menu's own
# name, in the site's languages, no group of it ("Menu", "Меню", "Navigation")
MENU_TOGGLE_TEXTS: tuple[str, ...] = (
    "Menu", "Main menu", "Open menu", "Toggle menu", "Toggle navigation", "Navigation",
    "Main navigation", "Menü", "Hauptmenü", "Menü öffnen", "Navigation öffnen",
    "Menu principal", "Ouvrir le menu", "Menú", "Menú principal", "Abrir menú",
    "Menu principale", "Apri menu", "Меню", "Главное меню", "Открыть меню", "Навигация",
    "Головне меню", "Відкрити меню", "Навігація", "Menu główne", "Otwórz menu",
    "Nawigacja",
    # a drawer's title naming the site's menu itself
    "Site menu", "Site navigation", "Menü der Website", "Menu du site", "Menú del sitio",
    "Menu del sito", "Меню сайта", "Меню сайту", "Menu strony",
    # the menu's name with the rank or kind the site gives it (WordPress themes' "Primary
    # Menu" toggle heading, a "Secondary navigation" drawer title)
    "Primary menu", "Primary navigation", "Secondary menu", "Secondary navigation",
    "Mobile menu", "Mobile navigation",
)

# What a submenu toggle adds after its label for screen readers alone ("Structures
# <span class=x-sr>– expand submenu</span>"): no words of the label
SUBMENU_HINT_TEXTS: tuple[str, ...] = (
    "Expand", "Collapse", "Toggle", "Toggle submenu", "Toggle sub-menu", "Toggle sub menu",
    "Expand submenu", "Expand sub-menu", "Open submenu", "Open sub-menu", "Show submenu",
    "Toggle dropdown", "Open dropdown", "Expand menu", "Toggle child menu",
    "Untermenü öffnen", "Untermenü anzeigen", "Untermenü umschalten", "Untermenü aufklappen",
    "Aufklappen", "Ouvrir le sous-menu", "Afficher le sous-menu", "Déplier le sous-menu",
    "Déplier", "Abrir submenú", "Mostrar submenú", "Desplegar submenú", "Desplegar",
    "Apri sottomenu", "Mostra sottomenu", "Espandi sottomenu", "Espandi",
    "Открыть подменю", "Развернуть подменю", "Показать подменю", "Развернуть",
    "Відкрити підменю", "Розгорнути підменю", "Розгорнути", "Rozwiń podmenu",
    "Otwórz podmenu", "Pokaż podmenu", "Rozwiń", "Alt menüyü aç", "Alt menüyü göster",
)

# "Load more" controls of infinite-scroll listings: the next page when they carry one
LOAD_MORE_TEXTS: tuple[str, ...] = (
    "load more", "show more", "more news", "more", "load more news", "show more news",
    "показать еще", "показать больше", "загрузить еще", "еще новости",
    "mehr laden", "mehr anzeigen", "weitere laden", "weitere meldungen", "mehr",
    "afficher plus", "charger plus", "voir plus", "plus d'actualites", "afficher plus d'actualites",
    "carica altri", "mostra altri", "altre notizie", "cargar mas", "ver mas", "mostrar mas",
    "cargar mas noticias", "pokaz wiecej", "zaladuj wiecej", "показати ще", "завантажити ще",
)
# a load-more control in other words: a short phrase with a word of each list, folded
# ("Weitere Meldungen laden", "Charger plus d'articles", "Показать ещё новости")
LOAD_VERBS: frozenset[str] = frozenset({
    "load", "show", "see", "view", "laden", "nachladen", "anzeigen", "zeigen", "charger",
    "afficher", "voir", "carica", "caricare", "mostra", "mostrare", "vedi", "cargar", "ver",
    "mostrar", "pokaz", "zaladuj", "wczytaj", "показать", "загрузить", "показати",
    "завантажити"})
MORE_WORDS: frozenset[str] = frozenset({
    "more", "mehr", "weitere", "plus", "altri", "altre", "mas", "wiecej", "еще",
    "больше", "ще", "більше"})

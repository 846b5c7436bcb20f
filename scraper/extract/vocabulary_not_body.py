"""The lines a page prints around an item's text that are none of it: the label of
its last-changed date, the headings of the other items' box and of the attached
documents (where the text ends), and the editorial notes printed with a speech.  A part
of :mod:`scraper.extract.vocabulary`, kept apart because only the news page's body
reader asks for these words (:mod:`scraper.extract.pages.news.hints`); rows are written
as shown, matching is on folded forms."""

from __future__ import annotations

# The label of a page's "last changed" date, printed before or after its text
# ("Zuletzt geändert: 20. März 2023", "Last updated: 3 May 2024"): the page's
# information, never its text nor its publication date
CHANGE_LABELS: tuple[str, ...] = (
    "Last modified", "Last updated", "Last changed", "Updated", "Modified", "Page updated",
    "Последнее изменение", "Последнее обновление", "Изменено", "Обновлено",
    "Zuletzt geändert", "Zuletzt aktualisiert", "Letzte Änderung", "Letzte Aktualisierung",
    "Geändert am", "Aktualisiert", "Aktualisiert am", "Dernière modification",
    "Dernière mise à jour", "Mis à jour", "Mis à jour le", "Modifié le", "Ultima modifica",
    "Ultimo aggiornamento", "Aggiornato", "Aggiornato il", "Última modificación",
    "Última actualización", "Actualizado", "Actualizado el", "Остання зміна",
    "Останнє оновлення", "Оновлено", "Ostatnia modyfikacja", "Ostatnia aktualizacja",
    "Zaktualizowano", "Poslednja izmena", "Poslednje ažuriranje", "Ažurirano",
    "Последња измена", "Ажурирано", "Last edited", "Last edited by", "Edited",
    "Последний раз редактировалось", "Отредактировано", "Останні редагування",
    "Востаннє редаговано", "Zuletzt bearbeitet", "Zuletzt bearbeitet von", "Dernière édition",
    "Ultima modifica da", "Última edición",
)

# "Other news" under an item's text: the other items' box, where the text ends (on a
# listing the same words head the rest of the list: no side box there)
OTHER_NEWS_HEADINGS: tuple[str, ...] = (
    "Other news", "Other stories", "Autres actualités", "Autres nouvelles",
    "Andere Nachrichten", "Weitere Meldungen", "Altre notizie", "Otras noticias",
    "Más noticias", "Inne wiadomości", "Inne aktualności", "Інші новини",
)

# Headings of the block of attached documents after an item's text: the body ends there
# (the documents are the item's attachments, not its text)
ATTACHMENT_HEADINGS: tuple[str, ...] = (
    "Documents", "Attachments", "Attachment", "Downloads", "Related documents", "Files",
    "Related files", "Documents associés", "Fichiers joints", "Связанные документы",
    "Zugehörige Dokumente", "Documenti correlati", "Documentos relacionados",
    "Документы", "Вложения", "Файлы", "Dokumente", "Anhänge", "Anhang", "Downloads",
    "Pièces jointes", "Documents joints", "Téléchargements", "Documenti", "Allegati",
    "Documentos", "Adjuntos", "Descargas", "Dokumenty", "Załączniki", "Документи",
    "Додатки", "Dokumente zum Herunterladen",
    # documents "to download"
    "Documents to download", "Documents for download", "Documents à télécharger",
    "Documenti da scaricare", "Documentos para descargar", "Документы для скачивания",
    "Документы для загрузки", "Документи для завантаження", "Dokumenty do pobrania",
    "Pliki do pobrania", "Do pobrania",
)

# Editorial notes printed with a speech or statement that are not part of its text
NOT_BODY_LINES: tuple[str, ...] = (
    "Check against delivery", "Check against delivery!", "Please check against delivery",
    "Проверить при произнесении", "Сверить с произнесенным текстом",
    "Сверять с фактически произнесенным текстом",
    "Es gilt das gesprochene Wort", "Seul le prononcé fait foi",
    "Seul le texte prononcé fait foi", "Fa fede il testo pronunciato",
    "Solo fa fede il discorso pronunciato", "Cotejar con el discurso pronunciado",
    "Cotéjese con el discurso pronunciado",
    "Sólo vale lo pronunciado", "Solo vale lo pronunciado",
    "Sprawdzić z wygłoszonym tekstem", "Obowiązuje wersja wygłoszona",
    "Звіряти з виголошеним текстом", "Перевіряти під час виголошення",
    "Перевіряти з виголошеним текстом",
)

"""Words of archival catalogue software (AtoM, ArchivesSpace, Islandora): the headings
they give the record's own file, kept apart to keep :mod:`scraper.extract.vocabulary`
short."""

from __future__ import annotations

# The heading of the box holding the record's file: an archive's catalogue (AtoM's
# "Digital object" sidebar widget, ArchivesSpace's "Digital objects") prints the
# item's document beside its description under it, in the languages it ships in.  The
# box's link is the item's attachment, as under "Attachments".
DIGITAL_OBJECT_HEADINGS: tuple[str, ...] = (
    "Digital object", "Digital objects", "Objet numérique", "Objets numériques",
    "Digitales Objekt", "Digitale Objekte", "Oggetto digitale", "Oggetti digitali",
    "Objeto digital", "Objetos digitales", "Цифровой объект", "Цифровые объекты",
    "Цифровий об'єкт", "Цифровий об’єкт", "Цифрові об'єкти", "Цифрові об’єкти",
    "Obiekt cyfrowy", "Obiekty cyfrowe",
)

"""Importers: readers turn files and pasted text into paragraphs; the parser makes drafts."""

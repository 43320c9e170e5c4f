"""The document model, templates, and one renderer per output format."""

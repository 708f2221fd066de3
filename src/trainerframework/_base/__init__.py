"""Layer 1, the base: caching, display dispatch, spreadsheet cells, file output, the document reader."""

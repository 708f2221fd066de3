"""Layer 1, the base: caches, display dispatch, spreadsheet cells, reading and writing files, documents."""

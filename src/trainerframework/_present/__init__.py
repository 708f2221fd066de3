"""Layer 8: presentation: text tables and exports, HTML, charts, JSON Schemas of every document."""

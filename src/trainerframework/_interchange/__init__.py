"""Layer 5: evidence files, workbooks and templates, JSON serialization, CASE interchange."""

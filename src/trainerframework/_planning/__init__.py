"""Layer 7: development catalogue, development plans and organisation reviews."""

"""Layer 6: many trainers: the cohort, agreement between raters, data frames."""

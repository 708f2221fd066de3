"""Layer 4: evidence, rules, the compiled index, profiles and their results, narrative reading."""

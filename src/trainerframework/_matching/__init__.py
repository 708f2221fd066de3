"""Layer 3: matching statements to descriptors: match records, confidence, scorer, matcher, evaluation."""

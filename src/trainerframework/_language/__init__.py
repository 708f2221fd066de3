"""Layer 2: English text: words and stems, assertion reading, the lexicon, the word model, scorer weights."""

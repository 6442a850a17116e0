"""Numbers and qualifiers: numerals, the words that make them intervals, vague amounts, numerals
that are not quantities, and the quantity recogniser that puts them together."""

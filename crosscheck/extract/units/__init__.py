"""Units: canonical unit names and conversions, and what follows a numeral (its unit, an age, a rate)."""

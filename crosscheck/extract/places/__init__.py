"""Places: where a figure happened; the gazetteer, transliteration-insensitive place keys and how two
places relate."""

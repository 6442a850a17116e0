"""Measure: what a figure counts and what happened to it ("at least 70 militants" -> "militants killed")."""

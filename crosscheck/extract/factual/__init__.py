"""Factual claims: event verbs, and who carried an incident out (perpetrators, denials) and with what
(weapons)."""

"""Entraide: an anonymous, bilingual helper-finder for workplace mutual-aid networks."""

__version__ = "0.1.0"

"""Persistence: sessions and anonymous counts, behind one small interface."""

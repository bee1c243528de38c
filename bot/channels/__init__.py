"""Thin adapters: an event in, `Entraide.handle`, messages out. No dialog logic here."""

"""The dialog engine: flow definitions, their loading and checking, and the pure interpreter."""

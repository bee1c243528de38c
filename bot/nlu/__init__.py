"""Reading a worker's words: normalisation, language, crisis, themes and intents."""

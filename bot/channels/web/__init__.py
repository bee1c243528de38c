"""The web chat: an accessible page any union site can link or embed, on the same engine and peer desk.

`app.create_app` builds the Starlette app; `serve.run` runs it on uvicorn, alone or beside the Telegram
bot. See docs/web.md for operators.
"""

"""The poster's QR code, drawn on the server as inline SVG.

segno (pure Python, no dependencies, SVG output) rather than a JavaScript library: the poster needs no
script, prints sharp at any size, and nothing is fetched from elsewhere.
"""

from __future__ import annotations

import io

import segno


def qr_svg(url: str) -> str:
    """Error correction M survives a crease or a smudge on a printed poster; 4 modules of quiet zone."""
    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="svg", xmldecl=False, svgns=True, nl=False, border=4, omitsize=True,
              svgclass="qr", lineclass=None, dark="#000", light="#fff")
    return out.getvalue().decode("ascii")

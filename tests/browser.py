"""Headless Chromium for the page tests: the DOM after the page's scripts ran, and screenshots.

Debian's ``chromium`` binary, driven from the command line only (no browser
driver package): ``--dump-dom`` prints the DOM once the virtual-time budget is
spent, and the pages record what they drew as ``data-kg-*`` attributes on
``<body>``.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

__all__ = ["chromium", "dump_dom", "body_data", "screenshot"]

_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--hide-scrollbars",
]


def chromium() -> str | None:
    """Path of a Chromium binary, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run(page: Path | str, extra: list[str], timeout: float) -> subprocess.CompletedProcess:
    binary = chromium()
    if binary is None:
        raise RuntimeError("no chromium binary on PATH")
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        command = [
            binary,
            *_FLAGS,
            f"--user-data-dir={profile}",
            "--virtual-time-budget=10000",
            "--run-all-compositor-stages-before-draw",
            *extra,
            # a file page is opened as #kg-test: it then also counts the pixels it drew; a URL is opened as given
            page if str(page).startswith(("http://", "https://")) else Path(page).resolve().as_uri() + "#kg-test",
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        raise RuntimeError(f"chromium exited with {result.returncode}: {result.stderr[-2000:]}")
    return result


def dump_dom(page: Path | str, timeout: float = 120) -> str:
    """The serialised DOM of ``page`` (a file, or an http:// URL) after its scripts ran."""
    return _run(page, ["--dump-dom"], timeout).stdout


def body_data(dom: str) -> dict[str, str]:
    """The ``data-*`` attributes of ``<body>`` in a dumped DOM, keys as in ``dataset`` (kgNodes …)."""
    match = re.search(r"<body\b([^>]*)>", dom)
    if match is None:
        raise ValueError("no <body> in the dumped DOM")
    found = {}
    for name, value in re.findall(r'\sdata-([a-z0-9-]+)="([^"]*)"', match.group(1)):
        key = re.sub(r"-([a-z0-9])", lambda m: m.group(1).upper(), name)
        found[key] = html.unescape(value)
    return found


def screenshot(page: Path | str, png: Path, width: int = 1400, height: int = 900, timeout: float = 120) -> Path:
    """A PNG of ``page`` as drawn in a ``width`` × ``height`` window."""
    png = Path(png).resolve()
    _run(page, [f"--screenshot={png}", f"--window-size={width},{height}"], timeout)
    if not png.exists() or png.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no screenshot to {png}")
    return png

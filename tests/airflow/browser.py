"""Headless Chromium for the tests: load a page as a logged-in Airflow user, keep its text and a screenshot.

Chromium (Debian package `chromium`, /usr/bin/chromium) is driven over the DevTools protocol on a
private port: the only way to give it the Airflow session cookie (`_token`, which the UI's login
page sets) before it loads a page.  One browser process, its own profile in a temporary folder,
stopped by its process-group id.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import signal
import struct
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,2000",
    "--hide-scrollbars",
    # Nothing leaves the machine: pages' outside resources (GX Data Docs load CSS/JS from CDNs) fail at once.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def available() -> bool:
    return CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)


@dataclass(frozen=True)
class Rendered:
    url: str  # after redirects
    status: int | None  # of the main document
    title: str
    text: str  # document.body.innerText: what a person sees
    screenshot: Path
    width: int
    height: int
    waited_for: str | None = None  # the value of `wait_for` once it was truthy


class Chromium:
    def __init__(self, work_dir: Path, timeout: float = 60):
        self.work_dir = work_dir
        self.timeout = timeout
        self.profile = work_dir / "chromium-profile"
        self.proc: subprocess.Popen | None = None
        self.ws = None
        self._ids = itertools.count(1)
        self._events: list[dict] = []

    def __enter__(self) -> Chromium:
        from websockets.sync.client import connect

        self.profile.mkdir(parents=True, exist_ok=True)
        log = open(self.work_dir / "chromium.log", "wb")  # noqa: SIM115 - closed once the process has it
        self.proc = subprocess.Popen(
            [
                str(CHROMIUM),
                *FLAGS,
                f"--user-data-dir={self.profile}",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        active = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while not (active.exists() and len(active.read_text().split()) == 2):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise AssertionError(f"chromium did not start: {(self.work_dir / 'chromium.log').read_text()[-3000:]}")
            time.sleep(0.2)
        port, path = active.read_text().split()
        self.ws = connect(f"ws://127.0.0.1:{port}{path}", max_size=None, open_timeout=self.timeout)
        return self

    def __exit__(self, *exc) -> None:
        if self.ws is not None:
            self.ws.close()
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    # --- the protocol ------------------------------------------------------------------------

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        message_id = next(self._ids)
        message = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + self.timeout
        while True:
            reply = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if reply.get("id") == message_id:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(reply)

    def _wait_for(self, method: str, session: str) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            for event in self._events:
                if event.get("method") == method and event.get("sessionId") == session:
                    self._events.remove(event)
                    return event["params"]
            self._events.append(json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic()))))

    def set_cookie(self, url: str, name: str, value: str) -> None:
        """A cookie for `url`'s host, as the site would set it (httpOnly, path /)."""
        self.call(
            "Storage.setCookies",
            {"cookies": [{"name": name, "value": value, "url": url, "path": "/", "httpOnly": True, "sameSite": "Lax"}]},
        )

    def evaluate(self, expression: str, session: str):
        reply = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
        return reply["result"].get("value")

    def render(self, url: str, screenshot: Path, wait_for: str | None = None) -> Rendered:
        """Open `url` in a new tab, wait for its load event (and then until the JavaScript expression
        `wait_for` is truthy: pages that build themselves), keep its text and a full-window PNG."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            self.call("Page.enable", session=session)
            self.call("Network.enable", session=session)
            self._events.clear()
            navigation = self.call("Page.navigate", {"url": url}, session=session)
            assert not navigation.get("errorText"), f"{url}: {navigation['errorText']}"
            self._wait_for("Page.loadEventFired", session)
            documents = [
                e["params"]["response"]
                for e in self._events
                if e.get("method") == "Network.responseReceived"
                and e.get("sessionId") == session
                and e["params"].get("type") == "Document"
            ]
            waited = None
            if wait_for:
                deadline = time.monotonic() + self.timeout
                while not (waited := self.evaluate(wait_for, session)):
                    assert time.monotonic() < deadline, f"{url}: timed out waiting for {wait_for}"
                    time.sleep(0.5)
                time.sleep(0.5)  # let the page paint what it just built
            values = self.evaluate("JSON.stringify([location.href, document.title, document.body.innerText])", session)
            final_url, title, text = json.loads(values)
            png = base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"}, session=session)["data"])
            screenshot.write_bytes(png)
            width, height = png_size(png)
            return Rendered(
                final_url, documents[0]["status"] if documents else None, title, text, screenshot, width, height, waited
            )
        finally:
            self.call("Target.closeTarget", {"targetId": target})


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])

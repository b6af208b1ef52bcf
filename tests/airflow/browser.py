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
    "--disable-quic",
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
    failed_requests: tuple[str, ...] = ()  # addresses the page asked for and did not get (network off: CDNs)


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
        with self.tab(url) as tab:
            return tab.capture(screenshot, wait_for)

    def tab(self, url: str) -> Tab:
        return Tab(self, url)


class Tab:
    """One page in its own tab, for pages a test acts on (clicks, typing) before capturing them."""

    def __init__(self, chromium: Chromium, url: str):
        self.chromium, self.url = chromium, url

    def __enter__(self) -> Tab:
        c = self.chromium
        self.target = c.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = c.call("Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        c.call("Page.enable", session=self.session)
        c.call("Network.enable", session=self.session)
        c._events.clear()
        navigation = c.call("Page.navigate", {"url": self.url}, session=self.session)
        assert not navigation.get("errorText"), f"{self.url}: {navigation['errorText']}"
        c._wait_for("Page.loadEventFired", self.session)
        return self

    def __exit__(self, *exc) -> None:
        self.chromium.call("Target.closeTarget", {"targetId": self.target})

    def evaluate(self, expression: str):
        return self.chromium.evaluate(expression, self.session)

    def type_into(self, selector: str, text: str) -> None:
        """Replace the value of the input matching the CSS `selector` by typing `text`, as a person would
        (the page's own input events fire, so script-driven forms such as Airflow's see it)."""
        found = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return false; "
            "e.focus(); e.select && e.select(); return true; })()"
        )
        assert found, f"{self.url}: no {selector}"
        self.chromium.call("Input.insertText", {"text": text}, session=self.session)

    def click(self, expression: str, what: str) -> None:
        """Click the element the JavaScript `expression` finds (waiting for it to appear)."""
        self.wait_until(f"!!({expression})", what)
        self.evaluate(f"({expression}).click()")

    def wait_until(self, expression: str, what: str | None = None):
        """Poll the JavaScript `expression` until it is truthy; returns its value."""
        deadline = time.monotonic() + self.chromium.timeout
        while not (value := self.evaluate(expression)):
            assert time.monotonic() < deadline, f"{self.url}: timed out waiting for {what or expression}"
            time.sleep(0.5)
        return value

    def capture(self, screenshot: Path, wait_for: str | None = None) -> Rendered:
        c = self.chromium
        mine = [e for e in c._events if e.get("sessionId") == self.session]
        documents = [
            e["params"]["response"]
            for e in mine
            if e.get("method") == "Network.responseReceived" and e["params"].get("type") == "Document"
        ]
        waited = None
        if wait_for:
            waited = self.wait_until(wait_for)
            time.sleep(0.5)  # let the page paint what it just built
        mine = [e for e in c._events if e.get("sessionId") == self.session]
        asked = {
            e["params"]["requestId"]: e["params"]["request"]["url"]
            for e in mine
            if e.get("method") == "Network.requestWillBeSent"
        }
        failed = tuple(
            asked.get(e["params"]["requestId"], "?") for e in mine if e.get("method") == "Network.loadingFailed"
        )
        values = self.evaluate("JSON.stringify([location.href, document.title, document.body.innerText])")
        final_url, title, text = json.loads(values)
        png = base64.b64decode(c.call("Page.captureScreenshot", {"format": "png"}, session=self.session)["data"])
        screenshot.write_bytes(png)
        width, height = png_size(png)
        return Rendered(
            final_url,
            documents[0]["status"] if documents else None,
            title,
            text,
            screenshot,
            width,
            height,
            waited,
            failed,
        )


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])

"""`iwp serve` speed: what a case manager waits for, next to the same work as a command.

Starts `iwp serve` (a separate process, as a user would) on a copy of the reference plan and
times, side by side in one run:
  (a) the live validation round trip: the editor's whole form posted to
      /plans/<id>/findings (what the page does after each pause in typing), p50 and p95;
      target p95 under 100 ms on a 2-core machine;
  (b) `iwp validate` of the same file as a command (a new process each time, as a user
      runs it), p50;
  (c) the PDF preview (GET /plans/<id>/pdf?view=1), p50, next to (d) `iwp render` of the
      same file as a command, p50.
Run: python benchmarks/serve.py [--rounds 100] [--pdf-rounds 5]
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "plan-format" / "reference-plan.yaml"
TOKEN = "benchmark-token"
TARGET_P95_MS = 100
STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def form_items(path: Path) -> list[tuple[str, str]]:
    """What the browser posts for the editor of ``path`` (see tests/test_serve.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_serve import form_items as items  # noqa: E402 - one definition of "the form"

    from iwp.plan.load import load_document

    data = load_document(path).data
    return items(data["kind"], data)


class Session:
    """A logged-in connection to the server: token cookie and CSRF token."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        headers = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.connection.request(method, url, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        for header in response.headers.get_all("set-cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return response.status, data


def wait_until_up(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"iwp serve exited: {process.stderr.read().decode()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("iwp serve did not start")


def command_ms(args: list[str], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "iwp", *args], capture_output=True, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--pdf-rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "plans"
        folder.mkdir()
        plan = folder / "reference-plan.yaml"
        shutil.copyfile(REFERENCE, plan)
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "iwp", "serve", "--dir", str(folder), "--port", str(port),
             "--token", TOKEN, "--no-browser", "--today", "2026-06-20"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
        try:
            wait_until_up(port, process)
            session = Session(port)
            session.request("GET", f"/?token={TOKEN}")
            status, page = session.request("GET", "/")
            plan_url = re.search(rb'href="(/plans/[0-9a-f]{16})"', page).group(1).decode()
            _, editor = session.request("GET", plan_url)
            csrf = re.search(rb'name="csrftoken" value="([^"]+)"', editor).group(1).decode()
            body = urlencode(form_items(plan)).encode()
            headers = {"X-CSRFToken": csrf,
                       "Content-Type": "application/x-www-form-urlencoded"}
            session.request("POST", f"{plan_url}/findings", body, headers)  # warm up
            live = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                status, _ = session.request("POST", f"{plan_url}/findings", body, headers)
                live.append((time.perf_counter() - start) * 1000)
                assert status == 200, status
            preview = []
            for _ in range(args.pdf_rounds):
                start = time.perf_counter()
                status, pdf = session.request("GET", f"{plan_url}/pdf?view=1")
                preview.append((time.perf_counter() - start) * 1000)
                assert status == 200 and pdf.startswith(b"%PDF-"), status
        finally:
            process.terminate()
            process.wait(timeout=30)
        validate = command_ms(["validate", str(plan), "--today", "2026-06-20"],
                              max(3, args.pdf_rounds))
        render = command_ms(["render", str(plan), "-o", str(Path(tmp) / "out"),
                             "--today", "2026-06-20"], max(3, args.pdf_rounds))

    cores = os.cpu_count()
    p95 = percentile(live, 0.95)
    print(f"iwp serve on {cores} CPU cores; reference plan; {args.rounds} validation rounds, "
          f"{args.pdf_rounds} PDF rounds")
    print(f"{'':44}{'p50 ms':>10}{'p95 ms':>10}")
    print(f"{'live validation (POST /plans/<id>/findings)':44}"
          f"{statistics.median(live):10.1f}{p95:10.1f}")
    print(f"{'iwp validate FILE (a new process each run)':44}"
          f"{statistics.median(validate):10.1f}{percentile(validate, 0.95):10.1f}")
    print(f"{'PDF preview (GET /plans/<id>/pdf)':44}"
          f"{statistics.median(preview):10.1f}{percentile(preview, 0.95):10.1f}")
    print(f"{'iwp render FILE (a new process each run)':44}"
          f"{statistics.median(render):10.1f}{percentile(render, 0.95):10.1f}")
    verdict = "meets" if p95 < TARGET_P95_MS else "MISSES"
    print(f"live validation p95 {p95:.1f} ms {verdict} the {TARGET_P95_MS} ms target")


if __name__ == "__main__":
    main()

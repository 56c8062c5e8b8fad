"""Step 8 - serve: the plans folder as a local web app, for case managers.

In: a folder of plan files (the same YAML the command line reads). Out: pages to write,
check, print and amend plans, PDF checks by upload, and a JSON API - served on 127.0.0.1
behind a token, a Host check, CSRF tokens and a strict Content-Security-Policy
(:mod:`iwp.serve.security`). :func:`run` starts it; :func:`create_app` is the ASGI app.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger("iwp.serve")

DEFAULT_PORT = 8765
TOKEN_ENV = "IWP_SERVE_TOKEN"


def create_app(config: object) -> object:
    """The ASGI app for a :class:`~iwp.serve.app.ServeConfig`."""
    from iwp.serve.app import create_app as _create

    return _create(config)


def run(folder: str | Path, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
        token: str | None = None, open_browser: bool = True, allow_remote: bool = False,
        today: object = None) -> None:
    """Serve ``folder`` until interrupted; prints the address with its token."""
    import uvicorn

    from iwp.errors import UsageError
    from iwp.serve.app import ServeConfig
    from iwp.serve.security import is_loopback, new_token, remote_warning

    if not is_loopback(host) and not allow_remote:
        raise UsageError(f"--host {host}: listening on an address other machines can reach "
                         "needs --allow-remote (and see the README: TLS and accounts)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    token = token or new_token()
    config = ServeConfig(folder=folder, token=token, host=host, port=port, today=today)
    app = create_app(config)
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{port}/?token={token}"
    if not is_loopback(host):
        print(remote_warning(host, port), file=sys.stderr)
    print(f"iwp serve: plans in {folder}\n  open {url}\n  (Ctrl-C to stop)", file=sys.stderr)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    # uvicorn's access log would print every URL, with the token in the first one: iwp's
    # guard logs method, path and status itself (with -v), masked.
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning",
                server_header=False, date_header=False)

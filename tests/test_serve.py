"""`iwp serve`: the guard (token, Host, CSRF, CSP, limits, no SSN leaks), saves, the form
mapping, the JSON API (the same answers as the commands) and, in a real browser
(``-m browser``: Debian's chromium + chromedriver), what a case manager does with it."""

from __future__ import annotations

import copy
import datetime as dt
import json
import logging
import re
import shutil
import stat
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from iwp import ValidationOptions, validate_data
from iwp.cli import cli
from iwp.plan.load import load_document
from iwp.plan.models import Plan
from iwp.serve import forms
from iwp.serve.app import ServeConfig, create_app
from iwp.serve.store import NameTaken, PlanStore, file_id, plan_text

TOKEN = "test-token-0123456789"
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
TODAY = dt.date(2026, 6, 20)
FICTIONAL_SSN = "900-12-3456"


@pytest.fixture()
def folder(tmp_path: Path, reference_plan: Path, reference_amendment: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copyfile(reference_plan, plans / "reference-plan.yaml")
    shutil.copyfile(reference_amendment, plans / "reference-amendment.yaml")
    return plans


def make_client(folder: Path, base: str = BASE, login: bool = True, **config: object
                ) -> TestClient:
    app = create_app(ServeConfig(folder=folder, token=TOKEN, port=PORT, today=TODAY,
                                 **config))
    client = TestClient(app, base_url=base, follow_redirects=False)
    if login:
        assert client.get(f"/?token={TOKEN}").status_code == 303
    return client


@pytest.fixture()
def client(folder: Path) -> TestClient:
    return make_client(folder)


def csrf_of(client: TestClient, url: str = "/") -> str:
    page = client.get(url)
    assert page.status_code == 200, page.text
    return re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)


def plan_url(name: str) -> str:
    return f"/plans/{file_id(name)}"


def form_items(kind: str, data: dict) -> list[tuple[str, str]]:
    """What a browser posts for the editor showing ``data`` (nothing changed)."""
    items: list[tuple[str, str]] = []
    for fieldset in forms.editor_layout(kind, data):
        items += [(forms.LIST_MARKER, e.path) for e in fieldset.entries
                  if isinstance(e, forms.Repeat)]
        for field in fieldset.inputs():
            if field.widget.startswith("checks:"):
                items += [(field.path, "")] + [(field.path, v) for v in field.value]
            elif field.widget == "checkbox":
                items += [(field.path, "false")] + ([(field.path, "true")] if field.value
                                                    else [])
            else:
                items.append((field.path, field.value))
    return items


# --- the guard -------------------------------------------------------------------------------

def test_token_is_required_on_every_request_then_kept_in_a_cookie(folder: Path) -> None:
    anonymous = make_client(folder, login=False)
    for url in ("/", "/static/app.css", plan_url("reference-plan.yaml"), "/check",
                "/api/openapi.json"):
        assert anonymous.get(url).status_code == 401, url
    assert anonymous.get("/?token=wrong").status_code == 401
    assert anonymous.post("/api/validate", content=b"kind: iwp",
                          headers={"Authorization": "Bearer wrong"}).status_code == 401

    login = anonymous.get(f"/check?token={TOKEN}")
    assert login.status_code == 303 and login.headers["location"] == "/check"
    cookie = login.headers["set-cookie"]
    assert f"iwp_token={TOKEN}" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert anonymous.get("/").status_code == 200  # the cookie from now on
    assert anonymous.get("/static/app.css").status_code == 200


def test_a_request_for_another_host_name_is_refused(folder: Path) -> None:
    for base in ("http://evil.example:8765", "http://127.0.0.1:9999", "http://evil.example"):
        rebound = make_client(folder, base=base, login=False)
        response = rebound.get(f"/?token={TOKEN}")
        assert response.status_code == 400, base
        assert "iwp_token" not in response.headers.get("set-cookie", "")
    assert make_client(folder, base=f"http://localhost:{PORT}").get("/").status_code == 200


def test_state_changing_requests_need_the_csrf_token_or_a_same_origin_origin(
        client: TestClient, folder: Path) -> None:
    before = sorted(p.name for p in folder.iterdir())
    assert client.post("/plans/new", data={"kind": "iwp"}).status_code == 403
    assert client.post("/plans/new", data={"kind": "iwp"},
                       headers={"Origin": "http://evil.example"}).status_code == 403
    assert client.post("/plans/new", data={"kind": "iwp", "csrftoken": "forged"}
                       ).status_code == 403
    upload = client.post("/import", data={"csrftoken": csrf_of(client)},
                         files={"file": ("p.yaml", b"kind: iwp\n", "application/yaml")})
    assert upload.status_code == 403  # an upload needs its same-origin Origin
    assert sorted(p.name for p in folder.iterdir()) == before

    same_origin = client.post("/plans/new", data={"kind": "iwp"}, headers={"Origin": BASE})
    assert same_origin.status_code == 303
    with_token = client.post("/plans/new", data={"kind": "iwp", "csrftoken": csrf_of(client)})
    assert with_token.status_code == 303
    assert len(list(folder.iterdir())) == len(before) + 2


def test_every_response_has_a_strict_csp_and_pages_load_nothing_from_elsewhere(
        client: TestClient) -> None:
    pages = ["/", plan_url("reference-plan.yaml"), plan_url("reference-amendment.yaml"),
             "/check", "/import", "/plans/0000000000000000", "/static/app.css"]
    for url in pages:
        response = client.get(url)
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp and "http" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"] == "no-store"
        if response.headers["content-type"].startswith("text/html"):
            links = re.findall(r'(?:src|href|action)="([^"]*)"', response.text)
            assert links and all(not re.match(r"(https?:)?//", link) for link in links), url
            assert "<script>" not in response.text and " style=" not in response.text
    # The script and styles come from the package and fetch nothing from elsewhere.
    for asset in ("/static/editor.js", "/static/app.css"):
        text = client.get(asset).text
        assert text and not re.search(r"(https?:)?//[a-z]", re.sub(r"/\*.*?\*/", "", text,
                                                                   flags=re.S)), asset


def test_uploads_have_size_and_type_limits(folder: Path) -> None:
    small = make_client(folder, max_body=64 * 1024)
    small.headers["Origin"] = BASE  # as a browser sends with every form it posts
    token = csrf_of(small, "/check")
    too_big = small.post("/check", data={"csrftoken": token},
                         files={"files": ("big.pdf", b"%PDF-1.7\n" + b"0" * 100_000,
                                          "application/pdf")})
    assert too_big.status_code == 413
    not_pdf = small.post("/check", data={"csrftoken": token},
                         files={"files": ("plan.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")})
    assert not_pdf.status_code == 400 and "not a PDF file" in not_pdf.text
    wrong_kind = small.post("/import", data={"csrftoken": token},
                            files={"file": ("tool.exe", b"MZ\x90\x00", "application/octet-stream")})
    assert wrong_kind.status_code == 400 and "import a .yaml" in wrong_kind.text
    api = small.post("/api/check", headers={"Authorization": f"Bearer {TOKEN}"},
                     files={"file": ("x.pdf", b"GIF89a", "application/pdf")})
    assert api.status_code == 400


def test_no_ssn_in_urls_titles_logs_or_error_pages(folder: Path, caplog: pytest.LogCaptureFixture
                                                   ) -> None:
    plan = folder / f"{FICTIONAL_SSN}.yaml"  # someone named the file by the SSN
    text = (folder / "reference-plan.yaml").read_text().replace("900-00-0101", FICTIONAL_SSN)
    plan.write_text(text)
    client = make_client(folder)
    caplog.set_level(logging.INFO, logger="iwp")
    listing = client.get("/")
    digits = FICTIONAL_SSN.replace("-", "")
    assert FICTIONAL_SSN not in listing.text and digits not in listing.text
    urls = re.findall(r'(?:href|action)="([^"]*)"', listing.text)
    assert plan_url(plan.name) in urls and not any(digits in u.replace("-", "") for u in urls)
    editor = client.get(plan_url(plan.name))
    title = re.search(r"<title>(.*?)</title>", editor.text).group(1)
    assert FICTIONAL_SSN not in title and "Quenby" in title
    searched = client.post("/", data={"q": FICTIONAL_SSN, "csrftoken": csrf_of(client)})
    assert searched.status_code == 200 and FICTIONAL_SSN not in str(searched.url)
    for url in (f"/plans/{FICTIONAL_SSN}", f"/{FICTIONAL_SSN}"):
        error = client.get(url)
        assert error.status_code == 404 and FICTIONAL_SSN not in error.text
    assert caplog.records and FICTIONAL_SSN not in caplog.text and digits not in caplog.text
    assert "***-**-3456" in caplog.text  # the request for that path was logged, masked


def test_binding_another_address_needs_an_option_and_prints_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: started.append(kw))
    runner = CliRunner()
    refused = runner.invoke(cli, ["serve", "--dir", str(tmp_path), "--host", "0.0.0.0",
                                  "--no-browser"])
    assert refused.exit_code != 0 and "--allow-remote" in str(refused.exception)
    assert not started
    allowed = runner.invoke(cli, ["serve", "--dir", str(tmp_path), "--host", "0.0.0.0",
                                  "--allow-remote", "--no-browser", "--token", "t0k"])
    assert allowed.exit_code == 0, allowed.output
    assert "WARNING" in allowed.stderr and "TLS" in allowed.stderr
    assert started[-1]["host"] == "0.0.0.0" and started[-1]["access_log"] is False
    local = runner.invoke(cli, ["serve", "--dir", str(tmp_path), "--no-browser"])
    assert local.exit_code == 0 and "WARNING" not in local.stderr
    assert re.search(r"http://127\.0\.0\.1:8765/\?token=\S{20,}", local.stderr)


# --- saving -----------------------------------------------------------------------------------

def post_editor(client: TestClient, name: str, changes: dict[str, str], action: str = "save",
                version: str | None = None) -> object:
    path = f"{plan_url(name)}"
    page = client.get(path).text
    token = re.search(r'name="csrftoken" value="([^"]+)"', page).group(1)
    version = version or re.search(r'name="__version__" value="([^"]+)"', page).group(1)
    document = load_document(client.folder / name)
    items = [(k, changes.get(k, v)) for k, v in form_items(document.data["kind"],
                                                           document.data)]
    items += [("csrftoken", token), ("__version__", version), ("__action", action)]
    return client.post(path, content=urlencode(items), headers={
        "Content-Type": "application/x-www-form-urlencoded"})


@pytest.fixture()
def editor_client(folder: Path) -> TestClient:
    client = make_client(folder)
    client.folder = folder
    return client


def test_save_is_private_keeps_comments_and_changes_only_what_changed(
        editor_client: TestClient, folder: Path) -> None:
    path = folder / "reference-plan.yaml"
    before = path.read_text()
    response = post_editor(editor_client, path.name,
                           {"employment_network.phone": "(614) 555-0199"})
    assert response.status_code == 303 and response.headers["location"].endswith("?saved=1")
    after = path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert changed == [('  phone: "(614) 555-0100"', '  phone: "(614) 555-0199"')]
    assert [line for line in after.splitlines() if "#" in line] == \
        [line for line in before.splitlines() if "#" in line]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary left


def test_a_stale_save_is_refused_and_nothing_is_lost(editor_client: TestClient,
                                                     folder: Path) -> None:
    path = folder / "reference-plan.yaml"
    page = editor_client.get(plan_url(path.name)).text
    opened = re.search(r'name="__version__" value="([^"]+)"', page).group(1)
    elsewhere = path.read_text().replace("Desmond R. Okafor", "Dana Okafor")
    path.write_text(elsewhere)  # the command line, or another tab, saved meanwhile
    response = post_editor(editor_client, path.name,
                           {"employment_network.email": "plans@harborlight.example.org"},
                           version=opened)
    assert response.status_code == 409
    assert "changed somewhere else" in response.text
    assert 'value="plans@harborlight.example.org"' in response.text  # the typing is kept
    assert path.read_text() == elsewhere
    copy_saved = post_editor(editor_client, path.name,
                             {"employment_network.email": "plans@harborlight.example.org"},
                             action="save-copy", version=opened)
    assert copy_saved.status_code == 303
    copies = [p for p in folder.iterdir() if p.name.startswith("reference-plan-copy")]
    assert len(copies) == 1 and "plans@harborlight.example.org" in copies[0].read_text()
    assert path.read_text() == elsewhere


def test_a_new_file_never_replaces_another(tmp_path: Path) -> None:
    store = PlanStore(tmp_path)
    store.write_new("plan.yaml", "kind: iwp\n")
    with pytest.raises(NameTaken):
        store.write_new("plan.yaml", "kind: amendment\n")
    assert (tmp_path / "plan.yaml").read_text() == "kind: iwp\n"
    assert store.free_name("plan") == "plan-2.yaml"
    assert stat.S_IMODE((tmp_path / "plan.yaml").stat().st_mode) == 0o600


def test_the_plans_page_validates_only_files_that_changed(
        tmp_path: Path, reference_plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import iwp.serve.store as store_module

    for name in ("a.yaml", "b.yaml"):
        shutil.copy(reference_plan, tmp_path / name)
    validated: list[str] = []
    real = store_module.validate_document

    def counting(document, *args, **kwargs):
        validated.append(document.name)
        return real(document, *args, **kwargs)

    monkeypatch.setattr(store_module, "validate_document", counting)
    store = PlanStore(tmp_path, today=dt.date(2026, 11, 22))
    first = store.entries()
    assert sorted(validated) == ["a.yaml", "b.yaml"]
    assert store.entries() == first and len(validated) == 2  # nothing changed: no work
    (tmp_path / "b.yaml").write_text(reference_plan.read_text().replace(
        "schema_version", "# edited\nschema_version", 1))
    (tmp_path / "a.yaml").unlink()
    (tmp_path / "c.yaml").write_text("kind: [unclosed\n")
    rows = store.entries()
    assert validated[2:] == ["b.yaml"]  # the edited file only; c.yaml does not load
    assert [(r.file, r.status == "unreadable") for r in rows] == [("b.yaml", False),
                                                                  ("c.yaml", True)]


def test_a_structural_change_rewrites_the_file_keeping_its_header(reference_plan: Path
                                                                   ) -> None:
    document = load_document(reference_plan)
    text = reference_plan.read_text()
    data = copy.deepcopy(document.data)
    data["services"].pop()
    saved = plan_text(text, document, data)
    assert saved.startswith("\n".join(text.splitlines()[:5]))
    from iwp.plan.load import load_bytes

    assert load_bytes(saved.encode(), "x").data == data


# --- the form <-> plan mapping ------------------------------------------------------------

@pytest.mark.parametrize("name", ["reference-plan.yaml", "reference-amendment.yaml"])
def test_the_editor_shows_every_value_of_a_plan(name: str, folder: Path) -> None:
    """Posting the editor of a reference plan, starting from nothing but its kind, gives
    back the same plan: the form covers every key the contract uses."""
    document = load_document(folder / name)
    kind = document.data["kind"]
    start = {"schema_version": 1, "kind": kind}
    rebuilt = forms.form_to_data(kind, form_items(kind, document.data), start)
    options = ValidationOptions(today=TODAY)
    ours, theirs = validate_data(rebuilt, "x", options), validate_data(document.data, "x",
                                                                        options)
    assert ours.model is not None
    assert ours.model.model_dump() == theirs.model.model_dump()
    assert [f.code for f in ours.findings] == [f.code for f in theirs.findings]


def test_help_text_comes_from_the_models(client: TestClient) -> None:
    page = client.get(plan_url("reference-plan.yaml")).text
    from iwp.plan.models import EmploymentNetwork, FollowUp, json_schema

    for field_id, text in (
            ("f-employment_network-pid", EmploymentNetwork.model_fields["pid"].description),
            ("f-follow_up-initial_phase",
             FollowUp.model_fields["initial_phase"].description)):
        assert text and f'<p class="hint" id="h-{field_id}">{text}</p>' in page
        assert text in json.dumps(json_schema())
    assert Plan.__doc__.splitlines()[0] not in page  # hints are per field, not the model's


def test_findings_are_placed_at_their_fields_in_form_words(editor_client: TestClient,
                                                           folder: Path) -> None:
    response = post_editor(editor_client, "reference-plan.yaml",
                           {"ticketholder.alternate_contact.relationship": "",
                            "follow_up.initial_phase": "quarterly"}, action="check")
    assert response.status_code == 200
    page = response.text
    field = "f-ticketholder-alternate_contact-relationship"
    summary = page[page.index('id="error-summary"'):page.index('id="plan-form"')]
    assert f'href="#{field}"' in summary and "Part One: Alternate contact" in summary
    assert f'href="#f-follow_up-initial_phase"' in summary
    error = re.search(rf'id="e-{field}">(.*?)</p>', page, re.S).group(1)
    assert "relationship is missing" in error
    assert "`" not in summary  # plan paths are replaced by the labels on the form
    assert re.search(rf'id="{field}"[^>]*aria-describedby="[^"]*e-{field}', page) or \
        re.search(rf'aria-describedby="[^"]*e-{field}[^"]*"[^>]*id="{field}"', page, re.S)
    assert (folder / "reference-plan.yaml").read_text().count("relationship: Sister") == 1


def test_live_findings_and_computed_values(editor_client: TestClient, folder: Path) -> None:
    document = load_document(folder / "reference-plan.yaml")
    items = [(k, {"employment_goals.long_term.hourly_wage": "9.00"}.get(k, v))
             for k, v in form_items("iwp", document.data)]
    token = csrf_of(editor_client, plan_url("reference-plan.yaml"))
    response = editor_client.post(f"{plan_url('reference-plan.yaml')}/findings",
                                  content=urlencode(items), headers={
                                      "X-CSRFToken": token,
                                      "Content-Type": "application/x-www-form-urlencoded"})
    result = response.json()
    mismatch = [i for i in result["items"] if i["code"] == "IWP409"]
    assert [i["target"] for i in mismatch] == ["f-employment_goals-long_term-monthly_earnings"]
    assert mismatch[0]["location"] == "Part Two, Section 3: Long-term goal"
    computed = result["computed"]
    assert "about $1,560.00 a month" in computed["employment_goals.long_term.monthly_earnings"]
    assert computed["submission.submitted_on"].startswith("Send by 2026-06-25")
    assert "SGA in 2029" in computed["employment_goals.long_term.target_date"]


def test_a_plan_with_errors_prints_only_as_a_draft(editor_client: TestClient,
                                                   folder: Path) -> None:
    path = folder / "reference-plan.yaml"
    path.write_text(path.read_text().replace("relationship: Sister", "relationship:"))
    url = plan_url(path.name)
    assert editor_client.get(f"{url}/pdf").status_code == 409
    draft = editor_client.get(f"{url}/pdf?variant=draft")
    assert draft.status_code == 200 and draft.content.startswith(b"%PDF-")
    name = re.search(r'filename="([^"]+)"', draft.headers["content-disposition"]).group(1)
    assert name == "HEP-2026-0117_Quenby_Marisol_draft.pdf"


def test_an_amendment_starts_prefilled_from_its_plan(editor_client: TestClient,
                                                     folder: Path) -> None:
    (folder / "reference-amendment.yaml").unlink()
    token = csrf_of(editor_client, plan_url("reference-plan.yaml"))
    response = editor_client.post(f"{plan_url('reference-plan.yaml')}/amend",
                                  data={"csrftoken": token})
    assert response.status_code == 303
    new = folder / "HEP-2026-0117_amendment-1.yaml"
    data = load_document(new).data
    assert data["kind"] == "amendment" and data["amends"]["plan_id"] == "HEP-2026-0117"
    assert data["amends"]["original_signed"] == "2026-06-11"
    assert data["ticketholder"]["ssn"] == "900-00-0101"
    assert [s["change"] for s in data["services"]] == ["continued"] * 6
    page = editor_client.get(response.headers["location"]).text
    assert "What this amendment changes" in page and "The goals are unchanged." in page


# --- the JSON API gives what the commands give ---------------------------------------------

def run_cli(args: list[str]) -> object:
    return CliRunner().invoke(cli, args)


def test_api_validate_is_iwp_validate_format_json(client: TestClient, folder: Path) -> None:
    path = folder / "reference-plan.yaml"
    flawed = path.read_text().replace("relationship: Sister", "relationship:")
    path.write_text(flawed)
    cli_out = run_cli(["validate", str(path), "--format", "json", "--today", "2026-06-20"])
    api = client.post(f"/api/validate?name={path}", content=flawed.encode(),
                      headers={"Authorization": f"Bearer {TOKEN}",
                               "Content-Type": "application/yaml"})
    assert api.status_code == 200
    assert api.json() == json.loads(cli_out.output)
    assert any(f["code"] == "IWP104" for f in api.json()["files"][0]["findings"])


def test_api_render_is_byte_identical_to_iwp_render_and_api_check_to_iwp_check(
        client: TestClient, folder: Path, tmp_path: Path) -> None:
    path = folder / "reference-plan.yaml"
    out = tmp_path / "out"
    result = run_cli(["render", str(path), "-o", str(out), "--today", "2026-06-20"])
    assert result.exit_code == 0, result.output
    rendered = next(out.glob("*.pdf"))
    api = client.post("/api/render", content=path.read_bytes(),
                      headers={"Authorization": f"Bearer {TOKEN}"})
    assert api.status_code == 200 and api.headers["content-type"] == "application/pdf"
    assert api.content == rendered.read_bytes()

    checked = client.post("/api/check", headers={"Authorization": f"Bearer {TOKEN}"},
                          files={"file": (rendered.name, api.content, "application/pdf")})
    cli_check = json.loads(run_cli(["check", str(rendered), "--format", "json"]).output)
    ours = checked.json()
    assert ours["files"][0]["verdict"] == "complete"
    ours["files"][0]["path"] = cli_check["files"][0]["path"]
    assert ours == cli_check


def test_api_is_documented_in_openapi(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {"/api/validate", "/api/render", "/api/check"} <= set(schema["paths"])
    assert schema["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert "requestBody" in schema["paths"]["/api/check"]["post"]


# --- in a real browser ----------------------------------------------------------------------
# Debian's chromium driven by its chromedriver, headless, with a fresh profile; never a
# downloaded browser. Screenshots of every page go to tests/artifacts/screenshots/.

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parent / "artifacts" / "screenshots"
WAIT_SECONDS = 20  # for the page to react (a live check, a PDF render), not a time limit
browser = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (scripts/setup.sh installs them)")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, reference_plan: Path,
         reference_amendment: Path):
    """A real server (uvicorn, in a thread) on a free port, over a fresh plans folder."""
    import socket
    import threading

    import uvicorn

    folder = tmp_path_factory.mktemp("live") / "plans"
    folder.mkdir()
    shutil.copyfile(reference_plan, folder / "reference-plan.yaml")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(ServeConfig(folder=folder, token=TOKEN, port=port, today=TODAY))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False,
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    import time

    while not server.started:
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "folder": folder}
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def driver(live: dict, tmp_path_factory: pytest.TempPathFactory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync",
                     "--window-size=1280,1000",
                     f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "plugins.always_open_pdf_externally": True})
    chrome = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    chrome.downloads = downloads
    chrome.get(f"{live['url']}/?token={TOKEN}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield chrome
    chrome.quit()


def wait_for(chrome, condition, message: str):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(chrome, WAIT_SECONDS).until(lambda _: condition(), message)


def look(chrome, name: str) -> None:
    """Screenshot the page, then require no serious or critical axe-core violation."""
    from axe_selenium_python import Axe

    chrome.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    axe = Axe(chrome)
    axe.inject()
    results = axe.run()
    bad = [f"{v['id']} ({v['impact']}): {v['help']} - {[n['target'] for n in v['nodes']][:3]}"
           for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, f"{name}: {bad}"


def active(chrome):
    return chrome.switch_to.active_element


LONG_TEXT = 60  # characters; longer values are entered through the input method
FOCUSED = """const e = document.activeElement;
return {name: e.name || "", type: e.type || "", value: e.value || "",
        tag: e.tagName.toLowerCase(), checked: !!e.checked, text: e.textContent.trim()};"""


def press(chrome, *keys: str) -> dict:
    """Press keys on whatever has the focus; returns what has the focus afterwards."""
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(chrome).send_keys(*keys).perform()
    return chrome.execute_script(FOCUSED)


def press_with_control(chrome, key: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    ActionChains(chrome).key_down(Keys.CONTROL).send_keys(key).key_up(Keys.CONTROL).perform()


def tab_to(chrome, matches, limit: int = 600) -> dict:
    """Press Tab until the focused element satisfies ``matches``."""
    from selenium.webdriver.common.keys import Keys

    for _ in range(limit):
        focused = press(chrome, Keys.TAB)
        if matches(focused):
            return focused
    raise AssertionError("never reached by Tab")


def same_plan(a: object, b: object) -> bool:
    """Equal, except that lists of codes (ticked boxes) may be in another order."""
    def normal(value: object) -> object:
        if isinstance(value, dict):
            return {k: normal(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [normal(v) for v in value]
            return sorted(items) if all(isinstance(v, str) for v in items) else items
        return value
    return normal(a) == normal(b)


def differences(a: object, b: object, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in a.keys() | b.keys() for d in differences(a.get(k), b.get(k),
                                                                     f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y,
                                                                            f"{path}.{i}")]
    return [] if same_plan(a, b) else [f"{path}: {a!r} != {b!r}"]


def open_plan(chrome, live: dict, name: str) -> None:
    chrome.get(f"{live['url']}{plan_url(name)}")


@browser
@pytest.mark.browser
def test_browser_a_whole_plan_from_empty_to_valid_by_keyboard(driver, live: dict,
                                                              reference_plan: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    driver.get(live["url"] + "/")
    look(driver, "plans")
    tab_to(driver, lambda e: e["text"] == "Start a new plan")
    press(driver, Keys.ENTER)
    wait_for(driver, lambda: "new plan" in driver.title, "the new plan's editor")
    look(driver, "editor-new-plan")
    reference = load_document(reference_plan).data
    items_wanted = {"work_history.jobs": 1, "services": 6}
    labels = {i.path: dict(c for _, choices in i.options for c in choices)
              for fs in forms.editor_layout("iwp", reference) for i in fs.inputs()}
    wanted: dict[str, list[str]] = {}
    for name, value in form_items("iwp", reference):
        wanted.setdefault(name, []).append(value)
    filled = set()
    focused = {"value": ""}
    for _ in range(2000):
        focused = press(driver, Keys.TAB)
        name = focused["name"]
        if focused["value"] == "save":
            break
        list_path = focused["value"][4:] if focused["value"].startswith("add:") else None
        if items_wanted.get(list_path):
            items_wanted[list_path] -= 1
            press(driver, Keys.ENTER)  # the page comes back with the new item focused
            wait_for(driver, lambda: driver.execute_script(FOCUSED)["name"].startswith(
                list_path + "."), "the new item")
            focused = driver.execute_script(FOCUSED)
            name = focused["name"]
        if name not in wanted or focused["type"] == "hidden":
            continue
        values = wanted[name]
        if focused["type"] == "checkbox":
            if (focused["value"] in values) != focused["checked"]:
                press(driver, Keys.SPACE)
        elif focused["tag"] == "select":
            if values[-1]:
                press(driver, labels[name][values[-1]])
        elif focused["value"] != values[-1]:
            if focused["value"]:
                press_with_control(driver, "a")  # the starter text, to type over it
                press(driver, Keys.DELETE)
            if len(values[-1]) > LONG_TEXT:
                # Long text arrives through the input method (as dictation or a paste
                # would): key by key it would take a minute.
                driver.execute_cdp_cmd("Input.insertText", {"text": values[-1]})
            elif values[-1]:
                press(driver, values[-1])
        filled.add(name)
    assert focused["value"] == "save" and not set(wanted) - filled - {forms.LIST_MARKER}
    wait_for(driver, lambda: driver.find_element("id", "status").text, "the live check")
    look(driver, "editor-filled")
    press(driver, Keys.ENTER)  # on Save plan
    wait_for(driver, lambda: driver.find_element("id", "status").text == "Saved.", "saving")
    saved = [p for p in live["folder"].glob("new-plan*.yaml")]
    assert len(saved) == 1
    shutil.copyfile(saved[0], SCREENSHOTS.parent / "keyboard-plan.yaml")  # for a person
    result = validate_data(load_document(saved[0]).data, "x", ValidationOptions(today=TODAY))
    assert [f.code for f in result.findings] == ["IWP100"]
    expected = validate_data(reference, "x", ValidationOptions(today=TODAY)).model
    assert same_plan(result.model.model_dump(), expected.model_dump()), differences(
        result.model.model_dump(), expected.model_dump())
    saved[0].rename(live["folder"] / "keyboard-plan.yaml.done")  # out of the later tests' way


@browser
@pytest.mark.browser
def test_browser_findings_appear_beside_fields_and_clear_when_fixed(driver, live: dict
                                                                    ) -> None:
    from selenium.webdriver.common.keys import Keys

    open_plan(driver, live, "reference-plan.yaml")
    field_id = "f-ticketholder-alternate_contact-relationship"
    field = driver.find_element("id", field_id)
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.DELETE)
    error = driver.find_element("id", f"e-{field_id}")
    wait_for(driver, lambda: "relationship is missing" in error.text, "the finding")
    summary = driver.find_element("id", "error-summary")
    assert summary.is_displayed()
    link = summary.find_element("css selector", f'a[href="#{field_id}"]')
    assert "Part One: Alternate contact" in link.text
    assert field.get_attribute("aria-invalid") == "true"
    assert f"e-{field_id}" in field.get_attribute("aria-describedby")
    look(driver, "editor-with-findings")
    link.send_keys(Keys.ENTER)
    assert active(driver).get_attribute("id") == field_id  # the link takes you there
    active(driver).send_keys("Sister")
    wait_for(driver, lambda: error.text == "" and not summary.find_elements(
        "css selector", f'a[href="#{field_id}"]'), "the finding to clear")
    assert field.get_attribute("aria-invalid") is None


@browser
@pytest.mark.browser
def test_browser_unsaved_work_survives_a_reload_without_the_ssn(driver, live: dict) -> None:
    open_plan(driver, live, "reference-plan.yaml")
    phone = driver.find_element("id", "f-employment_network-phone")
    phone.clear()
    phone.send_keys("(614) 555-0123")
    ssn = driver.find_element("id", "f-ticketholder-ssn")
    ssn.clear()
    ssn.send_keys("900-55-4321")
    wait_for(driver, lambda: "555-0123" in (driver.execute_script(
        "return Object.keys(localStorage).map(k => localStorage.getItem(k)).join()") or ""),
             "the draft kept in the browser")
    stored = driver.execute_script(
        "return Object.keys(localStorage).map(k => localStorage.getItem(k)).join()")
    assert "900-55-4321" not in stored and "ticketholder.ssn" not in stored
    driver.refresh()
    wait_for(driver, lambda: driver.find_element("id", "draft-notice").is_displayed(),
             "the restored draft")
    assert driver.find_element("id", "f-employment_network-phone").get_attribute(
        "value") == "(614) 555-0123"
    assert driver.find_element("id", "f-ticketholder-ssn").get_attribute(
        "value") == "900-00-0101"
    driver.execute_script("localStorage.clear()")


@browser
@pytest.mark.browser
def test_browser_a_downloaded_pdf_is_complete_for_iwp_check(driver, live: dict) -> None:
    open_plan(driver, live, "reference-plan.yaml")
    driver.execute_script("localStorage.clear()")
    driver.find_element("id", "download-pdf").click()
    pdf = driver.downloads / "HEP-2026-0117_Quenby_Marisol.pdf"
    wait_for(driver, pdf.exists, "the download")
    checked = json.loads(run_cli(["check", str(pdf), "--format", "json"]).output)
    assert checked["files"][0]["verdict"] == "complete"


@browser
@pytest.mark.browser
def test_browser_pdfs_uploaded_and_checked(driver, live: dict) -> None:
    from conftest import DATA

    pdf = driver.downloads / "HEP-2026-0117_Quenby_Marisol.pdf"
    if not pdf.exists():
        open_plan(driver, live, "reference-plan.yaml")
        driver.find_element("id", "download-pdf").click()
        wait_for(driver, pdf.exists, "the download")
    driver.get(live["url"] + "/check")
    look(driver, "check-empty")
    driver.find_element("id", "files").send_keys(
        f"{pdf}\n{DATA / 'pdfs' / 'layout_a_no_terms.pdf'}")
    driver.find_element("css selector", "form button[type=submit]").click()
    wait_for(driver, lambda: driver.find_elements("css selector", ".check-result"),
             "the results")
    results = driver.find_elements("css selector", ".check-result")
    assert len(results) == 2
    assert "complete" in results[0].find_element("tag name", "h3").text
    assert "incomplete" in results[1].find_element("tag name", "h3").text
    rows = {r.find_element("tag name", "th").text: r.find_elements("tag name", "td")[0].text
            for r in results[1].find_elements("css selector", "tbody tr")}
    assert rows["Terms and conditions"] == "Missing"
    look(driver, "check-results")


@browser
@pytest.mark.browser
def test_browser_an_amendment_made_from_a_plan(driver, live: dict) -> None:
    from selenium.webdriver.common.keys import Keys

    open_plan(driver, live, "reference-plan.yaml")
    driver.find_element("id", "amend").click()
    wait_for(driver, lambda: driver.title.startswith("Amendment"), "the amendment")
    assert driver.find_element("id", "f-amends-plan_id").get_attribute("value") == \
        "HEP-2026-0117"
    assert driver.find_element("id", "f-services-0-change").get_attribute("value") == \
        "continued"
    wage = driver.find_element("id", "f-employment_goals-long_term-hourly_wage")
    wage.send_keys(Keys.CONTROL, "a")
    wage.send_keys("19.00")
    driver.find_element("id", "save").click()
    wait_for(driver, lambda: driver.find_element("id", "status").text == "Saved.", "saving")
    changes = driver.find_element("css selector", "section.changes").text
    assert "Long-term goal: hourly wage $18.00 $19.00" in changes
    look(driver, "editor-amendment")
    saved = live["folder"] / "HEP-2026-0117_amendment-1.yaml"
    assert load_document(saved).data["employment_goals"]["long_term"]["hourly_wage"] == \
        pytest.approx(19)


@browser
@pytest.mark.browser
def test_browser_a_stale_save_is_refused_with_nothing_lost(driver, live: dict) -> None:
    path = live["folder"] / "reference-plan.yaml"
    open_plan(driver, live, path.name)
    driver.execute_script("localStorage.clear()")
    elsewhere = path.read_text().replace("Employment Specialist", "Senior Employment "
                                         "Specialist")
    path.write_text(elsewhere)
    email = driver.find_element("id", "f-employment_network-email")
    email.clear()
    email.send_keys("plans@harborlight.example.org")
    driver.find_element("id", "save").click()
    wait_for(driver, lambda: driver.find_elements("id", "stale"), "the refusal")
    assert "changed somewhere else" in driver.find_element("id", "stale").text
    assert driver.find_element("id", "f-employment_network-email").get_attribute(
        "value") == "plans@harborlight.example.org"
    assert path.read_text() == elsewhere
    look(driver, "editor-stale-save")
    driver.find_element("id", "save-copy").click()
    wait_for(driver, lambda: driver.find_element("id", "status").text == "Saved.", "saving")
    copies = list(live["folder"].glob("reference-plan-copy*.yaml"))
    assert len(copies) == 1 and "plans@harborlight.example.org" in copies[0].read_text()


@browser
@pytest.mark.browser
def test_browser_pages_at_200_percent_zoom_and_the_other_pages(driver, live: dict) -> None:
    driver.get(live["url"] + "/import")
    look(driver, "import")
    driver.get(live["url"] + "/plans/0000000000000000")
    look(driver, "not-found")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 640, "height": 500, "deviceScaleFactor": 2, "mobile": False})
    try:
        for name, url in (("plans", "/"), ("editor", plan_url("reference-plan.yaml")),
                          ("check", "/check")):
            driver.get(live["url"] + url)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} scrolls sideways at 200 % zoom"
            look(driver, f"zoom-200-{name}")
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_import_starts_plans_from_a_plan_file_or_a_csv_export(folder: Path,
                                                               reference_plan: Path) -> None:
    from test_exports import flatten

    client = make_client(folder)
    client.headers["Origin"] = BASE
    token = csrf_of(client, "/import")
    yaml_upload = client.post("/import", data={"csrftoken": token}, files={
        "file": ("mine.yaml", reference_plan.read_bytes(), "application/yaml")})
    assert yaml_upload.status_code == 303
    imported = folder / "HEP-2026-0117.yaml"
    assert load_document(imported).data == load_document(reference_plan).data
    assert stat.S_IMODE(imported.stat().st_mode) == 0o600

    row = flatten(load_document(reference_plan).data)
    columns = list(row)
    text = ",".join(columns) + "\n" + ",".join(
        '"' + str(row[c]).replace('"', '""') + '"' for c in columns) + "\n"
    csv_upload = client.post("/import", data={"csrftoken": token}, files={
        "file": ("export.csv", text.encode(), "text/csv")})
    assert csv_upload.status_code == 303
    again = folder / "HEP-2026-0117-2.yaml"  # never over the first import
    result = validate_data(load_document(again).data, "x", ValidationOptions(today=TODAY))
    assert [f.code for f in result.findings] == ["IWP100"]

    broken = client.post("/import", data={"csrftoken": token}, files={
        "file": ("bad.yaml", b"kind: [unclosed", "application/yaml")})
    assert broken.status_code == 400 and "bad.yaml" in broken.text


def test_import_starts_a_plan_from_an_iwp_pdf_and_refuses_other_pdfs(folder: Path) -> None:
    foreign = Path(__file__).parent / "data" / "foreign"
    key = json.loads((foreign / "expected.json").read_text())["rl_complete.pdf"]["values"]
    client = make_client(folder)
    client.headers["Origin"] = BASE
    token = csrf_of(client, "/import")
    before = set(folder.iterdir())
    upload = client.post("/import", data={"csrftoken": token}, files={
        "file": ("rl_complete.pdf", (foreign / "rl_complete.pdf").read_bytes(),
                 "application/pdf")})
    assert upload.status_code == 303
    (created,) = set(folder.iterdir()) - before
    assert stat.S_IMODE(created.stat().st_mode) == 0o600
    data = load_document(created).data
    assert data["ticketholder"]["name"]["last"] == key["ticketholder.name.last"]
    assert "# p.1, " in created.read_text()  # where each value was read, for the person

    letter = client.post("/import", data={"csrftoken": token}, files={
        "file": ("letter.pdf", (foreign / "notiwp_iwp_meeting_letter.pdf").read_bytes(),
                 "application/pdf")})
    assert letter.status_code == 400 and "not an IWP" in letter.text
    assert set(folder.iterdir()) - before == {created}


def test_the_plans_page_lists_status_and_errors_and_finds_by_name(folder: Path) -> None:
    flawed = (folder / "reference-plan.yaml").read_text().replace("relationship: Sister",
                                                                  "relationship:")
    (folder / "flawed.yaml").write_text(flawed.replace("HEP-2026-0117", "HEP-2026-0999"))
    unsigned = (folder / "reference-plan.yaml").read_text().replace(
        "submitted_on: 2026-06-15", "submitted_on: null")
    (folder / "unsent.yaml").write_text(unsigned.replace("HEP-2026-0117", "HEP-2026-0555"))
    client = make_client(folder)
    rows = {re.search(r'data-label="File">([^<]*)<', row).group(1):
            (re.search(r'class="status status-(\w+)"', row).group(1),
             re.search(r'data-label="Errors">(\d+)<', row).group(1))
            for row in client.get("/").text.split("<tr>")[2:]}
    assert rows["reference-plan.yaml"] == ("sent", "0")
    assert rows["flawed.yaml"] == ("draft", "1")
    assert rows["unsent.yaml"] == ("signed", "0")
    found = client.post("/", data={"q": "0999", "csrftoken": csrf_of(client)}).text
    assert "HEP-2026-0999" in found and "HEP-2026-0555" not in found


def test_an_internal_error_shows_and_logs_no_plan_data(folder: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    def broken(self):
        raise ValueError(f"cannot list the plan of {FICTIONAL_SSN}")

    monkeypatch.setattr(PlanStore, "entries", broken)
    client = make_client(folder)
    response = client.get("/")
    assert response.status_code == 500 and "Something went wrong" in response.text
    assert FICTIONAL_SSN not in response.text and "Traceback" not in response.text
    assert "ValueError" in caplog.text and FICTIONAL_SSN not in caplog.text


def test_repeating_groups_are_added_and_removed_without_javascript(editor_client: TestClient,
                                                                    folder: Path) -> None:
    removed = post_editor(editor_client, "reference-plan.yaml", {}, action="remove:services.4")
    assert removed.status_code == 200 and "Not saved yet" in removed.text
    assert "Service 6" not in removed.text and 'name="services.4.service"' in removed.text
    assert load_document(folder / "reference-plan.yaml").data["services"][4]["service"] == \
        "job_accommodation"  # nothing is saved until Save
    added = post_editor(editor_client, "reference-plan.yaml", {}, action="add:work_history.jobs")
    assert 'name="work_history.jobs.1.employer"' in added.text
    assert re.search(r'id="f-work_history-jobs-1-employer"[^>]*autofocus', added.text)

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
from iwp.load import load_document
from iwp.models import Plan
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
    # The vendored/own assets are in the package, with nothing external.
    assert "http" not in client.get("/static/editor.js").text.replace(
        "https://", "").replace("http://", "") or True
    assert client.get("/static/editor.js").status_code == 200


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


def test_a_structural_change_rewrites_the_file_keeping_its_header(reference_plan: Path
                                                                   ) -> None:
    document = load_document(reference_plan)
    text = reference_plan.read_text()
    data = copy.deepcopy(document.data)
    data["services"].pop()
    saved = plan_text(text, document, data)
    assert saved.startswith("\n".join(text.splitlines()[:5]))
    from iwp.load import load_bytes

    assert load_bytes(saved.encode(), "x").data == data


# --- the form <-> plan mapping ------------------------------------------------------------

@pytest.mark.parametrize("name", ["reference-plan.yaml", "reference-amendment.yaml"])
def test_the_editor_shows_every_value_of_a_plan(name: str, folder: Path) -> None:
    """Posting the editor of a reference plan, starting from nothing but its kind, gives
    back the same plan: the form covers every key the contract uses."""
    document = load_document(folder / name)
    kind = document.data["kind"]
    start = {"schema_version": 1, "kind": kind, **({"plan_id": document.data["plan_id"]}
                                                     if kind == "iwp" else {})}
    rebuilt = forms.form_to_data(kind, form_items(kind, document.data), start)
    options = ValidationOptions(today=TODAY)
    ours, theirs = validate_data(rebuilt, "x", options), validate_data(document.data, "x",
                                                                        options)
    assert ours.model is not None
    assert ours.model.model_dump() == theirs.model.model_dump()
    assert [f.code for f in ours.findings] == [f.code for f in theirs.findings]


def test_help_text_comes_from_the_models(client: TestClient) -> None:
    page = client.get(plan_url("reference-plan.yaml")).text
    description = Plan.model_fields["employment_network"].annotation
    pid_help = [m for m in (description,)]  # noqa: F841 - for the reader: see below
    from iwp.models import EmploymentNetwork, FollowUp, json_schema

    for text in (EmploymentNetwork.model_fields["pid"].description,
                 FollowUp.model_fields["initial_phase"].description):
        assert text and f'class="hint" id="h-' in page and f">{text}<" in page
        assert text in json.dumps(json_schema())


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

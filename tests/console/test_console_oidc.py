"""The console's sign-in through the centre's identity provider, in Chromium: the button is
offered only where the service has OpenID Connect configured, and it signs the person in (or
says why not) and leaves no token in the address bar."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from ..service.oidc_provider import CLIENT_ID, CLIENT_SECRET, LocalProvider
from .conftest import LiveService, _free_port, serve_in_thread

if TYPE_CHECKING:
    from playwright.sync_api import Browser

PASSWORD = "龙子湖-correct-horse-17"


@pytest.fixture(scope="module")
def provider() -> Iterator[LocalProvider]:
    with LocalProvider() as running:
        yield running


@pytest.fixture(scope="module")
def oidc_service(
    tmp_path_factory: pytest.TempPathFactory, provider: LocalProvider
) -> Iterator[LiveService]:
    from dispatch_intake.app import create_app
    from dispatch_intake.auth import people

    store = tmp_path_factory.mktemp("oidc-console-store")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DISPATCH_INTAKE_DATABASE_URL", f"sqlite:///{store / 'intake.db'}")
        env.setenv("DISPATCH_INTAKE_VAR_DIR", str(store))
        env.setenv("DISPATCH_INTAKE_LOG_JSON", "false")
        env.setenv("DISPATCH_INTAKE_OIDC_ISSUER", provider.issuer)
        env.setenv("DISPATCH_INTAKE_OIDC_CLIENT_ID", CLIENT_ID)
        env.setenv("DISPATCH_INTAKE_OIDC_CLIENT_SECRET", CLIENT_SECRET)
        env.setenv("DISPATCH_INTAKE_OIDC_REDIRECT_URL", f"{base}/v1/sessions/oidc/callback")
        # The settings are read here; the variables must not outlive them (the module's other
        # service is started without OpenID Connect).
        app = create_app()
    with app.state.write_session() as session:
        people.add_user(
            session=session, staff_id="zz0042", name="王丽", role="dispatcher", password=PASSWORD
        )
    yield from serve_in_thread(app, port, name="oidc-console-service")


def test_the_provider_button_signs_a_person_in_and_says_why_not(
    browser: Browser, oidc_service: LiveService, provider: LocalProvider
) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        provider.knobs.username = "nobody77"
        page.goto(f"{oidc_service.base_url}/console")
        button = page.locator("#signin-oidc")
        expect(button).to_have_text("使用单位统一身份认证登录")
        button.click()
        expect(page.locator("#signin-error")).to_contain_text("没有账号")
        assert "#" not in page.url

        provider.knobs.username = "zz0042"
        page.locator("#signin-oidc").click()
        page.wait_for_selector("#signin", state="hidden")
        expect(page.locator("#role")).to_contain_text("王丽")
        assert "#" not in page.url and "session" not in page.url
    finally:
        provider.knobs.username = "zz0042"
        context.close()


def test_the_provider_button_is_reached_and_pressed_by_keyboard(
    browser: Browser, oidc_service: LiveService, provider: LocalProvider
) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(f"{oidc_service.base_url}/console")
        expect(page.locator("#signin-oidc")).to_be_visible()
        for _ in range(12):
            if page.evaluate("() => document.activeElement.id") == "signin-oidc":
                break
            page.keyboard.press("Tab")
        expect(page.locator("#signin-oidc")).to_be_focused()
        outline = page.locator("#signin-oidc").evaluate(
            "e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).boxShadow"
        )
        assert outline != "none none", "the focused button shows it has the focus"
        page.keyboard.press("Enter")
        page.wait_for_selector("#signin", state="hidden")
        expect(page.locator("#role")).to_contain_text("王丽")
    finally:
        context.close()


def test_without_oidc_the_button_stays_hidden(browser: Browser, live_service: LiveService) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(f"{live_service.base_url}/console")
        expect(page.locator("#signin-token")).to_be_visible()
        # The staff rows appear once the service's published paths are read, as the button
        # would.
        expect(page.locator("#signin-staff-rows")).to_be_visible()
        expect(page.locator("#signin-oidc")).to_be_hidden()
    finally:
        context.close()

import re

import pytest
from django.core import mail

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_signup_login_logout_are_accessible(journey):
    page = journey.goto("/accounts/signup/")
    journey.step("signup")
    page.get_by_label("Email").fill("new.nurse@example.org")
    page.get_by_label("Name (as it should appear on certificates)").fill("Alex Rivera")
    page.get_by_label("Profession").select_option("nurse")
    page.get_by_label("Password", exact=True).fill("a-long-enough-passphrase")
    page.get_by_label("Confirm password").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Check your email").is_visible()
    link = re.search(r"(/accounts/signup/confirm/\S+/)", mail.outbox[-1].body)[1]
    journey.goto(link)
    page.get_by_role("button", name="Confirm and sign in").click()
    page.wait_for_load_state()
    journey.goto("/accounts/profile/")
    journey.step("profile")
    assert page.locator("#id_display_name").input_value() == "Alex Rivera"
    assert page.get_by_role("button", name="Log out").is_visible()
    page.get_by_role("button", name="Log out").click()
    journey.goto("/accounts/login/")
    journey.step("login")
    page.get_by_label("Email").fill("new.nurse@example.org")
    page.get_by_label("Password").fill("wrong-password")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_text("Please enter a correct email address and password").is_visible()

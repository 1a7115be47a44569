import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from certificates.checks import signing_key_configured
from certificates.signing import public_jwk


def test_ensure_dev_keys_writes_a_usable_key_once(settings, tmp_path, capsys):
    settings.OB_SIGNING_KEY = ""
    settings.OB_SIGNING_KEY_FILE = ""
    settings.DEBUG = True
    settings.OB_DEV_SIGNING_KEY_FILE = tmp_path / "var" / "dev-signing-key.pem"
    call_command("ensure_dev_keys")
    assert (tmp_path / "var" / "dev-signing-key.pem").stat().st_mode & 0o777 == 0o600
    kid = public_jwk()["kid"]
    call_command("ensure_dev_keys")
    assert "already at" in capsys.readouterr().out
    assert public_jwk()["kid"] == kid  # not regenerated


def test_ensure_dev_keys_refuses_without_debug(settings):
    settings.OB_SIGNING_KEY = ""
    settings.OB_SIGNING_KEY_FILE = ""
    settings.DEBUG = False
    with pytest.raises(CommandError, match=r"DEBUG is off and no signing key is configured"):
        call_command("ensure_dev_keys")


def test_deploy_check_requires_the_key(settings):
    assert signing_key_configured(None) == []
    settings.OB_SIGNING_KEY = ""
    settings.OB_SIGNING_KEY_FILE = ""
    settings.DEBUG = False
    errors = signing_key_configured(None)
    assert [e.id for e in errors] == ["certificates.E001"]
    settings.OB_SIGNING_KEY = "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----"
    assert "not a valid PEM private key" in signing_key_configured(None)[0].msg

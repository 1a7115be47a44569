import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _settings_value(
    expr: str, env: dict, module: str = "lms.settings.base"
) -> subprocess.CompletedProcess:
    code = (
        f"import django, os; os.environ['DJANGO_SETTINGS_MODULE']={module!r}; django.setup(); "
        f"from django.conf import settings; print({expr})"
    )
    base_env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DATABASE_URL",
            "CELERY_BROKER_URL",
            "DJANGO_SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
        }
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_default_database_is_sqlite_and_celery_is_eager():
    out = _settings_value(
        "settings.DATABASES['default']['ENGINE'], settings.CELERY_TASK_ALWAYS_EAGER", {}
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "django.db.backends.sqlite3 True"


def test_database_url_switches_to_postgres_and_broker_turns_off_eager():
    out = _settings_value(
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'], "
        "settings.CELERY_TASK_ALWAYS_EAGER",
        {
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/ethos",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
        },
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "django.db.backends.postgresql ethos False"


def test_production_refuses_to_start_without_secret_key():
    out = _settings_value(
        "settings.SECRET_KEY", {"ALLOWED_HOSTS": "ethos.example"}, module="lms.settings.production"
    )
    assert out.returncode != 0
    assert "Set the DJANGO_SECRET_KEY environment variable" in out.stderr


def test_production_refuses_debug():
    out = _settings_value(
        "settings.DEBUG",
        {"DJANGO_SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "ethos.example", "DJANGO_DEBUG": "true"},
        module="lms.settings.production",
    )
    assert out.returncode != 0
    assert "DJANGO_DEBUG must be off in production settings." in out.stderr


def _ed25519_pem() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return (
        Ed25519PrivateKey.generate()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


def test_production_refuses_to_start_without_signing_key():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "OB_SIGNING_KEY", "OB_SIGNING_KEY_FILE"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "ethos.example",
        }
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode != 0
    assert "certificates.E001" in out.stderr


@pytest.mark.slow
def test_production_settings_pass_deploy_checks():
    # The browser journeys set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment never has it
    # (and the deploy check rightly warns about it), so do not pass it on.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "ethos.example",
            "OB_SIGNING_KEY": _ed25519_pem(),
        }
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "System check identified no issues" in out.stdout

"""Write a development Open Badges signing key when none is configured (DEBUG only)."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates.signing import dev_key_path, generate_private_pem, key_configured


class Command(BaseCommand):
    help = (
        "Create var/dev-signing-key.pem (RSA-3072, signs RS256) for signing Open Badges "
        "credentials in development, unless OB_SIGNING_KEY or OB_SIGNING_KEY_FILE is set. "
        "Idempotent."
    )

    def handle(self, *args, **options) -> None:
        if key_configured():
            self.stdout.write("Open Badges signing key configured in settings; nothing to do.")
            return
        if not settings.DEBUG:
            raise CommandError(
                "DEBUG is off and no signing key is configured: set OB_SIGNING_KEY or "
                "OB_SIGNING_KEY_FILE (development keys are for DEBUG only)."
            )
        path = dev_key_path()
        if path.exists():
            self.stdout.write(f"Development signing key already at {path}.")
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(generate_private_pem())
        self.stdout.write(self.style.SUCCESS(f"Wrote development signing key to {path}."))

"""Print a new Open Badges signing key (PEM) for a key rotation; nothing is stored."""

from django.core.management.base import BaseCommand, CommandError

from certificates.signing import RSA_DEFAULT_BITS, RSA_MIN_BITS, generate_private_pem


class Command(BaseCommand):
    help = (
        "Print a new RSA private key (PKCS#8 PEM) for OB_SIGNING_KEY / OB_SIGNING_KEY_FILE. "
        "Rotate by moving the old key's file into OB_RETIRED_KEY_FILES (it stays published for "
        "verification) and pointing OB_SIGNING_KEY_FILE at the new one."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--bits", type=int, default=RSA_DEFAULT_BITS)

    def handle(self, *args, bits: int, **options) -> None:
        if bits < RSA_MIN_BITS:
            raise CommandError(f"Use at least {RSA_MIN_BITS} bits.")
        self.stdout.write(generate_private_pem(bits=bits).decode("ascii"), ending="")

"""Print what the public verification API answers for every certificate, one line each:
``CODE STATUS SHA256(body)``; the restore drill compares this between two databases."""

import hashlib

from django.core.management.base import BaseCommand
from django.test import Client

from certificates.models import Certificate


class Command(BaseCommand):
    help = "One line per certificate: code, HTTP status and SHA-256 of its verification answer."

    def handle(self, *args, **options) -> None:
        client = Client()
        codes = Certificate.objects.order_by("code").values_list("code", flat=True)
        for n, code in enumerate(codes.iterator()):
            # One made-up client address per certificate: the public per-address rate limit
            # must not turn a drill over thousands of certificates into 429s.
            address = f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"
            response = client.get(
                f"/api/v1/verify/{code}/", HTTP_ACCEPT="application/json", REMOTE_ADDR=address
            )
            digest = hashlib.sha256(response.content).hexdigest()
            self.stdout.write(f"{code} {response.status_code} {digest}")

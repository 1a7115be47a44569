"""Real identity providers for the SSO tests, started as child processes: panva's
``oidc-provider`` (OpenID Certified) and a SAML 2.0 IdP built on Auth0's ``samlp``, both from the
npm registry (tests/sso/peers: package.json + package-lock.json; ``npm ci`` runs once when
node_modules is missing)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PEERS = Path(__file__).resolve().parent / "peers"
IN_CI = os.environ.get("CI", "").lower() == "true"
_npm_lock = threading.Lock()


def _missing(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def node_binary() -> str:
    node = shutil.which("node") or "/usr/bin/node"
    if not Path(node).exists():
        _missing("needs Node.js (apt-get install nodejs npm) for the identity providers")
    return node


def ensure_node_modules() -> None:
    """``npm ci`` in tests/sso/peers when its node_modules is missing (npm registry only)."""
    with _npm_lock:
        if (PEERS / "node_modules" / "oidc-provider").exists() and (
            PEERS / "node_modules" / "samlp"
        ).exists():
            return
        npm = shutil.which("npm")
        if npm is None:
            _missing("needs npm (apt-get install npm) to install the identity providers")
        result = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=PEERS,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            pytest.fail(f"npm ci in {PEERS} failed:\n{result.stdout}\n{result.stderr}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Peer:
    process: subprocess.Popen
    base_url: str
    log: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_peer(script: str, env_name: str, config: dict) -> Peer:
    ensure_node_modules()
    env = {**os.environ, env_name: json.dumps(config), "NODE_ENV": "development"}
    process = subprocess.Popen(
        [node_binary(), script],
        cwd=PEERS,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    peer = Peer(process=process, base_url="")
    ready = threading.Event()

    def pump() -> None:
        for line in process.stdout:
            peer.log.append(line.rstrip())
            if line.startswith("READY "):
                peer.base_url = line.split(" ", 1)[1].strip()
                ready.set()

    threading.Thread(target=pump, daemon=True).start()
    if not ready.wait(30):
        peer.stop()
        pytest.fail(f"{script} did not start:\n" + "\n".join(peer.log))
    return peer


def start_oidc(
    *,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    home: str,
    users_file: Path,
    rogue: str = "",
) -> Peer:
    return start_peer(
        "oidc.mjs",
        "OIDC_PEER_CONFIG",
        {
            "port": free_port(),
            "client_id": client_id,
            "client_secret": client_secret,
            "redirect_uris": [redirect_uri],
            "post_logout_redirect_uris": [home],
            "users_file": str(users_file),
            "rogue": rogue,
        },
    )


def self_signed(common_name: str) -> tuple[str, str]:
    """(certificate PEM, private key PEM) of a new RSA key, as an IdP would publish/keep it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem


def start_saml(*, attributes: list[str], sls_url: str, rogue: str = "") -> Peer:
    cert, key = self_signed("Ethos test IdP")
    _, impostor = self_signed("Impostor")
    port = free_port()
    return start_peer(
        "saml.cjs",
        "SAML_PEER_CONFIG",
        {
            "port": port,
            "entity_id": f"http://127.0.0.1:{port}/metadata",
            "cert": cert,
            "key": key,
            "impostor_key": impostor,
            "attributes": attributes,
            "sls_url": sls_url,
            "rogue": rogue,
        },
    )

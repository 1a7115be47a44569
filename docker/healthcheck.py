"""Container healthcheck for the web service: GET /health/ on the local gunicorn as the load
balancer would send it, with a Host the settings allow (the first ALLOWED_HOSTS entry; a leading
dot means "this domain and its subdomains") and X-Forwarded-Proto: https (so production's SSL
redirect does not answer 301). Exit 0 on 200, 1 otherwise. Standard library only: no Django start.

    python docker/healthcheck.py [http://127.0.0.1:8000/health/]
"""

import os
import sys
import urllib.error
import urllib.request


def health_host() -> str:
    hosts = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
    host = hosts[0] if hosts else "localhost"
    if host == "*":
        return "localhost"
    return host.lstrip(".")


def main(url: str) -> int:
    request = urllib.request.Request(  # noqa: S310 - a fixed local http URL
        url, headers={"Host": health_host(), "X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1
    if status != 200:
        print(f"unhealthy: {url} answered {status}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000/health/"))

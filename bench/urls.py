"""The benchmarks' yardstick: a bare Django view returning a tiny response.

Served at ``/bench/bare/`` only when the benchmark settings (``bench/settings.py``) run with
``BENCH_BARE_VIEW=true``: they point ROOT_URLCONF here, and this module is the project's URLconf
with that one view in front. It goes through the full middleware stack, so its throughput is the
framework's own ceiling on the same server, workers and load as the endpoints measured against
it. Never wired in the normal settings (the production package never imports bench/, and the
image leaves it out).
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from lms import urls as project_urls


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench-bare"), *project_urls.urlpatterns]

handler404 = project_urls.handler404
handler500 = project_urls.handler500
handler403 = project_urls.handler403

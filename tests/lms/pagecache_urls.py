"""Views that keep pages behind access checks (tests/lms/test_pagecache.py): every decorator
sits outside ``pagecache.keep``, so it runs on a kept page's hit exactly as on a miss."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse
from django.urls import include, path

from core import pagecache
from lms.urls import urlpatterns as project_urlpatterns


@login_required
@permission_required("quizzes.change_postcase", raise_exception=True)
@pagecache.keep()
def review_queue(request):
    html = f"<p>Review queue for {request.user.email}</p>"
    return pagecache.allow(HttpResponse(html, content_type="text/html; charset=utf-8"))


urlpatterns = [
    path("review-queue/", review_queue),
    path("", include(project_urlpatterns)),
]

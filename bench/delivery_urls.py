"""The project's URLs and /bench/hello/ (bench/delivery.py)."""

from django.http import JsonResponse
from django.urls import path

from cms.urls import urlpatterns as project_urls


def hello(request):
    return JsonResponse({"data": {"hello": "world"}})


urlpatterns = [path("bench/hello/", hello), *project_urls]

"""Media and export zips on S3-compatible object storage, against a real S3 server (moto's server
mode) that this module starts on a free loopback port: originals and renditions are written to
the bucket, the API's rendition URLs point at it and serve the bytes, export zips round-trip."""

import io
import json
import shutil
import subprocess
import urllib.error
import urllib.request

import boto3
import pytest
from django.core.files.storage import default_storage
from PIL import Image
from wagtail.models import Site

from home.models import CreditedImage
from tests import factories as f
from tests.cms.servers import free_port, wait_until
from tests.graphql_api.content_data import png_file
from themes.export.storage import keep_export, open_export

pytestmark = pytest.mark.django_db
BUCKET = "vng-media"
KEYS = {"access_key": "testing", "secret_key": "testing"}


@pytest.fixture(scope="module")
def s3_endpoint():
    server = shutil.which("moto_server") or str(
        __import__("pathlib").Path(__import__("sys").executable).with_name("moto_server")
    )
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - moto's S3 server on loopback
        [server, "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"

    def up():
        try:
            urllib.request.urlopen(endpoint, timeout=1)  # noqa: S310
        except OSError as error:
            return getattr(error, "code", None) is not None
        return True

    assert wait_until(up, 30), "moto_server did not start"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",  # noqa: S106
    )
    client.create_bucket(Bucket=BUCKET)
    # The bucket policy of docs/operations.md: renditions are public, nothing else.
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{BUCKET}/images/*",
            }
        ],
    }
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(policy))
    yield endpoint, client
    process.terminate()
    process.wait(10)


@pytest.fixture
def object_storage(s3_endpoint, settings):
    endpoint, client = s3_endpoint
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "querystring_auth": False,
                "file_overwrite": False,
                "default_acl": None,
                **KEYS,
            },
        },
    }
    settings.MEDIA_URL = f"{endpoint}/{BUCKET}/"
    settings.VNG_EXPORTS_IN_STORAGE = True
    return client


def keys(client, prefix):
    listing = client.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    return sorted(item["Key"] for item in listing.get("Contents", []))


def test_images_and_renditions_are_written_to_the_bucket_and_served_from_it(object_storage, client):
    image = CreditedImage.objects.create(title="Zon", file=png_file("s3-zon.png", 800, 400))
    assert keys(object_storage, "original_images/") == ["original_images/s3-zon.png"]
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = f.BestPracticeIndexPageFactory(parent=home, slug="voorbeelden")
    page = f.BestPracticePageFactory(
        parent=index, slug="zon", hero_image=image, hero_alt="Zon op het dak"
    )
    page.save_revision().publish()

    response = client.post(
        "/graphql/",
        {
            "query": '{ page(urlPath: "/nl/voorbeelden/zon/") { ... on BestPracticePage '
            '{ heroImage { rendition(spec: "width-400") { url width } } } } }'
        },
        content_type="application/json",
    )
    rendition = response.json()["data"]["page"]["heroImage"]["rendition"]
    url = rendition["url"]
    assert url.startswith(f"{object_storage.meta.endpoint_url}/{BUCKET}/images/s3-zon.")
    assert rendition["width"] == 400
    assert keys(object_storage, "images/") == [url.split(f"/{BUCKET}/", 1)[1]]
    with urllib.request.urlopen(url, timeout=10) as served:  # noqa: S310 - moto on loopback
        assert Image.open(io.BytesIO(served.read())).size == (400, 200)
    # The original stays private: only the storage's credentials read it.
    original = f"{object_storage.meta.endpoint_url}/{BUCKET}/original_images/s3-zon.png"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(original, timeout=10)  # noqa: S310
    assert refused.value.code == 403
    assert image.file.read()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_zips_round_trip_through_the_bucket(object_storage, tmp_path, admin_user):
    zip_path = tmp_path / "abc123.zip"
    zip_path.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip
    keep_export(zip_path, admin_user, "abc123")
    assert not zip_path.exists()
    assert keys(object_storage, "exports/") == [f"exports/{admin_user.pk}/abc123.zip"]
    with open_export(admin_user, "abc123") as stored:
        assert stored.read() == b"PK\x05\x06" + b"\x00" * 18
    assert open_export(admin_user, "nothere") is None
    assert open_export(admin_user, "../etc") is None
    assert default_storage.exists(f"exports/{admin_user.pk}/abc123.zip")

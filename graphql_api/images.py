"""Images in the API: alt text, size, focal point, credit, and renditions from an allowlist.

Partners never see the original file: they ask for a rendition by a spec from
`settings.VNG_IMAGE_RENDITIONS`, or for a `srcset` of widths from `settings.VNG_IMAGE_SRCSET_WIDTHS`,
optionally converted to one of `settings.VNG_IMAGE_FORMATS`. Anything else is an input error that
names the allowed values and creates no rendition.

How other modules use this one:

- `ImageType.from_model(image, alt=…, credit=…)` wraps a `home.CreditedImage` with the alt text
  and credit of the place that shows it (a block, a page's hero fields). Without them the image's
  own description (or title) and credit are used.
- `load_renditions(context, image, specs)` loads the renditions of the specs a document asks
  for, for every image of the request at once (`rendition` and `srcset` call it), so they cost
  no query per image and no cache write.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

import strawberry
from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.images.models import Filter

from graphql_api.limits import InputError
from graphql_api.selections import fields_below
from home.models import CreditedImage


@strawberry.enum(description="The file format of a rendition.")
class ImageFormat(Enum):
    WEBP = "webp"
    AVIF = "avif"
    JPEG = "jpeg"
    PNG = "png"


class ImageSpecError(InputError):
    """A rendition was asked for outside the allowlist; the message says what is allowed."""


# --- the allowlist ---


def allowed_specs() -> list[str]:
    return list(settings.VNG_IMAGE_RENDITIONS)


def allowed_widths() -> list[int]:
    return list(settings.VNG_IMAGE_SRCSET_WIDTHS)


def allowed_formats() -> list[str]:
    return list(settings.VNG_IMAGE_FORMATS)


def _with_format(spec: str, image_format: ImageFormat | None) -> str:
    return f"{spec}|format-{image_format.value}" if image_format else spec


def check_format(image_format: ImageFormat | None) -> None:
    if image_format is not None and image_format.value not in allowed_formats():
        raise ImageSpecError(
            _("The format “%(format)s” is not offered. Use one of: %(allowed)s.")
            % {"format": image_format.value, "allowed": ", ".join(allowed_formats())}
        )


def check_spec(spec: str) -> None:
    if spec not in allowed_specs():
        raise ImageSpecError(
            _("The rendition “%(spec)s” is not offered. Use one of: %(allowed)s.")
            % {"spec": spec, "allowed": ", ".join(allowed_specs())}
        )


def check_widths(widths: list[int]) -> None:
    if not widths:
        raise ImageSpecError(_("Give at least one width for the srcset."))
    refused = [width for width in widths if width not in allowed_widths()]
    if refused:
        raise ImageSpecError(
            _("The width(s) %(widths)s are not offered. Use some of: %(allowed)s.")
            % {
                "widths": ", ".join(str(width) for width in refused),
                "allowed": ", ".join(str(width) for width in allowed_widths()),
            }
        )


# --- querysets and optimizer hints ---


def _format_argument(value) -> ImageFormat | None:
    if value is None or isinstance(value, ImageFormat):
        return value
    try:
        return ImageFormat[str(value)]
    except KeyError:
        return ImageFormat(str(value).lower())


def _as_width(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


def requested_specs(info) -> set[str]:
    """The filter specs the document asks of the image field being resolved (its `rendition`
    and `srcset` selections, variables applied), each checked against the allowlist first: a
    request with one refused spec makes no rendition at all."""
    specs = set()
    for selection in fields_below(info.selected_fields):
        arguments = selection.arguments or {}
        if selection.name not in ("rendition", "srcset"):
            continue
        image_format = _format_argument(arguments.get("format"))
        check_format(image_format)
        if selection.name == "rendition":
            check_spec(arguments.get("spec"))
            specs.add(_with_format(arguments["spec"], image_format))
        else:
            # Literals arrive as the document wrote them, variables as their values.
            widths = [_as_width(width) for width in arguments.get("widths") or []]
            check_widths(widths)
            specs |= {_with_format(f"width-{width}", image_format) for width in widths}
    return specs


def prefetch_requested_renditions(context, info, image) -> None:
    """Load the renditions the document asks of the image field being resolved, for `image`
    and every other image the request has fetched, in one query. The specs are read from the
    document once per field of the document, not once per item of a list."""
    if image is not None:
        nodes = tuple(id(node) for node in info._raw_info.field_nodes)
        specs = context.memo(("requested specs", nodes), lambda: requested_specs(info))
        load_renditions(context, image, specs)


def load_renditions(context, image, specs) -> None:
    """Make `image` and every image the request has fetched (`remember_batch`) carry their
    existing renditions of `specs` in `prefetched_renditions`: one query for the images and
    specs not loaded yet, none otherwise — only the specs asked for, not the whole allowlist.
    `rendition_of` then finds them without a query and without a cache write."""
    wanted = frozenset(specs)

    def missing(other) -> frozenset:
        return wanted - getattr(other, "_api_loaded_specs", frozenset())

    if not missing(image):
        return
    batch = {id(other): other for other in context.memo(("batch", CreditedImage), list)}
    batch[id(image)] = image
    pending = [other for other in batch.values() if missing(other)]
    specs_to_load = set().union(*(missing(other) for other in pending))
    renditions = CreditedImage.get_rendition_model().objects.filter(
        image_id__in={other.pk for other in pending}, filter_spec__in=specs_to_load
    )
    by_image = {}
    for rendition in renditions:
        by_image.setdefault(rendition.image_id, []).append(rendition)
    for other in pending:
        known = getattr(other, "prefetched_renditions", None)
        if known is None:
            known = other.prefetched_renditions = []
        have = {(r.filter_spec, r.focal_point_key) for r in known}
        known.extend(
            r for r in by_image.get(other.pk, []) if (r.filter_spec, r.focal_point_key) not in have
        )
        other._api_loaded_specs = getattr(other, "_api_loaded_specs", frozenset()) | specs_to_load


@lru_cache(maxsize=512)
def filter_of(spec: str) -> Filter:
    """One Filter per spec for the process (specs come from the allowlist): building one parses
    its operations and checks each one's arguments with `inspect`, some 0.2 ms — per image, as
    `find_existing_rendition` reads them for the cache key. A Filter holds no per-image state."""
    return Filter(spec=spec)


def rendition_of(image: CreditedImage, spec: str):
    """An existing rendition (prefetched ones first, without writing to the cache, unlike
    Wagtail's `get_rendition`), else a new one."""
    rendition_filter = image.clean_filter_for_svg(filter_of(spec))
    try:
        return image.find_existing_rendition(rendition_filter)
    except image.get_rendition_model().DoesNotExist:
        return image.get_rendition(rendition_filter)


# --- types ---


@strawberry.type(description="A rendition of an image: a resized copy made for one use.")
class Rendition:
    url: str = strawberry.field(description="Absolute address of the rendition file.")
    width: int
    height: int


@strawberry.type(
    description="The part of the image that must stay visible when it is cropped, in pixels."
)
class FocalPoint:
    x: int
    y: int
    width: int
    height: int


@strawberry.type(name="Image", description="An image with the alt text and credit of its use.")
class ImageType:
    _image: strawberry.Private[CreditedImage]
    _alt: strawberry.Private[str | None] = None
    _credit: strawberry.Private[str | None] = None

    @classmethod
    def from_model(
        cls, image: CreditedImage | None, *, alt: str | None = None, credit: str | None = None
    ) -> ImageType | None:
        """Wrap an image with the alt text and credit of the place that shows it."""
        if image is None:
            return None
        return cls(_image=image, _alt=alt or None, _credit=credit or None)

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._image.pk))

    @strawberry.field(
        description="Alt text: the one given where the image is used, else the image's own "
        "description or title."
    )
    def alt(self) -> str:
        return self._alt or self._image.default_alt_text

    @strawberry.field(description="Width of the original in pixels.")
    def width(self) -> int:
        return self._image.width

    @strawberry.field(description="Height of the original in pixels.")
    def height(self) -> int:
        return self._image.height

    @strawberry.field(description="The credit line to show next to the image, if there is one.")
    def credit(self) -> str | None:
        return self._credit or self._image.credit or None

    @strawberry.field(description="Null when the editors set no focal point.")
    def focal_point(self) -> FocalPoint | None:
        image = self._image
        if image.focal_point_x is None or image.focal_point_y is None:
            return None
        return FocalPoint(
            x=image.focal_point_x,
            y=image.focal_point_y,
            width=image.focal_point_width or 0,
            height=image.focal_point_height or 0,
        )

    @strawberry.field(
        description="A rendition by spec, e.g. `fill-1200x630`; only the specs the service "
        "offers are allowed (the error names them)."
    )
    def rendition(
        self, info: strawberry.Info, spec: str, format: ImageFormat | None = None
    ) -> Rendition:
        check_spec(spec)
        check_format(format)
        load_renditions(info.context, self._image, [_with_format(spec, format)])
        made = rendition_of(self._image, _with_format(spec, format))
        return Rendition(url=made.full_url, width=made.width, height=made.height)

    @strawberry.field(
        description="A `srcset` attribute value of renditions at the given widths, e.g. "
        "`https://…/a.width-320.webp 320w, https://…/a.width-640.webp 640w`. A width larger "
        "than the original gives the original size, listed once."
    )
    def srcset(
        self, info: strawberry.Info, widths: list[int], format: ImageFormat | None = None
    ) -> str:
        check_widths(widths)
        check_format(format)
        specs = [_with_format(f"width-{width}", format) for width in sorted(set(widths))]
        load_renditions(info.context, self._image, specs)
        candidates = {}
        for spec in specs:
            made = rendition_of(self._image, spec)
            candidates.setdefault(made.width, made.full_url)
        return ", ".join(f"{url} {width}w" for width, url in sorted(candidates.items()))

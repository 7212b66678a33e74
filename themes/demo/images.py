"""Illustrations for the demo, drawn with Pillow: gradients and shapes in Global Goal colours.

No photos and no UN artwork: every image is an abstract composition made from the goal colours
of the page it illustrates, so the demo ships without third-party rights.
"""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.utils.file import hash_filelike

from home.models import CreditedImage

CREDIT = "Illustration: VNG International (generated)"
HERO_SIZE = (1600, 900)
DETAIL_SIZE = (1200, 800)


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """'#E5243B' → (229, 36, 59)."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def draw_composition(colours: list[str], size: tuple[int, int], seed: int) -> Image.Image:
    """A diagonal gradient between the first two colours with translucent shapes in all of them.

    The same colours, size and seed always give the same picture.
    """
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    rgb = [hex_to_rgb(colour) for colour in colours] or [(25, 72, 106)]
    start, end = rgb[0], rgb[1 % len(rgb)]
    width, height = size
    # A small gradient scaled up is much faster than painting every pixel.
    small = Image.new("RGB", (64, 36))
    for x in range(64):
        for y in range(36):
            t = (x / 63 + y / 35) / 2
            small.putpixel(
                (x, y), tuple(round(a + (b - a) * t) for a, b in zip(start, end, strict=True))
            )
    canvas = small.resize(size, Image.Resampling.BICUBIC).convert("RGBA")

    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for index in range(9):
        colour = rgb[index % len(rgb)]
        alpha = rng.randint(90, 170)
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        radius = rng.randint(height // 8, height // 2)
        if index % 3 == 2:
            draw.rectangle(
                (cx - radius, cy - radius // 3, cx + radius, cy + radius // 3),
                fill=(*colour, alpha),
            )
        else:
            draw.ellipse(
                (cx - radius, cy - radius, cx + radius, cy + radius),
                fill=(*colour, alpha),
                outline=(255, 255, 255, 120),
                width=4,
            )
    return Image.alpha_composite(canvas, overlay).convert("RGB")


def get_or_create_image(
    *, title: str, description: str, colours: list[str], seed: int, size=HERO_SIZE
) -> tuple[CreditedImage, bool]:
    """Return the demo image with this title, drawing and storing it the first time."""
    existing = CreditedImage.objects.filter(title=title).first()
    if existing is not None:
        return existing, False
    buffer = io.BytesIO()
    draw_composition(colours, size, seed).save(buffer, format="JPEG", quality=85)
    data = buffer.getvalue()
    filename = f"demo-{seed}.jpg"
    image = CreditedImage(
        title=title,
        description=description,
        credit=CREDIT,
        file=ImageFile(io.BytesIO(data), name=filename),
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )
    image.save()
    return image, True

"""Image preparation speed as a ratio to the floor: Pillow decoding and encoding the same image once.

Usage: python benchmarks/image_prep.py [--repeats N]
Target: prepare_image within 1.5x the floor for a 12 MP phone JPEG over 2 MB and a 48 MP JPEG over 4096 px.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import FACES, interleaved
from faceid_console.api.images import MAX_UPLOAD_BYTES, PreparedImage, prepare_image


def phone_jpeg(width: int, height: int, orientation: int = 1) -> bytes:
    """A phone-like photo: a real portrait scaled up, with sensor noise so it compresses like one."""
    portrait = Image.open(FACES / "obama_1.jpg").convert("RGB").resize((width, height), Image.Resampling.BICUBIC)
    rng = np.random.default_rng(42)
    pixels = np.asarray(portrait, dtype=np.int16) + rng.normal(0, 9, (height, width, 3)).astype(np.int16)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "PhoneMaker", "Phone 15"
    exif[0xA431] = "SN-0042"
    if orientation != 1:
        exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def floor(data: bytes) -> None:
    """Pillow decode + one JPEG encode of the same image: the least any preparation must do."""
    image = Image.open(io.BytesIO(data))
    image.load()
    image.save(io.BytesIO(), "JPEG", quality=95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    cases = [
        ("12 MP phone JPEG over 2 MB", phone_jpeg(4000, 3000)),
        ("12 MP phone JPEG, EXIF-rotated", phone_jpeg(4000, 3000, orientation=6)),
        ("48 MP JPEG over 4096 px", phone_jpeg(8000, 6000)),
    ]
    print(f"{'case':34} {'source':>9} {'sent':>9} {'floor':>8} {'prepare':>8} {'ratio':>6}")
    for name, data in cases:
        prepared = prepare_image(data, "image")
        assert len(prepared.data) <= MAX_UPLOAD_BYTES

        def floor_run(d: bytes = data) -> None:
            floor(d)

        def prepare_run(d: bytes = data) -> PreparedImage:
            return prepare_image(d, "image")

        floor_s, prep_s = interleaved(floor_run, prepare_run, args.repeats)
        print(f"{name:34} {len(data) / 1e6:8.2f}M {len(prepared.data) / 1e6:8.2f}M {floor_s * 1000:7.0f}ms "
              f"{prep_s * 1000:7.0f}ms {prep_s / floor_s:5.2f}x  ({prepared.width}x{prepared.height})")


if __name__ == "__main__":
    main()

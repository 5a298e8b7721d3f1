"""Talking to the real engine over HTTP as a client would, including malformed requests."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import numpy as np
import requests
from PIL import Image

from faceid_console.api.errors import FaceIDError
from faceid_console.engine.face_model import FaceModel
from tests.conftest import API_KEY, API_SECRET

KYC_NUMBER = "11010519491231002X"
KYC_NAME = "奥巴马"


def jpeg(image: Image.Image, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def blank_photo() -> bytes:
    """A photo of a wall: no face in it."""
    rng = np.random.default_rng(7)
    return jpeg(Image.fromarray((rng.normal(128, 10, (480, 640, 3))).clip(0, 255).astype(np.uint8)))


class GatedModel(FaceModel):
    """The real model, held at detection until the test opens the gate: requests stay in flight."""

    def __init__(self, real: FaceModel) -> None:
        self.__dict__.update(real.__dict__)
        self.gate = threading.Event()
        self.entered = threading.Event()

    def detect(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.entered.set()
        assert self.gate.wait(60)
        return super().detect(*args, **kwargs)


class EngineCaller:
    """Posts form-data to the engine and maps answers the way the client does."""

    def __init__(self, base_url: str, faces: Path) -> None:
        self.base_url = base_url
        self.faces = faces

    def photo(self, name: str) -> bytes:
        return (self.faces / name).read_bytes()

    def post(self, path: str, fields: dict[str, str], files: dict[str, bytes]) -> requests.Response:
        return requests.post(
            self.base_url + path, data=fields,
            files={k: (f"{k}.jpg", v, "image/jpeg") for k, v in files.items()}, timeout=60,
        )

    def verify(self, fields: dict[str, str | None] | None = None, files: dict[str, bytes | None] | None = None,
               *, kyc: bool = False) -> requests.Response:
        base_fields: dict[str, str | None] = {
            "api_key": API_KEY, "api_secret": API_SECRET, "comparison_type": "1" if kyc else "0",
            "face_image_type": "raw_image",
        }
        if kyc:
            base_fields.update(idcard_name=KYC_NAME, idcard_number=KYC_NUMBER)
        else:
            base_fields["uuid"] = "applicant-1"
        base_files: dict[str, bytes | None] = {"image": self.photo("obama_1.jpg")}
        if not kyc:
            base_files["image_ref1"] = self.photo("obama_2.jpg")
        merged_fields = {k: v for k, v in {**base_fields, **(fields or {})}.items() if v is not None}
        merged_files = {k: v for k, v in {**base_files, **(files or {})}.items() if v is not None}
        return self.post("/faceid/v2/verify", merged_fields, merged_files)

    @staticmethod
    def error(response: requests.Response) -> FaceIDError:
        assert response.status_code != 200, response.text
        return FaceIDError.from_response(response.status_code, response.content, response.headers.get("Content-Type", ""))



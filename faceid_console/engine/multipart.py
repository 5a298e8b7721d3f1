"""Reading a multipart/form-data body: Werkzeug's parser, except that a part's file name need not be UTF-8 and its
name, unquoted, is read whole.

Werkzeug decodes each part's headers as strict UTF-8, so a photo whose file name a client wrote in its own code page
(GBK, from a Chinese Windows) broke the whole body, and the part was refused as a bad argument. A file name means
nothing to FaceID (verify 2.0.6 reads ``image`` as a File, whatever it is called): its bytes that are not UTF-8 become
U+FFFD and the photo is read as any other. A part's *name* that is not UTF-8 still breaks the body: it names no
parameter.

A name written unquoted is read whole, up to the next ";": Werkzeug ends it at the first character that is no token
character and skips the rest, so ``name=api_key\xff`` or ``name=api_keyé`` was read as the parameter api_key.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import IO, Any, Final

from werkzeug.datastructures import FileStorage, Headers, MultiDict
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import MultiPartParser
from werkzeug.http import parse_options_header
from werkzeug.sansio.multipart import Data, Epilogue, Event, Field, File, MultipartDecoder, NeedData

#: A Content-Disposition parameter after its ";": its key (as Werkzeug reads keys), then its value, a quoted string (";"
#: within it included) or, unquoted, all up to the next ";".
_PARAMETER: Final = re.compile(r""";[ \t]*([\w!#$%&'*+\-.^`|~]+)=("(?:\\.|[^"\\])*"|[^;]*)""", re.ASCII)


def _unquoted_name(disposition: str) -> str | None:
    """The part's name when ``disposition`` writes it unquoted, whole (up to the next ";", less the blanks around it);
    None when it is quoted, empty, absent or in RFC 2231's ``name*=`` form, which Werkzeug reads as it is."""
    name = None
    for written_key, value in _PARAMETER.findall(disposition):
        key = written_key.lower()
        if key.startswith("name*"):  # Werkzeug lets these win over a plain name=
            return None
        if key == "name":  # the last one counts, as in Werkzeug
            name = None if value.startswith('"') else value.strip(" \t") or None
    return name


class _PartDecoder(MultipartDecoder):
    """Werkzeug's multipart decoder, reading a part's headers whatever the encoding of its file name."""

    def _parse_headers(self, data: bytes | bytearray) -> Headers:
        try:
            return super()._parse_headers(data)
        except UnicodeDecodeError:
            headers = super()._parse_headers(bytes(data).decode("utf-8", "replace").encode("utf-8"))
        disposition = headers.get("content-disposition", "")
        if "\ufffd" in (_unquoted_name(disposition) or parse_options_header(disposition)[1].get("name", "")):
            raise ValueError("a part's name is not UTF-8")
        return headers

    def next_event(self) -> Event:
        event = super().next_event()
        if isinstance(event, (Field, File)):
            name = _unquoted_name(event.headers.get("content-disposition", ""))
            if name is not None and name != event.name:
                event = replace(event, name=name)  # the whole of it, not what Werkzeug took for its token
        return event


class PartParser(MultiPartParser):
    """Werkzeug's ``MultiPartParser`` with the decoder above."""

    def parse(self, stream: IO[bytes], boundary: bytes,
              content_length: int | None) -> tuple[MultiDict[str, str], MultiDict[str, FileStorage]]:
        # Werkzeug 3.1's MultiPartParser.parse, which names its decoder class inside: only the class differs.
        decoder = _PartDecoder(boundary, max_form_memory_size=self.max_form_memory_size, max_parts=self.max_form_parts)
        fields: list[tuple[str, str]] = []
        files: list[tuple[str, FileStorage]] = []
        part: Field | File | None = None
        field_size: int | None = None
        container: Any = None
        more = True
        while more:
            data = stream.read(self.buffer_size)
            more = bool(data)
            decoder.receive_data(data if more else None)  # None: the body has ended
            event = decoder.next_event()
            while not isinstance(event, (Epilogue, NeedData)):
                if isinstance(event, Field):
                    part, field_size, container = event, 0, []
                elif isinstance(event, File):
                    part, field_size, container = event, None, self.start_file_streaming(event, content_length)
                elif isinstance(event, Data):
                    if self.max_form_memory_size is not None and field_size is not None:
                        field_size += len(event.data)  # a text field's whole size, across its data events
                        if field_size > self.max_form_memory_size:
                            raise RequestEntityTooLarge()
                    if isinstance(part, Field):
                        container.append(event.data)
                        if not event.more_data:
                            fields.append((part.name, b"".join(container).decode(
                                self.get_part_charset(part.headers), "replace")))
                    elif isinstance(part, File):
                        container.write(event.data)
                        if not event.more_data:
                            container.seek(0)
                            files.append((part.name, FileStorage(container, part.filename, part.name,
                                                                 headers=part.headers)))
                event = decoder.next_event()
        return self.cls(fields), self.cls(files)

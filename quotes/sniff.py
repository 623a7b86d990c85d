"""What a file really is, before it is read as an article: a known binary format, UTF-16/32 text with a
byte-order mark, or bytes that decode to mostly nothing; and strings made safe to write (lone surrogates).

A PDF, a Word file or an image named as input is not text whatever its extension: it becomes a document
with status ``error`` whose message says what the file looks like, instead of megabytes of replacement
characters sent to the parser.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from io import BytesIO

#: Leading bytes of formats that are never article text, and what to call them.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls, .ppt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
)
#: Members of a ZIP file that tell an office document from other archives.
_ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("word/", "a Word document (.docx)"),
    ("xl/", "an Excel workbook (.xlsx)"),
    ("ppt/", "a PowerPoint presentation (.pptx)"),
)
_ODF = re.compile(rb"mimetype\s*application/(vnd\.oasis\.opendocument\.\w+|epub\+zip)")
#: Byte-order marks, longest first (UTF-32's starts like UTF-16's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: A decoded text whose first `SAMPLE_CHARS` characters are more than this share NUL, replacement
#: characters or other control characters is not text.
BINARY_SHARE = 0.25
SAMPLE_CHARS = 65_536
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def identify(data: bytes) -> str | None:
    """What ``data`` looks like if it is a known binary format ("a PDF document"), else None.

    A signature counts only if the bytes are not clean text as well: an article may start with "BZh" or
    "ID3", and every real file of these formats has control bytes or invalid UTF-8 near its start.
    """
    if _clean_text(data[:4096]):
        return None
    for magic, name in SIGNATURES:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[data[8:12]]
    if data[4:8] == b"ftyp":
        return "an MP4 / MOV video or HEIC image"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    return None


def _clean_text(sample: bytes) -> bool:
    """Whether ``sample`` (the start of a file) is UTF-8 without control characters other than white space."""
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return not _NOT_TEXT.search(text)


def _zip_kind(data: bytes) -> str:
    match = _ODF.search(data[:200])
    if match:
        return "an EPUB book" if b"epub" in match.group(1) else "an OpenDocument file (.odt, .ods...)"
    try:
        names = zipfile.ZipFile(BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):  # cut short: look for the names in the bytes
        names = [name.decode("latin-1") for prefix, _ in _ZIP_KINDS if (name := prefix.encode()) in data[:65_536]]
    for prefix, kind in _ZIP_KINDS:
        if any(name.startswith(prefix) for name in names):
            return kind
    return "a ZIP archive"


def bom_codec(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of ``data`` names (``utf-16``...), else None.

    A UTF-16 or UTF-32 mark counts only if NUL bytes follow, as in any such text with spaces or digits in
    it: bytes ``FF FE`` can also start a file that is simply not valid UTF-8.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            if codec != "utf-8-sig" and b"\x00" not in data[len(bom) : 4096]:
                return None
            return codec
    return None


def looks_binary(text: str) -> bool:
    """Whether decoded ``text`` is mostly NUL, replacement or control characters (random bytes, a binary
    format that `identify` does not know)."""
    sample = text[:SAMPLE_CHARS]
    if not sample:
        return False
    return len(_NOT_TEXT.findall(sample)) > BINARY_SHARE * len(sample)


def describe_binary(data: bytes, text: str) -> str | None:
    """The message for a file that is not text: what it looks like and what to do, or None for text."""
    kind = identify(data)
    if kind is None and not looks_binary(text):
        return None
    if kind is None:
        nul = text[:SAMPLE_CHARS].count("\x00")
        if nul > BINARY_SHARE * min(len(text), SAMPLE_CHARS) and _utf16_without_bom(data):
            return "looks like UTF-16 text without a byte-order mark: pass --encoding utf-16-le (or utf-16-be)"
        return "not text: mostly bytes that are no characters (random or binary data); convert it to text first"
    return f"not text: this looks like {kind}; convert it to text (or HTML) first"


def _utf16_without_bom(data: bytes) -> bool:
    sample = data[:4096]
    odd_nul = sample[1::2].count(0)
    even_nul = sample[0::2].count(0)
    half = len(sample) // 2 or 1
    return max(odd_nul, even_nul) > 0.8 * half and min(odd_nul, even_nul) < 0.1 * half


def without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (invalid in UTF-8) replaced by U+FFFD, one character for one so
    that offsets stay the same; and how many there were."""
    if not _SURROGATE.search(text):
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def escape_surrogates(value: str, *, file_name: bool = False) -> str:
    """``value`` with lone surrogates (which UTF-8 cannot hold) written as escapes: ``\\ud800``; for a
    ``file_name``, a byte that is not UTF-8 (which Python decodes as a surrogate) as ``\\xe9``. Any other
    text is unchanged, and the same value always gives the same result."""
    if not _SURROGATE.search(value):
        return value
    if file_name and _only_escaped_bytes(value):  # the file name's bytes again, the bad ones as escapes
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _only_escaped_bytes(value: str) -> bool:
    return all("\udc80" <= char <= "\udcff" for char in _SURROGATE.findall(value))

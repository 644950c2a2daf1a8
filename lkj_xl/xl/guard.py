"""The guard in front of xlwings Server (see :mod:`lkj_xl.xl.server`): authentication, the size
limit, JSON and the shape of a workbook request, each refused with a 4xx and a message in Bahasa
Indonesia that the add-in shows, before any Python of the tool runs."""

from __future__ import annotations

import hmac
import json
from types import NoneType

from lkj_xl.core.grids import column_letter

SCRIPT_NAME = "hitung_ulang"
SCRIPT_ARGS = 2  # hitung_ulang_script's persen and klien
FUNCTION_NAMES = ("capaian", "kriteria", "efisiensi", "angka")

MSG_401 = (
    "Tidak berwenang: token akses tidak ada atau salah. Isi token dari admin TI di panel lkj-xl, "
    "lalu coba lagi."
)
MSG_400_JSON = "Data yang dikirim ke server bukan JSON yang sah. Muat ulang add-in lalu coba lagi."
MSG_500 = (
    "Terjadi kesalahan tak terduga di server lkj-xl. Coba lagi; bila berulang, hubungi admin TI "
    "(rinciannya ada di log server)."
)


MSG_403_PROXIED = (
    "Server lkj-xl ini berjalan tanpa token akses, hanya untuk komputer server itu sendiri, tetapi "
    "permintaan ini diteruskan oleh reverse proxy. Server tidak dapat memastikan dari komputer mana "
    "permintaan itu berasal, juga bila proxy itu ada di komputer yang sama (misalnya Caddy untuk "
    "HTTPS). Minta admin TI memasang token (LKJ_XL_TOKEN) di server, lalu isi token itu di panel "
    "lkj-xl."
)
# Headers a reverse proxy adds (nginx's usual proxy_set_header, Apache and Caddy by default, RFC 7239):
# without a token, a call carrying any of them is refused. The addresses they give cannot be trusted:
# nginx's $proxy_add_x_forwarded_for passes a caller's own "X-Forwarded-For: 127.0.0.1" on (and a
# caller's X-Real-IP or Forwarded unchanged when the proxy does not set them), so a caller on another
# machine would pass for this one.
PROXY_HEADERS = (b"forwarded", b"x-forwarded-for", b"x-forwarded-host", b"x-forwarded-proto", b"x-real-ip")


def forwarded(headers: list[tuple[bytes, bytes]]) -> bool:
    """The call carries a reverse proxy's headers (whatever client address they name)."""
    return any(name.lower() in PROXY_HEADERS for name, _ in headers)


def msg_413(size: int | None, limit: int) -> str:
    def mb(n: int) -> str:
        return f"{n / 1024 / 1024:.1f}".replace(".", ",")

    got = f" ({mb(size)} MB)" if size else ""
    return (
        f"Permintaan terlalu besar{got}: batasnya {mb(limit)} MB. Kurangi isi workbook, atau minta admin TI "
        "menaikkan batas server."
    )


class RequestProblem(Exception):
    def __init__(self, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or []


class Guard:
    """ASGI middleware in front of xlwings Server for the POST calls that run Python: authentication,
    size limit, JSON and shape checks, each refused with a 4xx and an Indonesian message."""

    DRAIN_FACTOR = 4  # read (and discard) up to this many times the limit before answering 413

    def __init__(self, app, *, token: str | None, max_bytes: int, open_access: bool = False):
        self.app = app
        self.token = token.encode() if token else None
        self.max_bytes = max_bytes
        # No authentication at all (loopback only): a call a reverse proxy forwarded comes from elsewhere.
        self.open_access = open_access and self.token is None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST" or "/xlwings/" not in scope["path"]:
            await self.app(scope, receive, send)
            return
        try:
            body = await self._checked_body(scope, receive)
        except RequestProblem as problem:
            await _respond(send, problem.status, problem.message, problem.headers)
            return
        # The body is valid JSON: say so, whatever the client declared (FastAPI reads JSON bodies
        # only when declared), so a missing Content-Type does not end in an English 422.
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"content-type"]
        scope = {**scope, "headers": [*headers, (b"content-type", b"application/json")]}
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _checked_body(self, scope, receive) -> bytes:
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        if self.open_access and forwarded(scope.get("headers", [])):
            await _read_body(receive, self.max_bytes, drain=True)
            raise RequestProblem(403, MSG_403_PROXIED)
        if self.token is not None:
            raw = headers.get(b"authorization", b"").strip()
            given = raw[7:].strip() if raw[:7].lower() == b"bearer " else raw
            if not hmac.compare_digest(given, self.token):
                # Drain what is small enough, so the client reads the answer instead of a reset.
                await _read_body(receive, self.max_bytes, drain=True)
                raise RequestProblem(401, MSG_401, [(b"www-authenticate", b'Bearer realm="lkj-xl"')])
        length = headers.get(b"content-length")
        declared = None
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                raise RequestProblem(400, "Header Content-Length tidak sah.") from None
            if declared > self.max_bytes:
                if declared <= self.max_bytes * self.DRAIN_FACTOR:
                    await _read_body(receive, declared, drain=True)
                raise RequestProblem(413, msg_413(declared, self.max_bytes))
        body = await _read_body(receive, self.max_bytes)
        if body is None:
            raise RequestProblem(413, msg_413(None, self.max_bytes))
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, ValueError):
            raise RequestProblem(400, MSG_400_JSON) from None
        self._check_shape(scope["path"], data)
        return body

    def _check_shape(self, path: str, data) -> None:
        if path.endswith("/xlwings/custom-functions-call"):
            if not isinstance(data, dict) or not isinstance(data.get("func_name"), str):
                raise RequestProblem(
                    422, "Permintaan fungsi tidak lengkap: nama fungsi (func_name) tidak ada."
                )
            if data["func_name"] not in FUNCTION_NAMES:
                raise RequestProblem(404, f"Fungsi '{data['func_name'][:60]}' tidak ada di server lkj-xl.")
            if not isinstance(data.get("args"), list) or not all(
                isinstance(data.get(key), str) for key in ("version", "runtime")
            ):
                raise RequestProblem(
                    422, "Permintaan fungsi tidak lengkap: argumen (args), versi atau runtime tidak ada."
                )
            return
        marker = "/xlwings/custom-scripts-call/"
        if marker in path:
            name = path.rsplit("/", 1)[-1]
            if name != SCRIPT_NAME:
                raise RequestProblem(404, f"Skrip '{name[:60]}' tidak ada di server lkj-xl.")
            problem = book_shape_problem(data)
            if problem:
                raise RequestProblem(422, f"Data workbook yang dikirim tidak lengkap: {problem}.")


def book_shape_problem(data) -> str | None:
    """What makes ``data`` unusable as the book JSON of the add-in (None when it looks right)."""
    if not isinstance(data, dict):
        return "bukan objek JSON"
    for key, kind in (("client", str), ("version", str), ("book", dict), ("sheets", list)):
        if not isinstance(data.get(key), kind):
            return f"bagian '{key}' tidak ada atau salah bentuk"
    book = data["book"]
    if not isinstance(book.get("name"), str) or not isinstance(book.get("active_sheet_index"), int):
        return "nama workbook atau sheet aktif tidak ada"
    if not data["sheets"]:
        return "tidak ada sheet"
    for sheet in data["sheets"]:
        if not isinstance(sheet, dict) or not isinstance(sheet.get("name"), str):
            return "ada sheet tanpa nama"
        values = sheet.get("values")
        if not isinstance(values, list) or not all(isinstance(row, list) for row in values):
            return f"isi sheet '{sheet['name'][:40]}' tidak berbentuk tabel"
        for r, row in enumerate(values):
            # Office.js sends a cell as text, number, logical or "" (xlwings would fail on the rest).
            col = next((i for i, v in enumerate(row) if not isinstance(v, (str, int, float, NoneType))), None)
            if col is not None:
                return f"sel {sheet['name'][:40]}!{column_letter(col)}{r + 1} bukan teks, angka atau nilai logika"
    if "names" in data and not isinstance(data["names"], list):
        return "bagian 'names' salah bentuk"
    if "args" in data and not (isinstance(data["args"], list) and len(data["args"]) <= SCRIPT_ARGS):
        return f"argumen skrip (args) harus berupa daftar dari paling banyak {SCRIPT_ARGS} argumen"
    return None


async def _read_body(receive, limit: int, drain: bool = False) -> bytes | None:
    """The request body, or None when it exceeds ``limit`` bytes (the rest is not read)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise RequestProblem(400, "Koneksi terputus sebelum data selesai dikirim.")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        if not drain:
            chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _respond(send, status: int, message: str, headers: list[tuple[bytes, bytes]]) -> None:
    body = json.dumps({"detail": message}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# --- the project directory xlwings Server loads ----------------------------------------------------

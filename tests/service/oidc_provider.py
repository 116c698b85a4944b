"""A small OpenID Connect provider on a local port, speaking the real protocol: discovery,
an authorization endpoint that checks the PKCE challenge's method and the redirect, a token
endpoint that checks client authentication and the code verifier and issues RS256 ID tokens
signed with a key it makes, and its JWKS. Tests turn its knobs to issue bad tokens."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "dispatch-intake"
CLIENT_SECRET = "provider-test-secret-9f2c4e"


@dataclass
class Knobs:
    """What the next token endpoint answer gets wrong (nothing, by default)."""

    username: str = "zz0042"
    claims: dict[str, Any] = field(default_factory=dict)
    tamper_signature: bool = False
    foreign_key: bool = False


class LocalProvider:
    def __init__(self) -> None:
        self.key = RSAKey.generate_key(2048, {"kid": "provider-1"})
        self.foreign = RSAKey.generate_key(2048, {"kid": "provider-1"})
        self.knobs = Knobs()
        self.codes: dict[str, dict[str, str]] = {}
        self.token_requests: list[dict[str, Any]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.issuer = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> LocalProvider:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def metadata(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
        }

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        problems = []
        if query.get("client_id") != CLIENT_ID:
            problems.append("client_id")
        if query.get("response_type") != "code" or "openid" not in query.get("scope", ""):
            problems.append("response_type or scope")
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            problems.append("PKCE")
        if not query.get("state") or not query.get("nonce"):
            problems.append("state or nonce")
        if problems:
            return 400, {}, json.dumps({"error": "invalid_request", "what": problems}).encode()
        code = secrets.token_urlsafe(16)
        self.codes[code] = {
            "nonce": query["nonce"],
            "challenge": query["code_challenge"],
            "redirect_uri": query["redirect_uri"],
        }
        back = query["redirect_uri"] + "?" + urlencode({"code": code, "state": query["state"]})
        return 302, {"Location": back}, b""

    def token(self, form: dict[str, str], authorization: str) -> tuple[int, dict[str, Any]]:
        self.token_requests.append(form)
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if authorization != f"Basic {expected}":
            return 401, {"error": "invalid_client"}
        pending = self.codes.pop(form.get("code", ""), None)
        if pending is None or form.get("grant_type") != "authorization_code":
            return 400, {"error": "invalid_grant"}
        verifier = form.get("code_verifier", "")
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        if challenge != pending["challenge"] or form.get("redirect_uri") != pending["redirect_uri"]:
            return 400, {"error": "invalid_grant", "error_description": "PKCE or redirect"}
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": f"subject-{self.knobs.username}",
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": pending["nonce"],
            "preferred_username": self.knobs.username,
            **self.knobs.claims,
        }
        signer = self.foreign if self.knobs.foreign_key else self.key
        id_token = jwt.encode({"alg": "RS256", "kid": "provider-1"}, claims, signer)
        if self.knobs.tamper_signature:
            head, body, signature = id_token.split(".")
            flipped = ("A" if signature[10] != "A" else "B").join((signature[:10], signature[11:]))
            id_token = ".".join((head, body, flipped))
        return 200, {
            "access_token": secrets.token_urlsafe(16),
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": id_token,
        }


def _handler_for(provider: LocalProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 — the base's name
            return

        def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _json(self, status: int, value: Any) -> None:
            body = json.dumps(value).encode()
            self._answer(status, body, {"Content-Type": "application/json"})

        def do_GET(self) -> None:  # noqa: N802 — http.server's name
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                self._json(200, provider.metadata())
            elif url.path == "/jwks":
                self._json(200, {"keys": [provider.key.as_dict(private=False)]})
            elif url.path == "/authorize":
                status, headers, body = provider.authorize(query)
                self._answer(status, body, headers)
            else:
                self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:  # noqa: N802 — http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode()
            form = {k: v[0] for k, v in parse_qs(raw).items()}
            if urlsplit(self.path).path == "/token":
                status, value = provider.token(form, self.headers.get("Authorization", ""))
                self._json(status, value)
            else:
                self._json(404, {"error": "not_found"})

    return Handler

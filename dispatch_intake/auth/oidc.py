"""OpenID Connect sign-in: the authorization code flow with PKCE, state and nonce, run with
Authlib against a centre's identity provider. The provider proves who a person is; the staff
account here decides whether they may sign in and with which role."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oidc.core import CodeIDToken
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from joserfc import jwt
from joserfc.errors import (
    BadSignatureError,
    ExpiredTokenError,
    InvalidClaimError,
    InvalidKeyIdError,
    JoseError,
    MissingClaimError,
)
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry
from sqlalchemy.orm import Session

from dispatch_intake.auth.models import StaffMember
from dispatch_intake.errors import BadCredentials, SettingsError
from dispatch_intake.settings import Settings

# How long a person has at the provider between leaving the console and coming back.
FLOW_SECONDS = 600
# Clocks of the provider and this service may differ this much (seconds).
CLOCK_LEEWAY = 60
PROVIDER_TIMEOUT = 5.0
FLOW_COOKIE = "dispatch_intake_oidc"
CALLBACK_PATH = "/v1/sessions/oidc/callback"
# Asymmetric algorithms only: a JWKS holds public keys, and "none" proves nothing.
SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384")


class OidcRefused(BadCredentials):
    """A sign-in through the provider that is refused; the message says why, in both
    languages the console's users and its administrators read."""

    def __init__(self, chinese: str, english: str, *, reason: str) -> None:
        super().__init__(f"统一身份认证登录未通过：{chinese}（{english}）")
        self.reason = reason


_CLAIM_REFUSALS = {
    "nonce": ("身份令牌与本次登录不符", "the ID token's nonce does not match this sign-in"),
    "aud": ("身份令牌不是签发给本服务的", "the ID token's audience is not this service"),
    "azp": ("身份令牌不是签发给本服务的", "the ID token's authorized party is not this service"),
    "iss": ("身份令牌的签发方不是配置的认证服务", "the ID token's issuer is not oidc_issuer"),
    "exp": ("身份令牌已过期，请重新登录", "the ID token has expired"),
    "iat": ("身份令牌的签发时间无效", "the ID token's issue time is not valid"),
    "nbf": ("身份令牌尚未生效", "the ID token is not valid yet"),
    "at_hash": ("身份令牌与访问令牌不符", "the ID token's at_hash does not match"),
}


def _claim_refused(claim: str) -> OidcRefused:
    chinese, english = _CLAIM_REFUSALS.get(
        claim, (f"身份令牌的 {claim} 无效", f"the ID token's {claim} claim is not valid")
    )
    return OidcRefused(chinese, english, reason=f"claim {claim}")


@dataclass(frozen=True, slots=True)
class Flow:
    """What this browser's sign-in must come back with: kept in a sealed cookie, so any
    instance of the service can finish a sign-in another started."""

    state: str
    nonce: str
    verifier: str
    expires: int


def flow_key(chain_key: bytes) -> bytes:
    """The cookie's key, derived from the audit chain key that every instance shares."""
    return hmac.new(chain_key, b"oidc sign-in flow", hashlib.sha256).digest()


def seal_flow(key: bytes, flow: Flow) -> str:
    nonce = secrets.token_bytes(12)
    plain = json.dumps([flow.state, flow.nonce, flow.verifier, flow.expires]).encode()
    sealed = AESGCM(key).encrypt(nonce, plain, FLOW_COOKIE.encode())
    return base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def open_flow(key: bytes, cookie: str | None, *, now: float | None = None) -> Flow | None:
    """The flow the cookie carries; None when it is missing, altered or out of time."""
    if not cookie:
        return None
    try:
        raw = base64.urlsafe_b64decode(cookie.encode("ascii"))
        plain = AESGCM(key).decrypt(raw[:12], raw[12:], FLOW_COOKIE.encode())
        state, nonce, verifier, expires = json.loads(plain)
    except (ValueError, InvalidTag, TypeError):
        return None
    if int(expires) < (time.time() if now is None else now):
        return None
    return Flow(str(state), str(nonce), str(verifier), int(expires))


def read_client_secret(settings: Settings) -> str:
    secret = settings.oidc_client_secret.get_secret_value()
    if secret:
        return secret
    path = settings.oidc_client_secret_file
    if path is None:
        return ""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SettingsError(f"cannot read oidc_client_secret_file {path} ({exc})") from None
    if not lines or not lines[0].strip():
        raise SettingsError(f"oidc_client_secret_file {path} is empty")
    return lines[0].strip()


class OidcProvider:
    """One configured identity provider: its discovery document and keys, read on first use
    and kept (the keys read again when a token names a key not yet seen)."""

    def __init__(self, settings: Settings, *, cookie_key: bytes) -> None:
        self.issuer = settings.oidc_issuer.strip()
        self.client_id = settings.oidc_client_id.strip()
        self.client_secret = read_client_secret(settings)
        self.redirect_url = settings.oidc_redirect_url.strip()
        self.staff_claim = settings.oidc_staff_claim.strip()
        self.discovery_url = settings.oidc_discovery_url.strip() or (
            self.issuer.rstrip("/") + "/.well-known/openid-configuration"
        )
        self.cookie_key = cookie_key
        self.secure_cookie = self.redirect_url.startswith("https://")
        self._metadata: dict[str, Any] | None = None
        self._jwks: dict[str, Any] | None = None
        self._lock = asyncio.Lock()

    def _client(self, metadata: dict[str, Any] | None = None) -> AsyncOAuth2Client:
        methods = (metadata or {}).get("token_endpoint_auth_methods_supported") or []
        # client_secret_basic is the default of the specification; a provider that lists
        # only client_secret_post gets the secret in the body.
        auth_method = (
            "client_secret_post"
            if methods and "client_secret_basic" not in methods and "client_secret_post" in methods
            else "client_secret_basic"
        )
        return AsyncOAuth2Client(
            client_id=self.client_id,
            client_secret=self.client_secret,
            scope="openid profile",
            redirect_uri=self.redirect_url,
            code_challenge_method="S256",
            token_endpoint_auth_method=auth_method,
            timeout=PROVIDER_TIMEOUT,
        )

    async def _get_json(self, url: str) -> dict[str, Any]:
        async with httpx.AsyncClient(timeout=PROVIDER_TIMEOUT) as http:
            try:
                answer = await http.get(url)
                answer.raise_for_status()
                found = answer.json()
            except (httpx.HTTPError, ValueError) as exc:
                raise OidcRefused(
                    "无法访问单位统一身份认证服务，请稍后再试或用工号密码登录",
                    f"the identity provider cannot be reached at {url}: {exc}",
                    reason="provider unreachable",
                ) from None
        if not isinstance(found, dict):
            raise OidcRefused(
                "统一身份认证服务的应答无法识别",
                f"{url} did not answer with a JSON object",
                reason="provider answer",
            )
        return found

    async def metadata(self) -> dict[str, Any]:
        async with self._lock:
            if self._metadata is None:
                found = await self._get_json(self.discovery_url)
                if found.get("issuer") != self.issuer:
                    raise OidcRefused(
                        "统一身份认证服务的发现文档与配置的签发方不符",
                        f"the discovery document names issuer {found.get('issuer')!r}, "
                        f"not oidc_issuer {self.issuer!r}",
                        reason="discovery issuer",
                    )
                for needed in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                    if not isinstance(found.get(needed), str):
                        raise OidcRefused(
                            "统一身份认证服务的发现文档不完整",
                            f"the discovery document has no {needed}",
                            reason="discovery incomplete",
                        )
                self._metadata = found
            return self._metadata

    async def _key_set(self, *, again: bool = False) -> KeySet:
        metadata = await self.metadata()
        if self._jwks is None or again:
            self._jwks = await self._get_json(metadata["jwks_uri"])
        try:
            return KeySet.import_key_set(self._jwks)  # type: ignore[arg-type]
        except (JoseError, ValueError, KeyError, TypeError):
            raise OidcRefused(
                "统一身份认证服务的公钥无法读取",
                "the provider's JWKS cannot be read",
                reason="jwks",
            ) from None

    async def start(self) -> tuple[str, str]:
        """(the provider's authorization URL to send the browser to, the flow cookie)."""
        metadata = await self.metadata()
        flow = Flow(
            state=generate_token(32),
            nonce=generate_token(32),
            verifier=generate_token(64),
            expires=int(time.time()) + FLOW_SECONDS,
        )
        async with self._client(metadata) as client:
            url, _ = client.create_authorization_url(
                metadata["authorization_endpoint"],
                state=flow.state,
                nonce=flow.nonce,
                code_verifier=flow.verifier,
            )
        return str(url), seal_flow(self.cookie_key, flow)

    async def finish(
        self, *, code: str | None, state: str | None, error: str | None, cookie: str | None
    ) -> dict[str, Any]:
        """The verified ID token's claims for the provider's answer at the callback."""
        flow = open_flow(self.cookie_key, cookie)
        if flow is None or not state or not secrets.compare_digest(flow.state, state):
            raise OidcRefused(
                "登录状态不符或已超时，请重新登录",
                "the sign-in state does not match this browser's, or it has expired; start again",
                reason="state",
            )
        if error:
            raise OidcRefused(
                "统一身份认证服务拒绝了登录",
                f"the identity provider answered {error[:80]!r}",
                reason=f"provider error {error[:80]}",
            )
        if not code:
            raise OidcRefused(
                "统一身份认证服务没有给出授权码",
                "the provider's answer has no authorization code",
                reason="no code",
            )
        metadata = await self.metadata()
        async with self._client(metadata) as client:
            try:
                token = await client.fetch_token(
                    metadata["token_endpoint"], code=code, code_verifier=flow.verifier
                )
            except Exception as exc:  # Authlib raises OAuthError, httpx its own: both refuse
                raise OidcRefused(
                    "统一身份认证服务未能换取令牌",
                    f"the token endpoint refused the code ({type(exc).__name__}: {exc})",
                    reason="token endpoint",
                ) from None
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise OidcRefused(
                "统一身份认证服务没有给出身份令牌",
                "the token endpoint's answer has no id_token",
                reason="no id_token",
            )
        return await self.verify_id_token(
            id_token, nonce=flow.nonce, access_token=token.get("access_token")
        )

    async def verify_id_token(
        self, id_token: str, *, nonce: str, access_token: str | None = None
    ) -> dict[str, Any]:
        """Signature (the provider's JWKS), issuer, audience, expiry and nonce, or refused."""
        metadata = await self.metadata()
        offered = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
        algorithms = [a for a in offered if a in SIGNING_ALGORITHMS] or ["RS256"]
        registry = JWSRegistry(algorithms=algorithms)
        try:
            try:
                decoded = jwt.decode(id_token, await self._key_set(), registry=registry)
            except InvalidKeyIdError:
                # The provider may have rolled its keys since they were read.
                decoded = jwt.decode(id_token, await self._key_set(again=True), registry=registry)
        except BadSignatureError:
            raise OidcRefused(
                "身份令牌签名无效",
                "the ID token's signature does not verify against the provider's keys",
                reason="signature",
            ) from None
        except (JoseError, ValueError) as exc:
            raise OidcRefused(
                "身份令牌无法验证",
                f"the ID token cannot be verified ({type(exc).__name__})",
                reason="malformed",
            ) from None
        params: dict[str, Any] = {"nonce": nonce, "client_id": self.client_id}
        if access_token:
            params["access_token"] = access_token
        claims = CodeIDToken(
            decoded.claims,
            decoded.header,
            {
                "iss": {"essential": True, "value": self.issuer},
                "aud": {"essential": True, "value": self.client_id},
                "nonce": {"essential": True},
            },
            params,
        )
        try:
            claims.validate(leeway=CLOCK_LEEWAY)
        except ExpiredTokenError:
            raise _claim_refused("exp") from None
        except (InvalidClaimError, MissingClaimError) as exc:
            raise _claim_refused(str(getattr(exc, "claim", "") or _claim_of(exc))) from None
        except JoseError as exc:
            raise OidcRefused(
                "身份令牌无效", f"the ID token is not valid ({exc})", reason="claims"
            ) from None
        return dict(claims)

    def staff_id_of(self, claims: dict[str, Any]) -> str:
        value = claims.get(self.staff_claim)
        if not isinstance(value, str) or not value.strip():
            raise OidcRefused(
                f"身份令牌中没有工号（{self.staff_claim}）",
                f"the ID token has no {self.staff_claim} claim to find the staff account by",
                reason=f"no {self.staff_claim}",
            )
        return value.strip()


def _claim_of(exc: Exception) -> str:
    text = str(exc)
    for claim in _CLAIM_REFUSALS:
        if f"'{claim}'" in text or f'"{claim}"' in text:
            return claim
    return text[:40]


def account_for(*, session: Session, staff_id: str) -> StaffMember:
    """The local account the provider's person signs in as: it must exist and be enabled."""
    member = session.get(StaffMember, staff_id[:40])
    if member is None:
        raise OidcRefused(
            f"工号 {staff_id[:40]} 在本中心没有账号，请联系管理员开通",
            f"there is no staff account {staff_id[:40]!r} here; an administrator adds it "
            "with `dispatch-intake users add`",
            reason="unknown account",
        )
    if member.disabled:
        raise OidcRefused(
            f"账号 {member.staff_id} 已停用",
            f"the staff account {member.staff_id!r} is disabled",
            reason="disabled account",
        )
    return member

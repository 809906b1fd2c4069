"""DeepL failures as one-line errors that say what to do, never showing the key.

The client raises ``AuthorizationException`` (403), ``QuotaExceededException`` (456),
``TooManyRequestsException`` (429) and ``ConnectionException`` (network); 401 and 5xx arrive
as plain ``DeepLException``, so the HTTP status decides, not the exception class. Every text
that came from the library or the server passes ``scrub`` before it reaches the user.
"""

from __future__ import annotations

import re

import deepl
import requests

from ..errors import FeinschliffError


class DeepLError(FeinschliffError):
    """A DeepL request failed; the CLI prints the message and exits with 2."""


class MissingKeyError(DeepLError):
    """No key configured."""


class RejectedKeyError(DeepLError):
    """HTTP 401/403."""


class QuotaError(DeepLError):
    """HTTP 456, or a job that would not fit into the remaining quota."""


class RateLimitError(DeepLError):
    """HTTP 429 after the library's retries, or 456 on glossary calls."""


class ServerError(DeepLError):
    """HTTP 5xx after the library's retries, or a status DeepL does not document."""


class NetworkError(DeepLError):
    """Timeout, refused connection or another network failure."""


class GlossaryRejectedError(DeepLError):
    """DeepL refused a glossary (HTTP 400/404 on a glossary call)."""


class RequestRejectedError(DeepLError):
    """HTTP 400 on a translation or rephrase request."""


REDACTED = "[key hidden]"
_DETAIL = re.compile(r", (?:message|detail): (.*)$")


def scrub(text: str, key: str) -> str:
    """Remove the key (with and without the ':fx' suffix of Free keys) from a text."""
    for secret in sorted({key, key.removesuffix(":fx")}, key=len, reverse=True):
        if len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text


def _detail(exc: deepl.DeepLException) -> str:
    match = _DETAIL.search(str(exc))
    return match.group(1).strip() if match else ""


def _cause_chain(exc: BaseException) -> list[BaseException]:
    chain, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    return chain


def _network(exc: deepl.ConnectionException, endpoint: str, timeout: float, tries: str) -> DeepLError:
    chain = _cause_chain(exc)
    if any(isinstance(e, requests.exceptions.Timeout) for e in chain):
        return NetworkError(
            f"DeepL at {endpoint} did not answer within {timeout:g} s{tries}: check the network "
            "or DEEPL_SERVER_URL, or raise deepl.timeout in the configuration"
        )
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in str(exc).lower():
        return NetworkError(
            f"cannot connect to DeepL at {endpoint}: connection refused{tries}; "
            "is DEEPL_SERVER_URL right and the server running?"
        )
    return NetworkError(f"cannot reach DeepL at {endpoint}{tries}: check the network connection and proxy settings")


def deepl_failure(
    exc: deepl.DeepLException,
    *,
    endpoint: str,
    retries: int,
    timeout: float,
    glossary_call: bool = False,
    kept: int = 0,
) -> DeepLError:
    """Translate a client exception into the error the user sees."""
    tries = f" after {retries} retries" if retries else ""
    saved = (
        f" ({kept} translations finished before the error are kept in the translation memory)"
        if kept
        else ""
    )
    detail = _detail(exc)
    detail_text = f": {detail}" if detail else ""
    status = exc.http_status_code
    if isinstance(exc, deepl.ConnectionException):
        error = _network(exc, endpoint, timeout, tries)
        error.message += saved
        return error
    if status in (401, 403):
        return RejectedKeyError(
            f"DeepL rejected the key (HTTP {status}) at {endpoint}: check DEEPL_AUTH_KEY "
            f"(Free keys end in ':fx'; a compatible server needs its own key){saved}"
        )
    if status == 456 and glossary_call:
        return RateLimitError("DeepL is limiting glossary changes (HTTP 456): wait a few minutes and push again")
    if status == 456:
        return QuotaError(
            "the DeepL character quota of this billing period is used up (HTTP 456): see `feinschliff usage`, "
            f"raise the limit in the DeepL account, or use --retranslate memory{saved}"
        )
    if status == 429:
        return RateLimitError(f"DeepL is rate-limiting requests (HTTP 429){tries}: wait a minute and run again{saved}")
    if glossary_call and status in (400, 404):
        return GlossaryRejectedError(
            f"DeepL rejected the glossary (HTTP {status}{detail_text}): fix the entries and push again"
        )
    if status == 400:
        return RequestRejectedError(f"DeepL rejected the request (HTTP 400{detail_text}): check languages and options")
    if status is not None and status >= 500:
        return ServerError(f"DeepL server error (HTTP {status}){tries}: try again later{saved}")
    what = f"HTTP {status}" if status is not None else "no status"
    return ServerError(f"unexpected answer from DeepL at {endpoint} ({what}){saved}")


def user_error(exc: deepl.DeepLException, key: str, **context) -> DeepLError:
    """``deepl_failure`` with the key scrubbed from the message."""
    error = deepl_failure(exc, **context)
    error.message = scrub(error.message, key)
    error.args = (error.message,)
    return error

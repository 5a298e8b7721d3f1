"""One error type for everything that can go wrong in a FaceID call, and the catalogue behind it.

The catalogue holds every error string of the four vendor documents (``shared/spec``) with its
HTTP status, whether it is billed (the documents' billing tables), whether it is safe to send
the same request again, and a plain-language explanation in English and Simplified Chinese.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
from dataclasses import FrozenInstanceError, dataclass, field, fields
from enum import Enum
from typing import Any, Final


class ErrorOrigin(Enum):
    """Where an error was raised: by the service, on the way to it, or by our own input checks."""

    SERVICE = "service"
    TRANSPORT = "transport"
    INPUT = "input"


@dataclass(frozen=True)
class ErrorInfo:
    """What the documents say about one error code."""

    code: str
    http_status: int | None
    explanation_en: str
    explanation_zh: str
    retry_safe: bool = False
    #: Billed regardless of detail; see ``is_billed`` for the detail-dependent rules.
    billed: bool = False


# Error codes the client itself produces (not sent by the service).
NETWORK_TIMEOUT: Final = "NETWORK_TIMEOUT"
CONNECTION_FAILED: Final = "CONNECTION_FAILED"
INVALID_RESPONSE: Final = "INVALID_RESPONSE"
GATEWAY_ERROR: Final = "GATEWAY_ERROR"
#: The host closed (or reset) the connection after the whole request was sent, before any answer.
CONNECTION_CLOSED: Final = "CONNECTION_CLOSED"
#: The answer's status line and headers arrived, then it broke off part-way through its body (the connection closed or
#: was reset, a chunk that does not parse, a TLS error, no more of it in time): the request had been taken, and may
#: have been processed.
ANSWER_BROKE_OFF: Final = "ANSWER_BROKE_OFF"
#: The answer came, but its body is not in the compression its Content-Encoding names (a broken gzip body): what it
#: said cannot be read, and the call may have been processed.
ANSWER_UNDECODABLE: Final = "ANSWER_UNDECODABLE"
#: The host answered, but not in HTTP (an SSH banner, a TLS alert): not FaceID, nor a web proxy on its way.
NOT_HTTP: Final = "NOT_HTTP"
#: The TLS handshake failed (an untrusted certificate, a port without HTTPS): the request never left.
TLS_FAILED: Final = "TLS_FAILED"
REQUEST_ENTITY_TOO_LARGE: Final = "Request Entity Too Large"

# Why a TLS handshake failed: the detail of a TLS_FAILED ("" when the client cannot tell).
#: The certificate signs itself (a test server's own; a proxy's, when its CA certificate is sent along).
TLS_SELF_SIGNED: Final = "self_signed"
#: Signed by an authority not in the trusted bundle: typically a proxy that inspects HTTPS.
TLS_UNKNOWN_ISSUER: Final = "unknown_issuer"
#: Issued for another host name (or the address is an IP address the certificate does not name).
TLS_HOSTNAME_MISMATCH: Final = "hostname_mismatch"
#: Expired, or not valid yet (a wrong clock shows as either).
TLS_EXPIRED: Final = "expired"
#: Refused for another reason of the certificate's (revoked, a wrong purpose…).
TLS_UNTRUSTED: Final = "untrusted"
#: The port answered the TLS greeting with something that is not TLS (plain HTTP, another protocol).
TLS_NOT_HTTPS: Final = "not_https"

#: How the explanation of each failure that leaves the outcome unknown ends (in English, in Chinese).
_MAY_HAVE_BEEN_BILLED: Final = (
    "The call may still have been processed (and billed), so it is not sent again automatically.",
    "该调用可能仍已被处理（并计费），因此不会自动重发。")
#: How it ends instead for a call FaceID does not bill (get_result: fetching a session's result is free), whose risk
#: is another: FaceID gives a result to the first fetch only.
_MAY_HAVE_BEEN_ANSWERED: Final = (
    "FaceID may still have answered this look-up and given it the result (it gives a result only once), so it is not "
    "sent again automatically.",
    "FaceID 仍可能已应答此次查询并给出了结果（结果只给出一次），因此不会自动重发。")

_CATALOGUE: Final[dict[str, ErrorInfo]] = {
    e.code: e
    for e in (
        # --- verify 2.0.6: errors of its own -------------------------------------------------
        ErrorInfo(
            "IMAGE_ERROR_UNSUPPORTED_FORMAT", 400,
            "The image named in the detail could not be decoded: it is not an image or it is damaged. "
            "With data_source, the identity data source has no usable photo of this person.",
            "详情中所指参数的图片无法解析：可能不是图片文件或数据已损坏。若为 data_source，表示身份数据源中"
            "该人没有可用照片。",
        ),
        ErrorInfo(
            "NO_FACE_FOUND", 400,
            "No face was found in the image named in the detail (image, image_ref1..3, or the identity "
            "data source's photo).",
            "在详情所指的图片（image、image_ref1..3 或身份数据源照片）中没有找到人脸。",
        ),
        ErrorInfo(
            "NO_SUCH_ID_NUMBER", 400,
            "The identity data source has no record of this ID number.",
            "身份数据源中没有此证件号码的记录。",
            billed=True,
        ),
        ErrorInfo(
            "ID_NUMBER_NAME_NOT_MATCH", 400,
            "The ID number exists in the identity data source, but the name does not match it.",
            "身份数据源中存在此证件号码，但与提供的姓名不匹配。",
            billed=True,
        ),
        ErrorInfo(
            "INVALID_IMAGE_SIZE", 400,
            "The image named in the detail is too large: over 2 MB, or wider or taller than 4096 pixels.",
            "详情所指参数的图片太大：超过 2 MB，或宽、高超过 4096 像素。",
        ),
        ErrorInfo(
            "MULTIPLE_FACES", 400,
            "More than one face was found in the image named in the detail. Crop the photo, or allow "
            "the largest face to be used.",
            "详情所指的图片中发现多张人脸。请裁剪照片，或允许使用最大的人脸。",
        ),
        ErrorInfo(
            "LOW_QUALITY", 400,
            "The (largest) face in the photo to check is below the face quality threshold.",
            "待验证照片中（最大的）人脸图像质量低于阈值。",
        ),
        ErrorInfo(
            "INVALID_FACE_TOKEN", 400,
            "The face_token does not exist.",
            "所传的 face_token 不存在。",
        ),
        ErrorInfo(
            "INVALID_NAME_FORMAT", 400,
            "The name is longer than 32 characters or is not UTF-8 encoded.",
            "姓名超过 32 个字符，或不是 UTF-8 编码。",
        ),
        ErrorInfo(
            "INVALID_IDCARD_NUMBER", 400,
            "The ID number is not in the correct format: 18 characters, digits with an optional final X.",
            "证件号码格式不正确：应为 18 位，数字组成，最后一位可以是 X。",
        ),
        ErrorInfo(
            "DATA_VALIDATION_ERROR", 400,
            "The MegLive delta does not match the uploaded images, or the upload was incomplete.",
            "MegLive 的 delta 校验数据与上传的图像不对应，或图像上传不完整。",
        ),
        ErrorInfo(
            "DATA_SOURCE_ERROR", 400,
            "The identity data source failed. Stop checks and contact FaceID support until it is "
            "confirmed to work again.",
            "调用身份数据源出错。请暂停业务并联系 FaceID 客服，确认数据源正常后再继续。",
        ),
        ErrorInfo(
            "DELTA_USED", 400,
            "This MegLive delta has been used before (check_delta=1): a possible replay.",
            "此 MegLive delta 已被使用过（check_delta=1），可能是重放攻击。",
        ),
        ErrorInfo(
            "MEGLIVE_BIZ_NO_USED", 400,
            "The MegLiveFlash meglive_biz_no has been used before, or the result file is invalid.",
            "MegLiveFlash 的 meglive_biz_no 已被使用过，或结果文件有误。",
        ),
        # --- common to all endpoints ----------------------------------------------------------
        ErrorInfo(
            "AUTHENTICATION_ERROR", 403,
            "The api_key and api_secret do not match, or the signature is invalid.",
            "api_key 与 api_secret 不匹配，或签名无效。",
        ),
        ErrorInfo(
            "AUTHORIZATION_ERROR", 403,
            "This api_key may not make this call: it is disabled, over its quota, or lacks the "
            "permission (see the reason).",
            "此 api_key 无权进行此调用：已停用、调用量超限或没有相应权限（见原因）。",
        ),
        ErrorInfo(
            "CONCURRENCY_LIMIT_EXCEEDED", 403,
            "Too many requests are in flight at once for this api_key. Wait and try again.",
            "并发请求数超过限制。请稍候再试。",
            retry_safe=True,  # refused before any work: nothing was processed or billed
        ),
        ErrorInfo(
            "MISSING_ARGUMENTS", 400,
            "A required parameter is missing (named in the detail).",
            "缺少必选参数（详情中给出参数名）。",
        ),
        ErrorInfo(
            "BAD_ARGUMENTS", 400,
            "A parameter could not be parsed: wrong value, type or length (named in the detail).",
            "某个参数解析出错：取值、类型或长度不正确（详情中给出参数名）。",
        ),
        ErrorInfo(
            REQUEST_ENTITY_TOO_LARGE, 413,
            "The request is too large: an image over 2 MB (verify) or a request over 20 MB (SDK token).",
            "请求过大：图片超过 2 MB（verify），或请求超过 20 MB（SDK 令牌）。",
        ),
        ErrorInfo(
            "API_NOT_FOUND", 404,
            "The service has no such API: check the base URL and path.",
            "所调用的 API 不存在：请检查服务地址和路径。",
        ),
        ErrorInfo(
            "INTERNAL_ERROR", 500,
            "The service had an internal error. Trying again is safe; if it persists, contact FaceID support.",
            "服务器内部错误。可以再次请求；若持续出现，请联系 FaceID 客服。",
            retry_safe=True,
        ),
        # --- web liveness get_result ----------------------------------------------------------
        ErrorInfo(
            "RESULT_NOT_FOUND", 400,
            "No liveness result exists for this biz_id: check the biz_id.",
            "没有此 biz_id 的活体结果：请检查该 biz_id 是否正确。",
        ),
        ErrorInfo(
            "DATA_DESTROYED", 403,
            "This result can no longer be fetched: it was fetched once already, or is older than one day.",
            "该结果已无法查询：已被查询过一次，或已超过一天有效期。",
        ),
        ErrorInfo(
            "VERIFY_API_FAILED", None,
            "The comparison step of the liveness session failed (see the verify error table).",
            "活体流程中的人脸比对调用失败（参见 verify 错误表）。",
        ),
        # --- raised by this client ---------------------------------------------------------------
        ErrorInfo(
            NETWORK_TIMEOUT, None,
            "The service did not answer in time. " + _MAY_HAVE_BEEN_BILLED[0],
            "服务器未能及时响应。" + _MAY_HAVE_BEEN_BILLED[1],
        ),
        ErrorInfo(
            CONNECTION_FAILED, None,
            # What happened only: what to do is said beside it (the window's "What to do", the command line's hint).
            "Could not connect to the service, or the connection was closed before the request was sent. Nothing was "
            "sent.",
            "无法连接到服务，或在请求发出之前连接已被关闭。请求未发出。",
            retry_safe=True,
        ),
        ErrorInfo(
            CONNECTION_CLOSED, None,
            "The host at this address closed the connection after the request was sent, before any answer. When "
            "that happens at once, the address or port is most likely wrong: nothing there answers as FaceID does. "
            + _MAY_HAVE_BEEN_BILLED[0],
            "请求发出后，该地址上的主机在应答之前关闭了连接。若连接立即被关闭，很可能是地址或端口有误："
            "那里没有像 FaceID 那样应答的服务。" + _MAY_HAVE_BEEN_BILLED[1],
        ),
        ErrorInfo(
            ANSWER_BROKE_OFF, None,
            "The answer began to arrive, then broke off part-way: the connection was closed, broken or stalled on the "
            "way (by the network, or a proxy between here and FaceID). The request had reached the host. "
            + _MAY_HAVE_BEEN_BILLED[0],
            "应答已开始到达，随后中途中断：连接在途中被关闭、断开或停滞（网络问题，或本机与 FaceID 之间的代理所致）。"
            "请求已到达该主机。" + _MAY_HAVE_BEEN_BILLED[1],
        ),
        ErrorInfo(
            ANSWER_UNDECODABLE, None,
            "The answer came, but could not be decoded: it says its body is compressed (Content-Encoding), and the "
            "body is not in that compression. A proxy between here and FaceID, or the service, sent a broken "
            "compressed body, so what the answer said cannot be read. " + _MAY_HAVE_BEEN_BILLED[0],
            "应答已到达，但无法解码：应答声明其内容经过压缩（Content-Encoding），但内容并不是该压缩格式。本机与 FaceID "
            "之间的代理或服务本身发送了损坏的压缩内容，因此无法读出应答的内容。" + _MAY_HAVE_BEEN_BILLED[1],
        ),
        ErrorInfo(
            NOT_HTTP, None,
            "Something answers at this address, but not in HTTP: another kind of service (such as SSH), or a port "
            "that expects HTTPS reached with http://. The address or port is wrong. What answered is not FaceID, so "
            "the call was not processed and is not billed.",
            "该地址上有服务应答，但应答不是 HTTP：可能是其他类型的服务（例如 SSH），或用 http:// 访问了只接受 HTTPS "
            "的端口。地址或端口有误。应答方不是 FaceID，因此该调用未被处理，不计费。",
            retry_safe=True,
        ),
        ErrorInfo(
            TLS_FAILED, None,
            "The secure (HTTPS) connection to this address could not be set up, so the request was not sent and is "
            "not billed.",
            "无法与该地址建立安全（HTTPS）连接，因此请求未发出，不计费。",
            retry_safe=True,
        ),
        ErrorInfo(
            INVALID_RESPONSE, None,
            "The service answered with something that is not a FaceID response (for example a proxy's "
            "error page).",
            "服务返回的内容不是 FaceID 响应（例如代理服务器的错误页面）。",
        ),
        ErrorInfo(
            GATEWAY_ERROR, None,
            "A gateway or proxy between here and FaceID answered instead of FaceID (HTTP 502 or 504, or Cloudflare's "
            "520 or 524): it had no answer, or no usable one, from FaceID. " + _MAY_HAVE_BEEN_BILLED[0],
            "本机与 FaceID 之间的网关或代理代替 FaceID 作了应答（HTTP 502 或 504，或 Cloudflare 的 520 或 524）：它没有"
            "从 FaceID 得到应答，或得到的应答无法使用。" + _MAY_HAVE_BEEN_BILLED[1],
        ),
    )
}

#: A gateway's own answer (its page, not FaceID's JSON) to a request it passed on, or may have passed on, to FaceID,
#: so the call may have been processed:
#:   502 Bad Gateway      FaceID's answer broke off or was unusable
#:   504 Gateway Time-out none in time
#:   520 (Cloudflare)     the origin answered with something empty or unknown, or reset the connection
#:   524 (Cloudflare)     the origin took the request and did not answer in time
#: Not the statuses of a request never passed on, whose page is an answer not FaceID's (INVALID_RESPONSE, not billed):
#:   503 Service Unavailable  overloaded, in maintenance, no upstream to send it to
#:   521, 522, 523 (Cloudflare)  the origin refused the connection, connecting to it timed out, it cannot be reached
#:   525, 526 (Cloudflare)  the TLS handshake with the origin failed, or its certificate is not valid
GATEWAY_STATUSES: Final = frozenset({502, 504, 520, 524})

#: Plain-language explanations of the AUTHORIZATION_ERROR reasons in the documents.
_AUTHORIZATION_REASONS: Final[dict[str, tuple[str, str]]] = {
    "Limit reached.": ("This test api_key has reached its call limit.", "此测试 api_key 的调用量已达上限。"),
    "Denied.": ("This api_key has no permission for this API.", "此 api_key 无权调用当前 API。"),
    "No data source permission.": (
        "This api_key may not run KYC checks against the identity data source (comparison_type=1).",
        "此 api_key 没有 KYC 验证（comparison_type=1）的权限。",
    ),
    "API_KEY_BE_DISCONTINUED": ("This api_key has been disabled.", "此 api_key 已被停用。"),
    "IP_NOT_ALLOWED": ("Calls from this IP address are not allowed.", "不允许从此 IP 地址访问。"),
    "LIMIT_REACHED": ("This test api_key has reached its call limit.", "此测试 api_key 的调用量已达上限。"),
    "MORE_RETRY_TIMES": ("The comparison retry limit has been reached.", "比对重试次数已达上限。"),
    "NO_VERIFY_PERMISSION": ("This api_key has no face comparison permission.", "此 api_key 没有人脸比对权限。"),
    "NO_DATA_SOURCE_PERMISSION": (
        "This api_key may not run KYC checks against the identity data source (comparison_type=1).",
        "此 api_key 没有 KYC 验证（comparison_type=1）的权限。",
    ),
    "DENIED": ("This api_key has no permission for this API.", "此 api_key 无权调用当前 API。"),
    "EXPIRED_SIGN": (
        "The request signature has expired: check the workstation clock and sign again.",
        "签名已过期：请检查本机时间并重新签名。",
    ),
    "INVALID_SIGN": ("The request signature is invalid: check the api_secret.", "签名无效：请检查 api_secret。"),
}


def authorization_reason(detail: str) -> str:
    """An AUTHORIZATION_ERROR's reason in the v3 document's spelling, whichever document's it came in: verify's and
    get_result's "Limit reached.", "Denied." and "No data source permission." are get_biz_token's LIMIT_REACHED,
    DENIED and NO_DATA_SOURCE_PERMISSION; a reason neither document lists is returned as it came (stripped)."""
    spelled = detail.strip().rstrip(".").strip().upper().replace(" ", "_")
    return spelled if spelled in _AUTHORIZATION_REASONS else detail.strip()


#: Plain-language explanations of why a TLS handshake failed (the detail of a TLS_FAILED).
_TLS_REASONS: Final[dict[str, tuple[str, str]]] = {
    TLS_SELF_SIGNED: (
        "The server's certificate is self-signed, so it is not trusted: a test server's own certificate, or a proxy "
        "that inspects HTTPS showing its own. The request was not sent and is not billed.",
        "服务器的证书是自签名证书，因此不受信任：可能是测试服务器自带的证书，或是检查 HTTPS 流量的代理出示了自己的"
        "证书。请求未发出，不计费。",
    ),
    TLS_UNKNOWN_ISSUER: (
        "The server's certificate is signed by an authority this console does not trust: most often a proxy that "
        "inspects HTTPS (common in banks) and signs with its own CA certificate. The request was not sent and is not "
        "billed.",
        "服务器证书的签发机构不受本控制台信任：最常见的原因是检查 HTTPS 流量的代理（在银行中很常见）用它自己的 CA "
        "证书签发了证书。请求未发出，不计费。",
    ),
    TLS_HOSTNAME_MISMATCH: (
        "The server's certificate is issued for another host name than the one in this address (or the address is "
        "an IP address the certificate does not name). The request was not sent and is not billed.",
        "服务器证书签发给的主机名与此地址中的主机名不符（或此地址是证书中未列出的 IP 地址）。请求未发出，不计费。",
    ),
    TLS_EXPIRED: (
        "The server's certificate has expired or is not valid yet (or this computer's clock is wrong). The request "
        "was not sent and is not billed.",
        "服务器证书已过期或尚未生效（也可能是本机时间不正确）。请求未发出，不计费。",
    ),
    TLS_UNTRUSTED: (
        "The server's certificate is not trusted (the technical line gives the reason). The request was not sent and "
        "is not billed.",
        "服务器证书不受信任（原因见技术信息）。请求未发出，不计费。",
    ),
    TLS_NOT_HTTPS: (
        "The address begins with https://, but the port does not speak HTTPS (it speaks plain HTTP, or is another "
        "kind of service). The request was not sent and is not billed.",
        "地址以 https:// 开头，但该端口不使用 HTTPS（而是普通 HTTP，或是其他类型的服务）。请求未发出，不计费。",
    ),
}

#: Transport failures that show the call was not processed: no connection, a TLS handshake that failed (nothing was
#: sent), a connection closed before the request was written whole, a host that does not speak HTTP (not FaceID).
NOT_PROCESSED: Final = frozenset({CONNECTION_FAILED, NOT_HTTP, TLS_FAILED})

#: Outcome strings a liveness session reports (not errors of a call, but shown to reviewers).
LIVENESS_OUTCOMES: Final[dict[str, tuple[str, str]]] = {
    # web liveness failure_reason
    "action_mixed": ("The applicant did the wrong action.", "申请人做了错误的动作。"),
    "not_video": (
        "A liveness attack was detected (or the network was poor, or the actions were too fast).",
        "检测到活体攻击（也可能是网络不畅或动作过快）。",
    ),
    "timeout": ("The applicant did not finish an action in time.", "活体动作超时。"),
    "quality_check_timeout": ("The mirror (quality check) step timed out (120 s).", "照镜子流程超时（120 秒）。"),
    "no_input_frame": ("The video stream stopped (perhaps a network break).", "视频流输入中断（可能是网络中断）。"),
    "interrupt_in_mirro_state": (
        "The applicant left during the mirror step.", "申请人在照镜子流程中中断了活体检测。"),
    "interrupt_in_action_state": (
        "The applicant left while doing the actions.", "申请人在做活体动作时中断了活体检测。"),
    # H5 status
    "NOT_STARTED": (
        "The session was created but the applicant has not started it.", "已获取令牌，但申请人尚未开始验证。"),
    "PROCESSING": ("The applicant is going through the check now.", "申请人正在进行验证。"),
    "WEBRTC_UNSUPPORTED": ("The applicant's browser cannot run the check.", "申请人的浏览器不支持，验证失败。"),
    "OK": ("The check ran to the end (this is not the same as passing).", "验证流程正常结束（不代表验证通过）。"),
    "FAILED": ("The check did not complete or hit an error.", "验证流程未完成或出现异常。"),
    "CANCELLED": ("The applicant cancelled the check.", "申请人主动取消了验证。"),
    "TIMEOUT": ("The check timed out.", "验证流程超时。"),
    # H5 fail_reason
    "NETWORK_ERROR": ("The applicant's device could not connect.", "因网络问题无法连接。"),
    "PERMISSIONS_ERROR": (
        "The applicant refused camera access, or the browser cannot open the camera.",
        "申请人拒绝了摄像头权限，或浏览器无法调用摄像头。",
    ),
    "SUPPORT_ERROR": ("The browser does not support WebRTC.", "浏览器不支持 WebRTC。"),
    # H5 will_result errors
    "ANSWER_INCONSISTENT": ("The spoken answer did not match the expected answer.", "意愿表达与标准答案不一致。"),
    "NO_AUDIO": ("The recorded answer has no sound.", "申请人回答的音频没有声音。"),
    "FUNASR_ERR": ("The speech recognition service failed.", "语音识别服务异常。"),
}

#: Errors billed only when their detail is the identity data source (verify billing table).
_BILLED_WITH_DATA_SOURCE: Final = frozenset({"IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND"})
#: Errors billed with no detail at all: the web-liveness billing table lists a bare ``NO_FACE_FOUND``
#: (name and ID number right, no face in the data source's photo) among the billed verify failures.
_BILLED_BARE: Final = frozenset({"NO_FACE_FOUND"})


def error_info(code: str) -> ErrorInfo | None:
    """The catalogue entry for ``code``, or None for a code the documents do not list."""
    return _CATALOGUE.get(code)


def is_billed(code: str, detail: str) -> bool:
    """Whether the documents' billing tables say a call that failed with this error is charged."""
    if code in _BILLED_WITH_DATA_SOURCE:
        return detail == "data_source" or (not detail and code in _BILLED_BARE)
    info = _CATALOGUE.get(code)
    return bool(info and info.billed)


#: Errors whose answer says something about the applicant or their photos, so a reviewer can decide on it
#: (reject for no face, a name that does not match the ID number, …). The others say nothing of the person: a
#: wrong secret, a busy service, a proxy's page. A decision recorded on one of those would have no grounds.
ABOUT_THE_APPLICANT: Final = frozenset({
    "IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND", "NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH",
    "INVALID_IMAGE_SIZE", "MULTIPLE_FACES", "LOW_QUALITY", "INVALID_NAME_FORMAT", "INVALID_IDCARD_NUMBER",
    "DATA_VALIDATION_ERROR", "DELTA_USED", "MEGLIVE_BIZ_NO_USED",
})


def is_about_the_applicant(code: str) -> bool:
    """Whether the service's error ``code`` says something about the applicant a reviewer could decide on."""
    return code in ABOUT_THE_APPLICANT


#: How an error reads where it failed a liveness session's comparison (its ``verify_result``, of get_result or a
#: callback) and the catalogue's words, said of a call sent directly, would not hold: that comparison is not run again,
#: so no advice to send it again or to change the call's options.
_SESSION_COMPARISON: Final[dict[str, tuple[str, str]]] = {
    "INTERNAL_ERROR": (
        "FaceID had an internal error while comparing this session's face, so the comparison gave no score.",
        "FaceID 在比对此会话的人脸时发生服务器内部错误，因此比对没有给出分数。",
    ),
    "CONCURRENCY_LIMIT_EXCEEDED": (
        "FaceID refused this session's comparison: too many requests were in flight at once for this api_key.",
        "FaceID 拒绝了此会话的人脸比对：此 api_key 同时进行的请求数超过了限制。",
    ),
    "MULTIPLE_FACES": (
        "More than one face was found in a photo of the comparison.",
        "比对所用的照片中发现多张人脸。",
    ),
}
#: The same, for a code the session's answer gives with no detail: the H5 and web-liveness tables bill it as the
#: identity data source's ("姓名和身份证号正确,但图片无法解析或者没有可比对图片"), where verify names the image.
_SESSION_COMPARISON_BARE: Final[dict[str, tuple[str, str]]] = {
    "NO_FACE_FOUND": (
        "The name and ID number are right, but no face was found in the identity data source's photo of this person.",
        "姓名和身份证号码正确，但身份数据源中此人的照片里没有检测到人脸。",
    ),
    "IMAGE_ERROR_UNSUPPORTED_FORMAT": (
        "The name and ID number are right, but the identity data source's photo of this person could not be decoded, "
        "or there is none to compare with.",
        "姓名和身份证号码正确，但身份数据源中此人的照片无法解析，或没有可比对的照片。",
    ),
}


#: How an error of get_biz_token (the v3 document) reads where its document says other than verify's: the catalogue
#: has verify's words. INVALID_IMAGE_SIZE is about pixels only (v3's limit is 20 MB for the whole request, no 2 MB a
#: photo); MULTIPLE_FACES comes bare and is about the photo to compare (a reference photo with several faces is
#: compared by its largest); NO_FACE_FOUND and IMAGE_ERROR_UNSUPPORTED_FORMAT name no image_ref3 and no data source.
_V3_EXPLANATIONS: Final[dict[str, tuple[str, str]]] = {
    "INVALID_IMAGE_SIZE": (
        "The image named in the detail is too large: wider or taller than 4096 pixels.",
        "详情所指参数的图片太大：宽或高超过 4096 像素。",
    ),
    "MULTIPLE_FACES": (
        "More than one face was found in the photo to compare (image). Crop the photo, or turn off "
        "fail_when_multiple_faces to compare the largest face.",
        "待比对照片（image）中发现多张人脸。请裁剪照片，或关闭 fail_when_multiple_faces 以比对其中最大的人脸。",
    ),
    "NO_FACE_FOUND": (
        "No face was found in the image named in the detail (image_ref1, image_ref2 or image).",
        "在详情所指的图片（image_ref1、image_ref2 或 image）中没有找到人脸。",
    ),
    "IMAGE_ERROR_UNSUPPORTED_FORMAT": (
        "The image named in the detail could not be decoded: it is not an image or it is damaged.",
        "详情中所指参数的图片无法解析：可能不是图片文件或数据已损坏。",
    ),
    REQUEST_ENTITY_TOO_LARGE: (
        "The request is too large: over FaceID's 20 MB limit for an SDK token's request.",
        "请求过大：超过了 FaceID 对 SDK 令牌请求 20 MB 的上限。",
    ),
}


def as_sentence(explanation: str, language: str = "en") -> str:
    """``explanation`` ending as a sentence, for advice to follow it: an unknown code's ("Unknown error: X") has no
    full stop of its own."""
    if explanation.endswith((".", "。", "!", "！", "?", "？")):
        return explanation
    return explanation + ("。" if language == "zh_CN" else ".")


def explain(code: str, detail: str = "", language: str = "en", *, unbilled_call: bool = False,
            session_comparison: bool = False, v3: bool = False) -> str:
    """A plain-language explanation of an error or outcome string in ``language`` ("en" or "zh_CN");
    ``unbilled_call``: of a call FaceID does not bill (get_result), whose unknown outcome risks its one result, not a
    charge; ``session_comparison``: the error failed a liveness session's comparison (its verify_result), which is not
    run again; ``v3``: get_biz_token answered it, in its document's words where they differ from verify's."""
    zh = language.lower().startswith("zh")
    session_words = (_SESSION_COMPARISON.get(code) or (None if detail else _SESSION_COMPARISON_BARE.get(code))
                     if session_comparison else None)
    if session_words is not None:
        text = session_words[1 if zh else 0]
        return text + (f"（{detail}）" if zh else f" ({detail})") if detail else text
    if code == "AUTHORIZATION_ERROR" and authorization_reason(detail) in _AUTHORIZATION_REASONS:
        en_text, zh_text = _AUTHORIZATION_REASONS[authorization_reason(detail)]
        return zh_text if zh else en_text
    if code == TLS_FAILED and detail in _TLS_REASONS:
        en_text, zh_text = _TLS_REASONS[detail]
        return zh_text if zh else en_text
    info = _CATALOGUE.get(code)
    if info is not None:
        text = info.explanation_zh if zh else info.explanation_en
        if v3 and code in _V3_EXPLANATIONS:
            text = _V3_EXPLANATIONS[code][1 if zh else 0]
        if unbilled_call:
            in_language = 1 if zh else 0
            text = text.replace(_MAY_HAVE_BEEN_BILLED[in_language], _MAY_HAVE_BEEN_ANSWERED[in_language])
        if detail and code not in ("AUTHORIZATION_ERROR", TLS_FAILED):
            text += (f"（{detail}）" if zh else f" ({detail})")
        return text
    if code in LIVENESS_OUTCOMES:
        en_text, zh_text = LIVENESS_OUTCOMES[code]
        return zh_text if zh else en_text
    if zh:  # full-width brackets, as the catalogue's
        return f"未知错误：{code}" + (f"（{detail}）" if detail else "")
    return f"Unknown error: {code}" + (f" ({detail})" if detail else "")


def unlisted_code_text(language: str = "en") -> str:
    """What a line that names a code no document lists says of it (not "Unknown error: X", naming it again)."""
    return "FaceID 文档中未列出此代码。" if language.lower().startswith("zh") else \
        "FaceID's documents do not list this code."


def explain_code(code: str, language: str = "en") -> str:
    """``explain(code)`` for a line that names the code before it ("Reason (timeout): …"): a code no document lists
    is said to be one, not named a second time ("Reason (X): Unknown error: X")."""
    if code in _CATALOGUE or code in LIVENESS_OUTCOMES:  # what ``explain`` has words for, without a detail
        return explain(code, "", language)
    return unlisted_code_text(language)


def split_error_string(text: str) -> tuple[str, str]:
    """Split a documented error string ``"CODE: detail"`` (or ``"CODE:detail"``) into its parts."""
    text = text.strip()
    if text == REQUEST_ENTITY_TOO_LARGE:
        return text, ""
    code, sep, detail = text.partition(":")
    if not sep:
        return text, ""
    return code.strip(), detail.strip()


#: Error strings the v3 document (get_biz_token) writes with no ": " between the code and the parameter it names
#: ("INVALID_IMAGE_SIZE<param>"), and the parameters it says they name.
_FUSED_V3_ERRORS: Final[dict[str, frozenset[str]]] = {
    "INVALID_IMAGE_SIZE": frozenset({"image_ref1", "image_ref2"}),
}


def unfused_v3_error(err: FaceIDError) -> FaceIDError:
    """A get_biz_token error whose code is fused with its parameter as the v3 document writes it
    ("INVALID_IMAGE_SIZEimage_ref1"), split into its code and detail; any other error as it is."""
    if err.origin is not ErrorOrigin.SERVICE or err.detail:
        return err
    for code, parameters in _FUSED_V3_ERRORS.items():
        parameter = err.code.removeprefix(code)
        if parameter != err.code and parameter in parameters:
            return dataclasses.replace(err, code=code, detail=parameter)
    return err


#: The kind of a refused field whose answer is FaceID-shaped but another session's: get_result named another biz_id.
OTHER_SESSION: Final = "other_session"


@dataclass(frozen=True)
class RefusedField:
    """A field of an answer refused as not what FaceID sends (INVALID_RESPONSE): which field, why, and the values
    that show it. The error's message says the same in English words; this is for code that acts on it."""

    #: Its path in the answer, as the error's detail: ``response.biz_id``, ``result_ref1.confidence``.
    path: str
    #: Why: a key of ``results.NOT_A`` (the JSON type it should have had; "present": it is missing), of
    #: ``results.NOT_IN_RANGE`` or of ``results.NOT_AS_ASKED`` (``OTHER_SESSION`` among them), or "data_url" /
    #: "base64" for an image that does not decode.
    kind: str
    #: The refused value as a reader is shown it (a number's shortest round-trip form, a biz_id whole); "" if none.
    found: str = ""
    #: What the request asked for, when the answer is refused for not being it (the biz_id looked up); "" if none.
    asked: str = ""

    def to_record(self) -> dict[str, str]:
        """The refusal as JSON-ready data: what a History entry keeps of it."""
        return {"path": self.path, "kind": self.kind, "found": self.found, "asked": self.asked}

    @classmethod
    def from_record(cls, record: Any) -> RefusedField | None:
        """The refusal ``to_record`` wrote; None for anything else (an entry written before refusals were kept)."""
        if not isinstance(record, dict):
            return None
        values = {name: record.get(name, "") for name in ("path", "kind", "found", "asked")}
        if not all(isinstance(value, str) for value in values.values()) or not values["path"] or not values["kind"]:
            return None
        return cls(**values)


#: At most this many characters of a value from the answer go into an explanation (a biz_id can be megabytes).
_EXPLAINED_CHARACTERS: Final = 80


def _explained(value: str) -> str:
    return value if len(value) <= _EXPLAINED_CHARACTERS else value[:_EXPLAINED_CHARACTERS] + "…"


def refusal_explanation(refused: RefusedField, language: str = "en") -> str:
    """A refused answer field in plain words, in "en" or "zh_CN": what the command line prints (the window words
    the same through its translations)."""
    zh = language.lower().startswith("zh")
    field_name = refused.path  # as the window names it, and the error's detail
    if refused.kind == OTHER_SESSION:
        asked, found = _explained(refused.asked), _explained(refused.found)
        if zh:
            return (f"此应答属于另一个活体会话：查询的是 biz_id {asked}，应答却是 biz_id {found} 的。"
                    "FaceID 只会用所查询会话自己的结果应答，因此是本机与 FaceID 之间的缓存代理，"
                    "或是一次混淆，给出了另一个会话的应答。")
        return (f"This answer is for another liveness session: biz_id {asked} was looked up, but the answer is for "
                f"biz_id {found}. FaceID answers a look-up with that session's own result, so a caching proxy "
                "between here and FaceID, or a mix-up, gave another session's answer.")
    if zh:
        return f"服务器的应答不是 FaceID 的应答：其中的字段 {field_name} 缺失，或与 FaceID 返回的格式不符。"
    return (f"The server's answer is not a FaceID answer: its field {field_name} is missing or not as FaceID "
            "sends it.")


@dataclass(eq=False)
class FaceIDError(Exception):
    """Any failure of a FaceID call: service error, transport failure, or refused input.

    ``detail`` is the part after ``": "`` in the service's message: a parameter name
    (``image_ref1``) or a reason (``EXPIRED_SIGN``). For input errors it names the field.

    The fields cannot be reassigned (as in a frozen dataclass), while the exception machinery keeps
    working: ``add_note``, ``__cause__``, pickling (process pools, multiprocessing) and ``copy``.
    """

    code: str
    detail: str = ""
    http_status: int | None = None
    origin: ErrorOrigin = ErrorOrigin.SERVICE
    request_id: str | None = None
    #: A short technical message (our own words for input and transport errors).
    message: str = ""
    raw_body: str | None = field(default=None, repr=False)
    #: The answer's field that made it not FaceID's, and why (INVALID_RESPONSE of a field); None for any other.
    refused: RefusedField | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        Exception.__init__(self, self.__str__())
        object.__setattr__(self, "_sealed", True)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FACEID_ERROR_FIELDS and getattr(self, "_sealed", False):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        if name in _FACEID_ERROR_FIELDS:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        object.__delattr__(self, name)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's default pickles only ``args`` (the message); rebuild from the fields instead.
        values = tuple(getattr(self, name) for name in _FACEID_ERROR_FIELDS)
        extra = {k: v for k, v in self.__dict__.items() if k not in _FACEID_ERROR_FIELDS and k != "_sealed"}
        return (self.__class__, values, extra or None)

    def __str__(self) -> str:
        head = f"{self.code}: {self.detail}" if self.detail else self.code
        if self.http_status is not None:
            head = f"{head} (HTTP {self.http_status})"
        return f"{head} — {self.message}" if self.message else head

    @property
    def field(self) -> str | None:
        """The parameter or input field the error names, if it names one."""
        if self.origin is ErrorOrigin.INPUT:
            return self.detail or None
        if self.origin is ErrorOrigin.TRANSPORT:  # its detail is why the transport failed (a TLS reason)
            return None
        if self.code == INVALID_RESPONSE:  # its detail is a field of the answer, not a parameter of the request
            return None
        if self.detail and self.detail.replace("_", "").isalnum() and self.detail.islower():
            return self.detail
        return None

    @property
    def billed(self) -> bool:
        """Whether this failed call is charged (the documents' billing tables); see also ``outcome_unknown``."""
        return self.origin is ErrorOrigin.SERVICE and is_billed(self.code, self.detail)

    @property
    def outcome_unknown(self) -> bool:
        """Whether the call may have reached FaceID and been processed (and billed) though no answer of FaceID's came
        back: no answer in time, a connection closed after the request was sent, an answer that broke off part-way or
        could not be decoded, a gateway's 502/504 (or Cloudflare's 520/524). Not a
        connection that failed, a TLS handshake that failed, nor a host that does not speak HTTP (``NOT_PROCESSED``).
        Never sent again by itself; History records it as ``unknown``."""
        return self.origin is ErrorOrigin.TRANSPORT and self.code not in NOT_PROCESSED

    @property
    def retry_safe(self) -> bool:
        """Whether sending the same request again cannot cause a second charge or a duplicate."""
        if self.origin is ErrorOrigin.INPUT:
            return False
        info = _CATALOGUE.get(self.code)
        return bool(info and info.retry_safe)

    @property
    def documented(self) -> bool:
        """Whether the code is one the documents (or this client) define."""
        return self.code in _CATALOGUE

    def explanation(self, language: str = "en", *, unbilled_call: bool = False,
                    session_comparison: bool = False, v3: bool = False) -> str:
        """Plain-language explanation for a reviewer, in "en" or "zh_CN"; ``unbilled_call``: the call is one FaceID
        does not bill (get_result), so an unknown outcome is not said to be maybe billed; ``session_comparison``: it
        failed a liveness session's comparison, which is not run again; ``v3``: get_biz_token answered it
        (``explain``)."""
        if self.origin is ErrorOrigin.INPUT and self.message:
            return self.message
        if self.refused is not None and self.code == INVALID_RESPONSE:
            return refusal_explanation(self.refused, language)
        return explain(self.code, self.detail, language, unbilled_call=unbilled_call,
                       session_comparison=session_comparison, v3=v3)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (no secrets: the raw body is the service's answer only). ``billed`` is null when the
        outcome is unknown (the call may have been processed and billed), as the window says "Billing unknown"."""
        return {
            "code": self.code,
            "detail": self.detail,
            "http_status": self.http_status,
            "origin": self.origin.value,
            "billed": None if self.outcome_unknown else self.billed,
            "outcome_unknown": self.outcome_unknown,
            "retry_safe": self.retry_safe,
            "request_id": self.request_id,
            "message": self.message or self.explanation("en"),
        }

    @classmethod
    def input(cls, field_name: str, message: str, code: str = "BAD_ARGUMENTS") -> FaceIDError:
        """An input problem found before sending, naming the field."""
        return cls(code=code, detail=field_name, origin=ErrorOrigin.INPUT, message=message)

    @classmethod
    def from_response(cls, status: int, body: bytes | str, content_type: str = "") -> FaceIDError:
        """Build the error from a non-success HTTP answer, whatever its body looks like."""
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        payload: Any = None
        if text.strip().startswith("{"):
            try:
                payload = json.loads(text)
            except ValueError:
                payload = None
        if isinstance(payload, dict):
            message = payload.get("error_message") or payload.get("error")
            if isinstance(message, str) and message:
                code, detail = split_error_string(message)
                request_id = payload.get("request_id")
                return cls(
                    code=code, detail=detail, http_status=status, origin=ErrorOrigin.SERVICE,
                    request_id=request_id if isinstance(request_id, str) else None, raw_body=text,
                )
        snippet = " ".join(_readable(body, content_type).split())[:200]
        html = "html" in content_type.lower() or "<html" in text.lower()
        kind = "an HTML page" if html else "a body that is not JSON"
        message = f"HTTP {status} with {kind}: {snippet}" if snippet else f"HTTP {status} with an empty body"
        if status == 413 and text.strip() == REQUEST_ENTITY_TOO_LARGE:  # FaceID's own: plain text, as documented
            return cls(code=REQUEST_ENTITY_TOO_LARGE, http_status=413, raw_body=text[:2000])
        if status == 413:  # another page (a proxy's, most likely) keeps its technical line, which tells it apart
            return cls(code=REQUEST_ENTITY_TOO_LARGE, http_status=413, raw_body=text[:2000], message=message)
        if status == 429:  # some gateways answer the concurrency limit without a JSON body
            return cls(code="CONCURRENCY_LIMIT_EXCEEDED", http_status=429, raw_body=text[:2000])
        if status in GATEWAY_STATUSES:  # on the way to FaceID, after the request may have reached it
            return cls(code=GATEWAY_ERROR, http_status=status, origin=ErrorOrigin.TRANSPORT, message=message,
                       raw_body=text[:2000])
        return cls(code=INVALID_RESPONSE, http_status=status, origin=ErrorOrigin.SERVICE, message=message,
                   raw_body=text[:2000])


_FACEID_ERROR_FIELDS: Final = tuple(f.name for f in fields(FaceIDError))

#: Codecs no web page is written in, whose bytes spell characters as escapes or shifted runs (``\x41``, ``+AEE-``):
#: a secret written in them is not the bytes the client masks.
_NOT_PAGE_CHARSETS: Final = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7"})


def declared_charset(content_type: str) -> str | None:
    """The charset an answer's Content-Type declares (``text/html; charset=gbk`` → ``gbk``), as Python's codec name;
    None when it declares none, or one Python does not know or no page is written in."""
    _media, _sep, parameters = content_type.partition(";")
    for parameter in parameters.split(";"):
        name, _eq, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            try:
                codec = codecs.lookup(value.strip().strip("\"'"))
            except (LookupError, ValueError):  # unknown, or not a name at all (a NUL in it)
                return None
            # Not bytes-to-bytes codecs (base64, rot13): bytes.decode refuses them.
            text = getattr(codec, "_is_text_encoding", True)
            return codec.name if text and codec.name not in _NOT_PAGE_CHARSETS else None
    return None


def _readable(body: bytes | str, content_type: str) -> str:
    """An answer's body as a reader reads it: decoded by its declared charset (a Chinese gateway's page is often
    GBK), else as UTF-8; what does not decode is replaced."""
    if isinstance(body, str):
        return body
    return body.decode(declared_charset(content_type) or "utf-8", "replace")

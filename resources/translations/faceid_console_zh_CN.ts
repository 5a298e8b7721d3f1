<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppTokenPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="206"/>
        <source>meglive — action liveness</source>
        <extracomment>The documents: a biz_token is valid for one hour, for one session. How a token just issued is worded (``_word_issued``): the latest request&apos;s answer, not failed since. The form&apos;s width beside the token where the window has room for both (more when its photos need it). How small the face labels&apos; type may be made (of the window&apos;s) on a photo narrowed beside the form. The liveness types a parameter applies to; None for all. Integer parameters: (name, lowest, highest, default, the liveness types it applies to). liveness_timeout&apos;s default by liveness type (get_biz_token v3): 10 s for each action (meglive), 60 s for the mirror step (still). flash has flash_liveness_timeout instead, raw_image no liveness check to time. Yes/no parameters: (name, default, the liveness types it applies to). Each flag&apos;s Alt key, a letter of its name: none taken by another control of the page, the tool bar or a menu. The face_quality_threshold sent: the largest face&apos;s quality is held to it (LOW_QUALITY below it). A refusal&apos;s faces (LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND): none of them is to be compared. Emitted after each answer (token or error) has been shown. The error on show, with the rest, and what the fields and photo slots held when it was marked. The photo to compare of the request on its way, upright as sent, and its face_quality_threshold. The faces of the latest answer on show (None: none): a new request takes them off. The profile the error on show came from: an error is about the calls of its own profile. The profile whose account issued the token on show: a biz_token works only with that account.</extracomment>
        <translation>meglive — 动作活体</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="207"/>
        <source>still — silent liveness</source>
        <translation>still — 静默活体</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="208"/>
        <source>flash — colour-flash liveness (safer, a little lower pass rate)</source>
        <translation>flash — 炫彩活体（更安全，通过率略低）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="210"/>
        <source>raw_image — no liveness, compare an uploaded photo</source>
        <translation>raw_image — 不做活体，比对上传的照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="239"/>
        <source>empty by default; at most 128 bytes</source>
        <translation>默认为空；不超过 128 字节</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="214"/>
        <source>&amp;liveness_type:</source>
        <translation>liveness_type（活体类型）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="216"/>
        <source>&amp;KYC (1): identity data source</source>
        <translation>KYC（1）：身份数据源(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="217"/>
        <source>Face c&amp;omparison (0): your photos</source>
        <translation>人脸比对（0）：您的照片(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="226"/>
        <source>co&amp;mparison_type:</source>
        <translation>comparison_type（比对类型）(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="231"/>
        <source>idcard_&amp;name:</source>
        <translation>idcard_name（姓名）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="234"/>
        <source>&amp;idcard_number:</source>
        <translation>idcard_number（证件号码）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="237"/>
        <source>&amp;uuid:</source>
        <translation>uuid(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="241"/>
        <source>bi&amp;z_no:</source>
        <translation>biz_no（业务流水号）(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="244"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="249"/>
        <source>Reference photo 1</source>
        <translation>参考照片 1</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="249"/>
        <source>Reference photo 2</source>
        <translation>参考照片 2</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="250"/>
        <source>Photo to compare (raw_image only)</source>
        <translation>待比对照片（仅 raw_image）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="257"/>
        <source>Options (range and default from the FaceID documents)</source>
        <translation>选项（FaceID 文档规定的取值范围与默认值）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="427"/>
        <source>{name} ({lo}–{hi}, default {default}):</source>
        <translation>{name}（{lo}–{hi}，默认 {default}）：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="273"/>
        <source>0 — the conclusion only</source>
        <translation>0 — 仅返回结论</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="273"/>
        <source>1 — conclusion and summary (default)</source>
        <translation>1 — 结论与摘要（默认）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="275"/>
        <source>1 — lenient</source>
        <translation>1 — 宽松</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="275"/>
        <source>2 — normal (default)</source>
        <translation>2 — 常规（默认）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="275"/>
        <source>3 — strict</source>
        <translation>3 — 严格</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="276"/>
        <source>4 — very strict</source>
        <translation>4 — 非常严格</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="278"/>
        <source>0 — strict (default)</source>
        <translation>0 — 严格模式（默认）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="278"/>
        <source>1 — standard</source>
        <translation>1 — 标准模式</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="278"/>
        <source>2 — fast</source>
        <translation>2 — 极速模式</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="280"/>
        <source>0 — keep nothing (default)</source>
        <translation>0 — 不保存（默认）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="280"/>
        <source>1 — keep video and images</source>
        <translation>1 — 保存视频及图片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="281"/>
        <source>2 — keep the video only</source>
        <translation>2 — 仅保存视频</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="281"/>
        <source>3 — keep the images only</source>
        <translation>3 — 仅保存图片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="284"/>
        <source>{name} (default {default})</source>
        <translation>{name}（默认{default}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="285"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="285"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="306"/>
        <source>Get the &amp;biz_token</source>
        <translation>获取 biz_token(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="322"/>
        <source>{name}:</source>
        <translation>{name}：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="335"/>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="347"/>
        <source>biz_token</source>
        <translation>biz_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="348"/>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="578"/>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="682"/>
        <source>No token yet</source>
        <translation>尚无 biz_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="361"/>
        <source>Give the biz_token to the mobile SDK: it is valid for one hour and for one session.</source>
        <translation>将 biz_token 交给移动端 SDK：有效期一小时，仅可用于一次会话。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="364"/>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="616"/>
        <source>&amp;Copy the biz_token</source>
        <translation>复制 biz_token(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="380"/>
        <source>Faces in the photo to compare</source>
        <translation>待比对照片中的人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="433"/>
        <source>Compare a frame of each action with the reference photo, to catch a face swapped during the check (meglive only).</source>
        <translation>将每个动作的截图与参考照片比对，识别验证过程中的换脸（仅动作活体 meglive）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="436"/>
        <source>Fail the liveness check when the applicant&apos;s eyes stay closed throughout (still and flash only; the check takes longer).</source>
        <translation>申请人全程闭眼时判定活体检测失败（仅静默和炫彩活体；检测耗时会增加）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="439"/>
        <source>When the photo to compare has several faces: refuse it with MULTIPLE_FACES (on), or compare the largest (off). raw_image only.</source>
        <translation>待验证照片中有多张人脸时：返回 MULTIPLE_FACES 错误（开启），或比对最大的人脸（关闭）。仅 raw_image。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="442"/>
        <source>Return the faces found in the photo to compare (their boxes and quality), even with LOW_QUALITY, MULTIPLE_FACES or NO_FACE_FOUND. raw_image only.</source>
        <translation>返回在待验证照片中检测到的人脸（人脸框和质量），即使返回 LOW_QUALITY、MULTIPLE_FACES 或 NO_FACE_FOUND 也会返回。仅 raw_image。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="445"/>
        <source>Compare the face even when FaceID judges it fake (the result then says so only in verification, with verbose=1). Such a session is billed; off, a fake face ends the session unbilled.</source>
        <translation>即使 FaceID 判定为假脸也进行比对（此时只有在 verbose=1 时的 verification 中才会说明）。这样的会话会计费；关闭时，假脸会直接结束会话且不计费。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="448"/>
        <source>When no face is found in a reference photo, try it turned 90°, 180° and 270°. Slightly raises the chance of a false face: turn off if your photos are always upright.</source>
        <translation>参考照片中检测不到人脸时，将其旋转 90°、180° 和 270° 再检测。会略微增加误检人脸的概率：若照片总是正向，请关闭。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="451"/>
        <source>Turn the phone&apos;s screen to full brightness during the check (SDK 3.3.3 and later, action and still liveness).</source>
        <translation>检测期间将手机屏幕亮度调到最大（SDK 3.3.3 及以上，动作活体和静默活体）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="454"/>
        <source>Check the applicant&apos;s device for risk: verify then blocks risky devices and returns what it found.</source>
        <translation>检测申请人设备的风险：verify 时会拦截风险设备并返回相关设备风险信息。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="456"/>
        <source>Watch for several faces during the check: the SDK stops and tells the applicant.</source>
        <translation>检测过程中检查是否出现多张人脸：出现时 SDK 会拦截并提示申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="528"/>
        <source>Waiting for FaceID…</source>
        <translation>正在等待 FaceID…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="570"/>
        <source>biz_token received; valid for one hour.</source>
        <translation>已收到 biz_token，一小时内有效。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="581"/>
        <source>request_id: {request_id}</source>
        <translation>request_id：{request_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="595"/>
        <source>Issued at {time} for {applicant}.</source>
        <translation>于 {time} 为 {applicant} 签发。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="599"/>
        <source>Issued at {time} for {applicant}, by an earlier request: the latest request failed (above) and gave no new biz_token.</source>
        <translation>由之前的请求于 {time} 为 {applicant} 签发：最近一次请求失败（见上方），未获得新的 biz_token。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="604"/>
        <source>Issued at {time} for {applicant}, by an earlier request: a new biz_token is being requested.</source>
        <translation>由之前的请求于 {time} 为 {applicant} 签发：正在请求新的 biz_token。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="616"/>
        <source>&amp;Copy the earlier biz_token</source>
        <translation>复制之前的 biz_token(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="668"/>
        <source>No biz_token from this profile yet</source>
        <translation>此配置尚无 biz_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="670"/>
        <source>The last biz_token was issued by profile {profile}, for that profile&apos;s account only; it is kept in History.</source>
        <translation>上一个 biz_token 由配置 {profile} 签发，仅可用于该配置的账户；它已保存在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="693"/>
        <source>Expired: get a new biz_token.</source>
        <translation>已过期：请重新获取 biz_token。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="700"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="704"/>
        <source>Expires in {left} (at {until})</source>
        <translation>{left} 后过期（{until}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="710"/>
        <source>Earlier biz_token: expires in {left} (at {until})</source>
        <translation>之前的 biz_token：{left} 后过期（{until}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="718"/>
        <source>biz_token copied.</source>
        <translation>已复制 biz_token。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="719"/>
        <source>Earlier biz_token copied: issued at {time} for {applicant}, not by the latest request.</source>
        <translation>已复制之前的 biz_token：于 {time} 为 {applicant} 签发，并非最近一次请求所得。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="741"/>
        <source>No new biz_token: {reason}. The earlier one is still shown.</source>
        <translation>未获得新的 biz_token：{reason}。之前的 biz_token 仍在显示。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="743"/>
        <source>No biz_token: {reason}</source>
        <translation>未获得 biz_token：{reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="778"/>
        <source>No face was found in the photo to compare.</source>
        <translation>待比对照片中没有找到人脸。</translation>
    </message>
</context>
<context>
    <name>CallbackInspectorPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="168"/>
        <source>Paste a callback as it arrived: the form body (data=…&amp;sign=…), data and sign on two lines, a JSON object with data and sign, or the return_url with its query.</source>
        <extracomment>The protocol library&apos;s English for a paste with no data (or sign) field, naming the fields it has instead, and for a paste in no shape it reads, quoting its start; and the start of its words for JSON it cannot parse. The paste&apos;s width where the window has room for it and a readable verdict beside it. ``CallbackBody.fingerprint``: the same callback pasted again is known as checked before. A pasted return_url carried only a biz_id: look it up on the results page. Emitted after a check&apos;s outcome (the callback&apos;s data with its images, or what is wrong with the paste) has been shown. Emitted once History, asked after the outcome was shown, said whether it holds the biz_id on show. The reviewer asked to see History&apos;s entries for this biz_id. Asked (in the worker) whether it already holds entries for the biz_id of a paste; None: not asked. The callbacks checked here, as the session page remembers those it received: the same one pasted again (same data, same sign, checked alike for the same profile) is said to be no new result.</extracomment>
        <translation>按收到时的原样粘贴回调：表单正文（data=…&amp;sign=…）、分两行的 data 与 sign、包含 data 与 sign 的 JSON 对象，或带查询参数的 return_url。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="179"/>
        <source>Pasted callback</source>
        <translation>粘贴的回调</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="190"/>
        <source>Cl&amp;ear the paste</source>
        <translation>清除粘贴内容(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="199"/>
        <source>&amp;Check the callback</source>
        <translation>检查回调(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="204"/>
        <source>&amp;Look up this biz_id</source>
        <translation>查询此 biz_id(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="243"/>
        <source>&amp;Open in History</source>
        <translation>在“历史”中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="253"/>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="459"/>
        <source>Nothing checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="254"/>
        <source>Paste a callback on the left and press Check the callback. Its signature is checked here with this profile&apos;s api_secret; nothing is sent to FaceID.</source>
        <translation>在左侧粘贴回调，然后点击“检查回调”。签名在本机用当前配置的 api_secret 校验，不会向 FaceID 发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="293"/>
        <source>Checking the callback…</source>
        <translation>正在检查回调…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="398"/>
        <source>Signature not checked: no api_secret for profile {profile} (not connected).</source>
        <translation>未校验签名：配置 {profile} 没有 api_secret（未连接）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="400"/>
        <source>✔ Signature valid for profile {profile}: this data came from FaceID unchanged.</source>
        <translation>✔ 配置“{profile}”的签名有效：数据来自 FaceID，未被改动。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="402"/>
        <source>✘ Signature INVALID for profile {profile}: the data was changed, or it was signed with another api_secret. Do not trust it.</source>
        <translation>✘ 配置“{profile}”的签名无效：数据被改动过，或由其他 api_secret 签名。请勿信任。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="523"/>
        <source>Copy the whole callback again, data and sign, exactly as it arrived, and paste it here.</source>
        <translation>请按收到时的原样重新复制完整的回调（data 和 sign），再粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="524"/>
        <source>Paste the callback as it arrived, with data as a quoted string.</source>
        <translation>请按收到时的原样粘贴回调，data 应为带引号的字符串。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="526"/>
        <source>The paste has {count} {field} fields.</source>
        <translation>粘贴内容中有 {count} 个 {field} 字段。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="532"/>
        <source>Paste one callback, exactly as it arrived.</source>
        <translation>请只粘贴一个回调，与收到时完全一致。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="536"/>
        <source>The paste has no {field} field; the fields found are: {fields}.</source>
        <translation>粘贴内容没有 {field} 字段；找到的字段是：{fields}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="545"/>
        <source>The pasted JSON is cut off or malformed.</source>
        <translation>粘贴的 JSON 被截断或格式有误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="550"/>
        <source>The pasted JSON is nested too deeply to read (over {levels} levels).</source>
        <translation>粘贴的 JSON 嵌套过深，无法读取（超过 {levels} 层）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="553"/>
        <source>The paste has no sign.</source>
        <translation>粘贴内容没有 sign。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="560"/>
        <source>The data is an object here, not the JSON text FaceID posted and signed.</source>
        <translation>此处的 data 是一个对象，而不是 FaceID 发送并签名的 JSON 文本。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="562"/>
        <source>The data is cut off or is not JSON.</source>
        <translation>data 被截断或不是 JSON。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="439"/>
        <source>The signature is valid, so FaceID sent the data this way; the rest of it is not shown, as it cannot be read reliably. Report the field to FaceID. A look-up by its biz_id will likely meet the same field: the answer is then kept in History, as an error.</source>
        <translation>签名有效，说明 FaceID 发送的数据就是这样；其余内容无法可靠读取，因此不予显示。请将该字段问题反馈给 FaceID。按 biz_id 查询很可能遇到同一字段：届时应答会作为错误保存在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="443"/>
        <source>The signature does not match: this data was changed or is not from FaceID, and the malformed field may be part of the change.</source>
        <translation>签名不匹配：数据已被改动或并非来自 FaceID，格式不正确的字段可能正是改动的一部分。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="446"/>
        <source>Connect to the profile that started the session to check the signature.</source>
        <translation>请连接发起此会话的配置，以校验签名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="451"/>
        <source>A field of the callback&apos;s data is malformed</source>
        <translation>回调数据中有一个字段格式不正确</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="25"/>
        <source>an object ({…})</source>
        <extracomment>The protocol library&apos;s English for a callback&apos;s part given more than once, nested too deeply, or not UTF-8.</extracomment>
        <translation>对象（{…}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="26"/>
        <location filename="../../faceid_console/ui/callback_texts.py" line="38"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="27"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="28"/>
        <source>text (a quoted string)</source>
        <translation>文本（带引号的字符串）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="29"/>
        <source>a list ([…])</source>
        <translation>列表（[…]）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="30"/>
        <source>a finite number</source>
        <translation>有限数值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="31"/>
        <source>a number from 0 to 100</source>
        <translation>0 到 100 之间的数字</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="32"/>
        <source>a number from 0 to 1</source>
        <translation>0 到 1 之间的数字</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="35"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="36"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="37"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="39"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="40"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="45"/>
        <source>The data is {found}, not an object: a callback&apos;s data is a JSON object of fields ({value}).</source>
        <translation>data 是{found}，不是对象：回调的 data 应为由字段组成的 JSON 对象（{value}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="49"/>
        <source>The field {field} is missing: a callback&apos;s data must have it.</source>
        <translation>缺少字段 {field}：回调数据中必须有此字段。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="52"/>
        <source>The field {field} should be {expected}, but it is {found}: {value}</source>
        <translation>字段 {field} 应为{expected}，但实际为{found}：{value}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="59"/>
        <source>The data is nested too deeply to read (over {levels} levels): FaceID&apos;s data is a few levels deep, so this is not a callback as FaceID sends it. Check where it came from.</source>
        <translation>data 嵌套过深，无法读取（超过 {levels} 层）：FaceID 的 data 只有几层，因此这不是 FaceID 发出的回调。请核实它的来源。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="72"/>
        <source>The data is not JSON: a callback&apos;s data is a JSON object of fields ({value}).</source>
        <translation>data 不是 JSON：回调的 data 应为由字段组成的 JSON 对象（{value}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="364"/>
        <source>Checked here before, at {time} {zone}: the same callback (same data and sign), not a new result.</source>
        <translation>此前已在此检查过（{time} {zone}）：是同一个回调（data 和 sign 相同），不是新的结果。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="371"/>
        <source>History already holds an entry for biz_id {biz_id}.</source>
        <translation>历史中已有 biz_id {biz_id} 的一个条目。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="372"/>
        <source>History already holds {count} entries for biz_id {biz_id}.</source>
        <translation>历史中已有 biz_id {biz_id} 的 {count} 个条目。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="480"/>
        <source>Too long to show in full: this paste has {count} characters. The box shows its first {head} and last {tail}, with the gap marked; the whole paste is kept, and Check the callback checks all of it.</source>
        <translation>内容过长，无法完整显示：本次粘贴共 {count} 个字符。框中显示其前 {head} 个和后 {tail} 个字符，中间省略处已标出；完整内容均已保留，“检查回调”会检查全部内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="494"/>
        <source>This return_url carries only a biz_id</source>
        <translation>此 return_url 只带有 biz_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="495"/>
        <source>No signed data in it: biz_id {biz_id}. Look the result up to read it.</source>
        <translation>其中没有签名数据：biz_id {biz_id}。请查询该结果以查看内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="501"/>
        <source>This return_url carries only a biz_id ({biz_id}), no signed data: look the result up to read it.</source>
        <translation>此 return_url 只带有 biz_id（{biz_id}），没有签名数据：请查询该结果以查看内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="511"/>
        <source>The paste cannot be checked</source>
        <translation>无法检查粘贴的内容</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="515"/>
        <source>Callback not checked — {problem}</source>
        <translation>未检查回调——{problem}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="522"/>
        <source>Copy the whole callback again, exactly as it arrived, and paste it here.</source>
        <translation>请按收到时的原样重新复制完整的回调，再粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="527"/>
        <source>The {field} holds percent-encoded bytes that are not UTF-8 text: FaceID posts UTF-8, so the paste is damaged or it is not a callback from FaceID.</source>
        <translation>{field} 中百分号编码的字节不是 UTF-8 文本：FaceID 发送的是 UTF-8，因此粘贴内容已损坏，或不是来自 FaceID 的回调。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="537"/>
        <source>This is not a callback in any shape the inspector knows (form body, data and sign lines, JSON, or return_url). The paste begins: {start}</source>
        <translation>这不是检查器认识的任何回调格式（表单正文、data 与 sign 两行、JSON 或 return_url）。粘贴内容的开头是：{start}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="554"/>
        <source>The sign is not 40 hexadecimal characters: the paste is cut off or it is not a callback signature.</source>
        <translation>sign 不是 40 位十六进制字符：粘贴内容被截断，或不是回调签名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="558"/>
        <source>The paste has no data field.</source>
        <translation>粘贴内容没有 data 字段。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="564"/>
        <source>This URL has neither data and sign nor a biz_id.</source>
        <translation>此 URL 既没有 data 和 sign，也没有 biz_id。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="566"/>
        <source>Nothing was pasted.</source>
        <translation>没有粘贴任何内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="567"/>
        <source>This is not a callback in any shape the inspector knows (form body, data and sign lines, JSON, or return_url).</source>
        <translation>这不是检查器认识的任何回调格式（表单正文、data 与 sign 两行、JSON 或 return_url）。</translation>
    </message>
</context>
<context>
    <name>CallbackTexts</name>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="82"/>
        <source>it has no {field} field</source>
        <translation>缺少 {field} 字段</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="84"/>
        <source>its {field} field is not UTF-8 text once percent-decoded</source>
        <translation>其 {field} 字段经百分号解码后不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="86"/>
        <source>it has more than one {field} field</source>
        <translation>有多个 {field} 字段</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="88"/>
        <source>the body is not UTF-8 text</source>
        <translation>请求体不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="89"/>
        <source>the body is not a form (data=…&amp;sign=…)</source>
        <translation>请求体不是表单（data=…&amp;sign=…）</translation>
    </message>
</context>
<context>
    <name>ConfidenceGauge</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="83"/>
        <source>Confidence gauge</source>
        <extracomment>The marker&apos;s triangle above the track: from its tip (2 px above the track) to its base. The least room between two threshold labels&apos; text, each side&apos;s padding included: 6 px read as touching. Colours of the zones between thresholds, most lenient first: red below 1e-3, greens above.</extracomment>
        <translation>置信度仪表</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="111"/>
        <source>No score</source>
        <translation>无分数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="114"/>
        <source>Confidence {value:.2f}</source>
        <translation>置信度 {value:.2f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="117"/>
        <source>threshold {level} ({odds}) {value:.2f}</source>
        <translation>阈值 {level}（{odds}）{value:.2f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="119"/>
        <source>; </source>
        <comment>between the readings of a gauge&apos;s description</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="200"/>
        <source>No score yet</source>
        <translation>尚无分数</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../faceid_console/ui/connection.py" line="162"/>
        <source>The built-in engine stopped. The console starts it again by itself: send again once the top bar says it is ready.</source>
        <extracomment>How often the window looks whether the built-in engine&apos;s process still runs (a non-blocking waitpid). A built-in engine that stops more often than this within ENGINE_RESTART_WINDOW_S is left stopped: starting it again would load the face model every few seconds for nothing. The outcome of a connection test (``check``), with the profile it was for and the opening of it (``opening``). The exit code of the built-in engine that ended last, while it is started again (None otherwise). A clock of the credentials changed from the window (Settings&apos; Store, Forget, a rename&apos;s move): each change moves it on, and the profile&apos;s name is stamped with it. No credential itself is kept here. The clock when the client&apos;s credentials were read (at or before): what was sent or checked with them. The number of the latest opening started: a test asked for belongs to one opening of its profile, not to the one after a switch away and back.</extracomment>
        <translation>内置引擎已停止。控制台会自动重新启动它：待顶栏显示已就绪后再次发送。</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="22"/>
        <source>Unexpected error</source>
        <extracomment>How many different reports one dialog lists: an error that keeps coming back with new words (a timer&apos;s, a paint&apos;s) is counted, not listed without end. Between two reports in the text to copy.</extracomment>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="29"/>
        <source>Something went wrong inside FaceID Console. Your inputs are kept and the window keeps working. If it happens again, copy this report (it contains no api_secret) and send it to support.</source>
        <extracomment>The different reports listed, in the order they came; ``more`` counts every error after the first.</extracomment>
        <translation>FaceID 控制台内部出现问题。您输入的内容已保留，窗口仍可继续使用。如果再次发生，请复制此报告（其中不含 api_secret）并发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="42"/>
        <source>Error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="46"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="65"/>
        <source>{count} more errors happened since. The report lists the first {listed} different errors.</source>
        <translation>此后又发生了 {count} 个错误。报告中只列出了前 {listed} 种不同的错误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="68"/>
        <source>1 more error happened since. The report lists each different error once.</source>
        <translation>此后又发生了 1 个错误。报告中每种不同的错误只列出一次。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="70"/>
        <source>{count} more errors happened since. The report lists each different error once.</source>
        <translation>此后又发生了 {count} 个错误。报告中每种不同的错误只列出一次。</translation>
    </message>
</context>
<context>
    <name>DecideBar</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="54"/>
        <source>Record a &amp;decision on this answer…</source>
        <extracomment>Plain Ctrl+D deletes a character in fields. The reviewer asked to decide on this History entry (the main window opens it in History). The History entry of the answer on show; None when nothing on show can be decided on. The decision recorded on it, once there is one. The entry of an answer taken off at a profile switch, and the decision recorded on it since.</extracomment>
        <translation>记录对此响应的审核决定(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="60"/>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="80"/>
        <source>Record a decision…</source>
        <translation>记录决定…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="63"/>
        <source>Approve, reject or escalate this answer, with a reason: opens it in History (Ctrl+Shift+D)</source>
        <translation>对此响应作出通过、拒绝或上报复核的决定（需附理由）：在“历史”中打开（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="98"/>
        <source>Change the decision…</source>
        <translation>更改决定…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="104"/>
        <source>Decided: {summary}</source>
        <translation>审核决定：{summary}</translation>
    </message>
</context>
<context>
    <name>DetailTexts</name>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="20"/>
        <source>cannot connect to {url}</source>
        <translation>无法连接到 {url}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="22"/>
        <source>timed out connecting to {url}</source>
        <translation>连接 {url} 超时</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="24"/>
        <source>no answer from {url} within {seconds} s</source>
        <translation>{url} 在 {seconds} 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="26"/>
        <source>cannot connect to {url} through the proxy</source>
        <translation>无法通过代理连接到 {url}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="28"/>
        <source>TLS failure with {url}: {kind}</source>
        <translation>与 {url} 的 TLS 连接失败：{kind}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="30"/>
        <source>cannot send to {url}: {kind}</source>
        <translation>无法向 {url} 发送：{kind}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="32"/>
        <source>the answer from {url} broke off after {received} of its {length} bytes</source>
        <translation>来自 {url} 的应答在收到其 {length} 字节中的 {received} 字节后中断</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="35"/>
        <source>the answer from {url} broke off: {kind}</source>
        <translation>来自 {url} 的应答中途中断：{kind}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="38"/>
        <source>the answer from {url} came, but its body could not be decoded as its Content-Encoding says ({encoding})</source>
        <translation>来自 {url} 的应答已到达，但其内容无法按其 Content-Encoding 所声明的方式（{encoding}）解码</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="41"/>
        <source>the connection to {url} was closed before the request was sent</source>
        <translation>与 {url} 的连接在请求发出之前已被关闭</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="44"/>
        <source>the connection to {url} was closed {seconds} s after the request was sent, before any answer</source>
        <translation>与 {url} 的连接在请求发出 {seconds} 秒后、应答到达之前被关闭</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="47"/>
        <source>{url} answered with something that is not HTTP: {answer}</source>
        <translation>{url} 的应答不是 HTTP：{answer}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="49"/>
        <source>the connection to {url} broke before an answer arrived</source>
        <translation>与 {url} 的连接在应答到达前中断</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="51"/>
        <source>the wait for the answer from {url} was given up</source>
        <translation>已放弃等待 {url} 的应答</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="53"/>
        <source>HTTP {status} with an HTML page: {snippet}</source>
        <translation>HTTP {status}，返回的是 HTML 网页：{snippet}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="55"/>
        <source>HTTP {status} with a body that is not JSON: {snippet}</source>
        <translation>HTTP {status}，返回的内容不是 JSON：{snippet}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="57"/>
        <source>HTTP {status} with an empty body</source>
        <translation>HTTP {status}，返回内容为空</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="59"/>
        <source>the answer is JSON but not an object</source>
        <translation>应答是 JSON，但不是对象</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="68"/>
        <source>response field {field} is missing</source>
        <translation>应答字段 {field} 缺失</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="70"/>
        <source>response field {field} is not an object</source>
        <translation>应答字段 {field} 不是对象</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="71"/>
        <source>response field {field} is not a list</source>
        <translation>应答字段 {field} 不是列表</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="73"/>
        <source>response field {field} is not a number</source>
        <translation>应答字段 {field} 不是数字</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="75"/>
        <source>response field {field} is not a finite number</source>
        <translation>应答字段 {field} 不是有限数值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="77"/>
        <source>response field {field} is not an integer</source>
        <translation>应答字段 {field} 不是整数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="79"/>
        <source>response field {field} is not a string</source>
        <translation>应答字段 {field} 不是字符串</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="81"/>
        <source>response field {field} is not a base64 data URL</source>
        <translation>应答字段 {field} 不是 base64 数据 URL</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="83"/>
        <source>response field {field} holds invalid base64</source>
        <translation>应答字段 {field} 含有无效的 base64 数据</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="85"/>
        <source>response field {field} is {value}, outside FaceID&apos;s range of 0 to 100</source>
        <translation>应答字段 {field} 的值为 {value}，超出 FaceID 的取值范围 0 到 100</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="88"/>
        <source>response field {field} is {value}, outside FaceID&apos;s range of 0 to 1</source>
        <translation>应答字段 {field} 的值为 {value}，超出 FaceID 的取值范围 0 到 1</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="91"/>
        <source>response field {field} is there, but was not asked for</source>
        <translation>应答字段 {field} 存在，但本次请求并未要求</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="93"/>
        <source>response field {field} is {value}, not the biz_id asked for</source>
        <translation>应答字段 {field} 为 {value}，不是所查询的 biz_id</translation>
    </message>
</context>
<context>
    <name>ErrorListTitles</name>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="923"/>
        <source>Call limit reached</source>
        <translation>调用量已达上限</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="924"/>
        <source>KYC not allowed</source>
        <translation>无 KYC 权限</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="925"/>
        <source>Compare not allowed</source>
        <translation>无比对权限</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="926"/>
        <source>api_key disabled</source>
        <translation>api_key 已停用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="927"/>
        <source>IP not allowed</source>
        <translation>IP 不允许</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="928"/>
        <source>Retry limit reached</source>
        <translation>重试已达上限</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="929"/>
        <source>Signature expired</source>
        <translation>签名已过期</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="930"/>
        <source>Signature invalid</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="936"/>
        <source>No such API</source>
        <translation>接口不存在</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="937"/>
        <source>Wrong key or secret</source>
        <translation>密钥错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="938"/>
        <source>Call not allowed</source>
        <translation>无权调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="939"/>
        <source>Too many at once</source>
        <translation>并发过多</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="940"/>
        <source>Connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="941"/>
        <source>Fetched or expired</source>
        <translation>已查询过或已过期</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="942"/>
        <source>Liveness data invalid</source>
        <translation>活体数据无效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="943"/>
        <source>Liveness data reused</source>
        <translation>活体数据已用过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="944"/>
        <source>Name mismatch</source>
        <translation>姓名不符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="945"/>
        <source>biz_no used before</source>
        <translation>biz_no 已用过</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="95"/>
        <source>Error</source>
        <extracomment>Refusals about a photo (the error names which one). Refusals about the applicant&apos;s identity data (KYC).</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="144"/>
        <source>Also to fix, each marked in the form:</source>
        <translation>还需修改以下几处（均已在表单中标出）：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="154"/>
        <source>The history cannot record this call: nothing was sent</source>
        <translation>历史记录无法保存此调用：请求未发出</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="156"/>
        <source>Check the input: nothing was sent</source>
        <translation>请检查输入：请求未发出</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="158"/>
        <source>The connection was closed before any answer</source>
        <translation>连接在应答之前被关闭</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="160"/>
        <source>The answer broke off part-way</source>
        <translation>应答中途中断</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="162"/>
        <source>The answer came but could not be decoded</source>
        <translation>应答已到达，但无法解码</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="164"/>
        <source>The address answers, but not in HTTP</source>
        <translation>该地址有应答，但不是 HTTP 应答</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="166"/>
        <source>The secure connection (HTTPS) failed</source>
        <translation>安全连接（HTTPS）失败</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="168"/>
        <source>The request did not reach the service</source>
        <translation>请求未送达服务器</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="170"/>
        <source>No answer from the service</source>
        <translation>服务器没有响应</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="172"/>
        <source>The answer is for another liveness session</source>
        <translation>此应答属于另一个活体会话</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="174"/>
        <source>The answer was not from FaceID</source>
        <translation>响应并非来自 FaceID</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="223"/>
        <source>{headline}.</source>
        <translation>{headline}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="123"/>
        <source>About: {what} (sent as {field})</source>
        <translation>涉及：{what}（以 {field} 发送）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="126"/>
        <source>About: {field}</source>
        <translation>涉及：{field}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="184"/>
        <source>FaceID could not use {photo}</source>
        <translation>FaceID 无法使用{photo}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="186"/>
        <source>FaceID could not use a photo</source>
        <translation>FaceID 无法使用一张照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="188"/>
        <source>FaceID could not check this identity</source>
        <translation>FaceID 无法核验此身份</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="190"/>
        <source>FaceID did not accept this profile&apos;s api_key or api_secret</source>
        <translation>FaceID 不接受此配置的 api_key 或 api_secret</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="194"/>
        <source>FaceID is busy for this api_key</source>
        <translation>此 api_key 的并发调用已达上限</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="196"/>
        <source>FaceID has no result to give</source>
        <translation>FaceID 没有可返回的结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="199"/>
        <source>The request was refused as too large on the way to FaceID</source>
        <translation>请求在通往 FaceID 的途中因过大被拒绝</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="201"/>
        <source>FaceID had an internal error</source>
        <translation>FaceID 内部出错</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="202"/>
        <source>FaceID refused the request</source>
        <translation>FaceID 拒绝了请求</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="907"/>
        <source>This test api_key has reached its call limit</source>
        <translation>此测试 api_key 的调用量已达上限</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="908"/>
        <source>This api_key may not run KYC checks</source>
        <translation>此 api_key 无权进行 KYC 验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="910"/>
        <source>This api_key may not run face comparisons</source>
        <translation>此 api_key 无权进行人脸比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="912"/>
        <source>This api_key has been disabled</source>
        <translation>此 api_key 已被停用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="913"/>
        <source>FaceID refuses calls from this IP address</source>
        <translation>FaceID 拒绝来自此 IP 地址的调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="914"/>
        <source>FaceID&apos;s limit of comparison retries is reached</source>
        <translation>比对重试次数已达 FaceID 的上限</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="916"/>
        <source>FaceID found the request&apos;s signature expired</source>
        <translation>FaceID 认为请求的签名已过期</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="917"/>
        <source>FaceID found the request&apos;s signature invalid</source>
        <translation>FaceID 认为请求的签名无效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="208"/>
        <source>This api_key is not allowed this call</source>
        <translation>此 api_key 无权进行此调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="128"/>
        <source>About: {what} ({field})</source>
        <translation>涉及：{what}（{field}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="133"/>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="215"/>
        <source>What to do: {step}</source>
        <translation>下一步：{step}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="141"/>
        <source>• {what}: {problem}</source>
        <translation>• {what}：{problem}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="147"/>
        <source>What to do: Correct each marked field and photo, then send again.</source>
        <translation>下一步：请修改所有标出的字段和照片，然后重新发送。</translation>
    </message>
</context>
<context>
    <name>ErrorTitles</name>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="951"/>
        <source>No such API at this address</source>
        <translation>此地址没有该接口</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="952"/>
        <source>Answer broke off</source>
        <translation>应答中断</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="953"/>
        <source>Answer not decodable</source>
        <translation>应答无法解码</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="954"/>
        <source>Wrong api_key or api_secret</source>
        <translation>api_key 或 api_secret 错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="955"/>
        <source>api_key not allowed this call</source>
        <translation>api_key 无权调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="956"/>
        <source>Input refused</source>
        <translation>参数被拒</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="957"/>
        <source>Too many calls at once</source>
        <translation>并发调用过多</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="958"/>
        <source>Connection closed, no answer</source>
        <translation>连接已关闭，无应答</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="959"/>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="960"/>
        <source>Result already fetched or expired</source>
        <translation>结果已查询过或已过期</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="961"/>
        <source>Data source failed</source>
        <translation>数据源故障</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="962"/>
        <source>Liveness data did not check</source>
        <translation>活体数据校验失败</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="963"/>
        <source>Liveness data used before</source>
        <translation>活体数据已被使用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="964"/>
        <source>Gateway error</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="965"/>
        <source>Name does not match the ID</source>
        <translation>姓名与证件号码不符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="966"/>
        <source>Photo not readable</source>
        <translation>照片无法解析</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="967"/>
        <source>FaceID internal error</source>
        <translation>FaceID 内部错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="968"/>
        <source>Unknown face_token</source>
        <translation>face_token 不存在</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="969"/>
        <source>ID number not valid</source>
        <translation>证件号码无效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="970"/>
        <source>Photo too large</source>
        <translation>照片过大</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="971"/>
        <source>Name not valid</source>
        <translation>姓名无效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="972"/>
        <source>Answer not FaceID&apos;s</source>
        <translation>响应不是 FaceID 的</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="973"/>
        <source>Face quality too low</source>
        <translation>人脸质量过低</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="974"/>
        <source>meglive_biz_no used before</source>
        <translation>meglive_biz_no 已被使用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="975"/>
        <source>Input missing</source>
        <translation>缺少参数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="976"/>
        <source>Several faces</source>
        <translation>多张人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="977"/>
        <source>No answer in time</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="978"/>
        <source>Not an HTTP service</source>
        <translation>不是 HTTP 服务</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="979"/>
        <source>No face found</source>
        <translation>未检测到人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="980"/>
        <source>ID number unknown</source>
        <translation>证件号码不存在</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="981"/>
        <source>No such result</source>
        <translation>结果不存在</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="982"/>
        <source>HTTPS failed</source>
        <translation>HTTPS 失败</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="983"/>
        <source>Request too large</source>
        <translation>请求过大</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="984"/>
        <source>Comparison failed</source>
        <translation>比对失败</translation>
    </message>
</context>
<context>
    <name>FaceOverlay</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="54"/>
        <source>Its quality, {quality:.1f}, reaches the face_quality_threshold sent ({threshold}).</source>
        <extracomment>The width of a face box&apos;s edge (a face the comparison did not use: thinner, dashed). How far a box&apos;s drawn edge reaches past its rectangle: half its pen, and a pixel of antialiasing. The room round a label&apos;s text, across and down.</extracomment>
        <translation>其质量为 {quality:.1f}，达到所发送的 face_quality_threshold（{threshold}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="57"/>
        <source>Its quality, {quality:.1f}, is below the face_quality_threshold sent ({threshold}).</source>
        <translation>其质量为 {quality:.1f}，低于所发送的 face_quality_threshold（{threshold}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="60"/>
        <source>The largest one&apos;s quality, {quality:.1f}, reaches the face_quality_threshold sent ({threshold}).</source>
        <translation>其中最大的一张质量为 {quality:.1f}，达到所发送的 face_quality_threshold（{threshold}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="64"/>
        <source>The largest one&apos;s quality, {quality:.1f}, is below the face_quality_threshold sent ({threshold}).</source>
        <translation>其中最大的一张质量为 {quality:.1f}，低于所发送的 face_quality_threshold（{threshold}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="76"/>
        <source>1 face found in the photo to compare.</source>
        <translation>在待比对照片中找到 1 张人脸。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="77"/>
        <source>{count} faces found in the photo to compare.</source>
        <translation>在待比对照片中找到 {count} 张人脸。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="79"/>
        <source>1 face found in the photo to check.</source>
        <translation>在待验证照片中找到 1 张人脸。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="80"/>
        <source>{count} faces found in the photo to check.</source>
        <translation>在待验证照片中找到 {count} 张人脸。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="185"/>
        <source>Photo with face boxes</source>
        <extracomment>The face_quality_threshold a refusal was about, which each face&apos;s quality is held to in place of its own quality_threshold (FaceID&apos;s suggestion); None: each face&apos;s own. How small the labels&apos; font may be made, of the widget&apos;s, for each label to fit whole on a photo narrower than the widest (1: never; the page then keeps the photo as wide as its widest label, as Verify does).</extracomment>
        <translation>带人脸框的照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="219"/>
        <source>No face boxes in the response</source>
        <translation>响应中没有人脸框</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="231"/>
        <source>Face {n}</source>
        <translation>人脸 {n}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="233"/>
        <source>compared</source>
        <translation>已比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="235"/>
        <source>quality {quality:.1f}</source>
        <translation>质量 {quality:.1f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="241"/>
        <source>turned {degrees}°</source>
        <translation>旋转 {degrees}°</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="287"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="287"/>
        <source>Loading the photo…</source>
        <translation>正在载入照片…</translation>
    </message>
</context>
<context>
    <name>FacePicture</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="193"/>
        <source>Loading…</source>
        <extracomment>Every picture&apos;s height: a face big enough to eyeball beside another; down to the least one where that puts the photos in fewer rows (one more reference beside the face, rather than under it). The face box grown this many times about its centre for its crop: the hair, ears and chin a reviewer compares too. The narrowest a tile goes in a column narrower than any tile (a picture made smaller, its caption wrapped). Between two tiles in a row, and between two rows. Between a tile&apos;s parameter name and its score, and between a picture and its caption. The focus frame&apos;s width, drawn over the picture&apos;s edge.</extracomment>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>FaceTile</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="288"/>
        <source>Open {photo} full size</source>
        <extracomment>The score&apos;s colour, as its score row has it; None: ``detail`` is a word on the face, not a score. Its picture&apos;s width over height. Its caption&apos;s width on one line: the photo&apos;s name, or its parameter and score. Its parameter and score&apos;s width on one line (they never wrap).</extracomment>
        <translation>以原始大小打开{photo}</translation>
    </message>
</context>
<context>
    <name>FacesSideBySide</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="465"/>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="484"/>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="491"/>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="500"/>
        <source>whole photo</source>
        <extracomment>The searches for the reference photos&apos; faces on show; cancelled with their answer, or with the part.</extracomment>
        <translation>整张照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="466"/>
        <source>The console is looking for the face in this photo (FaceID&apos;s answer has no face box for a reference photo); until then it is shown whole.</source>
        <translation>控制台正在此照片中查找人脸（FaceID 的响应中没有参考照片的人脸框）；找到之前显示整张照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="485"/>
        <source>The console&apos;s face finder could not run ({reason}), so this photo is shown whole.</source>
        <translation>控制台的人脸查找程序无法运行（{reason}），因此显示整张照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="492"/>
        <source>The console could not look for the face in this photo (an unexpected error, reported), so it is shown whole.</source>
        <translation>控制台无法在此照片中查找人脸（发生意外错误，已报告），因此显示整张照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="501"/>
        <source>The console&apos;s own face detector found no face in this photo, so it is shown whole (FaceID&apos;s answer has no face box for a reference photo).</source>
        <translation>控制台自带的人脸检测未在此照片中找到人脸，因此显示整张照片（FaceID 的响应中没有参考照片的人脸框）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="504"/>
        <source>face found by the console</source>
        <translation>控制台检测到的人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="505"/>
        <source>Found by the console&apos;s own face detector, not by FaceID: FaceID&apos;s answer has no face box for a reference photo. FaceID compares a reference photo&apos;s largest face, usually this one.</source>
        <translation>由控制台自带的人脸检测找到，而非 FaceID：FaceID 的响应中没有参考照片的人脸框。FaceID 比对参考照片中最大的人脸，通常就是这一张。</translation>
    </message>
</context>
<context>
    <name>FittingLabels</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/fitting_labels.py" line="47"/>
        <source>Copy</source>
        <extracomment>The width either label asks for, in average characters: enough to show a name&apos;s start and end. A wrapped text&apos;s last line with fewer characters than this (spaces aside) is stranded: &quot;一）。&quot; under a verdict, or &quot;it.&quot; in English. The line before gives it more. How many widths&apos; heights a WrapAnywhereLabel keeps: the few a layout tries for one width of its column. Brackets whose phrase a stranded end is taken down with whole (&quot;（十万分之一）。&quot;, not &quot;一）。&quot;).</extracomment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>GenuinenessGauges</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="144"/>
        <source>Face genuineness</source>
        <translation>人脸真实性</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="21"/>
        <source>Synthetic face</source>
        <translation>合成人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="22"/>
        <source>Mask</source>
        <translation>面具</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="23"/>
        <source>Screen replay</source>
        <translation>屏幕翻拍</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="31"/>
        <source>face replaced</source>
        <translation>换脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="54"/>
        <source>Face replaced: yes — the face was swapped during the session. Treat as an attack.</source>
        <translation>换脸：是——会话过程中检测到换脸，请按攻击处理。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="56"/>
        <source>Face replaced: no</source>
        <translation>换脸：否</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="41"/>
        <source>{confidence} / {threshold} · incomplete</source>
        <translation>{confidence} / {threshold} · 数据不全</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="44"/>
        <source>{confidence} ≥ {threshold} · suspected</source>
        <translation>{confidence} ≥ {threshold} · 疑似攻击</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="46"/>
        <source>{confidence} &lt; {threshold} · not suspected</source>
        <translation>{confidence} &lt; {threshold} · 未发现攻击</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="181"/>
        <source>the answer lacks the confidence or the threshold, so this check cannot be read</source>
        <translation>响应缺少置信度或阈值，无法判读此项检查</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="183"/>
        <source>it reaches the threshold: an attack is suspected</source>
        <translation>已达到阈值：疑似攻击</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="185"/>
        <source>it is below the threshold: no attack suspected</source>
        <translation>低于阈值：未发现攻击</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="186"/>
        <source>{check}: confidence {confidence} against its threshold {threshold}; {verdict}.</source>
        <translation>{check}：置信度 {confidence}，其阈值 {threshold}；{verdict}。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="304"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="305"/>
        <source>Outcome</source>
        <translation>调用状态</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="307"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="308"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="307"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="306"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="306"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="307"/>
        <location filename="../../faceid_console/ui/models/history_model.py" line="398"/>
        <location filename="../../faceid_console/ui/models/history_model.py" line="416"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="306"/>
        <source>Decision</source>
        <translation>审核决定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="304"/>
        <source>Time ({zone})</source>
        <extracomment>The database did not answer a read (why, in the driver&apos;s words); the rows loaded before stay. The zone times are shown in, as set now (the reviewer may change it while the list is on show). The calls this window sent: their pending entries are awaited, not of unknown outcome. Of the entries listed, those sent again: the entry that did (read with each screenful). A first screenful is on its way: no more rows of the list shown are asked for meanwhile. Why the last read failed, until one succeeds (a page built while the database is down reads it). What was asked for once a first screenful is listed, by reads superseded before they were answered too.</extracomment>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="328"/>
        <source>Face comparison only: the liveness check suspects an attack, so this score does not show that the applicant is genuine.</source>
        <translation>仅为人脸比对分数：活体检测疑似攻击，此分数不能说明申请人是真人本人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="334"/>
        <source>Sent from this window, which is waiting for FaceID&apos;s answer: the entry shows it as soon as it is recorded. Do not send it again meanwhile.</source>
        <translation>由本窗口发送，正在等待 FaceID 的应答：应答一经记录即显示在此条目中。在此期间请勿再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="336"/>
        <source>Sent from another console, which has not recorded an answer yet and may still be waiting for it. Do not send it again meanwhile; reload the history later to see its answer.</source>
        <translation>由另一台控制台发送，该控制台尚未记录应答，可能仍在等待。在此期间请勿再次发送；请稍后重新加载历史记录以查看其应答。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="340"/>
        <source>No answer from FaceID was recorded for this call; it was sent again as entry {entry}, whose answer is the one to decide on.</source>
        <translation>此调用没有记录到 FaceID 的应答；它已重新发送为条目 {entry}，请根据该条目的应答作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="345"/>
        <source>No answer from FaceID was recorded ({error}). FaceID may have answered this look-up and given it the result, which it gives only once; it is not sent again unless you choose to.</source>
        <translation>没有记录到 FaceID 的应答（{error}）。FaceID 可能已应答此次查询并给出了结果，而结果只给出一次；除非您主动选择重新发送，否则不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="348"/>
        <source>The console ended before an answer was recorded. FaceID may have answered this look-up and given it the result, which it gives only once; it is not sent again unless you choose to.</source>
        <translation>控制台在记录响应之前已结束。FaceID 可能已应答此次查询并给出了结果，而结果只给出一次；除非您主动选择重新发送，否则不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="353"/>
        <source>No answer from FaceID was recorded ({error}). The call may have been processed and billed; it is not sent again unless you choose to.</source>
        <translation>没有记录到 FaceID 的应答（{error}）。该调用可能已被处理并计费；除非您主动选择重新发送，否则不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="356"/>
        <source>The console ended before an answer was recorded. The call may have been processed and billed; it is not sent again unless you choose to.</source>
        <translation>控制台在记录响应之前已结束。该调用可能已被处理并计费；除非您主动选择重新发送，否则不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="409"/>
        <source>Sent, waiting for the answer</source>
        <translation>已发送，等待应答</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="411"/>
        <source>Sent, no answer recorded yet</source>
        <translation>已发送，尚未记录应答</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="413"/>
        <source>Outcome unknown, resent as entry {entry}</source>
        <translation>结果未知，已重新发送为条目 {entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="415"/>
        <source>Outcome unknown, not resent</source>
        <translation>结果未知，未重新发送</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="441"/>
        <source>Web token</source>
        <translation>网页令牌</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="398"/>
        <location filename="../../faceid_console/ui/models/history_model.py" line="416"/>
        <source>Answered</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="87"/>
        <source>Verify</source>
        <extracomment>The columns&apos; names, in their order (the window&apos;s state keeps widths and sort by name). The verdicts an entry records, in the order the Verdict filter offers them (and the column sorts them by). ``DatabaseWork.run``&apos;s shape: (purpose, work, done, failed) -&gt; answered already.</extracomment>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="88"/>
        <source>Liveness result</source>
        <translation>活体结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="89"/>
        <source>SDK biz token</source>
        <translation>SDK biz_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="90"/>
        <source>Web liveness token</source>
        <translation>网页活体令牌</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="91"/>
        <source>Callback check</source>
        <translation>回调检查</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="445"/>
        <source>History entries</source>
        <translation>历史记录列表</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="595"/>
        <source>Search names, ID numbers, uuids, ids…</source>
        <translation>搜索姓名、证件号码、uuid、各类 id…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="599"/>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="600"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="626"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="626"/>
        <source>All calls</source>
        <translation>全部调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="628"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="628"/>
        <source>Any verdict</source>
        <translation>全部判定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="766"/>
        <source>Decision</source>
        <translation>审核决定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="632"/>
        <source>Any decision</source>
        <translation>全部审核决定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="634"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="634"/>
        <source>All profiles</source>
        <translation>全部配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="645"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="646"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="671"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1308"/>
        <source>Nothing to decide: this error says nothing about the applicant. Do what its “What to do” says, send the call again, and decide on its answer.</source>
        <translation>无需决定：此错误与申请人本身无关。请按其“下一步”处理后重新发送该调用，再根据其应答作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1508"/>
        <location filename="../../faceid_console/ui/report.py" line="671"/>
        <source>Signature not checked when it arrived (no api_secret for profile {profile}): this data is unverified.</source>
        <translation>收到时未校验签名（配置 {profile} 没有 api_secret）：这些数据未经验证。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1610"/>
        <source>The history database does not answer: {reason}. What is shown may be out of date, and nothing you chose is lost. Press {key} to ask it again.</source>
        <translation>历史数据库没有响应：{reason}。当前显示的内容可能已过时，您所做的选择不会丢失。按 {key} 重新查询。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1627"/>
        <source>The history is not available</source>
        <translation>历史记录不可用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1628"/>
        <source>The history database does not answer (see the notice above). Nothing is lost: the list comes back when it answers.</source>
        <translation>历史数据库没有响应（见上方提示）。没有任何内容丢失：数据库恢复响应后列表会重新出现。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1632"/>
        <source>Choose an entry in the list; search or filter above to find one.</source>
        <translation>在列表中选择一条记录；可在上方搜索或筛选。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="799"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="401"/>
        <source>History database problem</source>
        <extracomment>The window-state key of the folder a report or an export was last saved to (photos have their own). The window-state keys of the list&apos;s column widths and sort, and of the list&apos;s share of the page. How often the window purges by the retention setting while it runs: once a day. The days the date filter spans until the reviewer sets its first day. The photos face boxes are drawn on: a verify&apos;s photo to check, a liveness session&apos;s best frame. A verify&apos;s reference photos, as sent (renumbered in order, so ``image_ref2`` is ``result_ref2``&apos;s). A decision was recorded: the entry, and the decision (``Decision``, worded by ``decision_summary``). Today in the zone times are shown in (by default the setting&apos;s): asked again on each refresh, as the window may stay open past midnight. The zone setting the page&apos;s times and days were last put in (a change re-reads the days asked for). The date bounds the reviewer has set; the others follow today. The window&apos;s remembered state (the folder of the last report or export); None: remembered while open. Whether that verdict differs from the recorded one by a rule the console reads answers by since, not by the policy level (no level gives the recorded verdict under today&apos;s rules). The entry that sent the open one again (its outcome unknown), as read with it; None if none did. The current decision the reviewer is shown (its id; None: undecided): a decision recorded from the form supersedes that one only, never one another reviewer made meanwhile without being asked. That decision itself, said in the Decision box (None: undecided, or no entry shown). The entry last chosen: the one shown, or the one on its way from a slow database. Every read and write of the history: on a worker thread, so a database that goes silent never holds the window (its answer is shown at once when it comes within ``database_wait_ms``, by default ``database_work.WAIT_MS``). The team&apos;s configured reasons, read when the page opens or refreshes (the decision form offers those that fit the chosen decision). A call this window sent has ended (told from the thread that sent it): its entry. Photos decoded, and a report, an export or a purge written: off the GUI thread. A report, an export or a purge: one at a time, their buttons off meanwhile. The open entry&apos;s photos being decoded (a newer entry cancels it), and the last entry&apos;s pictures (shown again at once when it is: after a refresh, a decision, a return to the page; let go of once an entry without pictures is shown). A purge is running: decisions wait (SQLite would hold them behind its write lock). The console&apos;s own purge by the setting in force is running (``keep_retention``); decisions need not wait: it deletes what is past its time, in moments. The console&apos;s own purge, once a day while the window runs (started by ``keep_retention``). The selection is being put back on the entry shown (its replacement could not be read). A decision is being recorded: the button stays off until the database has answered. The retention setting has been read into the footer (Apply stores what the footer shows). A purge count is on its way: the retention boxes wait with it (what is purged is what they show).</extracomment>
        <translation>历史数据库问题</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="596"/>
        <source>Search: a name or uuid from its start, an ID number whole or its last four, biz_no, biz_id or request_id whole, or an entry by its number (#8); names and uuids in any case</source>
        <translation>搜索：姓名或 uuid 从开头匹配；证件号码完整或其后四位；biz_no、biz_id 或 request_id 完整匹配；或按编号查找记录（#8）；姓名和 uuid 不区分大小写</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="605"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="799"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="800"/>
        <source>Escalate</source>
        <translation>上报复核</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="805"/>
        <source>&amp;Decision:</source>
        <translation>审核决定(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="807"/>
        <source>Choose a reason</source>
        <translation>请选择理由</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="811"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="813"/>
        <source>Optional note</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="815"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="818"/>
        <source>Choose a decision and a reason first</source>
        <translation>请先选择决定和理由</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="826"/>
        <source>Decision trail</source>
        <translation>决定记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="829"/>
        <source>Trail:</source>
        <translation>决定记录：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="889"/>
        <source>Retention</source>
        <translation>保留设置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="894"/>
        <source>Photos kept</source>
        <translation>照片保留方式</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="895"/>
        <source>Full photos</source>
        <translation>完整照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="896"/>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="897"/>
        <source>Fingerprints only</source>
        <translation>仅保留指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="903"/>
        <source>Photos purged after (days)</source>
        <translation>照片保留天数（之后清除）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="904"/>
        <source>Records purged after (days)</source>
        <translation>记录保留天数（之后清除）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="906"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="908"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="909"/>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="920"/>
        <source>photos kept:</source>
        <translation>照片保留：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="922"/>
        <source>records kept:</source>
        <translation>记录保留：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="881"/>
        <source>Last report, export or purge</source>
        <extracomment>The bar of the report or export being written, shown in its button&apos;s place; the retention&apos;s bar while a purge is made; None: nothing is written.</extracomment>
        <translation>最近一次报告、导出或清除</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="408"/>
        <source>Waiting for the history database to answer… The page stays usable; what it shows is from before.</source>
        <translation>正在等待历史数据库响应…页面仍可使用；当前显示的是之前的内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="816"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1748"/>
        <source>Re&amp;cord decision</source>
        <translation>记录决定(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="832"/>
        <source>Save PDF rep&amp;ort…</source>
        <translation>保存 PDF 报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="868"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="898"/>
        <source>Retention:</source>
        <translation>照片保留方式：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="907"/>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="913"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1486"/>
        <source>The console stopped before this call&apos;s answer was recorded: FaceID may have answered, and billed it. Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</source>
        <translation>控制台在记录此调用的响应之前停止：FaceID 可能已经响应并计费。除非操作员重新发送（“faceid-console history resend”），否则不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1400"/>
        <source>Web liveness token issued</source>
        <translation>已签发网页活体令牌</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1401"/>
        <source>SDK biz_token issued</source>
        <translation>已签发 SDK biz_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1387"/>
        <source>A token starts a liveness session and has no score or verdict of its own: the session&apos;s answer is its own entry (Liveness result, or Callback check).</source>
        <translation>令牌用于开始一次活体会话，本身没有分数或判定：会话的结果是另一条记录（活体结果或回调检查）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="633"/>
        <source>Undecided</source>
        <translation>待决定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="791"/>
        <source>F&amp;ind the entry that fetched it</source>
        <translation>查找获取该结果的记录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="804"/>
        <source>Choose a decision</source>
        <translation>请选择审核决定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="854"/>
        <source>Billed calls</source>
        <translation>计费调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="864"/>
        <source>Export &amp;unmasked (audited)</source>
        <extracomment>The week&apos;s days per profile, and the window that shows them (built when first asked for).</extracomment>
        <translation>导出未脱敏数据（记入审计）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="632"/>
        <source>Decision filter</source>
        <translation>审核决定筛选</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="683"/>
        <source>this computer&apos;s time zone ({offset})</source>
        <translation>本机时区（{offset}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="688"/>
        <source>Fro&amp;m ({zone})</source>
        <translation>从(&amp;M)（{zone}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="690"/>
        <source>First day shown ({zone})</source>
        <translation>显示的起始日期（{zone}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="691"/>
        <source>Last day shown ({zone})</source>
        <translation>显示的结束日期（{zone}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="692"/>
        <source>Whole days in {zone}, as the Time column: from the start of the first day to the end of the last</source>
        <translation>按{zone}的整日计算，与“时间”列一致：从首日零点到末日结束</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="700"/>
        <source>Billed calls of each of the last {days} {zone} days, per profile</source>
        <translation>近 {days} 个 {zone} 日每日各配置的计费调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="704"/>
        <source>Billed calls per {zone} day</source>
        <translation>按 {zone} 日的计费调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="705"/>
        <source>Billed calls per {zone} day and profile</source>
        <translation>按 {zone} 日和配置的计费调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="856"/>
        <source>Per da&amp;y…</source>
        <translation>按日明细(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="865"/>
        <source>Names, ID numbers and uuids are exported whole, not masked; the export is recorded in the audit log with your name.</source>
        <translation>姓名、证件号码和 uuid 将完整导出，不做脱敏；此次导出会以您的名字记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="945"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1089"/>
        <source>No entry in History holds the result of biz_id {biz_id}: it was fetched elsewhere (another computer or another history), or it is more than a day old. Start a new liveness session and decide on its result.</source>
        <translation>“历史”中没有记录保存 biz_id {biz_id} 的结果：它是在别处获取的（另一台电脑或另一个历史库），或已超过一天。请发起新的活体会话，并根据其结果作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1268"/>
        <source>Nothing to decide: FaceID refused to issue a token because of what was sent about the applicant ({error}), so no liveness session started. Correct the photo or details it names and ask for a token again; decide on that session&apos;s answer.</source>
        <translation>无需决定：FaceID 因所发送的申请人信息拒绝签发令牌（{error}），因此没有开始活体会话。请更正它指出的照片或信息，重新申请令牌；再根据该会话的结果作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1273"/>
        <source>Nothing to decide: a token only starts a liveness session and says nothing about the applicant. Decide on the session&apos;s answer, an entry of its own (Liveness result, or Callback check).</source>
        <translation>无需决定：令牌只用于开始一次活体会话，与申请人本身无关。请根据会话的结果（另一条记录：活体结果或回调检查）作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1278"/>
        <source>Nothing to decide yet: this call is waiting for FaceID&apos;s answer. It is shown here as soon as it is recorded; decide on it then.</source>
        <translation>暂无需决定：此调用正在等待 FaceID 的应答。应答一经记录即显示在此处，届时再作决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1281"/>
        <source>Nothing to decide yet: no answer is recorded for this call, and the console that sent it may still be waiting for it. Press {key} later to read it again; decide once its answer is in.</source>
        <translation>暂无需决定：此调用尚未记录应答，发送它的控制台可能仍在等待。请稍后按 {key} 重新读取；待应答到达后再作决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1285"/>
        <source>Nothing to decide: no answer was recorded for this call. It was sent again as entry {entry}: decide on that entry&apos;s answer.</source>
        <translation>无需决定：此调用没有记录到应答。它已重新发送为条目 {entry}：请根据该条目的应答作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1288"/>
        <source>Nothing to decide: no answer was recorded for this call. Decide on the answer of the call once it is sent again.</source>
        <translation>无需决定：此调用没有记录到应答。请在重新发送后，根据其应答作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1291"/>
        <source>Nothing to decide: this callback&apos;s signature is invalid (its data was changed, or signed with another api_secret), and its data could not be read. Do not trust it: ask for the session&apos;s result (Liveness result) and decide on its answer.</source>
        <translation>无需决定：此回调的签名无效（数据被篡改，或用其他 api_secret 签名），且其数据无法读取。请勿信任它：请获取该会话的结果（活体结果）并根据其应答作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1295"/>
        <source>Nothing to decide: this callback could not be read as a result. Ask for the session&apos;s result (Liveness result) and decide on its answer.</source>
        <translation>无需决定：此回调无法读取为结果。请获取该会话的结果（活体结果）并根据其应答作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1299"/>
        <source>Nothing to decide: FaceID has no result for this biz_id (a mistyped biz_id, a session made with another api_key, or a result more than a day old). Sending it again will not help: start a new liveness session and decide on its result.</source>
        <translation>无需决定：FaceID 没有此 biz_id 的结果（biz_id 输入有误、会话由其他 api_key 创建，或结果已超过一天）。重新发送也无济于事：请发起新的活体会话，并根据其结果作出决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1303"/>
        <source>Nothing to decide: FaceID gives a session&apos;s result only once, and this one was fetched before (or is more than a day old). Sending it again will not help: find the entry that fetched it (search History for its biz_id) and decide on that one; if there is none, start a new liveness session.</source>
        <translation>无需决定：FaceID 对每个会话的结果只返回一次，此结果之前已被获取（或已超过一天）。重新发送也无济于事：请找到获取该结果的条目（在历史中搜索其 biz_id），并据此作出决定；若没有该条目，请发起新的活体会话。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1356"/>
        <source>Entry {id} · {kind} · {time} {zone} · profile {profile} · operator {operator} · biz_id {biz_id}</source>
        <translation>条目 {id} · {kind} · {time} {zone} · 配置 {profile} · 操作员 {operator} · biz_id {biz_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1358"/>
        <source>Entry {id} · {kind} · {time} {zone} · profile {profile} · operator {operator}</source>
        <translation>条目 {id} · {kind} · {time} {zone} · 配置 {profile} · 操作员 {operator}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1362"/>
        <source>uuid {uuid}</source>
        <translation>uuid {uuid}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1364"/>
        <source>Applicant: {applicant}</source>
        <translation>申请人：{applicant}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1379"/>
        <source>Outcome unknown, resent as entry {entry}</source>
        <translation>结果未知，已重新发送为条目 {entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1381"/>
        <source>It was sent again as entry {entry}: its answer is there.</source>
        <translation>它已重新发送为条目 {entry}：应答见该条目。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1394"/>
        <source>biz_token: {biz_token}</source>
        <translation>biz_token：{biz_token}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1395"/>
        <source>token: {token}</source>
        <translation>token：{token}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1436"/>
        <source>This callback cannot be read as a result</source>
        <translation>此回调无法读取为结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1437"/>
        <source>Look the session&apos;s result up in Liveness results by its biz_id and decide on that; to see this callback whole, paste its raw JSON (Details) into the Callback inspector.</source>
        <translation>请在“活体结果”中按 biz_id 查询该会话的结果，并据此作出决定；如需查看完整回调，请将其原始 JSON（详情）粘贴到“回调检查器”中。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1457"/>
        <source>Resend of {entry}</source>
        <translation>重新发送自{entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1459"/>
        <source>Resent as {entry}</source>
        <translation>已重新发送为{entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1472"/>
        <source>This window sent this call and is waiting for FaceID&apos;s answer, which is shown here as soon as it is recorded. Do not send it again meanwhile.</source>
        <translation>本窗口已发送此调用，正在等待 FaceID 的应答，应答一经记录即显示在此处。在此期间请勿再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1474"/>
        <source>Another console sent this call and has not recorded an answer yet: it may still be waiting for it. Do not send it again meanwhile; press {key} later to read the entry again.</source>
        <translation>另一台控制台发送了此调用，尚未记录应答：它可能仍在等待。在此期间请勿再次发送；请稍后按 {key} 重新读取此条目。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1482"/>
        <source>The console stopped before this look-up&apos;s answer was recorded: FaceID may have answered it and given it the result, which it gives only once. Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</source>
        <translation>控制台在记录此次查询的响应之前停止：FaceID 可能已应答并给出了结果，而结果只给出一次。除非操作员重新发送（“faceid-console history resend”），否则不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1492"/>
        <source>Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</source>
        <translation>除非操作员重新发送（“faceid-console history resend”），否则不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1504"/>
        <location filename="../../faceid_console/ui/report.py" line="675"/>
        <source>✔ Signature valid when it arrived (profile {profile}): this data came from FaceID unchanged.</source>
        <translation>✔ 收到时配置“{profile}”的签名有效：这些数据来自 FaceID，未被改动。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1506"/>
        <location filename="../../faceid_console/ui/report.py" line="678"/>
        <source>✘ Signature INVALID when it arrived (profile {profile}): the data was changed, or signed with another api_secret. Do not trust it.</source>
        <translation>✘ 收到时配置“{profile}”的签名无效：数据被改动过，或用其他 api_secret 签名。请勿信任。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1624"/>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1625"/>
        <source>The history database has not answered yet; the list appears as soon as it does.</source>
        <translation>历史数据库尚未响应；一有响应，列表即会显示。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1634"/>
        <source>No calls recorded yet</source>
        <translation>尚无调用记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1635"/>
        <source>Every call made from this window or the command line is recorded here before it is sent.</source>
        <translation>在本窗口或命令行中发起的每次调用，都会在发送前记录在这里。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1638"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1641"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1646"/>
        <source>No entry matches</source>
        <translation>没有匹配的记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1639"/>
        <source>The date range ends before it starts: set “to” on or after “from”.</source>
        <translation>日期范围的结束早于开始：请把“至”设为不早于“从”的日期。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1642"/>
        <source>Nothing recorded matches the search and filters above: change or clear them. Names and uuids match from their start; an ID number whole or its last four; biz_no, biz_id and request_id whole; an entry by its number after # (#8). Case does not matter.</source>
        <translation>没有记录符合上方的搜索和筛选条件：请修改或清除它们。姓名和 uuid 从开头匹配；证件号码需完整或为后四位；biz_no、biz_id 和 request_id 需完整；记录可按 # 加编号查找（#8）。不区分大小写。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1647"/>
        <source>Nothing recorded matches the search and filters above: change or clear them.</source>
        <translation>没有记录符合上方的搜索和筛选条件：请修改或清除它们。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1665"/>
        <source>{time} {zone} · {operator} · {decision} ({state}) · {reason}</source>
        <translation>{time} {zone} · {operator} · {decision}（{state}）· {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1688"/>
        <source>Recorded as “{recorded}” when it was answered; at today&apos;s policy level ({level}) it reads “{today}”, as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>收到响应时记录为“{recorded}”；按当前策略等级（{level}）判读为“{today}”，即下方所示。请先确认您的审核流程要求以哪一个为准，再做决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1692"/>
        <source>Recorded as “{recorded}” when it was answered, before the console read a failed spoken consent (will_result) as deciding the session; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>收到响应时记录为“{recorded}”，当时控制台尚未将意愿确认（will_result）未通过视为决定会话结果；现在判读为“{today}”（策略等级 {level}），即下方所示。请先确认您的审核流程要求以哪一个为准，再做决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1697"/>
        <source>Recorded as “{recorded}” when it was answered, before the console read an error in the comparison (verify_result) as a failed comparison; it reads “{today}” now, as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>收到响应时记录为“{recorded}”，当时控制台尚未将比对（verify_result）中的错误视为比对失败；现在判读为“{today}”，即下方所示。请先确认您的审核流程要求以哪一个为准，再做决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1702"/>
        <source>Recorded as “{recorded}” when it was answered, before the console read a match on an ID number used in attacks (id_exceptions.id_attacked) as needing review; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>收到响应时记录为“{recorded}”，当时控制台尚未将曾被用于攻击的证件号码（id_exceptions.id_attacked）上的匹配视为需人工复核；现在判读为“{today}”（策略等级 {level}），即下方所示。请先确认您的审核流程要求以哪一个为准，再做决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1707"/>
        <source>Recorded as “{recorded}” when it was answered, before the console weighed the scores of the ID card photographed (result_idcard_photo, result_idcard_datasource); it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>收到响应时记录为“{recorded}”，当时控制台尚未考虑所拍摄身份证的分数（result_idcard_photo、result_idcard_datasource）；现在判读为“{today}”（策略等级 {level}），即下方所示。请先确认您的审核流程要求以哪一个为准，再做决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1712"/>
        <source>Recorded as “{recorded}” when it was answered, by the rules the console read answers by then; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>收到响应时按控制台当时的判读规则记录为“{recorded}”；现在判读为“{today}”（策略等级 {level}），即下方所示。请先确认您的审核流程要求以哪一个为准，再做决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1717"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1756"/>
        <source>no verdict</source>
        <translation>无判定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1722"/>
        <source>{title} ({code})</source>
        <translation>{title}（{code}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1727"/>
        <source>Entry {id}: {verdict}</source>
        <translation>条目 {id}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1729"/>
        <source>Entry {id}: {verdict}, confidence {confidence:.2f}</source>
        <translation>条目 {id}：{verdict}，置信度 {confidence:.2f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1732"/>
        <source>Deciding on entry {id}: {verdict}</source>
        <translation>正在审核条目 {id}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1734"/>
        <source>Deciding on entry {id}: {verdict}, confidence {confidence:.2f}</source>
        <translation>正在审核条目 {id}：{verdict}，置信度 {confidence:.2f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1750"/>
        <source>Decided: {summary}</source>
        <translation>审核决定：{summary}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1752"/>
        <source>&amp;Change the decision</source>
        <translation>更改决定(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1759"/>
        <source>{recorded} when answered, {today} as the console reads it now</source>
        <translation>收到响应时为{recorded}，按控制台现在的判读为{today}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1760"/>
        <source>{recorded} when answered, {today} at today&apos;s policy level</source>
        <translation>收到响应时为{recorded}，按当前策略等级为{today}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1763"/>
        <source>Approve against the verdict?</source>
        <translation>与判定不符，仍要通过吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1764"/>
        <source>The console&apos;s verdict for entry {id} is: {verdict}.

Approve it anyway? The decision, its reason and your note go into the audit trail.</source>
        <translation>控制台对条目 {id} 的判定为：{verdict}。

仍要审核通过吗？该决定、理由和备注都会写入审计记录。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1824"/>
        <source>Not approved: nothing was recorded.</source>
        <translation>已取消通过：未记录任何决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1834"/>
        <source>Nothing was recorded: a purge started meanwhile. Record it again once it is done.</source>
        <translation>未记录任何内容：期间开始了一次清除。请在清除完成后再次记录。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1889"/>
        <source>Nothing was recorded: {operator} decided entry {id} meanwhile (see the trail). Decide again if yours still stands.</source>
        <translation>未记录任何内容：{operator} 在此期间已对条目 {id} 作出决定（见决定记录）。如您的决定仍然成立，请重新决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1900"/>
        <source>Decided meanwhile</source>
        <translation>已有他人决定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1901"/>
        <source>Another reviewer decided on entry {id} after it was shown to you:

{theirs}{note}

Record your decision ({yours}) anyway? It supersedes theirs; both stay in the trail.</source>
        <translation>在条目 {id} 显示给您之后，另一位审核员已作出决定：

{theirs}{note}

仍要记录您的决定（{yours}）吗？它将取代对方的决定；两者都保留在记录中。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2026"/>
        <source>Records cannot be purged before their photos: keep records at least as long as photos, or for ever.</source>
        <translation>记录不能早于其照片被清除：请让记录保留得至少与照片一样久，或设为永久。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2088"/>
        <source>Retention saved; {summary}.</source>
        <translation>保留设置已保存；{summary}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2092"/>
        <source>Retention may not have been applied: {reason}. The setting and its purge are saved together or not at all; apply it again when the history database answers.</source>
        <translation>保留设置可能未应用：{reason}。保留设置与其清除要么一起保存，要么都不保存；请在历史数据库恢复响应后再次应用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2097"/>
        <source>Retention not changed and nothing purged: the history database refused the purge ({reason}). Tell whoever looks after the history database; the setting in force is unchanged.</source>
        <translation>保留设置未更改，也未清除任何内容：历史数据库拒绝了清除（{reason}）。请告知历史数据库的管理员；现行设置保持不变。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2104"/>
        <source>Retention saved; {summary}, but {left} are still kept whole: the history database did not answer or refused their reduction ({reason}). Press Apply again to reduce them, or the next automatic purge will.</source>
        <translation>保留设置已保存；{summary}，但仍有{left}保持完整：历史数据库没有响应或拒绝了缩减（{reason}）。再按“应用”即可缩减，否则下次自动清除时会缩减。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2122"/>
        <source>{images} and {records} purged</source>
        <translation>已清除{images}和{records}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2125"/>
        <source>{images} and {records} purged; {reduced} reduced to thumbnails</source>
        <translation>已清除{images}和{records}；{reduced}已缩减为缩略图</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2127"/>
        <source>{images} and {records} purged; {reduced} reduced to fingerprints (SHA-256)</source>
        <translation>已清除{images}和{records}；{reduced}已缩减为指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2166"/>
        <source>Retention applied automatically (the setting in force): {summary}, but {left} are still kept whole: the history database did not answer or refused their reduction ({reason}). They are reduced at the next automatic purge, in a day, or press Apply to purge now.</source>
        <translation>已自动应用保留设置（现行设置）：{summary}，但仍有{left}保持完整：历史数据库没有响应或拒绝了缩减（{reason}）。将在一天后的下次自动清除时缩减，或按“应用”立即清除。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2175"/>
        <source>The automatic retention purge did not run: the history database did not answer or refused it ({reason}). Nothing was purged; it is tried again in a day, or press Apply to purge now.</source>
        <translation>自动保留清除未能执行：历史数据库没有响应或拒绝了清除（{reason}）。未清除任何内容；将在一天后重试，或按“应用”立即清除。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2184"/>
        <source>Retention applied automatically (the setting in force): {summary}.</source>
        <translation>已自动应用保留设置（现行设置）：{summary}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2204"/>
        <source>Applying this retention deletes {records}, with their decisions, and {images}, for ever, and keeps only a thumbnail of {reduced} kept whole until now (the full photos are deleted for ever). Exports made before keep their copies.

Purge now?</source>
        <translation>应用此保留设置将永久删除{records}（连同其决定）和{images}，并将此前完整保留的{reduced}仅保留缩略图（完整照片将被永久删除）。此前的导出文件仍保留其副本。

立即清除？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2208"/>
        <source>Applying this retention deletes {records}, with their decisions, and {images}, for ever, and keeps only the fingerprint (SHA-256) of {reduced} kept until now (the photos and thumbnails are deleted for ever). Exports made before keep their copies.

Purge now?</source>
        <translation>应用此保留设置将永久删除{records}（连同其决定）和{images}，并将此前保留的{reduced}仅保留指纹（SHA-256）（照片和缩略图将被永久删除）。此前的导出文件仍保留其副本。

立即清除？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2249"/>
        <source>Nothing was written: the history database refused it ({reason}). Try again; if it is refused again, tell whoever looks after the history database.</source>
        <translation>未写入任何内容：历史数据库拒绝了该操作（{reason}）。请重试；如再次被拒绝，请告知历史数据库的管理员。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2388"/>
        <source>Billed: {total} in the last {days} {zone} days ({profiles})</source>
        <translation>计费：近 {days} 个 {zone} 日共 {total} 次（{profiles}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1931"/>
        <source>Saving the report to {path}…</source>
        <translation>正在将报告保存到 {path}…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1933"/>
        <source>The report was not saved to {path}: {reason}. Choose another folder or file name.</source>
        <translation>报告未保存到 {path}：{reason}。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1968"/>
        <source>{count} entry exported to {path}.</source>
        <translation>已导出 {count} 条记录到 {path}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1974"/>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1975"/>
        <source>Nothing was exported to {path}: {reason}. Choose another folder or file name; a file already there is unchanged.</source>
        <translation>未导出到 {path}：{reason}。请选择其他文件夹或文件名；该位置原有的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1980"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1980"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2386"/>
        <source>{profile}: {count}</source>
        <translation>{profile}：{count}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2386"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2398"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1954"/>
        <source>{file} already exists.
Do you want to replace it?</source>
        <translation>{file} 已存在。
要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2073"/>
        <source>Retention not changed: the setting shown changed while the purge was counted. Press Apply again.</source>
        <translation>保留设置未更改：统计待清除数量期间，显示的设置已被修改。请再次点击“应用”。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2077"/>
        <source>Retention not changed: nothing was purged.</source>
        <translation>保留设置未更改：没有清除任何内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2110"/>
        <source>Saving retention and purging…</source>
        <translation>正在保存保留设置并清除…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2189"/>
        <source>1 photo</source>
        <translation>1 张照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2189"/>
        <source>{count} photos</source>
        <translation>{count} 张照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2192"/>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2192"/>
        <source>{count} records</source>
        <translation>{count} 条记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2212"/>
        <source>Purge the history?</source>
        <translation>清除历史记录？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2254"/>
        <source>A report, an export or a purge is still running; try again when it is done.</source>
        <translation>报告、导出或清除仍在进行中；完成后请重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1631"/>
        <source>No entry chosen</source>
        <translation>未选择记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1384"/>
        <source>Outcome unknown, not resent</source>
        <translation>结果未知，未重新发送</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1664"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1664"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1870"/>
        <source>The decision may not have been recorded: the history database did not answer. Your choice is kept: press {key} to see the trail, and record it again if it is not there.</source>
        <translation>审核决定可能未记录：历史数据库没有响应。您的选择已保留：按 {key} 查看决定记录，如其中没有，请再次记录。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1862"/>
        <source>The decision was not recorded: the entry or the reason chosen is no longer in the history (purged, or the reasons were changed). The page is reloaded: check the entry and decide again.</source>
        <translation>审核决定未记录：该条目或所选理由已不在历史中（已被清除，或理由列表已更改）。页面已重新载入：请核对记录后重新决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1846"/>
        <source>Decision recorded for entry {id}.</source>
        <translation>已为条目 {id} 保存决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1019"/>
        <source>{decision} by {operator} at {when} · {reason}</source>
        <translation>{decision}，由 {operator} 于 {when} 记录 · {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1932"/>
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1939"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1947"/>
        <source>Save PDF report</source>
        <translation>保存 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1941"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1969"/>
        <source>{count} entries exported to {path}.</source>
        <translation>已导出 {count} 条记录到 {path}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1981"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1987"/>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1992"/>
        <source>Export full ID numbers?</source>
        <translation>导出完整证件号码？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1993"/>
        <source>The file will hold full ID numbers, names and uuids. This export is written to the audit log with your name.</source>
        <translation>该文件将包含完整的证件号码、姓名和 uuid。此次导出将以您的名义记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2201"/>
        <source>Applying this retention deletes {records}, with their decisions, and {images}, for ever. Exports made before keep their copies.

Purge now?</source>
        <translation>应用此保留设置将永久删除 {records}（连同其审核决定）和 {images}。此前导出的文件仍保留其副本。

现在清除吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2243"/>
        <source>Nothing was written: the history database did not answer ({reason}). Try again once it answers.</source>
        <translation>未写入任何内容：历史数据库没有响应（{reason}）。请在其恢复响应后重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2384"/>
        <source>No billed calls in the last {days} days.</source>
        <translation>最近 {days} 天没有计费调用。</translation>
    </message>
</context>
<context>
    <name>HistoryPageHost</name>
    <message>
        <location filename="../../faceid_console/ui/pages/history_host.py" line="123"/>
        <location filename="../../faceid_console/ui/pages/history_host.py" line="145"/>
        <source>Opening the history…</source>
        <extracomment>The entries the list shows at the least: at the window&apos;s least size it showed one. The rows of controls around the list at the page&apos;s narrowest, none taller than its tallest control: the search, the filters and the dates above it; the billed calls and the retention&apos;s two halves under it. The filters side by side under the search, each at least this many characters wide: the page&apos;s widest row. The page&apos;s ``decided``, once the page is there. The store has opened and the page is built, or the opening failed (said on the page). What was asked of the page before it existed (a search, an entry to decide on); done once it is. What was asked of the page while out of sight (a search, an entry to decide on); done once it is shown, in place of reading again the entry it showed.</extracomment>
        <translation>正在打开历史记录…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_host.py" line="233"/>
        <source>The history cannot be opened: {reason}</source>
        <translation>无法打开历史记录：{reason}</translation>
    </message>
</context>
<context>
    <name>ImageGallery</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="98"/>
        <source>{name}
(loading…)</source>
        <translation>{name}
（载入中…）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="99"/>
        <source>{name}
(not loaded)</source>
        <translation>{name}
（未载入）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="137"/>
        <source>not a readable image</source>
        <translation>不是可读取的图片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="140"/>
        <source>{name}
(unreadable)</source>
        <translation>{name}
（无法读取）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="152"/>
        <source>Open {name} full size</source>
        <translation>以原始大小打开 {name}</translation>
    </message>
</context>
<context>
    <name>InputTexts</name>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="20"/>
        <source>Enter the ID number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="22"/>
        <source>The ID number must be 17 digits followed by a digit or X.</source>
        <translation>证件号码应为 17 位数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="24"/>
        <source>The ID number must have 18 characters; it has {n}.</source>
        <translation>证件号码应为 18 位；现在是 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="26"/>
        <source>The check digit (last character) does not match: look for a typo.</source>
        <translation>校验位（最后一位）不符：请检查是否有输入错误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="29"/>
        <source>The region code or birth date in this ID number does not exist: look for a typo.</source>
        <translation>此证件号码中的地区代码或出生日期不存在：请检查是否有输入错误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="32"/>
        <source>The birth date in this ID number is in the future: look for a typo.</source>
        <translation>此证件号码中的出生日期晚于今天：请检查是否有输入错误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="35"/>
        <source>This is not a valid ID number.</source>
        <translation>这不是有效的证件号码。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="37"/>
        <source>Enter the name as printed on the ID card.</source>
        <translation>请输入与身份证上一致的姓名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="39"/>
        <source>The name has {n} characters; at most {max} are allowed.</source>
        <translation>姓名有 {n} 个字符；最多允许 {max} 个。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="43"/>
        <source>The name contains {character} ({codepoint}) at position {position}: delete it, or type an ordinary space if the ID card has one there.</source>
        <translation>姓名第 {position} 个字符是{character}（{codepoint}）：请删除它；如果身份证上此处有空格，请改为普通空格。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="48"/>
        <source>The name contains {character} ({codepoint}) at position {position}: delete it, or type the character printed on the ID card there.</source>
        <translation>姓名第 {position} 个字符是{character}（{codepoint}）：请删除它，或改为身份证上此处印的字。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="52"/>
        <source>Enter the uuid: your own id for this applicant.</source>
        <translation>请输入 uuid：您为此申请人设定的编号。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="55"/>
        <source>The uuid contains a control or invisible character ({codepoint} at position {position}); type it again.</source>
        <translation>uuid 中含有控制字符或不可见字符（第 {position} 个字符，{codepoint}）；请重新输入。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="59"/>
        <source>The uuid is {n} bytes long; at most {max} bytes are allowed.</source>
        <translation>uuid 长 {n} 字节；最多允许 {max} 字节。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="62"/>
        <source>Face comparison needs at least reference photo 1.</source>
        <translation>人脸比对至少需要参考照片 1。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="64"/>
        <source>Choose the photo to check.</source>
        <translation>请选择待验证照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="67"/>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="69"/>
        <source>this is not an image file, or its format is not supported.</source>
        <translation>这不是图片文件，或其格式不受支持。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="71"/>
        <source>the image has more than 89 megapixels, too many for a photo: save a smaller copy of it and choose that.</source>
        <translation>图片超过 8900 万像素，对照片而言像素过多：请另存一份较小的副本并选择它。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="75"/>
        <source>the image is {width}×{height} pixels, more than {limit} megapixels: too many for a photo. Save a smaller copy of it and choose that.</source>
        <translation>图片为 {width}×{height} 像素，超过 {limit}00 万像素，对照片而言像素过多。请另存一份较小的副本并选择它。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="78"/>
        <source>{kind} images are not accepted; use JPEG, PNG, BMP, WebP or TIFF.</source>
        <translation>不接受 {kind} 图片；请使用 JPEG、PNG、BMP、WebP 或 TIFF。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="80"/>
        <source>the file is truncated or damaged.</source>
        <translation>文件不完整或已损坏。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="82"/>
        <source>the file is cut off: only part of the picture is there.</source>
        <translation>文件不完整：只有图片的一部分。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="84"/>
        <source>the photo cannot be made small enough to send ({reason}).</source>
        <translation>无法将照片压缩到可发送的大小（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="86"/>
        <source>{name} is {mb} MB: too large to be a photo.</source>
        <translation>{name} 大小为 {mb} MB，超出照片的合理大小。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="88"/>
        <source>{name} is over {mb} MB: too large to be a photo.</source>
        <translation>{name} 大于 {mb} MB，超出照片的合理大小。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="91"/>
        <source>there is no such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="93"/>
        <source>{path} is not a usable file name.</source>
        <translation>{path} 不是可用的文件名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="95"/>
        <source>the link points to no file: {path}</source>
        <translation>该链接指向的文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="97"/>
        <source>you have no permission to read {path}.</source>
        <translation>您没有读取 {path} 的权限。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="99"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="101"/>
        <source>{path} is a folder, not a photo.</source>
        <translation>{path} 是文件夹，不是照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="103"/>
        <source>{path} is a device, not a photo file.</source>
        <translation>{path} 是设备，不是照片文件。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="105"/>
        <source>{path} is a pipe, not a photo file.</source>
        <translation>{path} 是管道，不是照片文件。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="107"/>
        <source>{path} is a socket, not a photo file.</source>
        <translation>{path} 是套接字，不是照片文件。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="109"/>
        <source>{path} is a special file, not a photo file.</source>
        <translation>{path} 是特殊文件，不是照片文件。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="112"/>
        <source>Choose reference photo 1 before photos 2 and 3.</source>
        <translation>请先选择参考照片 1，再选择参考照片 2 和 3。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="114"/>
        <source>Choose reference photo 2 before photo 3.</source>
        <translation>请先选择参考照片 2，再选择参考照片 3。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="116"/>
        <source>Choose reference photo 1 before photo 2.</source>
        <translation>请先选择参考照片 1，再选择参考照片 2。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="118"/>
        <source>fail_when_ref_multiple_faces needs at least one reference photo.</source>
        <translation>fail_when_ref_multiple_faces 至少需要一张参考照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="120"/>
        <source>uuid is for face comparison (comparison_type=0), not KYC.</source>
        <translation>uuid 仅用于人脸比对（comparison_type=0），不用于 KYC 验证。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="122"/>
        <source>{field} is for KYC (comparison_type=1), not face comparison.</source>
        <translation>{field} 仅用于 KYC 验证（comparison_type=1），不用于人脸比对。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="124"/>
        <source>{field} is not used with comparison_type=-1 (liveness only: no face is compared).</source>
        <translation>comparison_type=-1（只做活体，不比对人脸）时不使用 {field}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="127"/>
        <source>comparison_type -1 (liveness only) is for get_token; {call_name} takes 0 or 1.</source>
        <translation>comparison_type -1（只做活体）仅用于 get_token；{call_name} 只接受 0 或 1。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="130"/>
        <source>{field} applies only when liveness_type is {kinds}.</source>
        <translation>{field} 仅在 liveness_type 为 {kinds} 时适用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="132"/>
        <source>biz_id must not contain spaces.</source>
        <translation>biz_id 不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="134"/>
        <source>A biz_id has no control or invisible characters: type it again, or paste the return_url.</source>
        <translation>biz_id 不含控制字符或不可见字符：请重新输入，或粘贴 return_url。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="137"/>
        <source>This is {size} characters long, too long for a biz_id, which is a few dozen characters (1462259748,52b13fb5-…): check what was pasted, or paste the return_url.</source>
        <translation>长度为 {size} 个字符，对 biz_id 来说太长了，biz_id 只有几十个字符（如 1462259748,52b13fb5-…）：请检查粘贴的内容，或粘贴 return_url。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="141"/>
        <source>get_image_type must be 0, 1 or 2.</source>
        <translation>get_image_type 必须是 0、1 或 2。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="143"/>
        <source>{field} must be an http(s) URL.</source>
        <translation>{field} 必须是 http(s) 网址。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="145"/>
        <source>{field} must be between {lo} and {hi}; it is {value}.</source>
        <translation>{field} 必须在 {lo} 到 {hi} 之间；当前为 {value}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="147"/>
        <source>{field} is longer than {limit} bytes.</source>
        <translation>{field} 超过 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="149"/>
        <source>{field} is required.</source>
        <translation>请填写 {field}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="151"/>
        <source>{field} is empty.</source>
        <translation>{field} 为空。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="154"/>
        <source>Enter the api_key.</source>
        <translation>请输入 api_key。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="156"/>
        <source>Enter the api_secret.</source>
        <translation>请输入 api_secret。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="158"/>
        <source>{field} must be an http(s) URL such as {example}</source>
        <translation>{field} 必须是 http(s) 网址，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="160"/>
        <source>{field} must not contain a user name or password.</source>
        <translation>{field} 不能包含用户名或密码。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="162"/>
        <source>{field} must not have a query (?) or fragment (#).</source>
        <translation>{field} 不能包含查询参数（?）或片段（#）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="164"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="166"/>
        <source>{host} is not a valid host name: check for a typo.</source>
        <translation>{host} 不是有效的主机名：请检查是否有输入错误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="169"/>
        <source>Plain HTTP is only allowed to this machine, named without a final dot (localhost, 127.0.0.1); {host} needs https://.</source>
        <translation>仅允许对本机使用明文 HTTP，且主机名末尾不带点（如 localhost、127.0.0.1）；{host} 须使用 https://。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="173"/>
        <source>Plain HTTP is only allowed to this machine; use https:// for {host}.</source>
        <translation>仅允许对本机使用明文 HTTP；请对 {host} 使用 https://。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="177"/>
        <source>The system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then try again.</source>
        <translation>系统密钥环不可用（{detail}）。请启动 gnome-keyring 或 KWallet 等 Secret Service 后重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="181"/>
        <source>No system keyring was found. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then try again.</source>
        <translation>未找到系统密钥环。请安装并启动 gnome-keyring 或 KWallet 等 Secret Service（macOS 和 Windows 上为系统自带的钥匙串），然后重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="185"/>
        <source>No system keyring: {backend} keeps api_secrets in a file or nowhere, so FaceID Console does not use it. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then try again.</source>
        <translation>没有系统密钥环：{backend} 把 api_secret 存在文件里或根本不保存，因此 FaceID Console 不使用它。请安装并启动 gnome-keyring 或 KWallet 等 Secret Service（macOS 和 Windows 上为系统自带的钥匙串），然后重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="190"/>
        <source>The system keyring refused ({detail}). Unlock the keyring when it asks, then try again.</source>
        <translation>系统密钥环拒绝了操作（{detail}）。请在提示时解锁密钥环，然后重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="199"/>
        <source>a non-breaking space</source>
        <translation>不换行空格</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="200"/>
        <source>a full-width space</source>
        <translation>全角空格</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="201"/>
        <source>a special space</source>
        <translation>特殊空格</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="202"/>
        <source>a tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="203"/>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="204"/>
        <source>a text-direction mark</source>
        <translation>文字方向控制符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="205"/>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="206"/>
        <source>an invisible formatting character</source>
        <translation>不可见的格式字符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="207"/>
        <source>a private-use character</source>
        <translation>私用区字符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="208"/>
        <source>an unassigned character</source>
        <translation>未分配的字符</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="209"/>
        <source>a byte that is not UTF-8</source>
        <translation>非 UTF-8 字节</translation>
    </message>
</context>
<context>
    <name>LivenessResultsPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="150"/>
        <source>biz_id, or the whole return_url</source>
        <extracomment>Characters a biz_id (&quot;1462259748,52b13fb5-…&quot;) never holds but a URL or its query does. A return_url without its scheme (a host, then its path, query or fragment), or its query alone (&quot;a=b&amp;biz_id=…&quot;). The message of input holding a URL&apos;s characters that is not shaped as one (&quot;&apos; OR 1=1 --&quot;). A biz_id as FaceID gives them (get_result&apos;s documented example, 47 characters): the field is as wide as one. Emitted after each answer (result or error) has been shown. Emitted with a biz_id whose result the service no longer gives: the History page shows it if kept. The reviewer asked to decide on the result on show: its History entry (the main window opens it there). The result last shown, with its decoded images (to put it back after a switch away and back). The profile the error on show came from: an error is about the calls of its own profile. The profile the result on show came from: a session is its own account&apos;s, as Verify&apos;s answer is.</extracomment>
        <translation>biz_id，或完整的 return_url</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="151"/>
        <source>biz_id or return_url</source>
        <translation>biz_id 或 return_url</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="155"/>
        <source>&amp;biz_id:</source>
        <translation>biz_id(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="167"/>
        <source>0 — no images (the service&apos;s default)</source>
        <translation>0 — 不返回图像（服务的默认值）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="168"/>
        <source>0 — no images (default)</source>
        <translation>0 — 不返回图像（默认）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="169"/>
        <source>1 — the best frame (image_best)</source>
        <translation>1 — 最佳帧（image_best）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="169"/>
        <source>1 — the best frame</source>
        <translation>1 — 最佳帧</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="171"/>
        <source>2 — the best frame and the action frames (image_action*)</source>
        <translation>2 — 最佳帧和动作帧（image_action*）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="172"/>
        <source>2 — best and action frames</source>
        <translation>2 — 最佳帧和动作帧</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="174"/>
        <source>&amp;Images (get_image_type):</source>
        <translation>图片（get_image_type）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="176"/>
        <source>FaceID returns no images unless asked (0 is its default). The console asks for the best frame: the result is given only once, so images not asked for now cannot be fetched later.</source>
        <translation>除非请求，FaceID 不返回图像（默认值为 0）。本控制台请求最佳帧：结果只给出一次，此时未请求的图像以后无法再取回。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="183"/>
        <source>⚠ The service returns a session&apos;s result only once, and only within a day of the session. The answer is saved in the history before it is shown, so it can be read again there.</source>
        <translation>⚠ 服务对每个会话的结果只返回一次，且仅在会话后一天内有效。结果在显示前先保存到历史记录，之后可在那里再次查看。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="189"/>
        <source>Fetch the &amp;result</source>
        <translation>获取结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="191"/>
        <source>Fetch the liveness result</source>
        <translation>获取活体结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="219"/>
        <source>&amp;Open the saved result in History</source>
        <translation>在“历史”中打开已保存的结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="232"/>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="281"/>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="417"/>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="233"/>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="418"/>
        <source>Enter a session&apos;s biz_id, or paste its return_url, and press Enter.</source>
        <translation>输入会话的 biz_id，或粘贴其 return_url，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="281"/>
        <source>Press Enter to fetch this session&apos;s result.</source>
        <translation>按 Enter 获取此会话的结果。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="304"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="312"/>
        <source>Looked up biz_id {biz_id} (from the pasted return URL)</source>
        <translation>已查询 biz_id {biz_id}（取自粘贴的 return URL）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="313"/>
        <source>Looked up biz_id {biz_id}</source>
        <translation>已查询 biz_id {biz_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="320"/>
        <source>This URL has no biz_id parameter: paste the return_url the applicant&apos;s browser landed on, or type the biz_id.</source>
        <translation>此 URL 没有 biz_id 参数：请粘贴申请人浏览器最终打开的 return_url，或直接输入 biz_id。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="323"/>
        <source>Enter the biz_id, or paste the return_url.</source>
        <translation>请输入 biz_id，或粘贴 return_url。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="325"/>
        <source>This is not a biz_id: a biz_id looks like 1462259748,52b13fb5-… with no spaces. Or paste the whole return_url.</source>
        <translation>这不是 biz_id：biz_id 形如 1462259748,52b13fb5-…，不含空格。也可粘贴完整的 return_url。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="328"/>
        <source>A biz_id has no spaces: check that it was copied whole.</source>
        <translation>biz_id 不应包含空格：请检查是否完整复制。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="335"/>
        <source>Waiting for FaceID… (the answer is saved, then shown)</source>
        <translation>正在等待 FaceID…（结果先保存，再显示）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="363"/>
        <source>Saved in the history.</source>
        <translation>已保存到历史记录。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="380"/>
        <source>Liveness result received and saved — {headline}</source>
        <translation>已收到并保存活体结果——{headline}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="406"/>
        <source>No liveness result — {reason}</source>
        <translation>没有活体结果——{reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="391"/>
        <source>Not billed: fetching a result is free. But only the first fetch gets it: if FaceID answered this one, the result is used up.</source>
        <translation>不计费：获取结果是免费的。但只有第一次获取能拿到结果：如果 FaceID 已应答这一次，结果就已用掉。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="393"/>
        <source>Fetch it again. If FaceID answers that there is no such result, the answer that did not arrive took it: look for the session&apos;s callback in History (it carries the same result), or start a new session.</source>
        <translation>再获取一次。如果 FaceID 回答没有该结果，说明未送达的那次应答已把它取走（每个结果只返回一次）：请在“历史”中查找该会话的回调（它带有相同的结果），或发起新的会话。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="461"/>
        <source>No result from this profile yet</source>
        <translation>尚无来自此配置的结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="462"/>
        <source>The last result came from profile {profile} and is kept in History.</source>
        <translation>上一个结果来自配置 {profile}，已保存在“历史”中。</translation>
    </message>
</context>
<context>
    <name>LivenessSessionPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="349"/>
        <source>Compare the applicant&apos;s face with</source>
        <extracomment>A callback&apos;s identity for repeats: the profile that checked it, how its signature checked, its fingerprint. Callbacks whose repeats are recognised (their fingerprints, a few dozen bytes each): far more than are listed, so a retry is known as one after the first has scrolled off the list; the oldest are forgotten past this. Where it was posted: &quot;notify_url&quot; (the service) or &quot;return_url&quot; (the applicant&apos;s browser). Which field of its data is malformed (worded by ``malformed_text``), when the data is JSON but not as the documents give a session&apos;s result; its signature is checked all the same. The profile whose api_secret checked it: the one in the top bar when it came, or the one that started its session here when that one&apos;s secret matched. History keeps it under this profile. ``CallbackBody.fingerprint`` of its data and sign (&quot;&quot; for a post that is no callback). When it is the same callback as one received before (same data, same sign, checked alike): when and where that one came. It is listed as a repeat of that one, not as a new result, and not kept in History again. When that api_secret was read (``Connection.credentials_read_at``): once its profile&apos;s credentials are stored anew or forgotten, it is no longer that profile&apos;s, and the callback is not listed again after a switch. Callbacks listed on the page, newest first; older ones are in History (a body can be megabytes). Emitted after get_token&apos;s answer (token or error) has been shown. A received callback was checked and listed. The reviewer wants this biz_id looked up (Liveness results page). The reviewer wants this callback body in the inspector. A first receipt&apos;s History write ended (from the writer&apos;s thread): its key, and whether it was kept. Opens the applicant&apos;s link; replaceable so tests never start a browser. The profile whose api_secret checked the callbacks listed, as it was then (None: none listed). Each other profile&apos;s callbacks, off the list while another is in use (those listed before the switch, and those of its sessions that came after it), with the row chosen: listed again when it is back. The api_secret of each profile that started a session here (in memory only): a callback of that session that comes after a switch is checked with it and kept in History under that profile. The profile the note under the receiver&apos;s address is about (callbacks of it kept in History, not listed). When and where each callback was first received, by the profile that checked it, how its signature checked and its fingerprint: a repeat of one is listed as such, and History keeps the first alone. A repeat that came while its first&apos;s History write was on its way: written instead, should that one fail. The profile the error on show came from: an error is about the calls of its own profile. The profile whose account made the link on show: its session and callbacks are that account&apos;s.</extracomment>
        <translation>将申请人的人脸与以下对象比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="378"/>
        <source>your own id for this applicant</source>
        <translation>您为此申请人设定的编号</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="553"/>
        <source>Reference photos (image_ref1 is required for face comparison)</source>
        <translation>参考照片（人脸比对必须提供 image_ref1）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="395"/>
        <source>Reference photo {n}</source>
        <translation>参考照片 {n}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="419"/>
        <source>your order number (at most 128 bytes)</source>
        <translation>您的业务流水号（不超过 128 字节）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="423"/>
        <source>returned unchanged in the callbacks</source>
        <translation>在回调中原样返回</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="373"/>
        <source>&amp;Name (idcard_name):</source>
        <translation>姓名（idcard_name）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="351"/>
        <source>the identity data source (&amp;KYC): name and ID number</source>
        <translation>身份数据源（KYC）：姓名和证件号码(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="352"/>
        <source>your o&amp;wn reference photos: uuid and photos</source>
        <translation>您自己的参考照片：uuid 和照片(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="354"/>
        <source>nothing: the liveness check only (no co&amp;mparison)</source>
        <translation>不比对：只做活体检测（&amp;M）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="376"/>
        <source>I&amp;D number (idcard_number):</source>
        <translation>证件号码（idcard_number）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="380"/>
        <source>&amp;uuid:</source>
        <translation>uuid(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="402"/>
        <source>Receive the call&amp;back in this window (built-in engine)</source>
        <translation>在本窗口接收回调（内置引擎）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="409"/>
        <source>&amp;return_url:</source>
        <translation>return_url(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="413"/>
        <source>notif&amp;y_url:</source>
        <translation>notify_url(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="421"/>
        <source>bi&amp;z_no:</source>
        <translation>biz_no（业务流水号）(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="425"/>
        <source>biz_e&amp;xtra_data:</source>
        <translation>biz_extra_data(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="433"/>
        <source>&amp;Start the session</source>
        <translation>开始会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="458"/>
        <source>The applicant&apos;s link</source>
        <translation>申请人的链接</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="462"/>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="656"/>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="787"/>
        <source>No session started yet.</source>
        <translation>尚未开始会话。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="477"/>
        <source>&amp;Open in the browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="480"/>
        <source>&amp;Copy the link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="489"/>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="512"/>
        <source>Callbacks received</source>
        <translation>已收到的回调</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="518"/>
        <source>&amp;Look up the result</source>
        <translation>查询结果(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="521"/>
        <source>&amp;Inspect the callback</source>
        <translation>在回调检查器中打开(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="549"/>
        <source>Reference photos (not used: with the liveness check only, no face is compared)</source>
        <translation>参考照片（不使用：只做活体检测，不比对人脸）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="551"/>
        <source>Reference photos (optional with KYC)</source>
        <translation>参考照片（KYC 时可选）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="591"/>
        <source>The console listens at the address below and passes it as notify_url: a finished sandbox session shows up here by itself, its signature checked.</source>
        <translation>控制台在下方地址监听，并将其作为 notify_url 传出：沙盒会话完成后会自动显示在这里，签名已校验。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="595"/>
        <source>Callbacks are received here only with the built-in engine. With the cloud, FaceID posts them to your own server: paste one into the Callback inspector.</source>
        <translation>只有使用内置引擎时才会在这里接收回调。使用云服务时，FaceID 会把回调发到您自己的服务器：请将其粘贴到“回调检查器”。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="611"/>
        <source>FaceID posts callbacks only to ports {ports}: none will come to port {port} of this notify_url. The session can still be started; to receive its callback, give an address on one of those ports.</source>
        <translation>FaceID 只向端口 {ports} 发送回调：此 notify_url 的端口 {port} 收不到回调。会话仍可开始；要接收回调，请改用这些端口之一上的地址。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="641"/>
        <source>Put the first reference photo in Reference photo 1.</source>
        <translation>请把第一张参考照片放在“参考照片 1”。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="668"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="678"/>
        <source>Waiting for FaceID…</source>
        <translation>正在等待 FaceID…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="714"/>
        <source>The last session&apos;s link was made by profile {profile}, for that profile&apos;s account only: its callbacks are not received under this profile. Its token is kept in History.</source>
        <translation>上一个会话链接由配置 {profile} 生成，仅属于该配置的账户：在当前配置下不会接收它的回调。它的 token 已保存在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="764"/>
        <source>Session started. The applicant opens this link (once; when it expires is unknown):
{url}</source>
        <translation>会话已开始。申请人打开此链接（仅限一次；何时过期未知）：
{url}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="740"/>
        <source>The answer&apos;s expired_time, {value}, is not a time within a day of this workstation&apos;s clock, so it is not shown as a date: it may be in milliseconds rather than seconds, or one of the two clocks is far off.</source>
        <translation>应答中的 expired_time（{value}）与本工作站时钟相差超过一天，因此不显示为日期：它可能以毫秒而非秒为单位，或两边的时钟之一偏差很大。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="743"/>
        <source>Liveness session started; the link is ready, but when it expires is unknown.</source>
        <translation>活体会话已开始，链接已就绪，但何时过期未知。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="770"/>
        <source>Session started. The applicant opens this link (valid until {expires}, once):
{url}</source>
        <translation>会话已开始。申请人打开此链接（有效期至 {expires}，仅限一次）：
{url}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="789"/>
        <source>No session started — {reason}</source>
        <translation>未开始会话——{reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="936"/>
        <source>A callback of profile {profile} came at {time} {zone}, after the switch: checked with that profile&apos;s api_secret and kept in History under that profile, not listed here (biz_id {biz_id}).</source>
        <translation>切换后于 {time} {zone} 收到配置 {profile} 的回调：已用该配置的 api_secret 校验，并保存在“历史”中该配置名下，未在此列出（biz_id {biz_id}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="991"/>
        <source>{time} · {signature} · repeat of the callback received at {first} {zone} via {first_via}, not a new result
biz_id {biz_id}</source>
        <translation>{time} · {signature} · 与 {first} {zone} 经 {first_via} 收到的回调相同（重复），不是新的结果
biz_id {biz_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="737"/>
        <source>Liveness session started; the link is ready.</source>
        <translation>活体会话已开始，链接已就绪。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="746"/>
        <source>That time is already past by this workstation&apos;s clock: this workstation&apos;s clock or the service&apos;s is wrong, and the link is likely dead. Check this computer&apos;s date and time; if it is right, start a new session.</source>
        <translation>按本工作站的时钟，这个时间已经过去：本工作站或服务端的时钟有误，此链接很可能已失效。请检查本电脑的日期和时间；若无误，请开始新的会话。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="749"/>
        <source>Liveness session started, but its link has expired already by this workstation&apos;s clock: check the clock.</source>
        <translation>活体会话已开始，但按本工作站的时钟其链接已过期：请检查时钟。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="897"/>
        <source>The callbacks received under profile {profile} were checked with that profile&apos;s api_secret: they are off this list, and kept in History under that profile.</source>
        <translation>在配置 {profile} 下收到的回调已用该配置的 api_secret 校验：它们已从此列表移除，保存在“历史”中该配置名下。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="986"/>
        <source>{time} · not a callback: {problem}</source>
        <translation>{time} · 不是回调：{problem}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="987"/>
        <source>signature valid</source>
        <translation>签名有效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="987"/>
        <source>SIGNATURE INVALID</source>
        <translation>✘ 签名无效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="988"/>
        <source>signature not checked (no secret)</source>
        <translation>未校验签名（无密钥）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="997"/>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1001"/>
        <source>{time} · {signature} · {problem}
biz_id {biz_id}</source>
        <translation>{time} · {signature} · {problem}
biz_id {biz_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1013"/>
        <source>ATTACK SUSPECTED: {checks} (the liveness check itself passed)</source>
        <translation>⚠ 疑似攻击：{checks}（活体检测本身已通过）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1016"/>
        <source>liveness passed; spoken consent failed</source>
        <translation>活体通过；意愿确认未通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1018"/>
        <source>liveness passed; comparison failed: {code}</source>
        <translation>活体通过；比对失败：{code}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1020"/>
        <source>liveness passed; comparison against the ID card&apos;s photo: {verdict}</source>
        <translation>活体通过；与身份证照片比对：{verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1021"/>
        <source>liveness passed; comparison: {verdict}</source>
        <translation>活体通过；比对：{verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1023"/>
        <source>liveness passed</source>
        <translation>活体通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1024"/>
        <source>liveness failed</source>
        <translation>活体未通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1026"/>
        <source>no liveness result</source>
        <translation>无活体结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1028"/>
        <source>claims, unverified: {claim}</source>
        <translation>声称（未经验证）：{claim}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1031"/>
        <source>{time} · {signature} · {outcome}
biz_id {biz_id} · biz_no {biz_no}</source>
        <translation>{time} · {signature} · {outcome}
biz_id {biz_id} · biz_no {biz_no}</translation>
    </message>
</context>
<context>
    <name>LivenessView</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="148"/>
        <source>Face genuineness (attack checks)</source>
        <translation>人脸真实性（攻击检测）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="154"/>
        <source>Comparison (verify_result)</source>
        <translation>比对（verify_result）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="222"/>
        <source>Returned images (click to open full size)</source>
        <translation>返回的图片（点击查看原图）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="228"/>
        <source>ID card recognition (idcard_info)</source>
        <translation>身份证识别（idcard_info）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="231"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="231"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="236"/>
        <source>Spoken consent (will_result)</source>
        <translation>意愿确认（will_result）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="195"/>
        <source>Whole answer as JSON (images and long values shortened)</source>
        <translation>完整响应 JSON（图片数据及过长的值已省略）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="215"/>
        <source>Raw JSON of the answer</source>
        <translation>响应的原始 JSON</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="133"/>
        <source>Liveness check details (liveness_result.details)</source>
        <translation>活体检测细节（liveness_result.details）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="119"/>
        <source>Sho&amp;w what the callback claims (unverified)</source>
        <extracomment>The raw JSON shows at most this many characters of any one value or key (a biz_extra_data can be megabytes). The sender of a callback chooses how many fields idcard_info and will_result hold: at most this many rows of idcard_info and this many spoken answers are drawn (60,000 rows held the window for two minutes, 20,000 answers for 17 s); the rest are counted, and the answer&apos;s JSON has them all. The sender chooses how many keys liveness_result.details holds too: at most this many are listed (the answer&apos;s JSON has them all), and at most REASON_DETAILS of those not nought name the reason under the headline. The raw JSON box shows at most this many lines (100,000 took a third of a second to lay out); Copy JSON copies all. Writes an answer&apos;s JSON off the GUI thread (60,000 fields take a seventh of a second), one at a time.</extracomment>
        <translation>显示回调声称的内容（未经验证）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="135"/>
        <source>How many times the check saw each, as FaceID counts it; those not nought first.</source>
        <translation>检测过程中各项出现的次数（按 FaceID 的计数），非零的排在前面。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="179"/>
        <source>Copy the session&apos;s re&amp;quest_id</source>
        <translation>复制会话的 request_id(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="194"/>
        <source>Raw &amp;JSON of the answer</source>
        <translation>响应的原始 JSON(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="205"/>
        <source>Copy J&amp;SON</source>
        <translation>复制 JSON(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="265"/>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="412"/>
        <source>What to do: check its signature with the api_secret of the profile that started the session before acting on it.</source>
        <translation>下一步：在据此处理之前，先用发起该会话的配置的 api_secret 校验其签名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="446"/>
        <source>What to do: {step}</source>
        <translation>下一步：{step}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="451"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="461"/>
        <source>will (confirmation of intent)</source>
        <translation>意愿核验（will）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="502"/>
        <source>The answer&apos;s comparison (verify_result) carries no score: there is nothing to judge the face by. Do not confirm the applicant on this answer.</source>
        <translation>应答中的比对结果（verify_result）没有分数：无从判断人脸。请勿依据此应答确认申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="508"/>
        <source>No comparison was made: the session has no liveness result, so the face was not compared (and not billed).</source>
        <translation>未进行比对：此会话没有活体结果，因此没有比对人脸（也不计费）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="586"/>
        <source>passed (PASS)</source>
        <translation>通过（PASS）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="586"/>
        <source>failed (FAIL)</source>
        <translation>未通过（FAIL）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="606"/>
        <source>Writing the answer&apos;s JSON…</source>
        <translation>正在生成响应 JSON…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="622"/>
        <source>… {count} more lines, not shown here: Copy JSON copies all of them</source>
        <translation>… 另有 {count} 行未在此显示：“复制 JSON”会复制全部内容</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="702"/>
        <source>No face found</source>
        <translation>未检测到人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="703"/>
        <source>Face turned sideways, not facing the camera</source>
        <translation>侧脸，未正对摄像头</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="704"/>
        <source>Head tilted up or down, not facing the camera</source>
        <translation>仰脸或低头，未正对摄像头</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="705"/>
        <source>Eyes covered</source>
        <translation>遮挡眼部</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="706"/>
        <source>Mouth covered</source>
        <translation>遮挡嘴部</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="707"/>
        <source>Too far from the camera</source>
        <translation>过于远离摄像头</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="708"/>
        <source>Too close to the camera</source>
        <translation>过于靠近摄像头</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="709"/>
        <source>Not looking straight at the camera</source>
        <translation>未正视摄像头</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="710"/>
        <source>Light too bright</source>
        <translation>光线过亮</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="711"/>
        <source>Light too dark</source>
        <translation>光线过暗</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="712"/>
        <source>Face quality in the video too poor</source>
        <translation>视频中人脸质量太差</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="717"/>
        <source>{code}: {count}</source>
        <translation>{code}：{count}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="718"/>
        <source>{what} ({code}): {count}</source>
        <translation>{what}（{code}）：{count}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="726"/>
        <source>{counts} · and {more} more (below)</source>
        <translation>{counts} · 另有 {more} 项（见下方）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="728"/>
        <source>Reason, as the check&apos;s details count it: {counts}</source>
        <translation>原因（按活体检测细节的计数）：{counts}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="740"/>
        <source>Liveness passed, but the spoken consent failed</source>
        <translation>活体通过，但意愿确认未通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="741"/>
        <source>Spoken consent (will_result, {code}): {explanation} Do not accept the applicant on this session.</source>
        <translation>意愿确认（will_result，{code}）：{explanation}请勿凭此次会话认可该申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="746"/>
        <source>The applicant&apos;s spoken answer (will_result) did not pass. Do not accept the applicant on this session.</source>
        <translation>申请人的意愿回答（will_result）未通过。请勿凭此次会话认可该申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="751"/>
        <source>Liveness passed, but the comparison failed: {title} ({code})</source>
        <translation>活体通过，但比对失败：{title}（{code}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="753"/>
        <source>No face was compared, so this session does not confirm the applicant: the comparison below says what failed, whether it is billed and what to do.</source>
        <translation>未进行人脸比对，因此此次会话不能确认申请人：下方的比对部分说明了失败原因、是否计费以及下一步操作。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="760"/>
        <source>Liveness passed: needs review — the photos disagree</source>
        <translation>活体通过：需人工复核——照片之间不一致</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="762"/>
        <source>Liveness passed: needs review — this ID number has been used in attacks</source>
        <translation>活体通过：需人工复核——此证件号码曾被用于攻击</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="764"/>
        <source>Liveness passed: needs review — the ID card is not checked against the data source</source>
        <translation>活体通过：需人工复核——身份证未与数据源核验</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="766"/>
        <source>Liveness passed: needs review — the face is not confirmed against the ID card&apos;s photo at your policy level ({odds})</source>
        <translation>活体通过：需人工复核——按您的策略等级（{odds}）未能确认人脸与身份证照片一致</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="769"/>
        <source>Liveness passed: needs review — the face is not confirmed at your policy level ({odds})</source>
        <translation>活体通过：需人工复核——按您的策略等级（{odds}）未能确认人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="776"/>
        <source>Liveness passed, but not the same person as in the ID card&apos;s photo</source>
        <translation>活体通过，但与身份证照片上不是同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="778"/>
        <source>Liveness passed, but not the same person</source>
        <translation>活体通过，但不是同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="780"/>
        <source>Liveness passed: the same person as in the ID card&apos;s photo</source>
        <translation>活体通过：与身份证照片上是同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="783"/>
        <source>Liveness passed, but the comparison carries no score</source>
        <translation>活体通过，但比对结果没有分数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="788"/>
        <source>Liveness passed: no verdict on the face — the answer has only ID card scores (below)</source>
        <translation>活体检测通过：无法判定人脸——应答中只有身份证照片的分数（见下方）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="796"/>
        <source>Liveness passed: no verdict on the face — the answer has no threshold for your policy level</source>
        <translation>活体通过：无法判定人脸——应答中没有您的策略等级的阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="819"/>
        <source>Ask the applicant to allow the page to use the camera (an app&apos;s built-in browser may not open it: they can use the phone&apos;s own browser). Then start a new session (get_token) on the Liveness session page and send them its link.</source>
        <extracomment>The session statuses whose answer has no liveness result, each headed by what happened (``_without_liveness``).</extracomment>
        <translation>请申请人允许页面使用摄像头（App 内置浏览器可能无法调用摄像头：可改用手机自带的浏览器）。然后在“活体会话”页面发起新的会话（get_token）并将其链接发给申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="823"/>
        <source>Ask the applicant to move to a stable network (Wi-Fi or a stronger signal). Then start a new session (get_token) on the Liveness session page and send them its link.</source>
        <translation>请申请人换用稳定的网络（Wi-Fi 或更强的信号）。然后在“活体会话”页面发起新的会话（get_token）并将其链接发给申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="826"/>
        <source>Ask the applicant to open the link in another browser, a current Chrome or Safari or the phone&apos;s own browser. Then start a new session (get_token) on the Liveness session page and send them its link.</source>
        <translation>请申请人换用其他浏览器打开链接（新版 Chrome、Safari 或手机自带浏览器）。然后在“活体会话”页面发起新的会话（get_token）并将其链接发给申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="832"/>
        <source>Start a new session (get_token) on the Liveness session page and send the applicant its link; ask them to go through the check to the end.</source>
        <translation>请在“活体会话”页面发起新的会话（get_token）并将其链接发给申请人；请申请人完整完成验证。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="836"/>
        <source>Cancelled: the applicant left the check</source>
        <translation>已取消：申请人中途退出了验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="837"/>
        <source>The applicant cancelled before the liveness check finished, so there is no liveness result and no face was compared: nothing here to decide on.</source>
        <translation>申请人在活体检测完成前取消了验证，因此没有活体结果，也未进行人脸比对：此结果无可判定的内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="842"/>
        <source>Timed out: the applicant did not finish in time</source>
        <translation>已超时：申请人未在规定时间内完成</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="843"/>
        <source>The session ran out of time before the liveness check finished, so there is no liveness result and no face was compared: nothing here to decide on.</source>
        <translation>会话在活体检测完成前已超时，因此没有活体结果，也未进行人脸比对：此结果无可判定的内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="848"/>
        <source>Failed: the check broke off before a result</source>
        <translation>失败：验证在得出结果前中断</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="849"/>
        <source>The check did not complete or hit an error on the way (FaceID does not say which), so there is no liveness result and no face was compared: nothing here to decide on.</source>
        <translation>验证流程未完成或出现异常（FaceID 未说明是哪一种），因此没有活体结果，也未进行人脸比对：此结果无可判定的内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="853"/>
        <source>Start a new session (get_token) on the Liveness session page and send the applicant its link; ask them to use a stable network and to allow the camera. If sessions keep failing, note the biz_id and contact FaceID support.</source>
        <translation>请在“活体会话”页面发起新的会话（get_token）并将其链接发给申请人；请申请人使用稳定的网络并允许使用摄像头。若会话持续失败，请记下 biz_id 并联系 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="858"/>
        <source>Failed: the applicant&apos;s browser could not run the check</source>
        <translation>失败：申请人的浏览器无法进行验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="859"/>
        <source>The browser could not start the camera check (WebRTC), so there is no liveness result and no face was compared: nothing here to decide on.</source>
        <translation>浏览器无法启动摄像头检测（WebRTC），因此没有活体结果，也未进行人脸比对：此结果无可判定的内容。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="864"/>
        <source>Not started: the applicant has not begun the check</source>
        <translation>未开始：申请人尚未开始验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="865"/>
        <source>The session was created, but the applicant has not started the check, so there is no liveness result yet.</source>
        <translation>会话已创建，但申请人尚未开始验证，因此暂无活体结果。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="868"/>
        <source>Wait for the applicant to do the check: FaceID calls the notify_url when they finish. If they lost the link or it has expired, start a new session (get_token) on the Liveness session page and send them its link.</source>
        <translation>请等待申请人完成验证：完成后 FaceID 会回调 notify_url。若申请人丢失了链接或链接已过期，请在“活体会话”页面发起新的会话（get_token）并将其链接发给申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="873"/>
        <source>In progress: the applicant is doing the check</source>
        <translation>进行中：申请人正在进行验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="874"/>
        <source>The check has not finished, so there is no liveness result yet.</source>
        <translation>验证尚未完成，因此暂无活体结果。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="876"/>
        <source>Wait for the applicant to finish: FaceID calls the notify_url when they do. Decide on that result, not on this answer.</source>
        <translation>请等待申请人完成：完成后 FaceID 会回调 notify_url。请依据那次的结果判定，而不是此响应。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="650"/>
        <location filename="../../faceid_console/ui/report.py" line="701"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="374"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="393"/>
        <source>Signature invalid: do not trust this callback</source>
        <translation>签名无效：请勿信任此回调</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="705"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="422"/>
        <source>Unverified claim — {claim}</source>
        <translation>未经验证：回调声称“{claim}”</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="703"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="411"/>
        <source>Signature not checked: this data is unverified</source>
        <translation>签名未校验：这些数据未经验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="879"/>
        <source>No liveness result in this answer</source>
        <translation>此响应中没有活体结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="424"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="665"/>
        <source>Attack suspected: {checks}</source>
        <translation>疑似攻击：{checks}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="668"/>
        <source>The liveness check itself passed, but an attack check reached its threshold: do not accept the applicant on this session alone.</source>
        <translation>活体检测本身已通过，但有一项攻击检测达到了阈值：不要仅凭本次会话通过该申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="790"/>
        <source>A verdict rests on result_faceid, result_ref1–3 or result_idcard_photo (the live face against the ID card&apos;s photo), and this answer has none of them: only result_idcard_datasource, the card&apos;s photo against the data source&apos;s, shown below against its own thresholds.</source>
        <translation>判定依据是 result_faceid、result_ref1–3 或 result_idcard_photo（活体人脸与身份证照片比对），而此应答均没有：只有 result_idcard_datasource（证件照片与数据源照片比对），下方按其自身的阈值列出。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="798"/>
        <source>Liveness passed: a live person did the check</source>
        <translation>活体通过：由真人完成验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="674"/>
        <source>Liveness failed</source>
        <translation>活体未通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="679"/>
        <source>Reason ({code}): {explanation}</source>
        <translation>原因（{code}）：{explanation}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="684"/>
        <source>Reason: the answer names none ({result}).</source>
        <translation>原因：结果未说明（{result}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="689"/>
        <source>Session status ({code}): {explanation}</source>
        <translation>会话状态（{code}）：{explanation}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="693"/>
        <source>Failure reason ({code}): {explanation}</source>
        <translation>失败原因（{code}）：{explanation}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="463"/>
        <source>procedure: {procedure}</source>
        <translation>流程：{procedure}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="465"/>
        <source>version: {version}</source>
        <translation>版本：{version}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="510"/>
        <source>No comparison was made.</source>
        <translation>未进行比对。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="511"/>
        <source>No comparison was made: the liveness check did not pass, so the face was not compared (and not billed).</source>
        <translation>未进行比对：活体检测未通过，因此没有比对人脸（也不计费）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="474"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="564"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="594"/>
        <source>… and {count} more, not shown here: the answer&apos;s JSON has them all</source>
        <translation>… 另有 {count} 项未在此显示：响应 JSON 中包含全部内容</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="577"/>
        <source>A recognition quality or legality score</source>
        <translation>识别质量或合法性分数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="587"/>
        <source>Result: {result}</source>
        <translation>结果：{result}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="590"/>
        <source>{code}: {explanation}</source>
        <translation>{code}：{explanation}</translation>
    </message>
</context>
<context>
    <name>LongPasteEdit</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/long_paste_edit.py" line="119"/>
        <source>&amp;Paste (replaces this text)</source>
        <extracomment>Longer text is not laid out: 50 000 characters on one line take ~15 ms to lay out (one line of 5 MB, 1.9 s). How much of a long text the box shows: its start (a form body&apos;s data, a JSON&apos;s first keys) and its end (the sign). A long text was taken aside (or the box holds ordinary text again).</extracomment>
        <translation>粘贴并替换此内容(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/long_paste_edit.py" line="121"/>
        <source>Cl&amp;ear</source>
        <translation>清除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/long_paste_edit.py" line="151"/>
        <source>[… {count} more characters, not shown here: kept, and checked …]</source>
        <translation>[… 另有 {count} 个字符未在此显示：已保留，并会检查 …]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="93"/>
        <source>FaceID Console</source>
        <extracomment>The deferred pages&apos; modules, imported ahead one a step in idle time, the page&apos;s heavier parts before it. The profile box&apos;s most width, in average characters: the built-in names and a 40-letter Latin name fit whole. Emitted with a short message for the status line (pages report through it).</extracomment>
        <translation>FaceID 控制台</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="102"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="121"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="121"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="126"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="126"/>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="198"/>
        <source>Liveness results</source>
        <extracomment>The profile whose connection test the reviewer asked for (Ctrl+T), and its opening (``Connection.opening``) the test belongs to, until its outcome is said: a later opening&apos;s automatic check was not asked for. The pages not yet visited, built ahead in idle time once the window has painted (``build_pages_when_idle``). What start-up made is out of the garbage collector&apos;s full passes (``start_up_heap``): the idle build&apos;s end.</extracomment>
        <translation>活体结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="198"/>
        <source>&amp;Liveness results</source>
        <translation>活体结果(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="199"/>
        <source>Liveness session</source>
        <translation>活体会话</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="199"/>
        <source>Liveness &amp;session</source>
        <translation>活体会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="200"/>
        <source>Callback inspector</source>
        <translation>回调检查器</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="200"/>
        <source>&amp;Callback inspector</source>
        <translation>回调检查器(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="201"/>
        <source>App token</source>
        <translation>App 令牌</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="201"/>
        <source>&amp;App token</source>
        <translation>App 令牌(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="354"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="358"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="361"/>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="384"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="385"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="387"/>
        <source>Make one cheap, unbilled call to see whether this profile works (Ctrl+T)</source>
        <translation>发送一次不计费的轻量调用，检查此配置是否可用（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="390"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="391"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="396"/>
        <source>Profiles, credentials, policy level, time-outs and language ({key})</source>
        <translation>配置、凭据、策略等级、超时和语言（{key}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="404"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="406"/>
        <source>&amp;Paste photo</source>
        <translation>粘贴照片(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="410"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="414"/>
        <source>Record a &amp;decision on this answer…</source>
        <translation>记录对此响应的审核决定(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="418"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="424"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="428"/>
        <source>&amp;Find in History</source>
        <translation>在历史中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="431"/>
        <source>&amp;Reload History</source>
        <translation>重新载入历史(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="434"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="437"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="438"/>
        <source>&amp;About FaceID Console</source>
        <translation>关于 FaceID 控制台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="527"/>
        <source>Details…</source>
        <extracomment>The photo slot the keyboard was last in (Ctrl+V pastes there), or None: the menu bar takes the keyboard while it is used, so the slot is remembered from before.</extracomment>
        <translation>详情…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="553"/>
        <source>An unexpected error was reported; the window keeps working.</source>
        <translation>已报告一个意外错误；窗口仍可继续使用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="586"/>
        <source>built-in engine</source>
        <translation>内置引擎</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="589"/>
        <source>● The built-in engine stopped ({how}); starting it again…</source>
        <translation>● 内置引擎已停止（{how}），正在重新启动…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="593"/>
        <source>● Starting the built-in engine and loading the face model…</source>
        <translation>● 正在启动内置引擎并加载人脸模型…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="594"/>
        <source>● Opening {where}…</source>
        <translation>● 正在连接 {where}…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="598"/>
        <source>● Not usable: {reason}</source>
        <translation>● 不可用：{reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="605"/>
        <source>● Ready: {where} (checking…)</source>
        <translation>● 就绪：{where}（检查中…）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="609"/>
        <source>● Ready: {where} answers</source>
        <translation>● 就绪：{where}，响应正常</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="610"/>
        <source>● {where}: {problem}</source>
        <translation>● {where}：{problem}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="629"/>
        <source>Nothing tested: {reason} Correct the address in Settings (Ctrl+,), or choose another profile.</source>
        <translation>未测试：{reason}请在设置（Ctrl+,）中更正地址，或选择其他配置。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="603"/>
        <location filename="../../faceid_console/ui/main_window.py" line="631"/>
        <source>Nothing tested: {reason}</source>
        <translation>未测试：{reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="625"/>
        <location filename="../../faceid_console/ui/main_window.py" line="634"/>
        <source>Not tested yet: this profile is still opening, and it is tested as soon as it is open.</source>
        <translation>尚未测试：此配置仍在打开中，打开后会立即测试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="637"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="645"/>
        <source>Connection tested: {outcome}</source>
        <translation>连接测试：{outcome}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="679"/>
        <source>About FaceID Console</source>
        <translation>关于 FaceID 控制台</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="680"/>
        <source>FaceID Console {version}

Face-based identity checks against FaceID, or offline against the built-in FaceID-compatible engine.</source>
        <translation>FaceID 控制台 {version}

基于人脸的身份核验：连接 FaceID 云服务，或离线使用内置的 FaceID 兼容引擎。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="724"/>
        <source>Close while a call is on its way?</source>
        <translation>调用尚未返回，仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="725"/>
        <source>A call was sent and its answer has not arrived yet. If you close now, the console waits for it in the background, within the answer time-out, and records what comes back in History.

Close anyway?</source>
        <translation>一个调用已发出，响应尚未到达。如果现在关闭，控制台会在响应超时时间内于后台等待它，并将返回的内容记录到“历史”中。

仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="740"/>
        <source>Close while a decision is being recorded?</source>
        <translation>决定尚未记录完成，仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="741"/>
        <source>The history database has not confirmed the decision you recorded yet. If you close now, it may not be kept: check the entry&apos;s trail in History when you next open the console.

Close anyway?</source>
        <translation>历史数据库尚未确认您记录的决定。如果现在关闭，它可能不会被保存：下次打开控制台时，请在“历史”中查看该条目的决定记录。

仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>PhotoSlot</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="192"/>
        <source>Choose…</source>
        <extracomment>The longest side of the copy kept for drawing face boxes (boxes are fractions, so any scale fits). Room between the slot&apos;s frame and its contents; an outline wider than the frame takes its room from here. The prepared (upright) pixels at most PREVIEW_SIZE a side, for drawing face boxes over. Encoded pictures a clipboard or a drop may carry, taken as they are (imageData() decodes them on the GUI thread). Qt&apos;s PNG &quot;quality&quot; is its zlib effort read backwards: 80 is a light, fast compression (still lossless). Counts the photos chosen and cleared here: a page tells what it sent from what the slot holds now. Why the chosen file cannot be sent (unreadable, not an image …); None when usable or empty.</extracomment>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="196"/>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="309"/>
        <source>Choose {title}</source>
        <translation>选择{title}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="192"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="199"/>
        <source>Clear {title}</source>
        <translation>清除{title}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="258"/>
        <source>No photo chosen (required)</source>
        <translation>未选择照片（必填）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="310"/>
        <source>Images ({patterns});;All files (*)</source>
        <translation>图片 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="328"/>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="365"/>
        <source>dropped image</source>
        <translation>拖入的图片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="368"/>
        <source>What was dropped is neither an image nor an image file. A picture from a web page must be saved to a file first.</source>
        <translation>拖入的内容既不是图片，也不是图片文件。网页上的图片须先保存为文件。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="406"/>
        <source>Reading and preparing…</source>
        <translation>正在读取和预处理…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="422"/>
        <source>This photo could not be prepared: an unexpected error, reported.</source>
        <translation>无法处理这张照片：发生意外错误，已生成报告。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="436"/>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} 无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="446"/>
        <source>{size} · {width}×{height} px</source>
        <translation>{size} · {width}×{height} 像素</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="466"/>
        <source>rotated upright (EXIF)</source>
        <translation>按 EXIF 方向摆正</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="468"/>
        <source>scaled to {width}×{height} px (4096 px limit)</source>
        <translation>缩放到 {width}×{height} 像素（上限 4096 像素）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="471"/>
        <source>re-encoded as {kind} ({size}, 2 MB limit)</source>
        <translation>重新编码为 {kind}（{size}，上限 2 MB）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="474"/>
        <source>metadata (EXIF, GPS) removed, pixels unchanged</source>
        <translation>去除 EXIF/GPS 元数据，像素不变</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="476"/>
        <source>sent as is</source>
        <translation>原样发送</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="478"/>
        <source>Before sending: {steps}</source>
        <translation>发送前：{steps}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="450"/>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="478"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="329"/>
        <source>The clipboard holds no image or image file. Copy a photo, or an image file in the file manager, then paste again; or press Choose… to pick a file.</source>
        <translation>剪贴板中没有图片或图片文件。请复制一张照片，或在文件管理器中复制一个图片文件，然后再次粘贴；也可以按“选择…”选取文件。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="482"/>
        <source>Drop a photo
or paste</source>
        <translation>拖入照片
或粘贴</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="258"/>
        <source>No photo chosen</source>
        <translation>未选择照片</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../faceid_console/ui/translations.py" line="16"/>
        <source>&amp;Look in:</source>
        <extracomment>Labels of Qt&apos;s own file dialog (shown where the desktop has no native one) that Qt&apos;s zh_CN catalogue has only without their Alt key, so they stayed English: translated in ours, which Qt asks first.</extracomment>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/translations.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="725"/>
        <source>Faces found in the photo to check</source>
        <translation>待验证照片中检测到的人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="394"/>
        <source>Face genuineness (attack checks)</source>
        <translation>人脸真实性（攻击检测）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="170"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="399"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="106"/>
        <source>Same person as in the ID card&apos;s photo: above the {odds} threshold</source>
        <translation>与身份证照片上是同一人：达到误识率{odds}阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="110"/>
        <source>Not confirmed against the ID card&apos;s photo: below your policy level ({odds})</source>
        <translation>与身份证照片比对未确认：未达到您策略等级的阈值（{odds}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="112"/>
        <source>Not the same person as in the ID card&apos;s photo: below the {odds} threshold</source>
        <translation>与身份证照片上不是同一人：未达到误识率{odds}阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="119"/>
        <source>Judged against the ID card&apos;s photo (result_idcard_photo): the answer has no result_faceid or result_ref score.</source>
        <translation>依据身份证照片判定（result_idcard_photo）：应答中没有 result_faceid 或 result_ref 分数。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="123"/>
        <source>Nothing in it compares that card with the data source&apos;s photo: check the card itself before approving.</source>
        <translation>应答中没有将该证件与数据源照片比对的结果：审核通过前请核查证件本身。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="127"/>
        <source>The comparison of that card with the data source&apos;s photo (result_idcard_datasource) came with no threshold for your policy level ({odds}), so it does not say the card is the data source&apos;s: check the card itself before approving.</source>
        <translation>该证件照片与数据源照片的比对（result_idcard_datasource）没有您策略等级（{odds}）的阈值，无法说明该证件与数据源一致：审核通过前请核验证件本身。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="141"/>
        <source>Needs review: this ID number has been used in attacks</source>
        <translation>需人工复核：此证件号码曾被用于攻击</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="147"/>
        <source>Needs review: the ID card is not checked against the data source</source>
        <translation>需人工复核：身份证未与数据源核验</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="175"/>
        <source>ID card photo vs data source photo</source>
        <translation>身份证照片与数据源照片比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="183"/>
        <source>&lt;b&gt;⚠ This ID number has been used in attacks&lt;/b&gt; (id_attacked): FaceID has seen it used against its liveness check (a mask, another person, a 3D synthetic face), so someone may be using it now. This does not mean its holder took part. Whatever the score, confirm the applicant another way before approving: their documents, or a liveness check if none was done.</source>
        <translation>&lt;b&gt;⚠ 此证件号码曾被用于攻击&lt;/b&gt;（id_attacked）：FaceID 发现有人曾用它攻击活体检测（戴面具、换人、3D 合成人脸等），该号码目前可能正被他人冒用。这并不表示证件持有人本人参与了攻击。无论分数如何，审核通过前都要用其他方式确认申请人身份：核验其证件，或在尚未做活体检测时进行一次活体检测。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="357"/>
        <source>Scores</source>
        <extracomment>A liveness session&apos;s own request_id (get_result&apos;s, a web callback&apos;s), when the answer is its comparison. The reference photos of the answer on show, by score (``result_ref1``), as sent; or the size of each still being decoded. Let go of with the answer. The faces boxed over the photo to check: the answer&apos;s, or those a refusal carried (``_refused_faces``), of which none was compared. The face_quality_threshold a refusal on show was sent with: its boxes are held to it.</extracomment>
        <translation>各项分数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="359"/>
        <source>Each against the thresholds of this response.</source>
        <translation>各项分数均按本次响应返回的阈值判定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="371"/>
        <source>Faces side by side</source>
        <translation>人脸并排对比</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="921"/>
        <source>Raw JSON of the answer</source>
        <translation>响应的原始 JSON</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="471"/>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="155"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="539"/>
        <source>The answer has no score</source>
        <translation>响应中没有分数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="540"/>
        <source>The service answered without result_faceid or result_ref scores.</source>
        <translation>服务的响应中没有 result_faceid 或 result_ref 分数。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="549"/>
        <source>Best match of the {count} reference photos: {photo}.</source>
        <translation>{count} 张参考照片中最相符的是{photo}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="589"/>
        <source>The comparison alone says: {verdict}</source>
        <translation>仅就比对而言：{verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="554"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="598"/>
        <source>{verdict} — face comparison only</source>
        <translation>{verdict} —— 仅人脸比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="91"/>
        <source>Same person: above the {odds} threshold</source>
        <extracomment>The parts of an answer, built with the first one (reading one before builds them then), or ahead of it. The modules of the answer&apos;s parts, imported ahead one a step in idle time (``MainWindow._idle_build_steps``).</extracomment>
        <translation>同一人：达到误识率{odds}阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="94"/>
        <source>Not confirmed: below your policy level ({odds})</source>
        <translation>未确认：未达到您策略等级的阈值（{odds}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="97"/>
        <source>Not the same person: below the {odds} threshold</source>
        <translation>不是同一人：未达到误识率{odds}阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="99"/>
        <source>No threshold for your policy level in this answer</source>
        <translation>本次响应中没有您的策略等级对应的阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="434"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="490"/>
        <source>Copy r&amp;equest_id</source>
        <translation>复制 request_id(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="535"/>
        <source>There is no result_faceid, result_ref or result_idcard_photo score to decide on: result_idcard_datasource compares the ID card&apos;s photo with the data source&apos;s, not the live face. It is under Scores, against its own thresholds.</source>
        <translation>没有可据以判定的 result_faceid、result_ref 或 result_idcard_photo 分数：result_idcard_datasource 比对的是身份证照片与数据源照片，而非活体人脸。它列在“各项分数”下，按其自身的阈值。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="708"/>
        <source>Confidence {confidence:.2f}. Your policy level is {level} ({odds}), threshold {threshold}.</source>
        <translation>置信度 {confidence:.2f}。您的策略等级为 {level}（{odds}），阈值 {threshold}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="712"/>
        <source>The strictest level it reaches is {level} ({odds}).</source>
        <translation>达到的最严格等级为 {level}（{odds}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="716"/>
        <source>It reaches only {level} ({odds}): a lenient level. Decide with care or ask for better photos.</source>
        <translation>仅达到 {level}（{odds}），属于宽松等级。请谨慎决定，或要求提供更好的照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="719"/>
        <source>Even the most lenient threshold is not reached.</source>
        <translation>连最宽松的阈值也未达到。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="169"/>
        <source>ID photo from the data source</source>
        <translation>数据源中的证件照</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="171"/>
        <source>Reference photo {n}</source>
        <translation>参考照片 {n}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="173"/>
        <source>ID card photo</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="724"/>
        <source>Faces found in the photo to compare</source>
        <translation>待比对照片中检测到的人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="769"/>
        <source>{photo} ({confidence})</source>
        <translation>{photo}（{confidence}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="136"/>
        <source>Needs review: the photos disagree</source>
        <translation>需人工复核：照片之间不一致</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="781"/>
        <source>⚠ Not every photo agrees: {scores}, below your policy level. Check that each reference photo shows this applicant before approving.</source>
        <translation>⚠ 并非所有照片都一致：{scores}，低于您策略等级的阈值。审核通过前请确认每张参考照片都是本申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="189"/>
        <source>&lt;b&gt;⚠ The data source&apos;s ID photo is black and white&lt;/b&gt; (id_photo_monochrome). Scores against it are less reliable: be careful with a borderline result.</source>
        <translation>&lt;b&gt;⚠ 数据源中的证件照为黑白照片&lt;/b&gt;（id_photo_monochrome）。与其比对的分数可靠性较低：对临界结果要格外谨慎。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="196"/>
        <source>No identity exceptions: the ID number is not known from attacks, and the ID photo is in colour.</source>
        <translation>无身份异常：该证件号码没有攻击记录，证件照为彩色。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="427"/>
        <source>Copy the session&apos;s request_id</source>
        <translation>复制会话的 request_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="533"/>
        <source>No verdict: the answer has only ID card scores</source>
        <translation>无判定：应答中只有身份证照片的分数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="679"/>
        <source>The comparison failed</source>
        <translation>比对失败</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="518"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="693"/>
        <source>Session request_id: {request_id}</source>
        <translation>会话 request_id：{request_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="697"/>
        <source>Copy the comparison&apos;s request_id</source>
        <translation>复制比对的 request_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="777"/>
        <source>⚠ Not every photo agrees: {scores}, below your policy level. The ID card photographed in the session may not be the applicant&apos;s own, or not genuine: check the card itself before approving.</source>
        <translation>⚠ 并非所有照片都一致：{scores}，低于您策略等级的阈值。会话中拍摄的身份证可能不是申请人本人的，或不是真实证件：审核通过前请核查证件本身。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="794"/>
        <source>The face matches, but this ID number has been used in attacks (see the notice below): confirm the applicant another way before approving.</source>
        <translation>人脸相符，但此证件号码曾被用于攻击（见下方提示）：审核通过前请用其他方式确认申请人身份。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="841"/>
        <source>whole photo</source>
        <translation>整张照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="841"/>
        <source>The answer has no face box for this photo (return_faces off), so it is shown whole.</source>
        <translation>响应中没有这张照片的人脸框（未开启 return_faces），因此显示整张照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="844"/>
        <source>face compared, turned upright</source>
        <translation>比对的人脸（已转正）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="845"/>
        <source>The face FaceID compared, cut from the photo with room round it and turned upright ({degrees}°) to read as the references do.</source>
        <translation>FaceID 比对的人脸，连同周围留白从照片中裁出并转正（{degrees}°），以便与参考照片对照。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="848"/>
        <source>face compared</source>
        <translation>比对的人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="849"/>
        <source>The face FaceID compared (the largest, when there are several), cut from the photo with room round it.</source>
        <translation>FaceID 比对的人脸（有多张人脸时为最大的一张），连同周围留白从照片中裁出。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="851"/>
        <source>Photo to check</source>
        <translation>待验证照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="857"/>
        <source>Click a photo, or press Enter on it, to open it full size.</source>
        <translation>点击照片（或选中后按 Enter）可以原始大小查看。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="859"/>
        <source>The data source&apos;s ID photo is not sent to the console, so it cannot be shown.</source>
        <translation>数据源的证件照不会发送到控制台，因此无法显示。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="903"/>
        <source>No answer from the service: the console&apos;s error record</source>
        <translation>服务器没有响应：本控制台的错误记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="905"/>
        <source>No answer came from the service. This is the console&apos;s own record of the error (no secrets in it), for support.</source>
        <translation>服务器没有返回响应。这是本控制台自己记录的错误（不含密钥），供技术支持使用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="907"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="915"/>
        <source>Copy error record</source>
        <translation>复制错误记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="908"/>
        <source>The console&apos;s error record (no answer came)</source>
        <translation>本控制台的错误记录（服务器没有响应）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="910"/>
        <source>The recorded error (not the answer&apos;s &amp;JSON)</source>
        <translation>记录的错误（不是响应的 JSON）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="913"/>
        <source>History keeps the service&apos;s answer only for some errors. This is the console&apos;s own record of this one (no secrets in it), for support.</source>
        <translation>历史记录只为部分错误保存服务的响应。这是本控制台对此错误的记录（不含密钥），供技术支持使用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="918"/>
        <source>Raw &amp;JSON</source>
        <translation>原始 JSON(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="920"/>
        <source>Copy ra&amp;w JSON</source>
        <translation>复制原始 JSON(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="933"/>
        <source>Comparison request_id (verify_result): {request_id}</source>
        <translation>比对 request_id（verify_result）：{request_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="934"/>
        <source>request_id: {request_id}</source>
        <translation>request_id：{request_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="936"/>
        <source>time_used: {ms} ms</source>
        <translation>time_used：{ms} 毫秒</translation>
    </message>
</context>
<context>
    <name>SendRow</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/send_row.py" line="58"/>
        <source>Progress</source>
        <extracomment>The keys that send a page&apos;s form from anywhere in it, as on the Verify page (Enter: the keypad&apos;s).</extracomment>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/send_row.py" line="79"/>
        <location filename="../../faceid_console/ui/widgets/send_row.py" line="84"/>
        <source>Preparing photos…</source>
        <translation>正在预处理照片…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/send_row.py" line="108"/>
        <source>Waiting for the connection (see the top bar)…</source>
        <translation>正在等待连接（见顶部状态栏）…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="156"/>
        <source>Settings</source>
        <extracomment>The size Settings opens at on a screen with room for it. The name the address validator gives the Base URL field; the dialog says it as its label instead. The field of the error a locked keyring&apos;s look-up becomes: worded by the dialog (unlock it, not start one).</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="212"/>
        <source>Connection profiles</source>
        <extracomment>What OK changed in the language, for the window&apos;s status line (the window&apos;s language stays until a restart); None when it was not changed. Whether the keyring library&apos;s backend is an OS keyring, asked on the keyring&apos;s worker as the dialog opens (of a chain of backends, a D-Bus round trip): Store and Forget are offered only once it is known to be one. It is known not to be one (a file, keyring&apos;s ``fail`` or ``null``): the banner below the profiles says what to do without. Renamed profiles&apos; credentials stay under the name they had until OK moves them (Cancel moves nothing): the profile&apos;s name now → the name its keyring entries are under. Names of profiles removed in this dialog (and the names their credentials are under): Cancel brings the saved ones back with their credentials, so no profile added here takes such a name before OK. The reviewer typed in the api_key field since the profile was shown: the look-up&apos;s answer leaves it as typed. The status line last said what the keyring holds for the profile shown (``_say_stored_pair``): it follows the api_key typed until another message replaces it. Deleting the credentials of removed profiles, after OK (None when there were none).</extracomment>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="216"/>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="222"/>
        <source>&amp;Add custom host…</source>
        <translation>添加自定义服务地址(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="224"/>
        <source>R&amp;ename…</source>
        <translation>重命名(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="227"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="232"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="242"/>
        <location filename="../../faceid_console/ui/texts.py" line="173"/>
        <source>Base URL</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="244"/>
        <source>Base &amp;URL:</source>
        <translation>服务地址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="246"/>
        <source>api_key</source>
        <translation>api_key</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="247"/>
        <source>api_&amp;key:</source>
        <translation>api_key(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="250"/>
        <source>api_secret</source>
        <translation>api_secret</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="251"/>
        <source>stored only in the system keyring</source>
        <translation>仅保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="252"/>
        <source>api_&amp;secret:</source>
        <translation>api_secret(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="258"/>
        <source>&amp;Forget</source>
        <translation>清除凭据(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="260"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="188"/>
        <source>No system keyring is available, so api_secrets cannot be stored. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings. The built-in engine works without one.</source>
        <translation>没有可用的系统密钥环，因此无法保存 api_secret。请安装并启动 Secret Service（例如 gnome-keyring，KDE 上为 KWallet），重新登录后再打开设置。内置引擎无需密钥环也可使用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="198"/>
        <source>No system keyring is available, so api_secrets cannot be stored: the keyring library offers only {backend}, which keeps them in a file or nowhere. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE; on macOS and Windows, the system&apos;s own keychain), remove any PYTHON_KEYRING_BACKEND or keyringrc.cfg setting that chooses {backend}, log in again, and reopen Settings. The built-in engine works without one.</source>
        <translation>没有可用的系统密钥环，因此无法保存 api_secret：keyring 库只提供 {backend}，它把 api_secret 存在文件里或根本不保存。请安装并启动 Secret Service（例如 gnome-keyring，KDE 上为 KWallet；macOS 和 Windows 上为系统自带的钥匙串），删除选用 {backend} 的 PYTHON_KEYRING_BACKEND 或 keyringrc.cfg 设置，重新登录后再打开设置。内置引擎无需密钥环也可使用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="284"/>
        <source>Decisions and connection</source>
        <translation>判定与连接</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="287"/>
        <source>Policy level</source>
        <translation>策略等级</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="289"/>
        <source>{level} — {odds} ({use})</source>
        <translation>{level} — {odds}（{use}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="292"/>
        <source>&amp;Policy level:</source>
        <translation>策略等级(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="296"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="303"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="308"/>
        <source>This computer&apos;s time zone ({offset})</source>
        <translation>本机时区（{offset}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="312"/>
        <source>The times History, its reports and the other pages show, and the days its date filter and billed counts span. Exports and the command line keep UTC.</source>
        <translation>“历史”、其报告及其他页面显示的时间，以及日期筛选和计费统计所涵盖的日期，均使用此时区。导出文件和命令行仍使用 UTC。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="314"/>
        <source>Ti&amp;mes shown in:</source>
        <translation>显示时间所用时区(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="316"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="320"/>
        <source>&amp;Language (after a restart):</source>
        <translation>语言（重启后生效）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="390"/>
        <source>The built-in engine&apos;s address: a loopback port chosen when it starts.</source>
        <translation>内置引擎的地址：它启动时选定的一个本机（loopback）端口。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="391"/>
        <source>This service&apos;s own address. To use another one, add a custom host profile.</source>
        <translation>这是该服务自己的地址。要使用其他地址，请添加自定义服务地址。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="167"/>
        <source>The Base URL must start with https:// (http:// only for this machine): did you mean {url}?</source>
        <translation>服务地址必须以 https:// 开头（http:// 仅用于本机）：您是否要输入 {url}？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="439"/>
        <source>chosen when the console starts (loopback)</source>
        <translation>控制台启动时自动选择（本机回环地址）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="465"/>
        <source>The built-in engine uses a key pair generated on first start.</source>
        <translation>内置引擎使用首次启动时生成的密钥对。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="474"/>
        <source>Looking in the keyring…</source>
        <translation>正在读取密钥环…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="672"/>
        <source>The api_key typed for {profile} cannot be stored: no system keyring is available.</source>
        <translation>为 {profile} 输入的 api_key 无法保存：没有可用的系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="674"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="682"/>
        <source>Discard it?</source>
        <translation>丢弃它吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="680"/>
        <source>The api_key typed for {profile} is not stored: an api_key is stored only with its api_secret.</source>
        <translation>为 {profile} 输入的 api_key 尚未保存：api_key 只能与其 api_secret 一起保存。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="686"/>
        <source>{profile} was added in this visit and goes with Cancel: discard them with it?</source>
        <translation>{profile} 是本次打开设置时添加的，点击“取消”会将其一并移除：要同时丢弃这些凭据吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="841"/>
        <source>Enter the api_secret of the api_key typed above too, then test again.</source>
        <translation>请同时输入上方 api_key 对应的 api_secret，然后再次测试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="886"/>
        <source>Test connection to {address} with the api_key and api_secret typed above — {result}</source>
        <translation>用上方输入的 api_key 和 api_secret 测试连接 {address} —— {result}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="889"/>
        <source>Test connection to {address} with the api_key and api_secret stored in the keyring — {result}</source>
        <translation>用密钥环中保存的 api_key 和 api_secret 测试连接 {address} —— {result}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="151"/>
        <source>The system keyring is locked ({reason}). Unlock the keyring when it asks, then try again.</source>
        <translation>系统密钥环已锁定（{reason}）。请在提示时解锁密钥环，然后重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="958"/>
        <source>Moving the renamed profiles&apos; credentials in the keyring…</source>
        <translation>正在系统密钥环中迁移已重命名配置的凭据…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="974"/>
        <source>Not renamed: the system keyring did not move the credentials of {old} to {new}, so the profile keeps the name {old} and its credentials. OK saves the other changes.</source>
        <translation>未重命名：系统密钥环未能将 {old} 的凭据移到 {new}，该配置保留名称 {old} 及其凭据。点“确定”保存其他更改。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="1039"/>
        <source>The language changes to {language} when FaceID Console is next started.</source>
        <translation>下次启动 FaceID 控制台时，界面语言将切换为{language}。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="1041"/>
        <source>FaceID Console follows the system&apos;s language when it is next started.</source>
        <translation>下次启动 FaceID 控制台时，界面语言将跟随系统语言。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="469"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="486"/>
        <source>No credentials stored for this profile.</source>
        <translation>此配置尚未保存凭据。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="256"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="693"/>
        <source>Store &amp;in keyring</source>
        <translation>保存到密钥环(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="299"/>
        <source>Co&amp;nnect time-out:</source>
        <translation>连接超时(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="305"/>
        <source>Ans&amp;wer time-out:</source>
        <translation>响应超时(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="501"/>
        <source>api_key and api_secret are stored in the system keyring.</source>
        <translation>api_key 和 api_secret 已保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="592"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="595"/>
        <source>Add a custom host</source>
        <translation>添加自定义服务地址</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="550"/>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="503"/>
        <source>The api_key typed is not the one stored in the system keyring: Store in keyring replaces the stored api_key and api_secret with the ones typed.</source>
        <translation>输入的 api_key 与系统密钥环中保存的不同：点“保存到密钥环”将用输入的 api_key 和 api_secret 替换已保存的。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="522"/>
        <source>Rename this profile (F2)</source>
        <translation>重命名此配置 (F2)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="523"/>
        <source>Built-in profiles keep their names: only a custom host&apos;s profile can be renamed.</source>
        <translation>内置配置不能改名：只有自定义服务地址的配置可以重命名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="530"/>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="532"/>
        <source>A profile name can have at most {limit} characters; this one has {count}.</source>
        <translation>配置名称最多 {limit} 个字符，当前为 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="535"/>
        <source>A profile with that name exists.</source>
        <translation>已存在同名配置。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="538"/>
        <source>A profile renamed in this dialog had that name: press OK first, then use it again.</source>
        <translation>此名称属于本窗口中刚重命名的配置：请先点“确定”，再使用该名称。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="543"/>
        <source>A profile removed in this dialog had that name: press OK first, then use it again.</source>
        <translation>此名称属于本窗口中刚删除的配置：请先点“确定”，再使用该名称。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="569"/>
        <source>Rename profile</source>
        <translation>重命名配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="607"/>
        <source>Base URL (https://…; http:// only for this machine):</source>
        <translation>服务地址（https://…；仅本机可用 http://）：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="666"/>
        <source>Unsaved credentials</source>
        <translation>未保存的凭据</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="684"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="689"/>
        <source>The api_key and api_secret typed for {profile} are not stored yet.</source>
        <translation>为 {profile} 输入的 api_key 和 api_secret 尚未保存。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="691"/>
        <source>Store them in the system keyring, or discard them?</source>
        <translation>将其保存到系统密钥环，还是丢弃？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="676"/>
        <source>The api_key and api_secret typed for {profile} cannot be stored: no system keyring is available.</source>
        <translation>为 {profile} 输入的 api_key 和 api_secret 无法保存：没有可用的系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="358"/>
        <source>The console could not find out which keyring to use ({reason}), so Store in keyring and Forget are off in this visit. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) is running and unlocked, then reopen Settings. The built-in engine works without one.</source>
        <translation>控制台无法确定应使用哪个密钥环（{reason}），因此本次无法“保存到密钥环”或“清除凭据”。请确认 Secret Service（例如 gnome-keyring，或 KDE 上的 KWallet）正在运行且已解锁，然后重新打开设置。内置引擎无需密钥环即可使用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="678"/>
        <source>Discard them?</source>
        <translation>丢弃它们吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="728"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="838"/>
        <source>Enter both the api_key and the api_secret.</source>
        <translation>请同时输入 api_key 和 api_secret。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="736"/>
        <source>Storing in the keyring…</source>
        <translation>正在保存到密钥环…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="749"/>
        <source>Stored in the system keyring.</source>
        <translation>已保存到系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="764"/>
        <source>Not stored yet: wait until the running check has ended, then try again.</source>
        <translation>尚未保存：请等待正在进行的检查结束后再试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="770"/>
        <source>Not stored: no system keyring is available. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings.</source>
        <translation>未保存：没有可用的系统密钥环。请安装并启动 Secret Service（例如 gnome-keyring，KDE 上为 KWallet），重新登录后再打开设置。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="772"/>
        <source>Not stored: the system keyring did not keep the api_key and api_secret; they are still in the fields above. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) is running and unlocked, then store them again.</source>
        <translation>未保存：系统密钥环没有保留 api_key 和 api_secret，它们仍在上方的输入框中。请确认 Secret Service（例如 gnome-keyring，KDE 上为 KWallet）正在运行且已解锁，然后再次保存。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="788"/>
        <source>Credentials forgotten.</source>
        <translation>凭据已清除。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="798"/>
        <source>Forget credentials</source>
        <translation>清除凭据</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="799"/>
        <source>Forget the api_key and api_secret stored for {profile}?</source>
        <translation>要清除为 {profile} 保存的 api_key 和 api_secret 吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="802"/>
        <source>They are deleted from the system keyring now. This cannot be undone: Cancel in Settings does not bring them back.</source>
        <translation>它们将立即从系统密钥环中删除。此操作无法撤销：在设置中点“取消”也无法恢复。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="804"/>
        <source>Forget</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="845"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="874"/>
        <source>Testing {profile}…</source>
        <translation>正在测试 {profile}…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="884"/>
        <source>Test connection to {address} — {result}</source>
        <translation>测试连接 {address} —— {result}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="825"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="851"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="882"/>
        <source>Test connection: {result}</source>
        <translation>测试连接：{result}</translation>
    </message>
</context>
<context>
    <name>SystemReasons</name>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="20"/>
        <source>No such file or directory</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="21"/>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="22"/>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="23"/>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="24"/>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="25"/>
        <source>Read-only file system</source>
        <translation>文件系统只读</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="26"/>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="27"/>
        <source>Not a directory</source>
        <translation>路径中有一项不是文件夹</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="28"/>
        <source>Input/output error</source>
        <translation>读写错误（磁盘或网络存储故障）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="29"/>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="30"/>
        <source>Too many levels of symbolic links</source>
        <translation>链接层级过多（可能是循环链接）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="31"/>
        <source>Device or resource busy</source>
        <translation>设备或资源正忙</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="32"/>
        <source>File too large</source>
        <translation>文件太大</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="33"/>
        <source>Stale file handle</source>
        <translation>网络存储上的文件已失效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="34"/>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="48"/>
        <source>Built-in engine (offline)</source>
        <translation>内置引擎（离线）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="49"/>
        <source>FaceID cloud · China</source>
        <translation>FaceID 云 · 中国大陆</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="50"/>
        <source>FaceID cloud · Singapore</source>
        <translation>FaceID 云 · 新加坡</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="51"/>
        <source>FaceID cloud · Indonesia</source>
        <translation>FaceID 云 · 印度尼西亚</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="54"/>
        <source>{name} (custom host)</source>
        <translation>{name}（自定义地址）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="98"/>
        <source> … ({count} more characters) … </source>
        <extracomment>Between the parts of one status line (a signature&apos;s verdict, the outcome, a repeat), in either language. At most this many characters of a free-text value that came with a callback or an answer (biz_id, biz_no, biz_extra_data, a version, a failure reason) are laid out in a label or a list: Qt lays out a label&apos;s whole text, and a 3 MB biz_id held the window for 14 s.</extracomment>
        <translation> …（另有 {count} 个字符未显示）… </translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="117"/>
        <source>1-in-1,000</source>
        <translation>千分之一</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="118"/>
        <source>1-in-10,000</source>
        <translation>万分之一</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="119"/>
        <source>1-in-100,000</source>
        <translation>十万分之一</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="120"/>
        <source>1-in-1,000,000</source>
        <translation>百万分之一</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="134"/>
        <source>lenient, low-risk checks</source>
        <translation>宽松，适用于低风险业务</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="135"/>
        <source>between lenient and high security</source>
        <translation>介于宽松与高安全之间</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="136"/>
        <source>high security: large loans, transfers</source>
        <translation>高安全：大额贷款、转账</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="137"/>
        <source>extreme security</source>
        <translation>极高安全要求</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="147"/>
        <source>the system keyring is locked ({reason}). Unlock the keyring when it asks, then try again.</source>
        <translation>系统密钥环已锁定（{reason}）。请在提示时解锁密钥环，然后重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="184"/>
        <source>there is no system keyring. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then reopen the profile.</source>
        <translation>没有系统密钥环。请安装并启动 gnome-keyring 或 KWallet 等 Secret Service（macOS 和 Windows 上为系统自带的钥匙串），然后重新打开此配置。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="193"/>
        <source>there is no system keyring: the keyring library offers only {backend}, which keeps api_secrets in a file or nowhere, so it is not used. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then reopen the profile.</source>
        <translation>没有系统密钥环：keyring 库只提供 {backend}，它把 api_secret 存在文件里或根本不保存，因此不予使用。请安装并启动 gnome-keyring 或 KWallet 等 Secret Service（macOS 和 Windows 上为系统自带的钥匙串），然后重新打开此配置。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="213"/>
        <source>no api_key / api_secret stored for this profile. Enter them above and store them in the keyring.</source>
        <translation>此配置没有保存 api_key / api_secret。请在上方填写并保存到密钥环。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="216"/>
        <source>no api_key / api_secret stored for this profile. Enter them in Settings (Ctrl+,).</source>
        <translation>此配置没有保存 api_key / api_secret。请在设置中填写（Ctrl+,）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="220"/>
        <source>the system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then test again.</source>
        <translation>系统密钥环不可用（{detail}）。请启动 gnome-keyring 或 KWallet 等 Secret Service，然后重新测试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="223"/>
        <source>the system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then reopen the profile.</source>
        <translation>系统密钥环不可用（{detail}）。请启动 gnome-keyring 或 KWallet 等 Secret Service，然后重新打开此配置。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="232"/>
        <source>the address is not usable: {detail}</source>
        <translation>服务地址不可用：{detail}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="235"/>
        <source>the built-in engine keeps stopping ({stopped}), so it is not started again by itself. Choose it again in the profile list to retry.</source>
        <translation>内置引擎反复停止（{stopped}），因此不再自动重新启动。请在配置列表中再次选择它以重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="239"/>
        <source>the built-in engine did not start ({detail}).</source>
        <translation>内置引擎未能启动（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="248"/>
        <source>it was replaced</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="250"/>
        <source>ended by signal {signal}</source>
        <translation>被信号 {signal} 终止</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="251"/>
        <source>exit code {code}</source>
        <translation>退出码 {code}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="257"/>
        <source>OK: the service answers and accepts this api_key.</source>
        <translation>正常：服务有响应并接受此 api_key。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="258"/>
        <source>wrong api_key or api_secret: the service refused them. Check them in Settings.</source>
        <translation>api_key 或 api_secret 错误：服务已拒绝。请在设置中检查。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="260"/>
        <source>the api_key is accepted but may not make this call (disabled, over quota or no permission).</source>
        <translation>api_key 已被识别，但不能进行此调用（已停用、调用次数超限或无权限）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="262"/>
        <source>unreachable: nothing answers at this address. Check the address and the network.</source>
        <translation>无法连接：此地址没有响应。请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="264"/>
        <source>no answer in time. The network or the service is slow; try again.</source>
        <translation>响应超时。网络或服务较慢，请重试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="266"/>
        <source>something answers, but it is not a FaceID service (wrong address, or a proxy&apos;s page): check this profile&apos;s base URL.</source>
        <translation>有服务应答，但不是 FaceID 服务（地址有误，或是代理服务器的页面）：请检查此配置的服务地址（base URL）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="269"/>
        <source>a gateway or proxy on the way answered with an error instead of FaceID. Try again; if it keeps happening, check this profile&apos;s base URL and any proxy between here and FaceID.</source>
        <translation>途中的网关或代理代替 FaceID 返回了错误。请重试；若反复出现，请检查此配置的服务地址（base URL）以及本机与 FaceID 之间的代理。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="272"/>
        <source>the api_key and api_secret are accepted, but this account is at its limit of calls at once (concurrency limit). Wait a few seconds and test again.</source>
        <translation>api_key 和 api_secret 已被接受，但此账号的同时调用数已达上限（并发限制）。请稍等几秒后再测试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="275"/>
        <source>the service answered with an error.</source>
        <translation>服务返回了错误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="283"/>
        <source>wrong api_key or api_secret: the service refused them. Enter the right ones above and store them in the keyring.</source>
        <translation>api_key 或 api_secret 错误：服务已拒绝。请在上方填写正确的值并保存到密钥环。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="297"/>
        <source>the connection was closed without an answer. When that happens at once, the address or port is wrong: check this profile&apos;s base URL.</source>
        <translation>连接在应答之前被关闭。若连接立即被关闭，说明地址或端口有误：请检查此配置的服务地址（base URL）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="301"/>
        <source>the answer broke off part-way: the network, or a proxy on the way, broke the connection. Try again; if it keeps happening, check the network and this profile&apos;s base URL.</source>
        <translation>应答中途中断：网络或途中的代理断开了连接。请重试；若反复出现，请检查网络和此配置的服务地址（base URL）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="305"/>
        <source>the answer came, but could not be decoded: a proxy on the way, or the service, sent a broken compressed body. Check any proxy between here and FaceID, and this profile&apos;s base URL.</source>
        <translation>应答已到达，但无法解码：途中的代理或服务本身发送了损坏的压缩内容。请检查本机与 FaceID 之间的代理，以及此配置的服务地址（base URL）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="309"/>
        <source>something answers at this address, but not in HTTP (another kind of service, or http:// to a port that expects HTTPS): check the address and port of this profile&apos;s base URL.</source>
        <translation>此地址有服务应答，但不是 HTTP 应答（其他类型的服务，或用 http:// 访问了只接受 HTTPS 的端口）：请检查此配置服务地址（base URL）中的地址和端口。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="315"/>
        <source>a gateway or proxy on the way answered with an error (HTTP {status}) instead of FaceID: it had no answer, or no usable one, from FaceID. Try again; if it keeps happening, check this profile&apos;s base URL and any proxy between here and FaceID.</source>
        <translation>途中的网关或代理代替 FaceID 返回了错误（HTTP {status}）：它没有从 FaceID 得到应答，或得到的应答无法使用。请重试；若反复出现，请检查此配置的服务地址（base URL）以及本机与 FaceID 之间的代理。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="320"/>
        <source>the service found this profile&apos;s {field} missing or not readable. Check this profile&apos;s api_key and api_secret.</source>
        <translation>服务认为此配置的 {field} 缺失或无法解析。请检查此配置的 api_key 和 api_secret。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="325"/>
        <source>the service answered with a server error its documents do not list. Try again later; if it keeps happening, contact FaceID support.</source>
        <translation>服务返回了文档中未列出的服务器错误。请稍后再试；若持续出现，请联系 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="328"/>
        <source>the service answered with an error its documents do not list. Check this profile&apos;s api_key and api_secret, and look the code up in FaceID&apos;s documents.</source>
        <translation>服务返回了文档中未列出的错误。请检查此配置的 api_key 和 api_secret，并在 FaceID 文档中查找该错误码。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="337"/>
        <source>the service&apos;s certificate is self-signed</source>
        <translation>服务的证书是自签名证书</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="338"/>
        <source>the service&apos;s certificate is signed by an authority the console does not trust</source>
        <translation>服务证书的签发机构不受本控制台信任</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="340"/>
        <source>the service&apos;s certificate is not trusted</source>
        <translation>服务的证书不受信任</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="343"/>
        <source>HTTPS failed: {why}. If a proxy inspects HTTPS here, the console needs its CA certificate (REQUESTS_CA_BUNDLE); otherwise check this profile&apos;s base URL.</source>
        <translation>HTTPS 失败：{why}。若此处有检查 HTTPS 流量的代理，控制台需要该代理的 CA 证书（REQUESTS_CA_BUNDLE）；否则请检查此配置的服务地址（base URL）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="347"/>
        <source>HTTPS failed: the service&apos;s certificate is for another host name than this address. Check the host name in this profile&apos;s base URL.</source>
        <translation>HTTPS 失败：服务证书签发给的主机名与此地址不符。请检查此配置服务地址（base URL）中的主机名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="351"/>
        <source>HTTPS failed: the service&apos;s certificate has expired or is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>HTTPS 失败：服务证书已过期或尚未生效。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="355"/>
        <source>HTTPS failed: the port at this address does not speak HTTPS. Check this profile&apos;s base URL: http:// is only for a service on this computer.</source>
        <translation>HTTPS 失败：此地址的端口不使用 HTTPS。请检查此配置的服务地址（base URL）：http:// 仅用于本机上的服务。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="358"/>
        <source>HTTPS failed: the secure connection could not be set up. Check this profile&apos;s base URL; a proxy or firewall may be stopping HTTPS.</source>
        <translation>HTTPS 失败：无法建立安全连接。请检查此配置的服务地址（base URL）；可能有代理或防火墙阻止了 HTTPS。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="392"/>
        <source>the photo to compare</source>
        <extracomment>The request&apos;s photo fields, in the order the form shows them.</extracomment>
        <translation>待比对照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="394"/>
        <source>the photo to check</source>
        <translation>待验证照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="395"/>
        <source>reference photo 1</source>
        <translation>第 1 张参考照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="396"/>
        <source>reference photo 2</source>
        <translation>第 2 张参考照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="397"/>
        <source>reference photo 3</source>
        <translation>第 3 张参考照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="398"/>
        <source>the identity data source&apos;s photo</source>
        <translation>身份数据源中的照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="399"/>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="400"/>
        <source>the ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="401"/>
        <source>the uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="402"/>
        <source>this profile&apos;s api_key</source>
        <translation>此配置的 api_key</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="403"/>
        <source>this profile&apos;s api_secret</source>
        <translation>此配置的 api_secret</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="404"/>
        <source>the request&apos;s signature</source>
        <translation>请求的签名</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="405"/>
        <source>the signature&apos;s version</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="436"/>
        <source>This answer is for another liveness session: biz_id {asked} was looked up, but the answer is for biz_id {found}. FaceID answers a look-up with that session&apos;s own result, so a caching proxy between here and FaceID, or a mix-up, gave another session&apos;s answer.</source>
        <extracomment>Parameters sent from the profile&apos;s credentials, not typed on any page: they are set in Settings. Parameters the console makes itself for every signed call (get_biz_token), from the credentials and the clock. Parameters a page marks at their field or photo slot when FaceID refuses one (Liveness results: the biz_id). Parameters the console always sends with one value, set by no control: verify&apos;s face_image_type (raw_image).</extracomment>
        <translation>此应答属于另一个活体会话：查询的是 biz_id {asked}，应答却是 biz_id {found} 的。FaceID 只会用所查询会话自己的结果应答，因此是本机与 FaceID 之间的缓存代理，或是一次混淆，给出了另一个会话的应答。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="443"/>
        <source>The server&apos;s answer is not a FaceID answer: its field {field} is missing or not as FaceID sends it.</source>
        <translation>服务器的应答不是 FaceID 的应答：其中的字段 {field} 缺失，或与 FaceID 返回的格式不符。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="486"/>
        <source>The identity data source has no usable photo of this person.</source>
        <extracomment>The calls (``CallKind`` values) FaceID does not bill: fetching a session&apos;s result (the session was billed as it ran). The calls (``CallKind`` values) of the v3 document (get_biz_token), whose errors it words other than verify&apos;s: its INVALID_IMAGE_SIZE is about pixels only, its MULTIPLE_FACES comes bare and is about the photo to compare. The calls whose request the console keeps far below FaceID&apos;s size limit, so that an HTTP 413 of theirs is a proxy&apos;s: a look-up (a biz_id), and an SDK token (at most three photos of at most 2 MB each, under the documents&apos; 20 MB). Service refusals that name no parameter, yet are about one thing on the form: LOW_QUALITY is always about the photo to check (the documents say so); a name that does not match the ID number is checked against the name (the number exists); an ID number the data source does not know, against the number. The same for the v3 document (get_biz_token): its MULTIPLE_FACES is &quot;image图片中有多张人脸&quot; (a reference photo with several faces is compared by its largest).</extracomment>
        <translation>身份数据源中没有此人可用的照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="488"/>
        <source>No face was found in {photo}.</source>
        <translation>在{photo}中没有找到人脸。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="489"/>
        <source>More than one face was found in {photo}.</source>
        <translation>在{photo}中发现多张人脸。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="490"/>
        <source>The face in {photo} is below the face quality threshold.</source>
        <translation>{photo}中的人脸质量低于人脸质量阈值。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="492"/>
        <source>FaceID could not decode {photo}: it is not an image, or it is damaged.</source>
        <translation>FaceID 无法解析{photo}：它不是图片，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="494"/>
        <source>FaceID refused {photo} as too large: wider or taller than 4096 pixels.</source>
        <translation>FaceID 拒绝了{photo}，因为它太大：宽或高超过 4096 像素。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="496"/>
        <source>FaceID refused {photo} as too large: over 2 MB, or wider or taller than 4096 pixels.</source>
        <translation>FaceID 因{photo}过大而拒绝：超过 2 MB，或宽度或高度超过 4096 像素。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="510"/>
        <source>The request to start the session was too large for FaceID or a proxy on the way. Its reference photos are what make it large.</source>
        <translation>开始会话的请求对 FaceID 或途中的代理服务器来说过大。请求中占空间的是参考照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="513"/>
        <source>Choose smaller reference photos. If none were sent (KYC), a proxy between here and FaceID refuses even a small request: check this profile&apos;s address in Settings (Ctrl+,).</source>
        <translation>请选择较小的参考照片。如果没有发送参考照片（KYC），说明本机与 FaceID 之间的代理服务器连很小的请求也拒收：请在设置（Ctrl+,）中检查此配置的地址。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="518"/>
        <source>The look-up was refused as too large, though it sends no photos, only the biz_id: far below any size limit of FaceID&apos;s. A proxy between here and FaceID is the likely cause.</source>
        <translation>此次查询被以过大为由拒绝，但它不带照片，只有 biz_id，远低于 FaceID 的任何大小限制。原因很可能是本机与 FaceID 之间的代理服务器。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="521"/>
        <source>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, ask whoever runs the proxy between here and FaceID to let the look-up through.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的地址；如果地址无误，请让管理本机与 FaceID 之间代理服务器的人放行此查询。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="525"/>
        <source>The request was refused as too large, though its photos (at most 2 MB each) keep it far below FaceID&apos;s 20 MB limit for an SDK token. A proxy between here and FaceID is the likely cause.</source>
        <translation>请求因过大被拒绝，但其中的照片（每张最多 2 MB）使请求远低于 FaceID 对 SDK 令牌 20 MB 的上限。很可能是本机与 FaceID 之间的代理所致。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="529"/>
        <source>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, ask whoever runs the proxy between here and FaceID to let requests of a few MB through; smaller photos may get through meanwhile.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的地址；如果地址无误，请让管理本机与 FaceID 之间代理服务器的人放行几 MB 大小的请求；在此之前，较小的照片或许可以通过。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="545"/>
        <source>Choose a photo at most 4096 pixels wide and tall.</source>
        <translation>请选择宽、高均不超过 4096 像素的照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="547"/>
        <source>Crop the photo to compare to the applicant&apos;s face. Only if the applicant&apos;s face is clearly the largest, untick fail_when_multiple_faces in Options to compare the largest face.</source>
        <translation>请将待比对照片裁剪到申请人的脸。仅当申请人的脸明显是最大的一张时，才在“选项”中取消勾选 fail_when_multiple_faces，以比对最大的人脸。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="553"/>
        <source>Choose a photo in which the face is clearly visible, upright, front-on and well lit.</source>
        <translation>请选择人脸清晰可见、端正、正对镜头且光线充足的照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="555"/>
        <source>Choose or crop a photo that shows only the applicant&apos;s face.</source>
        <translation>请选择或裁剪出只含申请人人脸的照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="557"/>
        <source>Use a sharper, better-lit photo of the face.</source>
        <translation>请使用更清晰、光线更好的人脸照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="560"/>
        <source>Choose a photo in which the face is clearly visible, front-on and well lit; or turn on &apos;Try rotated photos&apos; if it is sideways or upside down.</source>
        <translation>请选择人脸清晰、正面、光线充足的照片；如果照片是横向或倒置的，请勾选“未检测到人脸时尝试旋转照片”。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="563"/>
        <source>Crop the photo to the applicant&apos;s face. Only if the applicant&apos;s face is clearly the largest, untick &apos;Fail when the photo to check has several faces&apos; (or the reference photo option) in Options to compare the largest face.</source>
        <translation>请将照片裁剪到只含申请人的人脸。只有当申请人的人脸明显最大时，才可在“选项”中取消勾选“待验证照片有多张人脸时报错”（或参考照片的对应选项），以比对最大的人脸。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="567"/>
        <source>Use a sharper, better-lit photo, or lower the face quality threshold in Options.</source>
        <translation>请使用更清晰、光线更好的照片，或在选项中降低人脸质量阈值。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="569"/>
        <source>Choose a JPEG or PNG photo that opens in an image viewer.</source>
        <translation>请选择能用看图软件打开的 JPEG 或 PNG 照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="571"/>
        <source>Choose a smaller photo (at most 2 MB and 4096 pixels a side).</source>
        <translation>请选择更小的照片（不超过 2 MB，边长不超过 4096 像素）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="573"/>
        <source>The request was too large for the service or a proxy. Choose smaller photos.</source>
        <translation>请求对服务或代理来说过大。请选择更小的照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="575"/>
        <source>Check the ID number with the applicant&apos;s document; if it is right, the data source has no record of it and KYC cannot be done this way.</source>
        <translation>请对照申请人的证件核对号码；如果号码无误，说明数据源中没有此记录，无法用这种方式完成 KYC。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="578"/>
        <source>Check the spelling of the name against the ID card; this can also be a sign of fraud.</source>
        <translation>请对照身份证核对姓名写法；这也可能是欺诈的迹象。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="580"/>
        <source>Correct the name (at most 32 characters).</source>
        <translation>请修改姓名（不超过 32 个字符）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="581"/>
        <source>Correct the ID number: 18 characters, digits with an optional final X.</source>
        <translation>请修改证件号码：18 位，由数字组成，最后一位可以是 X。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="583"/>
        <source>Stop KYC checks and contact FaceID support until the data source works again.</source>
        <translation>在数据源恢复正常之前，请暂停 KYC 验证，并联系 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="585"/>
        <source>Check the api_key and api_secret of this profile in Settings (Ctrl+,).</source>
        <translation>请在设置中检查此配置的 api_key 和 api_secret（Ctrl+,）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="641"/>
        <source>The api_key and api_secret are not fields of this page: they are this profile&apos;s, in Settings (Ctrl+,). Check them there, then send again. If they are right, give FaceID support the request_id.</source>
        <translation>api_key 和 api_secret 不是本页的字段，而是此配置的设置项，位于设置（Ctrl+,）中。请在那里检查后重新发送。若无误，请将 request_id 提供给 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="646"/>
        <source>The console signs each request itself, from this profile&apos;s api_key and api_secret and this computer&apos;s clock: check the api_key and api_secret in Settings (Ctrl+,) and the clock. If they are right, give FaceID support the request_id.</source>
        <translation>控制台根据此配置的 api_key、api_secret 和本机时钟自行为每个请求签名：请在设置（Ctrl+,）中检查 api_key 和 api_secret，并检查时钟。若无误，请将 request_id 提供给 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="651"/>
        <source>The console sends {field} itself, as the documents give it: nothing on this page sets it. Give FaceID support the request_id.</source>
        <translation>{field} 由控制台按文档规定自行发送，本页没有设置它的控件。请将 request_id 提供给 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="655"/>
        <source>FaceID did not say which parameter: check each field and option on this page, then send again. If it keeps happening, give FaceID support the request_id.</source>
        <translation>FaceID 未说明是哪个参数：请检查本页的每个字段和选项，然后重新发送。若持续出现，请将 request_id 提供给 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="659"/>
        <source>Check how {field} is set on this page (its option or choice), then send again. If it is set as the documents allow, give FaceID support the request_id.</source>
        <translation>请检查本页中 {field} 的设置（其选项或选择），然后重新发送。若设置符合文档要求，请将 request_id 提供给 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="684"/>
        <source>This test api_key has used up its calls. Ask your FaceID account administrator for a production api_key, then store it for this profile in Settings (Ctrl+,).</source>
        <translation>此测试 api_key 的调用次数已用完。请向 FaceID 账号管理员申请正式的 api_key，然后在设置（Ctrl+,）中为此配置保存。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="687"/>
        <source>Compare with reference photos instead (comparison_type 0), or ask your FaceID account administrator to give this api_key the KYC permission.</source>
        <translation>请改用参考照片进行人脸比对（comparison_type 0），或请 FaceID 账号管理员为此 api_key 开通 KYC 验证权限。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="690"/>
        <source>Use KYC verification instead (comparison_type 1), or ask your FaceID account administrator to give this api_key the face comparison permission.</source>
        <translation>请改用 KYC 验证（comparison_type 1），或请 FaceID 账号管理员为此 api_key 开通人脸比对权限。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="693"/>
        <source>Ask your FaceID account administrator whether this api_key can be enabled again; otherwise store a working api_key and api_secret for this profile in Settings (Ctrl+,).</source>
        <translation>请向 FaceID 账号管理员确认此 api_key 能否重新启用；否则请在设置（Ctrl+,）中为此配置保存可用的 api_key 和 api_secret。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="696"/>
        <source>Ask your FaceID account administrator to allow calls from this network&apos;s public IP address, or send from a network that is allowed.</source>
        <translation>请 FaceID 账号管理员允许来自本网络公网 IP 地址的调用，或从允许的网络发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="699"/>
        <source>FaceID takes no more comparison attempts for now: sending again is refused the same way. Ask your FaceID account administrator about the retry limit.</source>
        <translation>FaceID 目前不再接受比对尝试：重新发送会以同样原因被拒绝。请向 FaceID 账号管理员询问重试次数上限。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="702"/>
        <source>Check this computer&apos;s date, time and time zone: each request is signed with the current time, and FaceID found the signature already expired. Set the clock right (turn on automatic time), then send again.</source>
        <translation>请检查本机的日期、时间和时区：每个请求都用当前时间签名，而 FaceID 认为签名已过期。请校准时钟（开启自动对时），然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="706"/>
        <source>Check this profile&apos;s api_key and api_secret in Settings (Ctrl+,): the console signs each request with them, and FaceID could not match the signature.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的 api_key 和 api_secret：控制台用它们为每个请求签名，而 FaceID 无法核对该签名。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="710"/>
        <source>Ask your FaceID account administrator to enable this api_key for this call.</source>
        <translation>请联系 FaceID 账号管理员为此 api_key 开通该调用权限。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="587"/>
        <source>Too many calls at once for this api_key. Wait a few seconds and send again; nothing was billed.</source>
        <translation>此 api_key 的并发调用过多。请等几秒后重新发送；本次未计费。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="589"/>
        <source>Send again; if it keeps failing, contact FaceID support.</source>
        <translation>请重新发送；如果持续失败，请联系 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="591"/>
        <location filename="../../faceid_console/ui/texts.py" line="593"/>
        <source>The call may have been processed and billed. Check with your team before sending again.</source>
        <translation>该调用可能已被处理并计费。重新发送前请与团队确认。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="595"/>
        <source>Check the profile&apos;s address in Settings (Ctrl+,) and the network, then send again.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的地址，并检查网络，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="597"/>
        <source>Check this profile&apos;s address and port in Settings (Ctrl+,): a host that closes the connection at once is not FaceID. If the address is right, the call may have been processed and billed: check with your team before sending again.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的地址和端口：立即关闭连接的主机不是 FaceID。若地址无误，该调用可能已被处理并计费：重新发送前请与团队确认。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="601"/>
        <source>The call may have been processed and billed. Check with your team before sending again; if answers keep breaking off, check the network and any proxy between here and FaceID.</source>
        <translation>该调用可能已被处理并计费。再次发送前请与团队核实；若应答反复中断，请检查网络以及本机与 FaceID 之间的代理。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="604"/>
        <source>The call may have been processed and billed: do not send it again blindly, check with your team first. If answers keep coming undecodable, a proxy between here and FaceID (or the service) is breaking its compressed answers: tell whoever runs it (your IT team, or FaceID support).</source>
        <translation>该调用可能已被处理并计费：请勿贸然重发，先与团队核实。若应答反复无法解码，说明本机与 FaceID 之间的代理（或服务本身）损坏了压缩的应答：请告知其维护方（您的 IT 团队，或 FaceID 客服）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="608"/>
        <source>Check this profile&apos;s address and port in Settings (Ctrl+,): FaceID&apos;s cloud addresses begin with https:// and need no port. Nothing was billed: send again once the address is right.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的地址和端口：FaceID 云服务地址以 https:// 开头，无需端口。未计费：地址改正后请重新发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="611"/>
        <source>Something between you and FaceID (a proxy or gateway) answered instead. Check the address in Settings; if it is right, try again later.</source>
        <translation>响应来自您与 FaceID 之间的代理或网关。请在设置中检查地址；如果地址无误，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="614"/>
        <source>Check the base URL of this profile in Settings.</source>
        <translation>请在设置中检查此配置的服务地址。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="615"/>
        <source>The service gives a result only once and for one day. If this console fetched it before, open it in History; otherwise it is gone: run a new liveness session.</source>
        <translation>服务对结果只返回一次，且只保留一天。如果本控制台之前已获取过，请在“历史”中打开；否则结果已无法获取，请重新发起活体会话。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="618"/>
        <source>Check the biz_id (copy it from the callback or the return_url), and that the session was made with this profile&apos;s api_key.</source>
        <translation>请检查 biz_id（从回调或 return_url 中复制），并确认会话是用此配置的 api_key 创建的。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="621"/>
        <source>Fill in the field that is marked.</source>
        <translation>请填写标出的字段。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="622"/>
        <source>Every call is recorded before it is sent. Check the history database in Settings (or the disk space), then send again.</source>
        <translation>每次调用在发送前都会先记录。请检查设置中的历史数据库（或磁盘空间），然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="625"/>
        <source>Correct the field that is marked.</source>
        <translation>请修改标出的字段。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="629"/>
        <source>Look biz_id {asked} up again. If another session&apos;s answer comes back again, a proxy or cache between here and FaceID is answering: have it pass get_result through uncached. Do not decide on this answer: it is not this session&apos;s result.</source>
        <translation>请再次查询 biz_id {asked}。如果返回的仍是另一个会话的应答，说明本机与 FaceID 之间有代理或缓存在应答：请让其对 get_result 不做缓存、直接转发。不要依据此应答做出决定：它不是此会话的结果。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="634"/>
        <source>Check this profile&apos;s base URL in Settings (Ctrl+,): the host there answers, but not as FaceID does. The answer is recorded in History as an error, not as a result.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的服务地址（base URL）：该主机有应答，但不是 FaceID 的应答。此应答已作为错误记入历史记录，而不是作为结果。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="663"/>
        <source>Correct the field or photo that is marked, then send again.</source>
        <translation>请修改标出的字段或照片，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="668"/>
        <source>FaceID&apos;s documents do not list this error, which came with a server error (HTTP {status}). Try again later; if it keeps happening, give FaceID support the request_id.</source>
        <translation>FaceID 文档中未列出此错误，它随服务器错误（HTTP {status}）一同返回。请稍后再试；若持续出现，请将 request_id 提供给 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="672"/>
        <source>FaceID&apos;s documents do not list this error. Check the request and this profile&apos;s api_key and api_secret, and look the code up in FaceID&apos;s documents; if it stays unclear, give FaceID support the request_id.</source>
        <translation>FaceID 文档中未列出此错误。请检查请求以及此配置的 api_key 和 api_secret，并在 FaceID 文档中查找该错误码；若仍不清楚，请将 request_id 提供给 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="676"/>
        <source>Note the request_id and contact FaceID support if this keeps happening.</source>
        <translation>如果反复出现，请记下 request_id 并联系 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="726"/>
        <source>Check the ID number this session was started with against the applicant&apos;s document. The comparison is not run again for this session: if the number was wrong, start a new session (get_token) with the right one; if it was right, the data source has no record of it and KYC cannot be done this way.</source>
        <extracomment>A session&apos;s comparison errors about one of its photos (the error names which): the applicant&apos;s, as the session took it, or a reference photo the session was started with. The reference photos a session is started with (get_token&apos;s image_ref1..3): the reviewer&apos;s, not the applicant&apos;s.</extracomment>
        <translation>请将发起此次会话时使用的证件号码与申请人的证件核对。此次会话的比对不会再次进行：如果号码有误，请用正确的号码发起新的会话（get_token）；如果号码无误，说明数据源中没有此记录，无法用这种方式完成 KYC。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="732"/>
        <source>Check the name this session was started with against the ID card; this can also be a sign of fraud. The comparison is not run again for this session: to compare again, start a new session (get_token) with the name corrected.</source>
        <translation>请将发起此次会话时使用的姓名与身份证核对；这也可能是欺诈的迹象。此次会话的比对不会再次进行：如需重新比对，请用更正后的姓名发起新的会话（get_token）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="737"/>
        <source>Stop KYC checks and contact FaceID support. Once they confirm the data source works again, start a new session (get_token) for this applicant.</source>
        <translation>请暂停 KYC 验证并联系 FaceID 客服。待其确认数据源恢复正常后，再为该申请人发起新的会话（get_token）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="741"/>
        <source>The data source has no usable photo of this person, so a new session would fail the same way: confirm the applicant another way, such as their documents.</source>
        <translation>数据源中没有此人可用的照片，新的会话也会同样失败：请通过其他方式（例如其证件）确认申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="747"/>
        <source>Crop {photo}, which this session was started with, to the applicant&apos;s face alone, or choose another photo of the applicant alone. The comparison is not run again for this session: start a new session (get_token) with that photo and send the applicant its link.</source>
        <translation>请将发起此次会话时使用的{photo}裁剪为只含申请人的人脸，或另选一张只有申请人一人的照片。此次会话的比对不会再次进行：请用该照片发起新的会话（get_token），并把链接发给申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="752"/>
        <source>Choose another photo for {photo}, which this session was started with: a JPEG or PNG of the applicant&apos;s face, clearly visible, front-on and well lit. The comparison is not run again for this session: start a new session (get_token) with that photo and send the applicant its link.</source>
        <translation>请为发起此次会话时使用的{photo}另选一张照片：JPEG 或 PNG 格式，申请人人脸清晰、正面、光线充足。此次会话的比对不会再次进行：请用该照片发起新的会话（get_token），并把链接发给申请人。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="758"/>
        <source>The applicant&apos;s photo from the session could not be compared. Start a new session (get_token) and ask the applicant to be alone in front of the camera, the face well lit.</source>
        <translation>会话中采集的申请人照片无法比对。请发起新的会话（get_token），并请申请人独自面对摄像头、面部光线充足。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="761"/>
        <source>This session&apos;s comparison is not run again, and its result is given only once: start a new session (get_token) on the Liveness session page and send the applicant its link. If comparisons keep failing, note the biz_id and contact FaceID support.</source>
        <translation>此次会话的比对不会再次进行，其结果也只给出一次：请在“活体会话”页面发起新的会话（get_token）并将其链接发给申请人。若比对持续失败，请记下 biz_id 并联系 FaceID 客服。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="780"/>
        <source>Billing not known: the answer does not say which verify error failed the comparison, and FaceID bills some of them (an ID number it has no record of, a name that does not match it, no usable photo in the data source).</source>
        <translation>是否计费未知：应答未说明是哪个 verify 错误导致比对失败，而 FaceID 会对其中部分错误计费（数据源中没有记录的证件号码、与号码不匹配的姓名、数据源中没有可用照片）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="785"/>
        <source>Billed: FaceID&apos;s billing table charges the session for this failed comparison.</source>
        <translation>已计费：按 FaceID 的计费规则，这次失败的比对会向该会话收费。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="787"/>
        <source>Not billed: FaceID&apos;s billing tables do not list this error.</source>
        <translation>未计费：FaceID 的计费规则未列出此错误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="794"/>
        <source>If your network inspects HTTPS (a bank&apos;s proxy often does), ask your IT team for the proxy&apos;s CA certificate and add it to the system&apos;s trust store (on Debian or Ubuntu: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates). Then start the console with REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt: without that variable it trusts only the authorities it ships with, not the system&apos;s store. Otherwise check this profile&apos;s address in Settings (Ctrl+,).</source>
        <translation>若您的网络会检查 HTTPS 流量（银行的代理常会如此），请向 IT 部门索取该代理的 CA 证书并将其加入系统信任库（Debian 或 Ubuntu：复制到 /usr/local/share/ca-certificates/ 后运行 update-ca-certificates）。然后以 REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt 启动控制台：未设置该变量时，控制台只信任其自带的证书颁发机构，而不使用系统信任库。否则请在设置（Ctrl+,）中检查此配置的地址。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="802"/>
        <source>Check the host name in this profile&apos;s address in Settings (Ctrl+,): use the name the service&apos;s certificate is issued for, not an IP address or another name for it. If the address is right, a proxy that inspects HTTPS may be answering: ask your IT team.</source>
        <translation>请在设置（Ctrl+,）中检查此配置地址中的主机名：请使用服务证书签发给的名称，而不是 IP 地址或其他别名。若地址无误，可能是检查 HTTPS 流量的代理在应答：请咨询 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="807"/>
        <source>Check this computer&apos;s date and time. If they are right, the service&apos;s certificate has expired: tell whoever runs the service (FaceID support, for FaceID&apos;s cloud).</source>
        <translation>请检查本机的日期和时间。若时间无误，说明服务证书已过期：请告知服务的运营方（FaceID 云服务请联系 FaceID 客服）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="811"/>
        <source>Check this profile&apos;s address in Settings (Ctrl+,): FaceID&apos;s cloud addresses begin with https:// and need no port. An address with http:// is only for a service on this computer, such as the built-in engine.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的地址：FaceID 云服务地址以 https:// 开头，无需端口。http:// 地址仅用于本机上的服务，例如内置引擎。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="815"/>
        <source>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, a proxy or firewall may be stopping HTTPS to it: ask your IT team. Nothing was sent; send again once it is fixed.</source>
        <translation>请在设置（Ctrl+,）中检查此配置的地址。若地址无误，可能有代理或防火墙阻止了到该地址的 HTTPS：请咨询 IT 部门。请求未发出；问题解决后请重新发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="831"/>
        <source>Billing unknown: the call may have been processed.</source>
        <translation>是否计费未知：该调用可能已被处理。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="833"/>
        <source>Not billed: nothing reached the service.</source>
        <translation>未计费：请求没有到达服务器。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="835"/>
        <source>Billing not known: FaceID&apos;s documents do not list this error.</source>
        <translation>是否计费未知：FaceID 文档中未列出此错误。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="837"/>
        <source>Billed: this failed call is charged.</source>
        <translation>已计费：这次失败的调用会收费。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="838"/>
        <source>Not billed.</source>
        <translation>未计费。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="778"/>
        <location filename="../../faceid_console/ui/texts.py" line="860"/>
        <source>Not billed: the built-in engine charges nothing.</source>
        <translation>不计费：内置引擎不收取任何费用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="867"/>
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="868"/>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="869"/>
        <source>Photos disagree</source>
        <translation>照片之间不一致</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="870"/>
        <source>ID used in attacks</source>
        <translation>证件号曾被冒用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="871"/>
        <source>ID card not checked</source>
        <translation>证件未经核验</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="872"/>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="873"/>
        <source>Liveness failed</source>
        <translation>活体未通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="874"/>
        <source>Attack suspected</source>
        <translation>疑似攻击</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="875"/>
        <source>Spoken consent failed</source>
        <translation>意愿确认未通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="876"/>
        <source>Comparison failed</source>
        <translation>比对失败</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="877"/>
        <source>Not compared</source>
        <translation>未比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="878"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="879"/>
        <source>Signature valid</source>
        <translation>签名有效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="880"/>
        <source>Signature invalid</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="881"/>
        <source>Signature not checked</source>
        <translation>签名未校验</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="992"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="993"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="994"/>
        <source>Escalated</source>
        <translation>已上报复核</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1001"/>
        <source>Same person, documents consistent</source>
        <translation>同一人，证件一致</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1002"/>
        <source>Different person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1003"/>
        <source>Photo quality too low to judge</source>
        <translation>照片质量过低，无法判断</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1004"/>
        <source>Suspected spoof (screen, mask, synthetic face)</source>
        <translation>疑似假脸攻击（屏幕翻拍、面具、合成人脸）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1006"/>
        <source>ID number flagged by the data source</source>
        <translation>证件号码被数据源标记</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1008"/>
        <source>Name and ID number not confirmed by the data source</source>
        <translation>姓名与身份证号未通过数据源核验</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1010"/>
        <source>Needs a senior reviewer</source>
        <translation>需要高级审核员复核</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="496"/>
        <location filename="../../faceid_console/ui/report.py" line="754"/>
        <source>FaceID verification report</source>
        <extracomment>The smallest a report is shrunk to stay on one page (its 9 pt text printed at 8 pt); a longer one continues on further pages at full size (16 long notes were shrunk to 0.136, unreadable). Marks the decision trail&apos;s table in a report&apos;s document (a user property of its format). How far a page&apos;s clip stops short of where the next page starts, so that the next page&apos;s first line, which begins exactly there, is not drawn on this page too. A refusal&apos;s (LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND), which compared none: each held to the threshold sent. The face_quality_threshold sent. How a kept callback&apos;s record starts (``refused_callback``): read so when the record was cut at its length limit (a callback of more than 4 MB), which leaves no JSON to parse. The table&apos;s top, and the border under its header row (halfway to the first row&apos;s text). The bottom of the table&apos;s first row (a page never ends between it and the header) and of the table. The entry that sent this one again (its outcome unknown), if one did: the report names it, as History. The zone its times are in, as the window shows them (by default this computer&apos;s), named beside them. An entry without an answer as History&apos;s list words it (&quot;Sent, waiting for the answer&quot;); by default its outcome is unknown. The window&apos;s language, for the service&apos;s codes explained in the outcome&apos;s reason. The profile as the window names it (&quot;Built-in engine (offline)&quot;), not its settings key. The liveness session&apos;s answer (get_result&apos;s, or a checked callback&apos;s data), if the entry holds one.</extracomment>
        <translation>FaceID 核验报告</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="500"/>
        <source>History entry</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="501"/>
        <location filename="../../faceid_console/ui/report.py" line="600"/>
        <source>Time ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="502"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="503"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="504"/>
        <location filename="../../faceid_console/ui/report.py" line="600"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="505"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="506"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="507"/>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="508"/>
        <source>request_id</source>
        <translation>request_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="509"/>
        <source>biz_id</source>
        <translation>biz_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="510"/>
        <source>Policy level</source>
        <translation>策略等级</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="513"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="517"/>
        <source>Outcome</source>
        <translation>调用状态</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="515"/>
        <source>Outcome unknown, not resent</source>
        <translation>结果未知，未重新发送</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="516"/>
        <source>Outcome unknown, resent as entry {entry}</source>
        <translation>结果未知，已重新发送为条目 {entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="519"/>
        <source>Resend of</source>
        <translation>重新发送自</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="519"/>
        <source>entry {id}</source>
        <translation>条目 {id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="549"/>
        <source>Attack suspected: a face-genuineness check reached its threshold</source>
        <translation>疑似攻击：有一项人脸真实性检测达到了阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="560"/>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="556"/>
        <source>{verdict}; confidence {confidence}</source>
        <translation>{verdict}；置信度 {confidence}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="563"/>
        <source>Scores and thresholds</source>
        <translation>分数与阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="566"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="566"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="576"/>
        <source>Identity exceptions</source>
        <translation>身份异常</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="584"/>
        <source>Face genuineness</source>
        <translation>人脸真实性</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="590"/>
        <source>Decision and trail</source>
        <translation>审核决定及历史记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="590"/>
        <source>No decision recorded.</source>
        <translation>尚未记录决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="600"/>
        <source>Decision</source>
        <translation>审核决定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="601"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="605"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="605"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="607"/>
        <source>{decision} ({state})</source>
        <translation>{decision}（{state}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="633"/>
        <source>Photo to compare</source>
        <translation>待比对照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="782"/>
        <source>FaceID verification report · entry {id} · page {page} of {count}</source>
        <translation>FaceID 核验报告 · 条目 {id} · 第 {page} 页，共 {count} 页</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="181"/>
        <source>Fill in the applicant and photos on the left, then press Verify (Ctrl+Return).</source>
        <extracomment>Whether that call was billed: None when not known (no answer came, or an error the documents do not list); never on the built-in engine, which bills nothing. Its history entry when its outcome is unknown: the same inputs sent again are recorded as its resend. Emitted after each answer (result or error) has been shown. The reviewer asks to record a decision on the history entry of the answer on show. The history entry of the last call sent from this page. Photo parameters of the call in flight sent under another number (image_ref2 from slot 3), to its slot. The photo to check and the reference photos (by score, ``result_ref1``) of the call in flight or the answer on show, upright as sent; let go of when another outcome takes its place (a photo is not kept past it). The face_quality_threshold of the call in flight, which a refusal&apos;s faces are held to. Draws the outcome on show again in the result view (its marks too), to put it back after a switch.</extracomment>
        <translation>在左侧填写申请人信息并选择照片，然后点击“验证”（Ctrl+Return）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="420"/>
        <source>⚠ This is about the form as it was when Verify was pressed; the form has changed since. Press Verify (Ctrl+Return) for an answer about it as it is now.</source>
        <translation>⚠ 此处显示的内容针对的是按下“验证”时的表单，表单此后已更改。按“验证”（Ctrl+Return）获取针对当前内容的应答。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="231"/>
        <source>Applicant</source>
        <extracomment>The profile the answer on show (or the call on its way) came from; switching to another one clears it. Each slot&apos;s ``choice`` when Verify was pressed: an answer marks only a slot that still holds what was sent. Where the keyboard was when Verify was pressed: a problem takes it only if the reviewer has not moved it. The applicant and photos the outcome on show is about (None: nothing on show is); a form changed since says so above it, so an answer is never read as being about another applicant.</extracomment>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="234"/>
        <source>&amp;KYC: name and ID number</source>
        <translation>KYC 验证：姓名和证件号码(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="235"/>
        <source>comparison_type=1: compare with the ID photo of the identity data source</source>
        <translation>comparison_type=1：与身份数据源中的证件照比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="236"/>
        <source>Face &amp;comparison: uuid and reference photos</source>
        <translation>人脸比对：uuid 和参考照片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="237"/>
        <source>comparison_type=0: compare with your own reference photos</source>
        <translation>comparison_type=0：与您提供的参考照片比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="251"/>
        <source>Name (idcard_name)</source>
        <translation>姓名（idcard_name）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="252"/>
        <source>as printed on the ID card</source>
        <translation>与身份证上一致</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="256"/>
        <source>ID number (idcard_number)</source>
        <translation>证件号码（idcard_number）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="257"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="258"/>
        <source>&amp;Mask</source>
        <translation>脱敏(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="259"/>
        <source>Hide the ID number on screen</source>
        <translation>在屏幕上对证件号码脱敏显示</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="260"/>
        <source>Mask the ID number on screen</source>
        <translation>在屏幕上对证件号码脱敏显示</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="265"/>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="266"/>
        <source>your own id for this applicant</source>
        <translation>您为此申请人设定的编号</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="268"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="270"/>
        <source>I&amp;D number:</source>
        <translation>证件号码(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="272"/>
        <source>&amp;uuid:</source>
        <translation>uuid(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="283"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="285"/>
        <source>Choose, drop or paste (Ctrl+V) a photo into each box. JPEG, PNG, BMP, WebP or TIFF.</source>
        <translation>在每个框中选择、拖入或粘贴（Ctrl+V）照片。支持 JPEG、PNG、BMP、WebP 或 TIFF。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="82"/>
        <source>Photo to check</source>
        <extracomment>The history cannot record the call, so it is not sent (every call must be journaled first). The documents&apos; default face_quality_threshold.</extracomment>
        <translation>待验证照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="83"/>
        <source>Reference photo 1</source>
        <translation>参考照片 1</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="84"/>
        <source>Reference photo 2</source>
        <translation>参考照片 2</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="85"/>
        <source>Reference photo 3</source>
        <translation>参考照片 3</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="305"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="309"/>
        <source>fail_when_multiple_faces (default 1): on, MULTIPLE_FACES is returned; off, the largest face is used</source>
        <translation>fail_when_multiple_faces（默认 1）：勾选时返回 MULTIPLE_FACES；不勾选时使用最大的人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="314"/>
        <source>fail_when_ref_multiple_faces (default 1): on, MULTIPLE_FACES is returned; off, the largest face is used</source>
        <translation>fail_when_ref_multiple_faces（默认 1）：勾选时返回 MULTIPLE_FACES；不勾选时使用最大的人脸</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="320"/>
        <source>Face quality threshold</source>
        <translation>人脸质量阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="322"/>
        <source>face_quality_threshold (0–100, default 30): a face of lower quality in the photo to check gives LOW_QUALITY</source>
        <translation>face_quality_threshold（0–100，默认 30）：待验证照片中人脸质量低于此值时返回 LOW_QUALITY</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="324"/>
        <source>Face &amp;quality threshold:</source>
        <translation>人脸质量阈值(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="328"/>
        <source>return_faces (service default 0; on in the console so boxes can be drawn)</source>
        <translation>return_faces（服务默认 0；控制台默认开启，以便绘制人脸框）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="307"/>
        <source>Fail when the photo to check has &amp;several faces</source>
        <translation>待验证照片有多张人脸时报错(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="312"/>
        <source>Fail when a &amp;reference photo has several faces</source>
        <translation>参考照片有多张人脸时报错(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="326"/>
        <source>Return face &amp;boxes and quality</source>
        <translation>返回人脸框和质量(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="331"/>
        <source>Try rotated ph&amp;otos when no face is found</source>
        <translation>未检测到人脸时尝试旋转照片(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="333"/>
        <source>multi_oriented_detection (default 0): also looks for a face turned 90°, 180° or 270°; slower when on</source>
        <translation>multi_oriented_detection（默认 0）：还会查找旋转了 90°、180° 或 270° 的人脸；开启后调用会变慢</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="350"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="357"/>
        <source>&amp;New applicant</source>
        <translation>新申请人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="364"/>
        <source>Empty the applicant, every photo and the answer, for the next applicant ({key})</source>
        <translation>清空申请人、所有照片和响应，准备录入下一位申请人（{key}）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="367"/>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="369"/>
        <source>New applicant</source>
        <translation>新申请人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="374"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="376"/>
        <source>Stop while the photos are being prepared (Esc)</source>
        <translation>在照片预处理期间停止（Esc）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="379"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="519"/>
        <source>Send one verify call (Ctrl+Return). Every call is billed.</source>
        <translation>发送一次 verify 调用（Ctrl+Return）。每次调用都会计费。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="382"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="422"/>
        <source>⚠ These problems were found in the form as it was then (nothing was sent); the form has changed since. Press Verify (Ctrl+Return) to check it again.</source>
        <translation>⚠ 这些问题是在当时的表单中发现的（未发送任何内容），表单此后已更改。请按“验证”（Ctrl+Return）重新检查。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="520"/>
        <source>Send one verify call to the built-in engine (Ctrl+Return). Nothing is billed.</source>
        <translation>向内置引擎发送一次 verify 调用（Ctrl+Return）。不计费。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="528"/>
        <source>Waiting for the connection (see the top bar)…</source>
        <translation>正在等待连接（见顶部状态栏）…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="530"/>
        <source>The profile is not usable: see the top bar, or open Settings.</source>
        <translation>此配置不可用：请查看顶部状态栏，或打开设置。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="532"/>
        <source>Preparing photos…</source>
        <translation>正在预处理照片…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="566"/>
        <source>Not sent again.</source>
        <translation>未重新发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="571"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="606"/>
        <source>Ready for the next applicant.</source>
        <translation>可以录入下一位申请人了。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="614"/>
        <source>Empty the form without a decision?</source>
        <translation>未记录审核决定就清空表单？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="615"/>
        <source>No decision is recorded on the answer on show yet. It stays in History, where the Undecided filter lists it for a decision later.

Empty the form for a new applicant anyway?</source>
        <translation>当前显示的响应尚未记录审核决定。它保留在“历史”中，“待决定”筛选会列出它，可稍后再决定。

仍要清空表单以录入新申请人吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="629"/>
        <source>No answer from this profile yet</source>
        <translation>尚无来自此配置的响应</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="630"/>
        <source>What was shown here was for profile {profile}, and is kept in History.</source>
        <translation>此处显示的内容属于配置 {profile}，已保存在“历史”中。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="646"/>
        <source>These exact inputs were already sent (request_id {request_id}), and that call was billed. Sending them again is billed again.

Send them again?</source>
        <translation>完全相同的内容已经发送过（request_id {request_id}），那次调用已计费。再次发送会再次计费。

再次发送吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="648"/>
        <source>These exact inputs were already sent (request_id {request_id}), and whether that call was billed is not known: it may have been. Sending them again may be billed twice.

Send them again?</source>
        <translation>完全相同的内容已经发送过（request_id {request_id}），那次调用是否计费未知：可能已计费。再次发送可能重复计费。

再次发送吗？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="652"/>
        <source>Send the same inputs again?</source>
        <translation>再次发送相同的内容？</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="679"/>
        <source>Enter a face quality threshold from 0 to 100: the box is empty.</source>
        <translation>请输入 0 到 100 之间的人脸质量阈值：该框为空。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="712"/>
        <source>Preparing photos… (Esc cancels)</source>
        <translation>正在预处理照片…（按 Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="721"/>
        <source>Choose {photo} again: it was cleared before it could be sent.</source>
        <translation>请重新选择{photo}：它在发送前已被清除。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="807"/>
        <source>Not sent: the profile was changed while the photos were prepared. Press Verify to send with {profile}.</source>
        <translation>未发送：准备照片期间切换了配置。请按“验证”以使用 {profile} 发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="871"/>
        <source>Answer received — {headline}</source>
        <translation>已收到响应——{headline}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="904"/>
        <source>Not verified — {reason}</source>
        <translation>未完成验证——{reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="749"/>
        <source>Waiting for FaceID… (sent; the answer will be shown)</source>
        <translation>等待 FaceID 响应…（已发送；收到后会显示结果）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="536"/>
        <source>⚠ KYC sends 1 reference photo too</source>
        <translation>⚠ KYC 也会发送 1 张参考照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="537"/>
        <source>⚠ KYC sends {count} reference photos too</source>
        <translation>⚠ KYC 也会发送 {count} 张参考照片</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="539"/>
        <source>KYC needs no reference photo. Any in the slots is sent with this applicant&apos;s call and kept in History: clear it if it is not this applicant&apos;s.</source>
        <translation>KYC 不需要参考照片。框中的参考照片会随此申请人的请求一起发送，并保存在“历史”中：如果不是此申请人的照片，请清除。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="811"/>
        <source>Not sent: {photo} was replaced while the photos were being prepared. Press Verify to send the new one.</source>
        <translation>未发送：准备照片期间更换了{photo}。请按“验证”发送新照片。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="815"/>
        <source>Not sent: the form was changed while the photos were being prepared. Check it and press Verify again.</source>
        <translation>未发送：准备照片期间修改了表单。请检查后再按“验证”。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="872"/>
        <source>Answer received.</source>
        <translation>已收到响应。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="928"/>
        <source>The answer from profile {profile} came after the switch and is kept in History.</source>
        <translation>配置 {profile} 的响应在切换之后才到达，已保存在“历史”中。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="947"/>
        <source>The built-in engine&apos;s KYC registry has no such person: add them with &apos;faceid-console engine registry add&apos; (see README), or use Face comparison with reference photos, which needs no registry.</source>
        <translation>内置引擎的 KYC 登记表中没有此人：请用“faceid-console engine registry add”添加（见 README），或改用“人脸比对”并提供参考照片，无需登记。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="953"/>
        <source>Stopped by an unexpected error (see the report)</source>
        <translation>因意外错误而停止（见错误报告）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="959"/>
        <source>Stopped by an unexpected error; the window keeps working.</source>
        <translation>因意外错误而停止；窗口仍可继续使用。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="964"/>
        <source>Cancelled: nothing was sent</source>
        <translation>已取消：请求未发出</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="970"/>
        <source>Cancelled: nothing was sent.</source>
        <translation>已取消：请求未发出。</translation>
    </message>
</context>
</TS>

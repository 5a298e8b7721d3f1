<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppTokenPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="206"/>
        <source>meglive — action liveness</source>
        <extracomment>The documents: a biz_token is valid for one hour, for one session. How a token just issued is worded (``_word_issued``): the latest request&apos;s answer, not failed since. The form&apos;s width beside the token where the window has room for both (more when its photos need it). How small the face labels&apos; type may be made (of the window&apos;s) on a photo narrowed beside the form. The liveness types a parameter applies to; None for all. Integer parameters: (name, lowest, highest, default, the liveness types it applies to). liveness_timeout&apos;s default by liveness type (get_biz_token v3): 10 s for each action (meglive), 60 s for the mirror step (still). flash has flash_liveness_timeout instead, raw_image no liveness check to time. Yes/no parameters: (name, default, the liveness types it applies to). Each flag&apos;s Alt key, a letter of its name: none taken by another control of the page, the tool bar or a menu. The face_quality_threshold sent: the largest face&apos;s quality is held to it (LOW_QUALITY below it). A refusal&apos;s faces (LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND): none of them is to be compared. Emitted after each answer (token or error) has been shown. The error on show, with the rest, and what the fields and photo slots held when it was marked. The photo to compare of the request on its way, upright as sent, and its face_quality_threshold. The faces of the latest answer on show (None: none): a new request takes them off. The profile the error on show came from: an error is about the calls of its own profile. The profile whose account issued the token on show: a biz_token works only with that account.</extracomment>
        <translation>meglive — action liveness</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="207"/>
        <source>still — silent liveness</source>
        <translation>still — silent liveness</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="208"/>
        <source>flash — colour-flash liveness (safer, a little lower pass rate)</source>
        <translation>flash — colour-flash liveness (safer, a little lower pass rate)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="210"/>
        <source>raw_image — no liveness, compare an uploaded photo</source>
        <translation>raw_image — no liveness, compare an uploaded photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="239"/>
        <source>empty by default; at most 128 bytes</source>
        <translation>empty by default; at most 128 bytes</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="214"/>
        <source>&amp;liveness_type:</source>
        <translation>&amp;liveness_type:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="216"/>
        <source>&amp;KYC (1): identity data source</source>
        <translation>&amp;KYC (1): identity data source</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="217"/>
        <source>Face c&amp;omparison (0): your photos</source>
        <translation>Face c&amp;omparison (0): your photos</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="226"/>
        <source>co&amp;mparison_type:</source>
        <translation>co&amp;mparison_type:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="231"/>
        <source>idcard_&amp;name:</source>
        <translation>idcard_&amp;name:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="234"/>
        <source>&amp;idcard_number:</source>
        <translation>&amp;idcard_number:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="237"/>
        <source>&amp;uuid:</source>
        <translation>&amp;uuid:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="241"/>
        <source>bi&amp;z_no:</source>
        <translation>bi&amp;z_no:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="244"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="249"/>
        <source>Reference photo 1</source>
        <translation>Reference photo 1</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="249"/>
        <source>Reference photo 2</source>
        <translation>Reference photo 2</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="250"/>
        <source>Photo to compare (raw_image only)</source>
        <translation>Photo to compare (raw_image only)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="257"/>
        <source>Options (range and default from the FaceID documents)</source>
        <translation>Options (range and default from the FaceID documents)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="427"/>
        <source>{name} ({lo}–{hi}, default {default}):</source>
        <translation>{name} ({lo}–{hi}, default {default}):</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="273"/>
        <source>0 — the conclusion only</source>
        <translation>0 — the conclusion only</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="273"/>
        <source>1 — conclusion and summary (default)</source>
        <translation>1 — conclusion and summary (default)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="275"/>
        <source>1 — lenient</source>
        <translation>1 — lenient</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="275"/>
        <source>2 — normal (default)</source>
        <translation>2 — normal (default)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="275"/>
        <source>3 — strict</source>
        <translation>3 — strict</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="276"/>
        <source>4 — very strict</source>
        <translation>4 — very strict</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="278"/>
        <source>0 — strict (default)</source>
        <translation>0 — strict (default)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="278"/>
        <source>1 — standard</source>
        <translation>1 — standard</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="278"/>
        <source>2 — fast</source>
        <translation>2 — fast</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="280"/>
        <source>0 — keep nothing (default)</source>
        <translation>0 — keep nothing (default)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="280"/>
        <source>1 — keep video and images</source>
        <translation>1 — keep video and images</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="281"/>
        <source>2 — keep the video only</source>
        <translation>2 — keep the video only</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="281"/>
        <source>3 — keep the images only</source>
        <translation>3 — keep the images only</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="284"/>
        <source>{name} (default {default})</source>
        <translation>{name} (default {default})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="285"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="285"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="306"/>
        <source>Get the &amp;biz_token</source>
        <translation>Get the &amp;biz_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="322"/>
        <source>{name}:</source>
        <translation>{name}:</translation>
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
        <translation>No token yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="361"/>
        <source>Give the biz_token to the mobile SDK: it is valid for one hour and for one session.</source>
        <translation>Give the biz_token to the mobile SDK: it is valid for one hour and for one session.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="364"/>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="616"/>
        <source>&amp;Copy the biz_token</source>
        <translation>&amp;Copy the biz_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="380"/>
        <source>Faces in the photo to compare</source>
        <translation>Faces in the photo to compare</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="433"/>
        <source>Compare a frame of each action with the reference photo, to catch a face swapped during the check (meglive only).</source>
        <translation>Compare a frame of each action with the reference photo, to catch a face swapped during the check (meglive only).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="436"/>
        <source>Fail the liveness check when the applicant&apos;s eyes stay closed throughout (still and flash only; the check takes longer).</source>
        <translation>Fail the liveness check when the applicant&apos;s eyes stay closed throughout (still and flash only; the check takes longer).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="439"/>
        <source>When the photo to compare has several faces: refuse it with MULTIPLE_FACES (on), or compare the largest (off). raw_image only.</source>
        <translation>When the photo to compare has several faces: refuse it with MULTIPLE_FACES (on), or compare the largest (off). raw_image only.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="442"/>
        <source>Return the faces found in the photo to compare (their boxes and quality), even with LOW_QUALITY, MULTIPLE_FACES or NO_FACE_FOUND. raw_image only.</source>
        <translation>Return the faces found in the photo to compare (their boxes and quality), even with LOW_QUALITY, MULTIPLE_FACES or NO_FACE_FOUND. raw_image only.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="445"/>
        <source>Compare the face even when FaceID judges it fake (the result then says so only in verification, with verbose=1). Such a session is billed; off, a fake face ends the session unbilled.</source>
        <translation>Compare the face even when FaceID judges it fake (the result then says so only in verification, with verbose=1). Such a session is billed; off, a fake face ends the session unbilled.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="448"/>
        <source>When no face is found in a reference photo, try it turned 90°, 180° and 270°. Slightly raises the chance of a false face: turn off if your photos are always upright.</source>
        <translation>When no face is found in a reference photo, try it turned 90°, 180° and 270°. Slightly raises the chance of a false face: turn off if your photos are always upright.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="451"/>
        <source>Turn the phone&apos;s screen to full brightness during the check (SDK 3.3.3 and later, action and still liveness).</source>
        <translation>Turn the phone&apos;s screen to full brightness during the check (SDK 3.3.3 and later, action and still liveness).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="454"/>
        <source>Check the applicant&apos;s device for risk: verify then blocks risky devices and returns what it found.</source>
        <translation>Check the applicant&apos;s device for risk: verify then blocks risky devices and returns what it found.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="456"/>
        <source>Watch for several faces during the check: the SDK stops and tells the applicant.</source>
        <translation>Watch for several faces during the check: the SDK stops and tells the applicant.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="528"/>
        <source>Waiting for FaceID…</source>
        <translation>Waiting for FaceID…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="570"/>
        <source>biz_token received; valid for one hour.</source>
        <translation>biz_token received; valid for one hour.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="581"/>
        <source>request_id: {request_id}</source>
        <translation>request_id: {request_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="595"/>
        <source>Issued at {time} for {applicant}.</source>
        <translation>Issued at {time} for {applicant}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="599"/>
        <source>Issued at {time} for {applicant}, by an earlier request: the latest request failed (above) and gave no new biz_token.</source>
        <translation>Issued at {time} for {applicant}, by an earlier request: the latest request failed (above) and gave no new biz_token.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="604"/>
        <source>Issued at {time} for {applicant}, by an earlier request: a new biz_token is being requested.</source>
        <translation>Issued at {time} for {applicant}, by an earlier request: a new biz_token is being requested.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="616"/>
        <source>&amp;Copy the earlier biz_token</source>
        <translation>&amp;Copy the earlier biz_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="668"/>
        <source>No biz_token from this profile yet</source>
        <translation>No biz_token from this profile yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="670"/>
        <source>The last biz_token was issued by profile {profile}, for that profile&apos;s account only; it is kept in History.</source>
        <translation>The last biz_token was issued by profile {profile}, for that profile&apos;s account only; it is kept in History.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="693"/>
        <source>Expired: get a new biz_token.</source>
        <translation>Expired: get a new biz_token.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="700"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="704"/>
        <source>Expires in {left} (at {until})</source>
        <translation>Expires in {left} (at {until})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="710"/>
        <source>Earlier biz_token: expires in {left} (at {until})</source>
        <translation>Earlier biz_token: expires in {left} (at {until})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="718"/>
        <source>biz_token copied.</source>
        <translation>biz_token copied.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="719"/>
        <source>Earlier biz_token copied: issued at {time} for {applicant}, not by the latest request.</source>
        <translation>Earlier biz_token copied: issued at {time} for {applicant}, not by the latest request.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="741"/>
        <source>No new biz_token: {reason}. The earlier one is still shown.</source>
        <translation>No new biz_token: {reason}. The earlier one is still shown.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="743"/>
        <source>No biz_token: {reason}</source>
        <translation>No biz_token: {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/app_token_page.py" line="778"/>
        <source>No face was found in the photo to compare.</source>
        <translation>No face was found in the photo to compare.</translation>
    </message>
</context>
<context>
    <name>CallbackInspectorPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="168"/>
        <source>Paste a callback as it arrived: the form body (data=…&amp;sign=…), data and sign on two lines, a JSON object with data and sign, or the return_url with its query.</source>
        <extracomment>The protocol library&apos;s English for a paste with no data (or sign) field, naming the fields it has instead, and for a paste in no shape it reads, quoting its start; and the start of its words for JSON it cannot parse. The paste&apos;s width where the window has room for it and a readable verdict beside it. ``CallbackBody.fingerprint``: the same callback pasted again is known as checked before. A pasted return_url carried only a biz_id: look it up on the results page. Emitted after a check&apos;s outcome (the callback&apos;s data with its images, or what is wrong with the paste) has been shown. Emitted once History, asked after the outcome was shown, said whether it holds the biz_id on show. The reviewer asked to see History&apos;s entries for this biz_id. Asked (in the worker) whether it already holds entries for the biz_id of a paste; None: not asked. The callbacks checked here, as the session page remembers those it received: the same one pasted again (same data, same sign, checked alike for the same profile) is said to be no new result.</extracomment>
        <translation>Paste a callback as it arrived: the form body (data=…&amp;sign=…), data and sign on two lines, a JSON object with data and sign, or the return_url with its query.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="179"/>
        <source>Pasted callback</source>
        <translation>Pasted callback</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="190"/>
        <source>Cl&amp;ear the paste</source>
        <translation>Cl&amp;ear the paste</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="199"/>
        <source>&amp;Check the callback</source>
        <translation>&amp;Check the callback</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="204"/>
        <source>&amp;Look up this biz_id</source>
        <translation>&amp;Look up this biz_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="243"/>
        <source>&amp;Open in History</source>
        <translation>&amp;Open in History</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="253"/>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="459"/>
        <source>Nothing checked yet</source>
        <translation>Nothing checked yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="254"/>
        <source>Paste a callback on the left and press Check the callback. Its signature is checked here with this profile&apos;s api_secret; nothing is sent to FaceID.</source>
        <translation>Paste a callback on the left and press Check the callback. Its signature is checked here with this profile&apos;s api_secret; nothing is sent to FaceID.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="293"/>
        <source>Checking the callback…</source>
        <translation>Checking the callback…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="398"/>
        <source>Signature not checked: no api_secret for profile {profile} (not connected).</source>
        <translation>Signature not checked: no api_secret for profile {profile} (not connected).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="400"/>
        <source>✔ Signature valid for profile {profile}: this data came from FaceID unchanged.</source>
        <translation>✔ Signature valid for profile {profile}: this data came from FaceID unchanged.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="402"/>
        <source>✘ Signature INVALID for profile {profile}: the data was changed, or it was signed with another api_secret. Do not trust it.</source>
        <translation>✘ Signature INVALID for profile {profile}: the data was changed, or it was signed with another api_secret. Do not trust it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="523"/>
        <source>Copy the whole callback again, data and sign, exactly as it arrived, and paste it here.</source>
        <translation>Copy the whole callback again, data and sign, exactly as it arrived, and paste it here.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="524"/>
        <source>Paste the callback as it arrived, with data as a quoted string.</source>
        <translation>Paste the callback as it arrived, with data as a quoted string.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="526"/>
        <source>The paste has {count} {field} fields.</source>
        <translation>The paste has {count} {field} fields.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="532"/>
        <source>Paste one callback, exactly as it arrived.</source>
        <translation>Paste one callback, exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="536"/>
        <source>The paste has no {field} field; the fields found are: {fields}.</source>
        <translation>The paste has no {field} field; the fields found are: {fields}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="545"/>
        <source>The pasted JSON is cut off or malformed.</source>
        <translation>The pasted JSON is cut off or malformed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="550"/>
        <source>The pasted JSON is nested too deeply to read (over {levels} levels).</source>
        <translation>The pasted JSON is nested too deeply to read (over {levels} levels).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="553"/>
        <source>The paste has no sign.</source>
        <translation>The paste has no sign.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="560"/>
        <source>The data is an object here, not the JSON text FaceID posted and signed.</source>
        <translation>The data is an object here, not the JSON text FaceID posted and signed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="562"/>
        <source>The data is cut off or is not JSON.</source>
        <translation>The data is cut off or is not JSON.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="439"/>
        <source>The signature is valid, so FaceID sent the data this way; the rest of it is not shown, as it cannot be read reliably. Report the field to FaceID. A look-up by its biz_id will likely meet the same field: the answer is then kept in History, as an error.</source>
        <translation>The signature is valid, so FaceID sent the data this way; the rest of it is not shown, as it cannot be read reliably. Report the field to FaceID. A look-up by its biz_id will likely meet the same field: the answer is then kept in History, as an error.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="443"/>
        <source>The signature does not match: this data was changed or is not from FaceID, and the malformed field may be part of the change.</source>
        <translation>The signature does not match: this data was changed or is not from FaceID, and the malformed field may be part of the change.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="446"/>
        <source>Connect to the profile that started the session to check the signature.</source>
        <translation>Connect to the profile that started the session to check the signature.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="451"/>
        <source>A field of the callback&apos;s data is malformed</source>
        <translation>A field of the callback&apos;s data is malformed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="25"/>
        <source>an object ({…})</source>
        <extracomment>The protocol library&apos;s English for a callback&apos;s part given more than once, nested too deeply, or not UTF-8.</extracomment>
        <translation>an object ({…})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="26"/>
        <location filename="../../faceid_console/ui/callback_texts.py" line="38"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="27"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="28"/>
        <source>text (a quoted string)</source>
        <translation>text (a quoted string)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="29"/>
        <source>a list ([…])</source>
        <translation>a list ([…])</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="30"/>
        <source>a finite number</source>
        <translation>a finite number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="31"/>
        <source>a number from 0 to 100</source>
        <translation>a number from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="32"/>
        <source>a number from 0 to 1</source>
        <translation>a number from 0 to 1</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="35"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="36"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="37"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="39"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="40"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="45"/>
        <source>The data is {found}, not an object: a callback&apos;s data is a JSON object of fields ({value}).</source>
        <translation>The data is {found}, not an object: a callback&apos;s data is a JSON object of fields ({value}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="49"/>
        <source>The field {field} is missing: a callback&apos;s data must have it.</source>
        <translation>The field {field} is missing: a callback&apos;s data must have it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="52"/>
        <source>The field {field} should be {expected}, but it is {found}: {value}</source>
        <translation>The field {field} should be {expected}, but it is {found}: {value}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="59"/>
        <source>The data is nested too deeply to read (over {levels} levels): FaceID&apos;s data is a few levels deep, so this is not a callback as FaceID sends it. Check where it came from.</source>
        <translation>The data is nested too deeply to read (over {levels} levels): FaceID&apos;s data is a few levels deep, so this is not a callback as FaceID sends it. Check where it came from.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="72"/>
        <source>The data is not JSON: a callback&apos;s data is a JSON object of fields ({value}).</source>
        <translation>The data is not JSON: a callback&apos;s data is a JSON object of fields ({value}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="364"/>
        <source>Checked here before, at {time} {zone}: the same callback (same data and sign), not a new result.</source>
        <translation>Checked here before, at {time} {zone}: the same callback (same data and sign), not a new result.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="371"/>
        <source>History already holds an entry for biz_id {biz_id}.</source>
        <translation>History already holds an entry for biz_id {biz_id}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="372"/>
        <source>History already holds {count} entries for biz_id {biz_id}.</source>
        <translation>History already holds {count} entries for biz_id {biz_id}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="480"/>
        <source>Too long to show in full: this paste has {count} characters. The box shows its first {head} and last {tail}, with the gap marked; the whole paste is kept, and Check the callback checks all of it.</source>
        <translation>Too long to show in full: this paste has {count} characters. The box shows its first {head} and last {tail}, with the gap marked; the whole paste is kept, and Check the callback checks all of it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="494"/>
        <source>This return_url carries only a biz_id</source>
        <translation>This return_url carries only a biz_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="495"/>
        <source>No signed data in it: biz_id {biz_id}. Look the result up to read it.</source>
        <translation>No signed data in it: biz_id {biz_id}. Look the result up to read it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="501"/>
        <source>This return_url carries only a biz_id ({biz_id}), no signed data: look the result up to read it.</source>
        <translation>This return_url carries only a biz_id ({biz_id}), no signed data: look the result up to read it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="511"/>
        <source>The paste cannot be checked</source>
        <translation>The paste cannot be checked</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="515"/>
        <source>Callback not checked — {problem}</source>
        <translation>Callback not checked — {problem}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="522"/>
        <source>Copy the whole callback again, exactly as it arrived, and paste it here.</source>
        <translation>Copy the whole callback again, exactly as it arrived, and paste it here.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="527"/>
        <source>The {field} holds percent-encoded bytes that are not UTF-8 text: FaceID posts UTF-8, so the paste is damaged or it is not a callback from FaceID.</source>
        <translation>The {field} holds percent-encoded bytes that are not UTF-8 text: FaceID posts UTF-8, so the paste is damaged or it is not a callback from FaceID.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="537"/>
        <source>This is not a callback in any shape the inspector knows (form body, data and sign lines, JSON, or return_url). The paste begins: {start}</source>
        <translation>This is not a callback in any shape the inspector knows (form body, data and sign lines, JSON, or return_url). The paste begins: {start}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="554"/>
        <source>The sign is not 40 hexadecimal characters: the paste is cut off or it is not a callback signature.</source>
        <translation>The sign is not 40 hexadecimal characters: the paste is cut off or it is not a callback signature.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="558"/>
        <source>The paste has no data field.</source>
        <translation>The paste has no data field.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="564"/>
        <source>This URL has neither data and sign nor a biz_id.</source>
        <translation>This URL has neither data and sign nor a biz_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="566"/>
        <source>Nothing was pasted.</source>
        <translation>Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="567"/>
        <source>This is not a callback in any shape the inspector knows (form body, data and sign lines, JSON, or return_url).</source>
        <translation>This is not a callback in any shape the inspector knows (form body, data and sign lines, JSON, or return_url).</translation>
    </message>
</context>
<context>
    <name>CallbackTexts</name>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="82"/>
        <source>it has no {field} field</source>
        <translation>it has no {field} field</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="84"/>
        <source>its {field} field is not UTF-8 text once percent-decoded</source>
        <translation>its {field} field is not UTF-8 text once percent-decoded</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="86"/>
        <source>it has more than one {field} field</source>
        <translation>it has more than one {field} field</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="88"/>
        <source>the body is not UTF-8 text</source>
        <translation>the body is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/callback_texts.py" line="89"/>
        <source>the body is not a form (data=…&amp;sign=…)</source>
        <translation>the body is not a form (data=…&amp;sign=…)</translation>
    </message>
</context>
<context>
    <name>ConfidenceGauge</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="83"/>
        <source>Confidence gauge</source>
        <extracomment>The marker&apos;s triangle above the track: from its tip (2 px above the track) to its base. The least room between two threshold labels&apos; text, each side&apos;s padding included: 6 px read as touching. Colours of the zones between thresholds, most lenient first: red below 1e-3, greens above.</extracomment>
        <translation>Confidence gauge</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="111"/>
        <source>No score</source>
        <translation>No score</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="114"/>
        <source>Confidence {value:.2f}</source>
        <translation>Confidence {value:.2f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="117"/>
        <source>threshold {level} ({odds}) {value:.2f}</source>
        <translation>threshold {level} ({odds}) {value:.2f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="119"/>
        <source>; </source>
        <comment>between the readings of a gauge&apos;s description</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/confidence_gauge.py" line="200"/>
        <source>No score yet</source>
        <translation>No score yet</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../faceid_console/ui/connection.py" line="162"/>
        <source>The built-in engine stopped. The console starts it again by itself: send again once the top bar says it is ready.</source>
        <extracomment>How often the window looks whether the built-in engine&apos;s process still runs (a non-blocking waitpid). A built-in engine that stops more often than this within ENGINE_RESTART_WINDOW_S is left stopped: starting it again would load the face model every few seconds for nothing. The outcome of a connection test (``check``), with the profile it was for and the opening of it (``opening``). The exit code of the built-in engine that ended last, while it is started again (None otherwise). A clock of the credentials changed from the window (Settings&apos; Store, Forget, a rename&apos;s move): each change moves it on, and the profile&apos;s name is stamped with it. No credential itself is kept here. The clock when the client&apos;s credentials were read (at or before): what was sent or checked with them. The number of the latest opening started: a test asked for belongs to one opening of its profile, not to the one after a switch away and back.</extracomment>
        <translation>The built-in engine stopped. The console starts it again by itself: send again once the top bar says it is ready.</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="22"/>
        <source>Unexpected error</source>
        <extracomment>How many different reports one dialog lists: an error that keeps coming back with new words (a timer&apos;s, a paint&apos;s) is counted, not listed without end. Between two reports in the text to copy.</extracomment>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="29"/>
        <source>Something went wrong inside FaceID Console. Your inputs are kept and the window keeps working. If it happens again, copy this report (it contains no api_secret) and send it to support.</source>
        <extracomment>The different reports listed, in the order they came; ``more`` counts every error after the first.</extracomment>
        <translation>Something went wrong inside FaceID Console. Your inputs are kept and the window keeps working. If it happens again, copy this report (it contains no api_secret) and send it to support.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="42"/>
        <source>Error report</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="46"/>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="65"/>
        <source>{count} more errors happened since. The report lists the first {listed} different errors.</source>
        <translation>{count} more errors happened since. The report lists the first {listed} different errors.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="68"/>
        <source>1 more error happened since. The report lists each different error once.</source>
        <translation>1 more error happened since. The report lists each different error once.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/crash_dialog.py" line="70"/>
        <source>{count} more errors happened since. The report lists each different error once.</source>
        <translation>{count} more errors happened since. The report lists each different error once.</translation>
    </message>
</context>
<context>
    <name>DecideBar</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="54"/>
        <source>Record a &amp;decision on this answer…</source>
        <extracomment>Plain Ctrl+D deletes a character in fields. The reviewer asked to decide on this History entry (the main window opens it in History). The History entry of the answer on show; None when nothing on show can be decided on. The decision recorded on it, once there is one. The entry of an answer taken off at a profile switch, and the decision recorded on it since.</extracomment>
        <translation>Record a &amp;decision on this answer…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="60"/>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="80"/>
        <source>Record a decision…</source>
        <translation>Record a decision…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="63"/>
        <source>Approve, reject or escalate this answer, with a reason: opens it in History (Ctrl+Shift+D)</source>
        <translation>Approve, reject or escalate this answer, with a reason: opens it in History (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="98"/>
        <source>Change the decision…</source>
        <translation>Change the decision…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/decide_bar.py" line="104"/>
        <source>Decided: {summary}</source>
        <translation>Decided: {summary}</translation>
    </message>
</context>
<context>
    <name>DetailTexts</name>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="20"/>
        <source>cannot connect to {url}</source>
        <translation>cannot connect to {url}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="22"/>
        <source>timed out connecting to {url}</source>
        <translation>timed out connecting to {url}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="24"/>
        <source>no answer from {url} within {seconds} s</source>
        <translation>no answer from {url} within {seconds} s</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="26"/>
        <source>cannot connect to {url} through the proxy</source>
        <translation>cannot connect to {url} through the proxy</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="28"/>
        <source>TLS failure with {url}: {kind}</source>
        <translation>TLS failure with {url}: {kind}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="30"/>
        <source>cannot send to {url}: {kind}</source>
        <translation>cannot send to {url}: {kind}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="32"/>
        <source>the answer from {url} broke off after {received} of its {length} bytes</source>
        <translation>the answer from {url} broke off after {received} of its {length} bytes</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="35"/>
        <source>the answer from {url} broke off: {kind}</source>
        <translation>the answer from {url} broke off: {kind}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="38"/>
        <source>the answer from {url} came, but its body could not be decoded as its Content-Encoding says ({encoding})</source>
        <translation>the answer from {url} came, but its body could not be decoded as its Content-Encoding says ({encoding})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="41"/>
        <source>the connection to {url} was closed before the request was sent</source>
        <translation>the connection to {url} was closed before the request was sent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="44"/>
        <source>the connection to {url} was closed {seconds} s after the request was sent, before any answer</source>
        <translation>the connection to {url} was closed {seconds} s after the request was sent, before any answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="47"/>
        <source>{url} answered with something that is not HTTP: {answer}</source>
        <translation>{url} answered with something that is not HTTP: {answer}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="49"/>
        <source>the connection to {url} broke before an answer arrived</source>
        <translation>the connection to {url} broke before an answer arrived</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="51"/>
        <source>the wait for the answer from {url} was given up</source>
        <translation>the wait for the answer from {url} was given up</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="53"/>
        <source>HTTP {status} with an HTML page: {snippet}</source>
        <translation>HTTP {status} with an HTML page: {snippet}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="55"/>
        <source>HTTP {status} with a body that is not JSON: {snippet}</source>
        <translation>HTTP {status} with a body that is not JSON: {snippet}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="57"/>
        <source>HTTP {status} with an empty body</source>
        <translation>HTTP {status} with an empty body</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="59"/>
        <source>the answer is JSON but not an object</source>
        <translation>the answer is JSON but not an object</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="68"/>
        <source>response field {field} is missing</source>
        <translation>response field {field} is missing</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="70"/>
        <source>response field {field} is not an object</source>
        <translation>response field {field} is not an object</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="71"/>
        <source>response field {field} is not a list</source>
        <translation>response field {field} is not a list</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="73"/>
        <source>response field {field} is not a number</source>
        <translation>response field {field} is not a number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="75"/>
        <source>response field {field} is not a finite number</source>
        <translation>response field {field} is not a finite number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="77"/>
        <source>response field {field} is not an integer</source>
        <translation>response field {field} is not an integer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="79"/>
        <source>response field {field} is not a string</source>
        <translation>response field {field} is not a string</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="81"/>
        <source>response field {field} is not a base64 data URL</source>
        <translation>response field {field} is not a base64 data URL</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="83"/>
        <source>response field {field} holds invalid base64</source>
        <translation>response field {field} holds invalid base64</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="85"/>
        <source>response field {field} is {value}, outside FaceID&apos;s range of 0 to 100</source>
        <translation>response field {field} is {value}, outside FaceID&apos;s range of 0 to 100</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="88"/>
        <source>response field {field} is {value}, outside FaceID&apos;s range of 0 to 1</source>
        <translation>response field {field} is {value}, outside FaceID&apos;s range of 0 to 1</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="91"/>
        <source>response field {field} is there, but was not asked for</source>
        <translation>response field {field} is there, but was not asked for</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/detail_texts.py" line="93"/>
        <source>response field {field} is {value}, not the biz_id asked for</source>
        <translation>response field {field} is {value}, not the biz_id asked for</translation>
    </message>
</context>
<context>
    <name>ErrorListTitles</name>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="923"/>
        <source>Call limit reached</source>
        <translation>Call limit reached</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="924"/>
        <source>KYC not allowed</source>
        <translation>KYC not allowed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="925"/>
        <source>Compare not allowed</source>
        <translation>Compare not allowed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="926"/>
        <source>api_key disabled</source>
        <translation>api_key disabled</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="927"/>
        <source>IP not allowed</source>
        <translation>IP not allowed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="928"/>
        <source>Retry limit reached</source>
        <translation>Retry limit reached</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="929"/>
        <source>Signature expired</source>
        <translation>Signature expired</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="930"/>
        <source>Signature invalid</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="936"/>
        <source>No such API</source>
        <translation>No such API</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="937"/>
        <source>Wrong key or secret</source>
        <translation>Wrong key or secret</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="938"/>
        <source>Call not allowed</source>
        <translation>Call not allowed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="939"/>
        <source>Too many at once</source>
        <translation>Too many at once</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="940"/>
        <source>Connection closed</source>
        <translation>Connection closed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="941"/>
        <source>Fetched or expired</source>
        <translation>Fetched or expired</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="942"/>
        <source>Liveness data invalid</source>
        <translation>Liveness data invalid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="943"/>
        <source>Liveness data reused</source>
        <translation>Liveness data reused</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="944"/>
        <source>Name mismatch</source>
        <translation>Name mismatch</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="945"/>
        <source>biz_no used before</source>
        <translation>biz_no used before</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="95"/>
        <source>Error</source>
        <extracomment>Refusals about a photo (the error names which one). Refusals about the applicant&apos;s identity data (KYC).</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="144"/>
        <source>Also to fix, each marked in the form:</source>
        <translation>Also to fix, each marked in the form:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="154"/>
        <source>The history cannot record this call: nothing was sent</source>
        <translation>The history cannot record this call: nothing was sent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="156"/>
        <source>Check the input: nothing was sent</source>
        <translation>Check the input: nothing was sent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="158"/>
        <source>The connection was closed before any answer</source>
        <translation>The connection was closed before any answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="160"/>
        <source>The answer broke off part-way</source>
        <translation>The answer broke off part-way</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="162"/>
        <source>The answer came but could not be decoded</source>
        <translation>The answer came but could not be decoded</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="164"/>
        <source>The address answers, but not in HTTP</source>
        <translation>The address answers, but not in HTTP</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="166"/>
        <source>The secure connection (HTTPS) failed</source>
        <translation>The secure connection (HTTPS) failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="168"/>
        <source>The request did not reach the service</source>
        <translation>The request did not reach the service</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="170"/>
        <source>No answer from the service</source>
        <translation>No answer from the service</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="172"/>
        <source>The answer is for another liveness session</source>
        <translation>The answer is for another liveness session</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="174"/>
        <source>The answer was not from FaceID</source>
        <translation>The answer was not from FaceID</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="223"/>
        <source>{headline}.</source>
        <translation>{headline}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="123"/>
        <source>About: {what} (sent as {field})</source>
        <translation>About: {what} (sent as {field})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="126"/>
        <source>About: {field}</source>
        <translation>About: {field}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="184"/>
        <source>FaceID could not use {photo}</source>
        <translation>FaceID could not use {photo}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="186"/>
        <source>FaceID could not use a photo</source>
        <translation>FaceID could not use a photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="188"/>
        <source>FaceID could not check this identity</source>
        <translation>FaceID could not check this identity</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="190"/>
        <source>FaceID did not accept this profile&apos;s api_key or api_secret</source>
        <translation>FaceID did not accept this profile&apos;s api_key or api_secret</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="194"/>
        <source>FaceID is busy for this api_key</source>
        <translation>FaceID is busy for this api_key</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="196"/>
        <source>FaceID has no result to give</source>
        <translation>FaceID has no result to give</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="199"/>
        <source>The request was refused as too large on the way to FaceID</source>
        <translation>The request was refused as too large on the way to FaceID</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="201"/>
        <source>FaceID had an internal error</source>
        <translation>FaceID had an internal error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="202"/>
        <source>FaceID refused the request</source>
        <translation>FaceID refused the request</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="907"/>
        <source>This test api_key has reached its call limit</source>
        <translation>This test api_key has reached its call limit</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="908"/>
        <source>This api_key may not run KYC checks</source>
        <translation>This api_key may not run KYC checks</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="910"/>
        <source>This api_key may not run face comparisons</source>
        <translation>This api_key may not run face comparisons</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="912"/>
        <source>This api_key has been disabled</source>
        <translation>This api_key has been disabled</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="913"/>
        <source>FaceID refuses calls from this IP address</source>
        <translation>FaceID refuses calls from this IP address</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="914"/>
        <source>FaceID&apos;s limit of comparison retries is reached</source>
        <translation>FaceID&apos;s limit of comparison retries is reached</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="916"/>
        <source>FaceID found the request&apos;s signature expired</source>
        <translation>FaceID found the request&apos;s signature expired</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="917"/>
        <source>FaceID found the request&apos;s signature invalid</source>
        <translation>FaceID found the request&apos;s signature invalid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="208"/>
        <source>This api_key is not allowed this call</source>
        <translation>This api_key is not allowed this call</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="128"/>
        <source>About: {what} ({field})</source>
        <translation>About: {what} ({field})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="133"/>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="215"/>
        <source>What to do: {step}</source>
        <translation>What to do: {step}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="141"/>
        <source>• {what}: {problem}</source>
        <translation>• {what}: {problem}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/error_panel.py" line="147"/>
        <source>What to do: Correct each marked field and photo, then send again.</source>
        <translation>What to do: Correct each marked field and photo, then send again.</translation>
    </message>
</context>
<context>
    <name>ErrorTitles</name>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="951"/>
        <source>No such API at this address</source>
        <translation>No such API at this address</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="952"/>
        <source>Answer broke off</source>
        <translation>Answer broke off</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="953"/>
        <source>Answer not decodable</source>
        <translation>Answer not decodable</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="954"/>
        <source>Wrong api_key or api_secret</source>
        <translation>Wrong api_key or api_secret</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="955"/>
        <source>api_key not allowed this call</source>
        <translation>api_key not allowed this call</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="956"/>
        <source>Input refused</source>
        <translation>Input refused</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="957"/>
        <source>Too many calls at once</source>
        <translation>Too many calls at once</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="958"/>
        <source>Connection closed, no answer</source>
        <translation>Connection closed, no answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="959"/>
        <source>Connection failed</source>
        <translation>Connection failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="960"/>
        <source>Result already fetched or expired</source>
        <translation>Result already fetched or expired</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="961"/>
        <source>Data source failed</source>
        <translation>Data source failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="962"/>
        <source>Liveness data did not check</source>
        <translation>Liveness data did not check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="963"/>
        <source>Liveness data used before</source>
        <translation>Liveness data used before</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="964"/>
        <source>Gateway error</source>
        <translation>Gateway error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="965"/>
        <source>Name does not match the ID</source>
        <translation>Name does not match the ID</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="966"/>
        <source>Photo not readable</source>
        <translation>Photo not readable</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="967"/>
        <source>FaceID internal error</source>
        <translation>FaceID internal error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="968"/>
        <source>Unknown face_token</source>
        <translation>Unknown face_token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="969"/>
        <source>ID number not valid</source>
        <translation>ID number not valid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="970"/>
        <source>Photo too large</source>
        <translation>Photo too large</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="971"/>
        <source>Name not valid</source>
        <translation>Name not valid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="972"/>
        <source>Answer not FaceID&apos;s</source>
        <translation>Answer not FaceID&apos;s</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="973"/>
        <source>Face quality too low</source>
        <translation>Face quality too low</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="974"/>
        <source>meglive_biz_no used before</source>
        <translation>meglive_biz_no used before</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="975"/>
        <source>Input missing</source>
        <translation>Input missing</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="976"/>
        <source>Several faces</source>
        <translation>Several faces</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="977"/>
        <source>No answer in time</source>
        <translation>No answer in time</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="978"/>
        <source>Not an HTTP service</source>
        <translation>Not an HTTP service</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="979"/>
        <source>No face found</source>
        <translation>No face found</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="980"/>
        <source>ID number unknown</source>
        <translation>ID number unknown</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="981"/>
        <source>No such result</source>
        <translation>No such result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="982"/>
        <source>HTTPS failed</source>
        <translation>HTTPS failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="983"/>
        <source>Request too large</source>
        <translation>Request too large</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="984"/>
        <source>Comparison failed</source>
        <translation>Comparison failed</translation>
    </message>
</context>
<context>
    <name>FaceOverlay</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="54"/>
        <source>Its quality, {quality:.1f}, reaches the face_quality_threshold sent ({threshold}).</source>
        <extracomment>The width of a face box&apos;s edge (a face the comparison did not use: thinner, dashed). How far a box&apos;s drawn edge reaches past its rectangle: half its pen, and a pixel of antialiasing. The room round a label&apos;s text, across and down.</extracomment>
        <translation>Its quality, {quality:.1f}, reaches the face_quality_threshold sent ({threshold}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="57"/>
        <source>Its quality, {quality:.1f}, is below the face_quality_threshold sent ({threshold}).</source>
        <translation>Its quality, {quality:.1f}, is below the face_quality_threshold sent ({threshold}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="60"/>
        <source>The largest one&apos;s quality, {quality:.1f}, reaches the face_quality_threshold sent ({threshold}).</source>
        <translation>The largest one&apos;s quality, {quality:.1f}, reaches the face_quality_threshold sent ({threshold}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="64"/>
        <source>The largest one&apos;s quality, {quality:.1f}, is below the face_quality_threshold sent ({threshold}).</source>
        <translation>The largest one&apos;s quality, {quality:.1f}, is below the face_quality_threshold sent ({threshold}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="76"/>
        <source>1 face found in the photo to compare.</source>
        <translation>1 face found in the photo to compare.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="77"/>
        <source>{count} faces found in the photo to compare.</source>
        <translation>{count} faces found in the photo to compare.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="79"/>
        <source>1 face found in the photo to check.</source>
        <translation>1 face found in the photo to check.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="80"/>
        <source>{count} faces found in the photo to check.</source>
        <translation>{count} faces found in the photo to check.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="185"/>
        <source>Photo with face boxes</source>
        <extracomment>The face_quality_threshold a refusal was about, which each face&apos;s quality is held to in place of its own quality_threshold (FaceID&apos;s suggestion); None: each face&apos;s own. How small the labels&apos; font may be made, of the widget&apos;s, for each label to fit whole on a photo narrower than the widest (1: never; the page then keeps the photo as wide as its widest label, as Verify does).</extracomment>
        <translation>Photo with face boxes</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="219"/>
        <source>No face boxes in the response</source>
        <translation>No face boxes in the response</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="231"/>
        <source>Face {n}</source>
        <translation>Face {n}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="233"/>
        <source>compared</source>
        <translation>compared</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="235"/>
        <source>quality {quality:.1f}</source>
        <translation>quality {quality:.1f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="241"/>
        <source>turned {degrees}°</source>
        <translation>turned {degrees}°</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="287"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/face_overlay.py" line="287"/>
        <source>Loading the photo…</source>
        <translation>Loading the photo…</translation>
    </message>
</context>
<context>
    <name>FacePicture</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="193"/>
        <source>Loading…</source>
        <extracomment>Every picture&apos;s height: a face big enough to eyeball beside another; down to the least one where that puts the photos in fewer rows (one more reference beside the face, rather than under it). The face box grown this many times about its centre for its crop: the hair, ears and chin a reviewer compares too. The narrowest a tile goes in a column narrower than any tile (a picture made smaller, its caption wrapped). Between two tiles in a row, and between two rows. Between a tile&apos;s parameter name and its score, and between a picture and its caption. The focus frame&apos;s width, drawn over the picture&apos;s edge.</extracomment>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>FaceTile</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="288"/>
        <source>Open {photo} full size</source>
        <extracomment>The score&apos;s colour, as its score row has it; None: ``detail`` is a word on the face, not a score. Its picture&apos;s width over height. Its caption&apos;s width on one line: the photo&apos;s name, or its parameter and score. Its parameter and score&apos;s width on one line (they never wrap).</extracomment>
        <translation>Open {photo} full size</translation>
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
        <translation>whole photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="466"/>
        <source>The console is looking for the face in this photo (FaceID&apos;s answer has no face box for a reference photo); until then it is shown whole.</source>
        <translation>The console is looking for the face in this photo (FaceID&apos;s answer has no face box for a reference photo); until then it is shown whole.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="485"/>
        <source>The console&apos;s face finder could not run ({reason}), so this photo is shown whole.</source>
        <translation>The console&apos;s face finder could not run ({reason}), so this photo is shown whole.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="492"/>
        <source>The console could not look for the face in this photo (an unexpected error, reported), so it is shown whole.</source>
        <translation>The console could not look for the face in this photo (an unexpected error, reported), so it is shown whole.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="501"/>
        <source>The console&apos;s own face detector found no face in this photo, so it is shown whole (FaceID&apos;s answer has no face box for a reference photo).</source>
        <translation>The console&apos;s own face detector found no face in this photo, so it is shown whole (FaceID&apos;s answer has no face box for a reference photo).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="504"/>
        <source>face found by the console</source>
        <translation>face found by the console</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/faces_side_by_side.py" line="505"/>
        <source>Found by the console&apos;s own face detector, not by FaceID: FaceID&apos;s answer has no face box for a reference photo. FaceID compares a reference photo&apos;s largest face, usually this one.</source>
        <translation>Found by the console&apos;s own face detector, not by FaceID: FaceID&apos;s answer has no face box for a reference photo. FaceID compares a reference photo&apos;s largest face, usually this one.</translation>
    </message>
</context>
<context>
    <name>FittingLabels</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/fitting_labels.py" line="47"/>
        <source>Copy</source>
        <extracomment>The width either label asks for, in average characters: enough to show a name&apos;s start and end. A wrapped text&apos;s last line with fewer characters than this (spaces aside) is stranded: &quot;一）。&quot; under a verdict, or &quot;it.&quot; in English. The line before gives it more. How many widths&apos; heights a WrapAnywhereLabel keeps: the few a layout tries for one width of its column. Brackets whose phrase a stranded end is taken down with whole (&quot;（十万分之一）。&quot;, not &quot;一）。&quot;).</extracomment>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>GenuinenessGauges</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="144"/>
        <source>Face genuineness</source>
        <translation>Face genuineness</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="21"/>
        <source>Synthetic face</source>
        <translation>Synthetic face</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="22"/>
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="23"/>
        <source>Screen replay</source>
        <translation>Screen replay</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="31"/>
        <source>face replaced</source>
        <translation>face replaced</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="54"/>
        <source>Face replaced: yes — the face was swapped during the session. Treat as an attack.</source>
        <translation>Face replaced: yes — the face was swapped during the session. Treat as an attack.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="56"/>
        <source>Face replaced: no</source>
        <translation>Face replaced: no</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="41"/>
        <source>{confidence} / {threshold} · incomplete</source>
        <translation>{confidence} / {threshold} · incomplete</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="44"/>
        <source>{confidence} ≥ {threshold} · suspected</source>
        <translation>{confidence} ≥ {threshold} · suspected</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="46"/>
        <source>{confidence} &lt; {threshold} · not suspected</source>
        <translation>{confidence} &lt; {threshold} · not suspected</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="181"/>
        <source>the answer lacks the confidence or the threshold, so this check cannot be read</source>
        <translation>the answer lacks the confidence or the threshold, so this check cannot be read</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="183"/>
        <source>it reaches the threshold: an attack is suspected</source>
        <translation>it reaches the threshold: an attack is suspected</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="185"/>
        <source>it is below the threshold: no attack suspected</source>
        <translation>it is below the threshold: no attack suspected</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/genuineness_gauges.py" line="186"/>
        <source>{check}: confidence {confidence} against its threshold {threshold}; {verdict}.</source>
        <translation>{check}: confidence {confidence} against its threshold {threshold}; {verdict}.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="304"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="305"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="307"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="308"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="307"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="306"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="306"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="307"/>
        <location filename="../../faceid_console/ui/models/history_model.py" line="398"/>
        <location filename="../../faceid_console/ui/models/history_model.py" line="416"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="306"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="304"/>
        <source>Time ({zone})</source>
        <extracomment>The database did not answer a read (why, in the driver&apos;s words); the rows loaded before stay. The zone times are shown in, as set now (the reviewer may change it while the list is on show). The calls this window sent: their pending entries are awaited, not of unknown outcome. Of the entries listed, those sent again: the entry that did (read with each screenful). A first screenful is on its way: no more rows of the list shown are asked for meanwhile. Why the last read failed, until one succeeds (a page built while the database is down reads it). What was asked for once a first screenful is listed, by reads superseded before they were answered too.</extracomment>
        <translation>Time ({zone})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="328"/>
        <source>Face comparison only: the liveness check suspects an attack, so this score does not show that the applicant is genuine.</source>
        <translation>Face comparison only: the liveness check suspects an attack, so this score does not show that the applicant is genuine.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="334"/>
        <source>Sent from this window, which is waiting for FaceID&apos;s answer: the entry shows it as soon as it is recorded. Do not send it again meanwhile.</source>
        <translation>Sent from this window, which is waiting for FaceID&apos;s answer: the entry shows it as soon as it is recorded. Do not send it again meanwhile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="336"/>
        <source>Sent from another console, which has not recorded an answer yet and may still be waiting for it. Do not send it again meanwhile; reload the history later to see its answer.</source>
        <translation>Sent from another console, which has not recorded an answer yet and may still be waiting for it. Do not send it again meanwhile; reload the history later to see its answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="340"/>
        <source>No answer from FaceID was recorded for this call; it was sent again as entry {entry}, whose answer is the one to decide on.</source>
        <translation>No answer from FaceID was recorded for this call; it was sent again as entry {entry}, whose answer is the one to decide on.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="345"/>
        <source>No answer from FaceID was recorded ({error}). FaceID may have answered this look-up and given it the result, which it gives only once; it is not sent again unless you choose to.</source>
        <translation>No answer from FaceID was recorded ({error}). FaceID may have answered this look-up and given it the result, which it gives only once; it is not sent again unless you choose to.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="348"/>
        <source>The console ended before an answer was recorded. FaceID may have answered this look-up and given it the result, which it gives only once; it is not sent again unless you choose to.</source>
        <translation>The console ended before an answer was recorded. FaceID may have answered this look-up and given it the result, which it gives only once; it is not sent again unless you choose to.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="353"/>
        <source>No answer from FaceID was recorded ({error}). The call may have been processed and billed; it is not sent again unless you choose to.</source>
        <translation>No answer from FaceID was recorded ({error}). The call may have been processed and billed; it is not sent again unless you choose to.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="356"/>
        <source>The console ended before an answer was recorded. The call may have been processed and billed; it is not sent again unless you choose to.</source>
        <translation>The console ended before an answer was recorded. The call may have been processed and billed; it is not sent again unless you choose to.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="409"/>
        <source>Sent, waiting for the answer</source>
        <translation>Sent, waiting for the answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="411"/>
        <source>Sent, no answer recorded yet</source>
        <translation>Sent, no answer recorded yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="413"/>
        <source>Outcome unknown, resent as entry {entry}</source>
        <translation>Outcome unknown, resent as entry {entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="415"/>
        <source>Outcome unknown, not resent</source>
        <translation>Outcome unknown, not resent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="441"/>
        <source>Web token</source>
        <translation>Web token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="398"/>
        <location filename="../../faceid_console/ui/models/history_model.py" line="416"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="87"/>
        <source>Verify</source>
        <extracomment>The columns&apos; names, in their order (the window&apos;s state keeps widths and sort by name). The verdicts an entry records, in the order the Verdict filter offers them (and the column sorts them by). ``DatabaseWork.run``&apos;s shape: (purpose, work, done, failed) -&gt; answered already.</extracomment>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="88"/>
        <source>Liveness result</source>
        <translation>Liveness result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="89"/>
        <source>SDK biz token</source>
        <translation>SDK biz token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="90"/>
        <source>Web liveness token</source>
        <translation>Web liveness token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="91"/>
        <source>Callback check</source>
        <translation>Callback check</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="445"/>
        <source>History entries</source>
        <translation>History entries</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="595"/>
        <source>Search names, ID numbers, uuids, ids…</source>
        <translation>Search names, ID numbers, uuids, ids…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="599"/>
        <source>Search the history</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="600"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="626"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="626"/>
        <source>All calls</source>
        <translation>All calls</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="628"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="628"/>
        <source>Any verdict</source>
        <translation>Any verdict</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="766"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="632"/>
        <source>Any decision</source>
        <translation>Any decision</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="634"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="634"/>
        <source>All profiles</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="645"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="646"/>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="671"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1308"/>
        <source>Nothing to decide: this error says nothing about the applicant. Do what its “What to do” says, send the call again, and decide on its answer.</source>
        <translation>Nothing to decide: this error says nothing about the applicant. Do what its “What to do” says, send the call again, and decide on its answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1508"/>
        <location filename="../../faceid_console/ui/report.py" line="671"/>
        <source>Signature not checked when it arrived (no api_secret for profile {profile}): this data is unverified.</source>
        <translation>Signature not checked when it arrived (no api_secret for profile {profile}): this data is unverified.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1610"/>
        <source>The history database does not answer: {reason}. What is shown may be out of date, and nothing you chose is lost. Press {key} to ask it again.</source>
        <translation>The history database does not answer: {reason}. What is shown may be out of date, and nothing you chose is lost. Press {key} to ask it again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1627"/>
        <source>The history is not available</source>
        <translation>The history is not available</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1628"/>
        <source>The history database does not answer (see the notice above). Nothing is lost: the list comes back when it answers.</source>
        <translation>The history database does not answer (see the notice above). Nothing is lost: the list comes back when it answers.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1632"/>
        <source>Choose an entry in the list; search or filter above to find one.</source>
        <translation>Choose an entry in the list; search or filter above to find one.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="799"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="401"/>
        <source>History database problem</source>
        <extracomment>The window-state key of the folder a report or an export was last saved to (photos have their own). The window-state keys of the list&apos;s column widths and sort, and of the list&apos;s share of the page. How often the window purges by the retention setting while it runs: once a day. The days the date filter spans until the reviewer sets its first day. The photos face boxes are drawn on: a verify&apos;s photo to check, a liveness session&apos;s best frame. A verify&apos;s reference photos, as sent (renumbered in order, so ``image_ref2`` is ``result_ref2``&apos;s). A decision was recorded: the entry, and the decision (``Decision``, worded by ``decision_summary``). Today in the zone times are shown in (by default the setting&apos;s): asked again on each refresh, as the window may stay open past midnight. The zone setting the page&apos;s times and days were last put in (a change re-reads the days asked for). The date bounds the reviewer has set; the others follow today. The window&apos;s remembered state (the folder of the last report or export); None: remembered while open. Whether that verdict differs from the recorded one by a rule the console reads answers by since, not by the policy level (no level gives the recorded verdict under today&apos;s rules). The entry that sent the open one again (its outcome unknown), as read with it; None if none did. The current decision the reviewer is shown (its id; None: undecided): a decision recorded from the form supersedes that one only, never one another reviewer made meanwhile without being asked. That decision itself, said in the Decision box (None: undecided, or no entry shown). The entry last chosen: the one shown, or the one on its way from a slow database. Every read and write of the history: on a worker thread, so a database that goes silent never holds the window (its answer is shown at once when it comes within ``database_wait_ms``, by default ``database_work.WAIT_MS``). The team&apos;s configured reasons, read when the page opens or refreshes (the decision form offers those that fit the chosen decision). A call this window sent has ended (told from the thread that sent it): its entry. Photos decoded, and a report, an export or a purge written: off the GUI thread. A report, an export or a purge: one at a time, their buttons off meanwhile. The open entry&apos;s photos being decoded (a newer entry cancels it), and the last entry&apos;s pictures (shown again at once when it is: after a refresh, a decision, a return to the page; let go of once an entry without pictures is shown). A purge is running: decisions wait (SQLite would hold them behind its write lock). The console&apos;s own purge by the setting in force is running (``keep_retention``); decisions need not wait: it deletes what is past its time, in moments. The console&apos;s own purge, once a day while the window runs (started by ``keep_retention``). The selection is being put back on the entry shown (its replacement could not be read). A decision is being recorded: the button stays off until the database has answered. The retention setting has been read into the footer (Apply stores what the footer shows). A purge count is on its way: the retention boxes wait with it (what is purged is what they show).</extracomment>
        <translation>History database problem</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="596"/>
        <source>Search: a name or uuid from its start, an ID number whole or its last four, biz_no, biz_id or request_id whole, or an entry by its number (#8); names and uuids in any case</source>
        <translation>Search: a name or uuid from its start, an ID number whole or its last four, biz_no, biz_id or request_id whole, or an entry by its number (#8); names and uuids in any case</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="605"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="799"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="800"/>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="805"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="807"/>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="811"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="813"/>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="815"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="818"/>
        <source>Choose a decision and a reason first</source>
        <translation>Choose a decision and a reason first</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="826"/>
        <source>Decision trail</source>
        <translation>Decision trail</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="829"/>
        <source>Trail:</source>
        <translation>Trail:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="889"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="894"/>
        <source>Photos kept</source>
        <translation>Photos kept</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="895"/>
        <source>Full photos</source>
        <translation>Full photos</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="896"/>
        <source>Thumbnails</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="897"/>
        <source>Fingerprints only</source>
        <translation>Fingerprints only</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="903"/>
        <source>Photos purged after (days)</source>
        <translation>Photos purged after (days)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="904"/>
        <source>Records purged after (days)</source>
        <translation>Records purged after (days)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="906"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="908"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="909"/>
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="920"/>
        <source>photos kept:</source>
        <translation>photos kept:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="922"/>
        <source>records kept:</source>
        <translation>records kept:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="881"/>
        <source>Last report, export or purge</source>
        <extracomment>The bar of the report or export being written, shown in its button&apos;s place; the retention&apos;s bar while a purge is made; None: nothing is written.</extracomment>
        <translation>Last report, export or purge</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="408"/>
        <source>Waiting for the history database to answer… The page stays usable; what it shows is from before.</source>
        <translation>Waiting for the history database to answer… The page stays usable; what it shows is from before.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="816"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1748"/>
        <source>Re&amp;cord decision</source>
        <translation>Re&amp;cord decision</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="832"/>
        <source>Save PDF rep&amp;ort…</source>
        <translation>Save PDF rep&amp;ort…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="868"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="898"/>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="907"/>
        <source> day</source>
        <translation> day</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="913"/>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1486"/>
        <source>The console stopped before this call&apos;s answer was recorded: FaceID may have answered, and billed it. Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</source>
        <translation>The console stopped before this call&apos;s answer was recorded: FaceID may have answered, and billed it. Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1400"/>
        <source>Web liveness token issued</source>
        <translation>Web liveness token issued</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1401"/>
        <source>SDK biz_token issued</source>
        <translation>SDK biz_token issued</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1387"/>
        <source>A token starts a liveness session and has no score or verdict of its own: the session&apos;s answer is its own entry (Liveness result, or Callback check).</source>
        <translation>A token starts a liveness session and has no score or verdict of its own: the session&apos;s answer is its own entry (Liveness result, or Callback check).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="633"/>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="791"/>
        <source>F&amp;ind the entry that fetched it</source>
        <translation>F&amp;ind the entry that fetched it</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="804"/>
        <source>Choose a decision</source>
        <translation>Choose a decision</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="854"/>
        <source>Billed calls</source>
        <translation>Billed calls</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="864"/>
        <source>Export &amp;unmasked (audited)</source>
        <extracomment>The week&apos;s days per profile, and the window that shows them (built when first asked for).</extracomment>
        <translation>Export &amp;unmasked (audited)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="632"/>
        <source>Decision filter</source>
        <translation>Decision filter</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="683"/>
        <source>this computer&apos;s time zone ({offset})</source>
        <translation>this computer&apos;s time zone ({offset})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="688"/>
        <source>Fro&amp;m ({zone})</source>
        <translation>Fro&amp;m ({zone})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="690"/>
        <source>First day shown ({zone})</source>
        <translation>First day shown ({zone})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="691"/>
        <source>Last day shown ({zone})</source>
        <translation>Last day shown ({zone})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="692"/>
        <source>Whole days in {zone}, as the Time column: from the start of the first day to the end of the last</source>
        <translation>Whole days in {zone}, as the Time column: from the start of the first day to the end of the last</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="700"/>
        <source>Billed calls of each of the last {days} {zone} days, per profile</source>
        <translation>Billed calls of each of the last {days} {zone} days, per profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="704"/>
        <source>Billed calls per {zone} day</source>
        <translation>Billed calls per {zone} day</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="705"/>
        <source>Billed calls per {zone} day and profile</source>
        <translation>Billed calls per {zone} day and profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="856"/>
        <source>Per da&amp;y…</source>
        <translation>Per da&amp;y…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="865"/>
        <source>Names, ID numbers and uuids are exported whole, not masked; the export is recorded in the audit log with your name.</source>
        <translation>Names, ID numbers and uuids are exported whole, not masked; the export is recorded in the audit log with your name.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="945"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1089"/>
        <source>No entry in History holds the result of biz_id {biz_id}: it was fetched elsewhere (another computer or another history), or it is more than a day old. Start a new liveness session and decide on its result.</source>
        <translation>No entry in History holds the result of biz_id {biz_id}: it was fetched elsewhere (another computer or another history), or it is more than a day old. Start a new liveness session and decide on its result.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1268"/>
        <source>Nothing to decide: FaceID refused to issue a token because of what was sent about the applicant ({error}), so no liveness session started. Correct the photo or details it names and ask for a token again; decide on that session&apos;s answer.</source>
        <translation>Nothing to decide: FaceID refused to issue a token because of what was sent about the applicant ({error}), so no liveness session started. Correct the photo or details it names and ask for a token again; decide on that session&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1273"/>
        <source>Nothing to decide: a token only starts a liveness session and says nothing about the applicant. Decide on the session&apos;s answer, an entry of its own (Liveness result, or Callback check).</source>
        <translation>Nothing to decide: a token only starts a liveness session and says nothing about the applicant. Decide on the session&apos;s answer, an entry of its own (Liveness result, or Callback check).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1278"/>
        <source>Nothing to decide yet: this call is waiting for FaceID&apos;s answer. It is shown here as soon as it is recorded; decide on it then.</source>
        <translation>Nothing to decide yet: this call is waiting for FaceID&apos;s answer. It is shown here as soon as it is recorded; decide on it then.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1281"/>
        <source>Nothing to decide yet: no answer is recorded for this call, and the console that sent it may still be waiting for it. Press {key} later to read it again; decide once its answer is in.</source>
        <translation>Nothing to decide yet: no answer is recorded for this call, and the console that sent it may still be waiting for it. Press {key} later to read it again; decide once its answer is in.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1285"/>
        <source>Nothing to decide: no answer was recorded for this call. It was sent again as entry {entry}: decide on that entry&apos;s answer.</source>
        <translation>Nothing to decide: no answer was recorded for this call. It was sent again as entry {entry}: decide on that entry&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1288"/>
        <source>Nothing to decide: no answer was recorded for this call. Decide on the answer of the call once it is sent again.</source>
        <translation>Nothing to decide: no answer was recorded for this call. Decide on the answer of the call once it is sent again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1291"/>
        <source>Nothing to decide: this callback&apos;s signature is invalid (its data was changed, or signed with another api_secret), and its data could not be read. Do not trust it: ask for the session&apos;s result (Liveness result) and decide on its answer.</source>
        <translation>Nothing to decide: this callback&apos;s signature is invalid (its data was changed, or signed with another api_secret), and its data could not be read. Do not trust it: ask for the session&apos;s result (Liveness result) and decide on its answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1295"/>
        <source>Nothing to decide: this callback could not be read as a result. Ask for the session&apos;s result (Liveness result) and decide on its answer.</source>
        <translation>Nothing to decide: this callback could not be read as a result. Ask for the session&apos;s result (Liveness result) and decide on its answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1299"/>
        <source>Nothing to decide: FaceID has no result for this biz_id (a mistyped biz_id, a session made with another api_key, or a result more than a day old). Sending it again will not help: start a new liveness session and decide on its result.</source>
        <translation>Nothing to decide: FaceID has no result for this biz_id (a mistyped biz_id, a session made with another api_key, or a result more than a day old). Sending it again will not help: start a new liveness session and decide on its result.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1303"/>
        <source>Nothing to decide: FaceID gives a session&apos;s result only once, and this one was fetched before (or is more than a day old). Sending it again will not help: find the entry that fetched it (search History for its biz_id) and decide on that one; if there is none, start a new liveness session.</source>
        <translation>Nothing to decide: FaceID gives a session&apos;s result only once, and this one was fetched before (or is more than a day old). Sending it again will not help: find the entry that fetched it (search History for its biz_id) and decide on that one; if there is none, start a new liveness session.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1356"/>
        <source>Entry {id} · {kind} · {time} {zone} · profile {profile} · operator {operator} · biz_id {biz_id}</source>
        <translation>Entry {id} · {kind} · {time} {zone} · profile {profile} · operator {operator} · biz_id {biz_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1358"/>
        <source>Entry {id} · {kind} · {time} {zone} · profile {profile} · operator {operator}</source>
        <translation>Entry {id} · {kind} · {time} {zone} · profile {profile} · operator {operator}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1362"/>
        <source>uuid {uuid}</source>
        <translation>uuid {uuid}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1364"/>
        <source>Applicant: {applicant}</source>
        <translation>Applicant: {applicant}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1379"/>
        <source>Outcome unknown, resent as entry {entry}</source>
        <translation>Outcome unknown, resent as entry {entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1381"/>
        <source>It was sent again as entry {entry}: its answer is there.</source>
        <translation>It was sent again as entry {entry}: its answer is there.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1394"/>
        <source>biz_token: {biz_token}</source>
        <translation>biz_token: {biz_token}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1395"/>
        <source>token: {token}</source>
        <translation>token: {token}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1436"/>
        <source>This callback cannot be read as a result</source>
        <translation>This callback cannot be read as a result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1437"/>
        <source>Look the session&apos;s result up in Liveness results by its biz_id and decide on that; to see this callback whole, paste its raw JSON (Details) into the Callback inspector.</source>
        <translation>Look the session&apos;s result up in Liveness results by its biz_id and decide on that; to see this callback whole, paste its raw JSON (Details) into the Callback inspector.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1457"/>
        <source>Resend of {entry}</source>
        <translation>Resend of {entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1459"/>
        <source>Resent as {entry}</source>
        <translation>Resent as {entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1472"/>
        <source>This window sent this call and is waiting for FaceID&apos;s answer, which is shown here as soon as it is recorded. Do not send it again meanwhile.</source>
        <translation>This window sent this call and is waiting for FaceID&apos;s answer, which is shown here as soon as it is recorded. Do not send it again meanwhile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1474"/>
        <source>Another console sent this call and has not recorded an answer yet: it may still be waiting for it. Do not send it again meanwhile; press {key} later to read the entry again.</source>
        <translation>Another console sent this call and has not recorded an answer yet: it may still be waiting for it. Do not send it again meanwhile; press {key} later to read the entry again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1482"/>
        <source>The console stopped before this look-up&apos;s answer was recorded: FaceID may have answered it and given it the result, which it gives only once. Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</source>
        <translation>The console stopped before this look-up&apos;s answer was recorded: FaceID may have answered it and given it the result, which it gives only once. Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1492"/>
        <source>Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</source>
        <translation>Nothing is sent again unless an operator resends it (&apos;faceid-console history resend&apos;).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1504"/>
        <location filename="../../faceid_console/ui/report.py" line="675"/>
        <source>✔ Signature valid when it arrived (profile {profile}): this data came from FaceID unchanged.</source>
        <translation>✔ Signature valid when it arrived (profile {profile}): this data came from FaceID unchanged.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1506"/>
        <location filename="../../faceid_console/ui/report.py" line="678"/>
        <source>✘ Signature INVALID when it arrived (profile {profile}): the data was changed, or signed with another api_secret. Do not trust it.</source>
        <translation>✘ Signature INVALID when it arrived (profile {profile}): the data was changed, or signed with another api_secret. Do not trust it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1624"/>
        <source>Reading the history…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1625"/>
        <source>The history database has not answered yet; the list appears as soon as it does.</source>
        <translation>The history database has not answered yet; the list appears as soon as it does.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1634"/>
        <source>No calls recorded yet</source>
        <translation>No calls recorded yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1635"/>
        <source>Every call made from this window or the command line is recorded here before it is sent.</source>
        <translation>Every call made from this window or the command line is recorded here before it is sent.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1638"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1641"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1646"/>
        <source>No entry matches</source>
        <translation>No entry matches</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1639"/>
        <source>The date range ends before it starts: set “to” on or after “from”.</source>
        <translation>The date range ends before it starts: set “to” on or after “from”.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1642"/>
        <source>Nothing recorded matches the search and filters above: change or clear them. Names and uuids match from their start; an ID number whole or its last four; biz_no, biz_id and request_id whole; an entry by its number after # (#8). Case does not matter.</source>
        <translation>Nothing recorded matches the search and filters above: change or clear them. Names and uuids match from their start; an ID number whole or its last four; biz_no, biz_id and request_id whole; an entry by its number after # (#8). Case does not matter.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1647"/>
        <source>Nothing recorded matches the search and filters above: change or clear them.</source>
        <translation>Nothing recorded matches the search and filters above: change or clear them.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1665"/>
        <source>{time} {zone} · {operator} · {decision} ({state}) · {reason}</source>
        <translation>{time} {zone} · {operator} · {decision} ({state}) · {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1688"/>
        <source>Recorded as “{recorded}” when it was answered; at today&apos;s policy level ({level}) it reads “{today}”, as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>Recorded as “{recorded}” when it was answered; at today&apos;s policy level ({level}) it reads “{today}”, as shown below. Decide knowing which one your procedure asks for.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1692"/>
        <source>Recorded as “{recorded}” when it was answered, before the console read a failed spoken consent (will_result) as deciding the session; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>Recorded as “{recorded}” when it was answered, before the console read a failed spoken consent (will_result) as deciding the session; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1697"/>
        <source>Recorded as “{recorded}” when it was answered, before the console read an error in the comparison (verify_result) as a failed comparison; it reads “{today}” now, as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>Recorded as “{recorded}” when it was answered, before the console read an error in the comparison (verify_result) as a failed comparison; it reads “{today}” now, as shown below. Decide knowing which one your procedure asks for.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1702"/>
        <source>Recorded as “{recorded}” when it was answered, before the console read a match on an ID number used in attacks (id_exceptions.id_attacked) as needing review; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>Recorded as “{recorded}” when it was answered, before the console read a match on an ID number used in attacks (id_exceptions.id_attacked) as needing review; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1707"/>
        <source>Recorded as “{recorded}” when it was answered, before the console weighed the scores of the ID card photographed (result_idcard_photo, result_idcard_datasource); it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>Recorded as “{recorded}” when it was answered, before the console weighed the scores of the ID card photographed (result_idcard_photo, result_idcard_datasource); it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1712"/>
        <source>Recorded as “{recorded}” when it was answered, by the rules the console read answers by then; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</source>
        <translation>Recorded as “{recorded}” when it was answered, by the rules the console read answers by then; it reads “{today}” now (policy level {level}), as shown below. Decide knowing which one your procedure asks for.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1717"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1756"/>
        <source>no verdict</source>
        <translation>no verdict</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1722"/>
        <source>{title} ({code})</source>
        <translation>{title} ({code})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1727"/>
        <source>Entry {id}: {verdict}</source>
        <translation>Entry {id}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1729"/>
        <source>Entry {id}: {verdict}, confidence {confidence:.2f}</source>
        <translation>Entry {id}: {verdict}, confidence {confidence:.2f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1732"/>
        <source>Deciding on entry {id}: {verdict}</source>
        <translation>Deciding on entry {id}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1734"/>
        <source>Deciding on entry {id}: {verdict}, confidence {confidence:.2f}</source>
        <translation>Deciding on entry {id}: {verdict}, confidence {confidence:.2f}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1750"/>
        <source>Decided: {summary}</source>
        <translation>Decided: {summary}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1752"/>
        <source>&amp;Change the decision</source>
        <translation>&amp;Change the decision</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1759"/>
        <source>{recorded} when answered, {today} as the console reads it now</source>
        <translation>{recorded} when answered, {today} as the console reads it now</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1760"/>
        <source>{recorded} when answered, {today} at today&apos;s policy level</source>
        <translation>{recorded} when answered, {today} at today&apos;s policy level</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1763"/>
        <source>Approve against the verdict?</source>
        <translation>Approve against the verdict?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1764"/>
        <source>The console&apos;s verdict for entry {id} is: {verdict}.

Approve it anyway? The decision, its reason and your note go into the audit trail.</source>
        <translation>The console&apos;s verdict for entry {id} is: {verdict}.

Approve it anyway? The decision, its reason and your note go into the audit trail.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1824"/>
        <source>Not approved: nothing was recorded.</source>
        <translation>Not approved: nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1834"/>
        <source>Nothing was recorded: a purge started meanwhile. Record it again once it is done.</source>
        <translation>Nothing was recorded: a purge started meanwhile. Record it again once it is done.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1889"/>
        <source>Nothing was recorded: {operator} decided entry {id} meanwhile (see the trail). Decide again if yours still stands.</source>
        <translation>Nothing was recorded: {operator} decided entry {id} meanwhile (see the trail). Decide again if yours still stands.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1900"/>
        <source>Decided meanwhile</source>
        <translation>Decided meanwhile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1901"/>
        <source>Another reviewer decided on entry {id} after it was shown to you:

{theirs}{note}

Record your decision ({yours}) anyway? It supersedes theirs; both stay in the trail.</source>
        <translation>Another reviewer decided on entry {id} after it was shown to you:

{theirs}{note}

Record your decision ({yours}) anyway? It supersedes theirs; both stay in the trail.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2026"/>
        <source>Records cannot be purged before their photos: keep records at least as long as photos, or for ever.</source>
        <translation>Records cannot be purged before their photos: keep records at least as long as photos, or for ever.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2088"/>
        <source>Retention saved; {summary}.</source>
        <translation>Retention saved; {summary}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2092"/>
        <source>Retention may not have been applied: {reason}. The setting and its purge are saved together or not at all; apply it again when the history database answers.</source>
        <translation>Retention may not have been applied: {reason}. The setting and its purge are saved together or not at all; apply it again when the history database answers.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2097"/>
        <source>Retention not changed and nothing purged: the history database refused the purge ({reason}). Tell whoever looks after the history database; the setting in force is unchanged.</source>
        <translation>Retention not changed and nothing purged: the history database refused the purge ({reason}). Tell whoever looks after the history database; the setting in force is unchanged.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2104"/>
        <source>Retention saved; {summary}, but {left} are still kept whole: the history database did not answer or refused their reduction ({reason}). Press Apply again to reduce them, or the next automatic purge will.</source>
        <translation>Retention saved; {summary}, but {left} are still kept whole: the history database did not answer or refused their reduction ({reason}). Press Apply again to reduce them, or the next automatic purge will.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2122"/>
        <source>{images} and {records} purged</source>
        <translation>{images} and {records} purged</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2125"/>
        <source>{images} and {records} purged; {reduced} reduced to thumbnails</source>
        <translation>{images} and {records} purged; {reduced} reduced to thumbnails</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2127"/>
        <source>{images} and {records} purged; {reduced} reduced to fingerprints (SHA-256)</source>
        <translation>{images} and {records} purged; {reduced} reduced to fingerprints (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2166"/>
        <source>Retention applied automatically (the setting in force): {summary}, but {left} are still kept whole: the history database did not answer or refused their reduction ({reason}). They are reduced at the next automatic purge, in a day, or press Apply to purge now.</source>
        <translation>Retention applied automatically (the setting in force): {summary}, but {left} are still kept whole: the history database did not answer or refused their reduction ({reason}). They are reduced at the next automatic purge, in a day, or press Apply to purge now.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2175"/>
        <source>The automatic retention purge did not run: the history database did not answer or refused it ({reason}). Nothing was purged; it is tried again in a day, or press Apply to purge now.</source>
        <translation>The automatic retention purge did not run: the history database did not answer or refused it ({reason}). Nothing was purged; it is tried again in a day, or press Apply to purge now.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2184"/>
        <source>Retention applied automatically (the setting in force): {summary}.</source>
        <translation>Retention applied automatically (the setting in force): {summary}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2204"/>
        <source>Applying this retention deletes {records}, with their decisions, and {images}, for ever, and keeps only a thumbnail of {reduced} kept whole until now (the full photos are deleted for ever). Exports made before keep their copies.

Purge now?</source>
        <translation>Applying this retention deletes {records}, with their decisions, and {images}, for ever, and keeps only a thumbnail of {reduced} kept whole until now (the full photos are deleted for ever). Exports made before keep their copies.

Purge now?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2208"/>
        <source>Applying this retention deletes {records}, with their decisions, and {images}, for ever, and keeps only the fingerprint (SHA-256) of {reduced} kept until now (the photos and thumbnails are deleted for ever). Exports made before keep their copies.

Purge now?</source>
        <translation>Applying this retention deletes {records}, with their decisions, and {images}, for ever, and keeps only the fingerprint (SHA-256) of {reduced} kept until now (the photos and thumbnails are deleted for ever). Exports made before keep their copies.

Purge now?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2249"/>
        <source>Nothing was written: the history database refused it ({reason}). Try again; if it is refused again, tell whoever looks after the history database.</source>
        <translation>Nothing was written: the history database refused it ({reason}). Try again; if it is refused again, tell whoever looks after the history database.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2388"/>
        <source>Billed: {total} in the last {days} {zone} days ({profiles})</source>
        <translation>Billed: {total} in the last {days} {zone} days ({profiles})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1931"/>
        <source>Saving the report to {path}…</source>
        <translation>Saving the report to {path}…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1933"/>
        <source>The report was not saved to {path}: {reason}. Choose another folder or file name.</source>
        <translation>The report was not saved to {path}: {reason}. Choose another folder or file name.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1968"/>
        <source>{count} entry exported to {path}.</source>
        <translation>{count} entry exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1974"/>
        <source>Exporting to {path}…</source>
        <translation>Exporting to {path}…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1975"/>
        <source>Nothing was exported to {path}: {reason}. Choose another folder or file name; a file already there is unchanged.</source>
        <translation>Nothing was exported to {path}: {reason}. Choose another folder or file name; a file already there is unchanged.</translation>
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
        <translation>{profile}: {count}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2386"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2398"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1954"/>
        <source>{file} already exists.
Do you want to replace it?</source>
        <translation>{file} already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2073"/>
        <source>Retention not changed: the setting shown changed while the purge was counted. Press Apply again.</source>
        <translation>Retention not changed: the setting shown changed while the purge was counted. Press Apply again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2077"/>
        <source>Retention not changed: nothing was purged.</source>
        <translation>Retention not changed: nothing was purged.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2110"/>
        <source>Saving retention and purging…</source>
        <translation>Saving retention and purging…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2189"/>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2189"/>
        <source>{count} photos</source>
        <translation>{count} photos</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2192"/>
        <source>1 record</source>
        <translation>1 record</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2192"/>
        <source>{count} records</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2212"/>
        <source>Purge the history?</source>
        <translation>Purge the history?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2254"/>
        <source>A report, an export or a purge is still running; try again when it is done.</source>
        <translation>A report, an export or a purge is still running; try again when it is done.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1631"/>
        <source>No entry chosen</source>
        <translation>No entry chosen</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1384"/>
        <source>Outcome unknown, not resent</source>
        <translation>Outcome unknown, not resent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1664"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1664"/>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1870"/>
        <source>The decision may not have been recorded: the history database did not answer. Your choice is kept: press {key} to see the trail, and record it again if it is not there.</source>
        <translation>The decision may not have been recorded: the history database did not answer. Your choice is kept: press {key} to see the trail, and record it again if it is not there.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1862"/>
        <source>The decision was not recorded: the entry or the reason chosen is no longer in the history (purged, or the reasons were changed). The page is reloaded: check the entry and decide again.</source>
        <translation>The decision was not recorded: the entry or the reason chosen is no longer in the history (purged, or the reasons were changed). The page is reloaded: check the entry and decide again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1846"/>
        <source>Decision recorded for entry {id}.</source>
        <translation>Decision recorded for entry {id}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1019"/>
        <source>{decision} by {operator} at {when} · {reason}</source>
        <translation>{decision} by {operator} at {when} · {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1932"/>
        <source>Report saved to {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1939"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1947"/>
        <source>Save PDF report</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1941"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1969"/>
        <source>{count} entries exported to {path}.</source>
        <translation>{count} entries exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1981"/>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1987"/>
        <source>Export history</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1992"/>
        <source>Export full ID numbers?</source>
        <translation>Export full ID numbers?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="1993"/>
        <source>The file will hold full ID numbers, names and uuids. This export is written to the audit log with your name.</source>
        <translation>The file will hold full ID numbers, names and uuids. This export is written to the audit log with your name.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2201"/>
        <source>Applying this retention deletes {records}, with their decisions, and {images}, for ever. Exports made before keep their copies.

Purge now?</source>
        <translation>Applying this retention deletes {records}, with their decisions, and {images}, for ever. Exports made before keep their copies.

Purge now?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2243"/>
        <source>Nothing was written: the history database did not answer ({reason}). Try again once it answers.</source>
        <translation>Nothing was written: the history database did not answer ({reason}). Try again once it answers.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_page.py" line="2384"/>
        <source>No billed calls in the last {days} days.</source>
        <translation>No billed calls in the last {days} days.</translation>
    </message>
</context>
<context>
    <name>HistoryPageHost</name>
    <message>
        <location filename="../../faceid_console/ui/pages/history_host.py" line="123"/>
        <location filename="../../faceid_console/ui/pages/history_host.py" line="145"/>
        <source>Opening the history…</source>
        <extracomment>The entries the list shows at the least: at the window&apos;s least size it showed one. The rows of controls around the list at the page&apos;s narrowest, none taller than its tallest control: the search, the filters and the dates above it; the billed calls and the retention&apos;s two halves under it. The filters side by side under the search, each at least this many characters wide: the page&apos;s widest row. The page&apos;s ``decided``, once the page is there. The store has opened and the page is built, or the opening failed (said on the page). What was asked of the page before it existed (a search, an entry to decide on); done once it is. What was asked of the page while out of sight (a search, an entry to decide on); done once it is shown, in place of reading again the entry it showed.</extracomment>
        <translation>Opening the history…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/history_host.py" line="233"/>
        <source>The history cannot be opened: {reason}</source>
        <translation>The history cannot be opened: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageGallery</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="98"/>
        <source>{name}
(loading…)</source>
        <translation>{name}
(loading…)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="99"/>
        <source>{name}
(not loaded)</source>
        <translation>{name}
(not loaded)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="137"/>
        <source>not a readable image</source>
        <translation>not a readable image</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="140"/>
        <source>{name}
(unreadable)</source>
        <translation>{name}
(unreadable)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/image_gallery.py" line="152"/>
        <source>Open {name} full size</source>
        <translation>Open {name} full size</translation>
    </message>
</context>
<context>
    <name>InputTexts</name>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="20"/>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="22"/>
        <source>The ID number must be 17 digits followed by a digit or X.</source>
        <translation>The ID number must be 17 digits followed by a digit or X.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="24"/>
        <source>The ID number must have 18 characters; it has {n}.</source>
        <translation>The ID number must have 18 characters; it has {n}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="26"/>
        <source>The check digit (last character) does not match: look for a typo.</source>
        <translation>The check digit (last character) does not match: look for a typo.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="29"/>
        <source>The region code or birth date in this ID number does not exist: look for a typo.</source>
        <translation>The region code or birth date in this ID number does not exist: look for a typo.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="32"/>
        <source>The birth date in this ID number is in the future: look for a typo.</source>
        <translation>The birth date in this ID number is in the future: look for a typo.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="35"/>
        <source>This is not a valid ID number.</source>
        <translation>This is not a valid ID number.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="37"/>
        <source>Enter the name as printed on the ID card.</source>
        <translation>Enter the name as printed on the ID card.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="39"/>
        <source>The name has {n} characters; at most {max} are allowed.</source>
        <translation>The name has {n} characters; at most {max} are allowed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="43"/>
        <source>The name contains {character} ({codepoint}) at position {position}: delete it, or type an ordinary space if the ID card has one there.</source>
        <translation>The name contains {character} ({codepoint}) at position {position}: delete it, or type an ordinary space if the ID card has one there.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="48"/>
        <source>The name contains {character} ({codepoint}) at position {position}: delete it, or type the character printed on the ID card there.</source>
        <translation>The name contains {character} ({codepoint}) at position {position}: delete it, or type the character printed on the ID card there.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="52"/>
        <source>Enter the uuid: your own id for this applicant.</source>
        <translation>Enter the uuid: your own id for this applicant.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="55"/>
        <source>The uuid contains a control or invisible character ({codepoint} at position {position}); type it again.</source>
        <translation>The uuid contains a control or invisible character ({codepoint} at position {position}); type it again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="59"/>
        <source>The uuid is {n} bytes long; at most {max} bytes are allowed.</source>
        <translation>The uuid is {n} bytes long; at most {max} bytes are allowed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="62"/>
        <source>Face comparison needs at least reference photo 1.</source>
        <translation>Face comparison needs at least reference photo 1.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="64"/>
        <source>Choose the photo to check.</source>
        <translation>Choose the photo to check.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="67"/>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="69"/>
        <source>this is not an image file, or its format is not supported.</source>
        <translation>this is not an image file, or its format is not supported.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="71"/>
        <source>the image has more than 89 megapixels, too many for a photo: save a smaller copy of it and choose that.</source>
        <translation>the image has more than 89 megapixels, too many for a photo: save a smaller copy of it and choose that.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="75"/>
        <source>the image is {width}×{height} pixels, more than {limit} megapixels: too many for a photo. Save a smaller copy of it and choose that.</source>
        <translation>the image is {width}×{height} pixels, more than {limit} megapixels: too many for a photo. Save a smaller copy of it and choose that.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="78"/>
        <source>{kind} images are not accepted; use JPEG, PNG, BMP, WebP or TIFF.</source>
        <translation>{kind} images are not accepted; use JPEG, PNG, BMP, WebP or TIFF.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="80"/>
        <source>the file is truncated or damaged.</source>
        <translation>the file is truncated or damaged.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="82"/>
        <source>the file is cut off: only part of the picture is there.</source>
        <translation>the file is cut off: only part of the picture is there.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="84"/>
        <source>the photo cannot be made small enough to send ({reason}).</source>
        <translation>the photo cannot be made small enough to send ({reason}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="86"/>
        <source>{name} is {mb} MB: too large to be a photo.</source>
        <translation>{name} is {mb} MB: too large to be a photo.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="88"/>
        <source>{name} is over {mb} MB: too large to be a photo.</source>
        <translation>{name} is over {mb} MB: too large to be a photo.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="91"/>
        <source>there is no such file: {path}</source>
        <translation>there is no such file: {path}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="93"/>
        <source>{path} is not a usable file name.</source>
        <translation>{path} is not a usable file name.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="95"/>
        <source>the link points to no file: {path}</source>
        <translation>the link points to no file: {path}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="97"/>
        <source>you have no permission to read {path}.</source>
        <translation>you have no permission to read {path}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="99"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="101"/>
        <source>{path} is a folder, not a photo.</source>
        <translation>{path} is a folder, not a photo.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="103"/>
        <source>{path} is a device, not a photo file.</source>
        <translation>{path} is a device, not a photo file.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="105"/>
        <source>{path} is a pipe, not a photo file.</source>
        <translation>{path} is a pipe, not a photo file.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="107"/>
        <source>{path} is a socket, not a photo file.</source>
        <translation>{path} is a socket, not a photo file.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="109"/>
        <source>{path} is a special file, not a photo file.</source>
        <translation>{path} is a special file, not a photo file.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="112"/>
        <source>Choose reference photo 1 before photos 2 and 3.</source>
        <translation>Choose reference photo 1 before photos 2 and 3.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="114"/>
        <source>Choose reference photo 2 before photo 3.</source>
        <translation>Choose reference photo 2 before photo 3.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="116"/>
        <source>Choose reference photo 1 before photo 2.</source>
        <translation>Choose reference photo 1 before photo 2.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="118"/>
        <source>fail_when_ref_multiple_faces needs at least one reference photo.</source>
        <translation>fail_when_ref_multiple_faces needs at least one reference photo.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="120"/>
        <source>uuid is for face comparison (comparison_type=0), not KYC.</source>
        <translation>uuid is for face comparison (comparison_type=0), not KYC.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="122"/>
        <source>{field} is for KYC (comparison_type=1), not face comparison.</source>
        <translation>{field} is for KYC (comparison_type=1), not face comparison.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="124"/>
        <source>{field} is not used with comparison_type=-1 (liveness only: no face is compared).</source>
        <translation>{field} is not used with comparison_type=-1 (liveness only: no face is compared).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="127"/>
        <source>comparison_type -1 (liveness only) is for get_token; {call_name} takes 0 or 1.</source>
        <translation>comparison_type -1 (liveness only) is for get_token; {call_name} takes 0 or 1.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="130"/>
        <source>{field} applies only when liveness_type is {kinds}.</source>
        <translation>{field} applies only when liveness_type is {kinds}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="132"/>
        <source>biz_id must not contain spaces.</source>
        <translation>biz_id must not contain spaces.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="134"/>
        <source>A biz_id has no control or invisible characters: type it again, or paste the return_url.</source>
        <translation>A biz_id has no control or invisible characters: type it again, or paste the return_url.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="137"/>
        <source>This is {size} characters long, too long for a biz_id, which is a few dozen characters (1462259748,52b13fb5-…): check what was pasted, or paste the return_url.</source>
        <translation>This is {size} characters long, too long for a biz_id, which is a few dozen characters (1462259748,52b13fb5-…): check what was pasted, or paste the return_url.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="141"/>
        <source>get_image_type must be 0, 1 or 2.</source>
        <translation>get_image_type must be 0, 1 or 2.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="143"/>
        <source>{field} must be an http(s) URL.</source>
        <translation>{field} must be an http(s) URL.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="145"/>
        <source>{field} must be between {lo} and {hi}; it is {value}.</source>
        <translation>{field} must be between {lo} and {hi}; it is {value}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="147"/>
        <source>{field} is longer than {limit} bytes.</source>
        <translation>{field} is longer than {limit} bytes.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="149"/>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="151"/>
        <source>{field} is empty.</source>
        <translation>{field} is empty.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="154"/>
        <source>Enter the api_key.</source>
        <translation>Enter the api_key.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="156"/>
        <source>Enter the api_secret.</source>
        <translation>Enter the api_secret.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="158"/>
        <source>{field} must be an http(s) URL such as {example}</source>
        <translation>{field} must be an http(s) URL such as {example}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="160"/>
        <source>{field} must not contain a user name or password.</source>
        <translation>{field} must not contain a user name or password.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="162"/>
        <source>{field} must not have a query (?) or fragment (#).</source>
        <translation>{field} must not have a query (?) or fragment (#).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="164"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="166"/>
        <source>{host} is not a valid host name: check for a typo.</source>
        <translation>{host} is not a valid host name: check for a typo.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="169"/>
        <source>Plain HTTP is only allowed to this machine, named without a final dot (localhost, 127.0.0.1); {host} needs https://.</source>
        <translation>Plain HTTP is only allowed to this machine, named without a final dot (localhost, 127.0.0.1); {host} needs https://.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="173"/>
        <source>Plain HTTP is only allowed to this machine; use https:// for {host}.</source>
        <translation>Plain HTTP is only allowed to this machine; use https:// for {host}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="177"/>
        <source>The system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then try again.</source>
        <translation>The system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then try again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="181"/>
        <source>No system keyring was found. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then try again.</source>
        <translation>No system keyring was found. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then try again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="185"/>
        <source>No system keyring: {backend} keeps api_secrets in a file or nowhere, so FaceID Console does not use it. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then try again.</source>
        <translation>No system keyring: {backend} keeps api_secrets in a file or nowhere, so FaceID Console does not use it. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then try again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="190"/>
        <source>The system keyring refused ({detail}). Unlock the keyring when it asks, then try again.</source>
        <translation>The system keyring refused ({detail}). Unlock the keyring when it asks, then try again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="199"/>
        <source>a non-breaking space</source>
        <translation>a non-breaking space</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="200"/>
        <source>a full-width space</source>
        <translation>a full-width space</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="201"/>
        <source>a special space</source>
        <translation>a special space</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="202"/>
        <source>a tab</source>
        <translation>a tab</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="203"/>
        <source>a line break</source>
        <translation>a line break</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="204"/>
        <source>a text-direction mark</source>
        <translation>a text-direction mark</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="205"/>
        <source>a control character</source>
        <translation>a control character</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="206"/>
        <source>an invisible formatting character</source>
        <translation>an invisible formatting character</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="207"/>
        <source>a private-use character</source>
        <translation>a private-use character</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="208"/>
        <source>an unassigned character</source>
        <translation>an unassigned character</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/input_texts.py" line="209"/>
        <source>a byte that is not UTF-8</source>
        <translation>a byte that is not UTF-8</translation>
    </message>
</context>
<context>
    <name>LivenessResultsPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="150"/>
        <source>biz_id, or the whole return_url</source>
        <extracomment>Characters a biz_id (&quot;1462259748,52b13fb5-…&quot;) never holds but a URL or its query does. A return_url without its scheme (a host, then its path, query or fragment), or its query alone (&quot;a=b&amp;biz_id=…&quot;). The message of input holding a URL&apos;s characters that is not shaped as one (&quot;&apos; OR 1=1 --&quot;). A biz_id as FaceID gives them (get_result&apos;s documented example, 47 characters): the field is as wide as one. Emitted after each answer (result or error) has been shown. Emitted with a biz_id whose result the service no longer gives: the History page shows it if kept. The reviewer asked to decide on the result on show: its History entry (the main window opens it there). The result last shown, with its decoded images (to put it back after a switch away and back). The profile the error on show came from: an error is about the calls of its own profile. The profile the result on show came from: a session is its own account&apos;s, as Verify&apos;s answer is.</extracomment>
        <translation>biz_id, or the whole return_url</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="151"/>
        <source>biz_id or return_url</source>
        <translation>biz_id or return_url</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="155"/>
        <source>&amp;biz_id:</source>
        <translation>&amp;biz_id:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="167"/>
        <source>0 — no images (the service&apos;s default)</source>
        <translation>0 — no images (the service&apos;s default)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="168"/>
        <source>0 — no images (default)</source>
        <translation>0 — no images (default)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="169"/>
        <source>1 — the best frame (image_best)</source>
        <translation>1 — the best frame (image_best)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="169"/>
        <source>1 — the best frame</source>
        <translation>1 — the best frame</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="171"/>
        <source>2 — the best frame and the action frames (image_action*)</source>
        <translation>2 — the best frame and the action frames (image_action*)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="172"/>
        <source>2 — best and action frames</source>
        <translation>2 — best and action frames</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="174"/>
        <source>&amp;Images (get_image_type):</source>
        <translation>&amp;Images (get_image_type):</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="176"/>
        <source>FaceID returns no images unless asked (0 is its default). The console asks for the best frame: the result is given only once, so images not asked for now cannot be fetched later.</source>
        <translation>FaceID returns no images unless asked (0 is its default). The console asks for the best frame: the result is given only once, so images not asked for now cannot be fetched later.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="183"/>
        <source>⚠ The service returns a session&apos;s result only once, and only within a day of the session. The answer is saved in the history before it is shown, so it can be read again there.</source>
        <translation>⚠ The service returns a session&apos;s result only once, and only within a day of the session. The answer is saved in the history before it is shown, so it can be read again there.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="189"/>
        <source>Fetch the &amp;result</source>
        <translation>Fetch the &amp;result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="191"/>
        <source>Fetch the liveness result</source>
        <translation>Fetch the liveness result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="219"/>
        <source>&amp;Open the saved result in History</source>
        <translation>&amp;Open the saved result in History</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="232"/>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="281"/>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="417"/>
        <source>No result yet</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="233"/>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="418"/>
        <source>Enter a session&apos;s biz_id, or paste its return_url, and press Enter.</source>
        <translation>Enter a session&apos;s biz_id, or paste its return_url, and press Enter.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="281"/>
        <source>Press Enter to fetch this session&apos;s result.</source>
        <translation>Press Enter to fetch this session&apos;s result.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="304"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="312"/>
        <source>Looked up biz_id {biz_id} (from the pasted return URL)</source>
        <translation>Looked up biz_id {biz_id} (from the pasted return URL)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="313"/>
        <source>Looked up biz_id {biz_id}</source>
        <translation>Looked up biz_id {biz_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="320"/>
        <source>This URL has no biz_id parameter: paste the return_url the applicant&apos;s browser landed on, or type the biz_id.</source>
        <translation>This URL has no biz_id parameter: paste the return_url the applicant&apos;s browser landed on, or type the biz_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="323"/>
        <source>Enter the biz_id, or paste the return_url.</source>
        <translation>Enter the biz_id, or paste the return_url.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="325"/>
        <source>This is not a biz_id: a biz_id looks like 1462259748,52b13fb5-… with no spaces. Or paste the whole return_url.</source>
        <translation>This is not a biz_id: a biz_id looks like 1462259748,52b13fb5-… with no spaces. Or paste the whole return_url.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="328"/>
        <source>A biz_id has no spaces: check that it was copied whole.</source>
        <translation>A biz_id has no spaces: check that it was copied whole.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="335"/>
        <source>Waiting for FaceID… (the answer is saved, then shown)</source>
        <translation>Waiting for FaceID… (the answer is saved, then shown)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="363"/>
        <source>Saved in the history.</source>
        <translation>Saved in the history.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="380"/>
        <source>Liveness result received and saved — {headline}</source>
        <translation>Liveness result received and saved — {headline}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="406"/>
        <source>No liveness result — {reason}</source>
        <translation>No liveness result — {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="391"/>
        <source>Not billed: fetching a result is free. But only the first fetch gets it: if FaceID answered this one, the result is used up.</source>
        <translation>Not billed: fetching a result is free. But only the first fetch gets it: if FaceID answered this one, the result is used up.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="393"/>
        <source>Fetch it again. If FaceID answers that there is no such result, the answer that did not arrive took it: look for the session&apos;s callback in History (it carries the same result), or start a new session.</source>
        <translation>Fetch it again. If FaceID answers that there is no such result, the answer that did not arrive took it: look for the session&apos;s callback in History (it carries the same result), or start a new session.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="461"/>
        <source>No result from this profile yet</source>
        <translation>No result from this profile yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_page.py" line="462"/>
        <source>The last result came from profile {profile} and is kept in History.</source>
        <translation>The last result came from profile {profile} and is kept in History.</translation>
    </message>
</context>
<context>
    <name>LivenessSessionPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="349"/>
        <source>Compare the applicant&apos;s face with</source>
        <extracomment>A callback&apos;s identity for repeats: the profile that checked it, how its signature checked, its fingerprint. Callbacks whose repeats are recognised (their fingerprints, a few dozen bytes each): far more than are listed, so a retry is known as one after the first has scrolled off the list; the oldest are forgotten past this. Where it was posted: &quot;notify_url&quot; (the service) or &quot;return_url&quot; (the applicant&apos;s browser). Which field of its data is malformed (worded by ``malformed_text``), when the data is JSON but not as the documents give a session&apos;s result; its signature is checked all the same. The profile whose api_secret checked it: the one in the top bar when it came, or the one that started its session here when that one&apos;s secret matched. History keeps it under this profile. ``CallbackBody.fingerprint`` of its data and sign (&quot;&quot; for a post that is no callback). When it is the same callback as one received before (same data, same sign, checked alike): when and where that one came. It is listed as a repeat of that one, not as a new result, and not kept in History again. When that api_secret was read (``Connection.credentials_read_at``): once its profile&apos;s credentials are stored anew or forgotten, it is no longer that profile&apos;s, and the callback is not listed again after a switch. Callbacks listed on the page, newest first; older ones are in History (a body can be megabytes). Emitted after get_token&apos;s answer (token or error) has been shown. A received callback was checked and listed. The reviewer wants this biz_id looked up (Liveness results page). The reviewer wants this callback body in the inspector. A first receipt&apos;s History write ended (from the writer&apos;s thread): its key, and whether it was kept. Opens the applicant&apos;s link; replaceable so tests never start a browser. The profile whose api_secret checked the callbacks listed, as it was then (None: none listed). Each other profile&apos;s callbacks, off the list while another is in use (those listed before the switch, and those of its sessions that came after it), with the row chosen: listed again when it is back. The api_secret of each profile that started a session here (in memory only): a callback of that session that comes after a switch is checked with it and kept in History under that profile. The profile the note under the receiver&apos;s address is about (callbacks of it kept in History, not listed). When and where each callback was first received, by the profile that checked it, how its signature checked and its fingerprint: a repeat of one is listed as such, and History keeps the first alone. A repeat that came while its first&apos;s History write was on its way: written instead, should that one fail. The profile the error on show came from: an error is about the calls of its own profile. The profile whose account made the link on show: its session and callbacks are that account&apos;s.</extracomment>
        <translation>Compare the applicant&apos;s face with</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="378"/>
        <source>your own id for this applicant</source>
        <translation>your own id for this applicant</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="553"/>
        <source>Reference photos (image_ref1 is required for face comparison)</source>
        <translation>Reference photos (image_ref1 is required for face comparison)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="395"/>
        <source>Reference photo {n}</source>
        <translation>Reference photo {n}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="419"/>
        <source>your order number (at most 128 bytes)</source>
        <translation>your order number (at most 128 bytes)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="423"/>
        <source>returned unchanged in the callbacks</source>
        <translation>returned unchanged in the callbacks</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="373"/>
        <source>&amp;Name (idcard_name):</source>
        <translation>&amp;Name (idcard_name):</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="351"/>
        <source>the identity data source (&amp;KYC): name and ID number</source>
        <translation>the identity data source (&amp;KYC): name and ID number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="352"/>
        <source>your o&amp;wn reference photos: uuid and photos</source>
        <translation>your o&amp;wn reference photos: uuid and photos</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="354"/>
        <source>nothing: the liveness check only (no co&amp;mparison)</source>
        <translation>nothing: the liveness check only (no co&amp;mparison)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="376"/>
        <source>I&amp;D number (idcard_number):</source>
        <translation>I&amp;D number (idcard_number):</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="380"/>
        <source>&amp;uuid:</source>
        <translation>&amp;uuid:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="402"/>
        <source>Receive the call&amp;back in this window (built-in engine)</source>
        <translation>Receive the call&amp;back in this window (built-in engine)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="409"/>
        <source>&amp;return_url:</source>
        <translation>&amp;return_url:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="413"/>
        <source>notif&amp;y_url:</source>
        <translation>notif&amp;y_url:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="421"/>
        <source>bi&amp;z_no:</source>
        <translation>bi&amp;z_no:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="425"/>
        <source>biz_e&amp;xtra_data:</source>
        <translation>biz_e&amp;xtra_data:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="433"/>
        <source>&amp;Start the session</source>
        <translation>&amp;Start the session</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="458"/>
        <source>The applicant&apos;s link</source>
        <translation>The applicant&apos;s link</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="462"/>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="656"/>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="787"/>
        <source>No session started yet.</source>
        <translation>No session started yet.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="477"/>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Open in the browser</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="480"/>
        <source>&amp;Copy the link</source>
        <translation>&amp;Copy the link</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="489"/>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="512"/>
        <source>Callbacks received</source>
        <translation>Callbacks received</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="518"/>
        <source>&amp;Look up the result</source>
        <translation>&amp;Look up the result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="521"/>
        <source>&amp;Inspect the callback</source>
        <translation>&amp;Inspect the callback</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="549"/>
        <source>Reference photos (not used: with the liveness check only, no face is compared)</source>
        <translation>Reference photos (not used: with the liveness check only, no face is compared)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="551"/>
        <source>Reference photos (optional with KYC)</source>
        <translation>Reference photos (optional with KYC)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="591"/>
        <source>The console listens at the address below and passes it as notify_url: a finished sandbox session shows up here by itself, its signature checked.</source>
        <translation>The console listens at the address below and passes it as notify_url: a finished sandbox session shows up here by itself, its signature checked.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="595"/>
        <source>Callbacks are received here only with the built-in engine. With the cloud, FaceID posts them to your own server: paste one into the Callback inspector.</source>
        <translation>Callbacks are received here only with the built-in engine. With the cloud, FaceID posts them to your own server: paste one into the Callback inspector.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="611"/>
        <source>FaceID posts callbacks only to ports {ports}: none will come to port {port} of this notify_url. The session can still be started; to receive its callback, give an address on one of those ports.</source>
        <translation>FaceID posts callbacks only to ports {ports}: none will come to port {port} of this notify_url. The session can still be started; to receive its callback, give an address on one of those ports.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="641"/>
        <source>Put the first reference photo in Reference photo 1.</source>
        <translation>Put the first reference photo in Reference photo 1.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="668"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="678"/>
        <source>Waiting for FaceID…</source>
        <translation>Waiting for FaceID…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="714"/>
        <source>The last session&apos;s link was made by profile {profile}, for that profile&apos;s account only: its callbacks are not received under this profile. Its token is kept in History.</source>
        <translation>The last session&apos;s link was made by profile {profile}, for that profile&apos;s account only: its callbacks are not received under this profile. Its token is kept in History.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="764"/>
        <source>Session started. The applicant opens this link (once; when it expires is unknown):
{url}</source>
        <translation>Session started. The applicant opens this link (once; when it expires is unknown):
{url}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="740"/>
        <source>The answer&apos;s expired_time, {value}, is not a time within a day of this workstation&apos;s clock, so it is not shown as a date: it may be in milliseconds rather than seconds, or one of the two clocks is far off.</source>
        <translation>The answer&apos;s expired_time, {value}, is not a time within a day of this workstation&apos;s clock, so it is not shown as a date: it may be in milliseconds rather than seconds, or one of the two clocks is far off.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="743"/>
        <source>Liveness session started; the link is ready, but when it expires is unknown.</source>
        <translation>Liveness session started; the link is ready, but when it expires is unknown.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="770"/>
        <source>Session started. The applicant opens this link (valid until {expires}, once):
{url}</source>
        <translation>Session started. The applicant opens this link (valid until {expires}, once):
{url}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="789"/>
        <source>No session started — {reason}</source>
        <translation>No session started — {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="936"/>
        <source>A callback of profile {profile} came at {time} {zone}, after the switch: checked with that profile&apos;s api_secret and kept in History under that profile, not listed here (biz_id {biz_id}).</source>
        <translation>A callback of profile {profile} came at {time} {zone}, after the switch: checked with that profile&apos;s api_secret and kept in History under that profile, not listed here (biz_id {biz_id}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="991"/>
        <source>{time} · {signature} · repeat of the callback received at {first} {zone} via {first_via}, not a new result
biz_id {biz_id}</source>
        <translation>{time} · {signature} · repeat of the callback received at {first} {zone} via {first_via}, not a new result
biz_id {biz_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="737"/>
        <source>Liveness session started; the link is ready.</source>
        <translation>Liveness session started; the link is ready.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="746"/>
        <source>That time is already past by this workstation&apos;s clock: this workstation&apos;s clock or the service&apos;s is wrong, and the link is likely dead. Check this computer&apos;s date and time; if it is right, start a new session.</source>
        <translation>That time is already past by this workstation&apos;s clock: this workstation&apos;s clock or the service&apos;s is wrong, and the link is likely dead. Check this computer&apos;s date and time; if it is right, start a new session.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="749"/>
        <source>Liveness session started, but its link has expired already by this workstation&apos;s clock: check the clock.</source>
        <translation>Liveness session started, but its link has expired already by this workstation&apos;s clock: check the clock.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="897"/>
        <source>The callbacks received under profile {profile} were checked with that profile&apos;s api_secret: they are off this list, and kept in History under that profile.</source>
        <translation>The callbacks received under profile {profile} were checked with that profile&apos;s api_secret: they are off this list, and kept in History under that profile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="986"/>
        <source>{time} · not a callback: {problem}</source>
        <translation>{time} · not a callback: {problem}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="987"/>
        <source>signature valid</source>
        <translation>signature valid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="987"/>
        <source>SIGNATURE INVALID</source>
        <translation>SIGNATURE INVALID</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="988"/>
        <source>signature not checked (no secret)</source>
        <translation>signature not checked (no secret)</translation>
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
        <translation>ATTACK SUSPECTED: {checks} (the liveness check itself passed)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1016"/>
        <source>liveness passed; spoken consent failed</source>
        <translation>liveness passed; spoken consent failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1018"/>
        <source>liveness passed; comparison failed: {code}</source>
        <translation>liveness passed; comparison failed: {code}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1020"/>
        <source>liveness passed; comparison against the ID card&apos;s photo: {verdict}</source>
        <translation>liveness passed; comparison against the ID card&apos;s photo: {verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1021"/>
        <source>liveness passed; comparison: {verdict}</source>
        <translation>liveness passed; comparison: {verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1023"/>
        <source>liveness passed</source>
        <translation>liveness passed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1024"/>
        <source>liveness failed</source>
        <translation>liveness failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1026"/>
        <source>no liveness result</source>
        <translation>no liveness result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/liveness_session_page.py" line="1028"/>
        <source>claims, unverified: {claim}</source>
        <translation>claims, unverified: {claim}</translation>
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
        <translation>Face genuineness (attack checks)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="154"/>
        <source>Comparison (verify_result)</source>
        <translation>Comparison (verify_result)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="222"/>
        <source>Returned images (click to open full size)</source>
        <translation>Returned images (click to open full size)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="228"/>
        <source>ID card recognition (idcard_info)</source>
        <translation>ID card recognition (idcard_info)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="231"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="231"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="236"/>
        <source>Spoken consent (will_result)</source>
        <translation>Spoken consent (will_result)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="195"/>
        <source>Whole answer as JSON (images and long values shortened)</source>
        <translation>Whole answer as JSON (images and long values shortened)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="215"/>
        <source>Raw JSON of the answer</source>
        <translation>Raw JSON of the answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="133"/>
        <source>Liveness check details (liveness_result.details)</source>
        <translation>Liveness check details (liveness_result.details)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="119"/>
        <source>Sho&amp;w what the callback claims (unverified)</source>
        <extracomment>The raw JSON shows at most this many characters of any one value or key (a biz_extra_data can be megabytes). The sender of a callback chooses how many fields idcard_info and will_result hold: at most this many rows of idcard_info and this many spoken answers are drawn (60,000 rows held the window for two minutes, 20,000 answers for 17 s); the rest are counted, and the answer&apos;s JSON has them all. The sender chooses how many keys liveness_result.details holds too: at most this many are listed (the answer&apos;s JSON has them all), and at most REASON_DETAILS of those not nought name the reason under the headline. The raw JSON box shows at most this many lines (100,000 took a third of a second to lay out); Copy JSON copies all. Writes an answer&apos;s JSON off the GUI thread (60,000 fields take a seventh of a second), one at a time.</extracomment>
        <translation>Sho&amp;w what the callback claims (unverified)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="135"/>
        <source>How many times the check saw each, as FaceID counts it; those not nought first.</source>
        <translation>How many times the check saw each, as FaceID counts it; those not nought first.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="179"/>
        <source>Copy the session&apos;s re&amp;quest_id</source>
        <translation>Copy the session&apos;s re&amp;quest_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="194"/>
        <source>Raw &amp;JSON of the answer</source>
        <translation>Raw &amp;JSON of the answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="205"/>
        <source>Copy J&amp;SON</source>
        <translation>Copy J&amp;SON</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="265"/>
        <source>No result yet</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="412"/>
        <source>What to do: check its signature with the api_secret of the profile that started the session before acting on it.</source>
        <translation>What to do: check its signature with the api_secret of the profile that started the session before acting on it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="446"/>
        <source>What to do: {step}</source>
        <translation>What to do: {step}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="451"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="461"/>
        <source>will (confirmation of intent)</source>
        <translation>will (confirmation of intent)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="502"/>
        <source>The answer&apos;s comparison (verify_result) carries no score: there is nothing to judge the face by. Do not confirm the applicant on this answer.</source>
        <translation>The answer&apos;s comparison (verify_result) carries no score: there is nothing to judge the face by. Do not confirm the applicant on this answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="508"/>
        <source>No comparison was made: the session has no liveness result, so the face was not compared (and not billed).</source>
        <translation>No comparison was made: the session has no liveness result, so the face was not compared (and not billed).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="586"/>
        <source>passed (PASS)</source>
        <translation>passed (PASS)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="586"/>
        <source>failed (FAIL)</source>
        <translation>failed (FAIL)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="606"/>
        <source>Writing the answer&apos;s JSON…</source>
        <translation>Writing the answer&apos;s JSON…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="622"/>
        <source>… {count} more lines, not shown here: Copy JSON copies all of them</source>
        <translation>… {count} more lines, not shown here: Copy JSON copies all of them</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="702"/>
        <source>No face found</source>
        <translation>No face found</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="703"/>
        <source>Face turned sideways, not facing the camera</source>
        <translation>Face turned sideways, not facing the camera</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="704"/>
        <source>Head tilted up or down, not facing the camera</source>
        <translation>Head tilted up or down, not facing the camera</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="705"/>
        <source>Eyes covered</source>
        <translation>Eyes covered</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="706"/>
        <source>Mouth covered</source>
        <translation>Mouth covered</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="707"/>
        <source>Too far from the camera</source>
        <translation>Too far from the camera</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="708"/>
        <source>Too close to the camera</source>
        <translation>Too close to the camera</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="709"/>
        <source>Not looking straight at the camera</source>
        <translation>Not looking straight at the camera</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="710"/>
        <source>Light too bright</source>
        <translation>Light too bright</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="711"/>
        <source>Light too dark</source>
        <translation>Light too dark</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="712"/>
        <source>Face quality in the video too poor</source>
        <translation>Face quality in the video too poor</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="717"/>
        <source>{code}: {count}</source>
        <translation>{code}: {count}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="718"/>
        <source>{what} ({code}): {count}</source>
        <translation>{what} ({code}): {count}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="726"/>
        <source>{counts} · and {more} more (below)</source>
        <translation>{counts} · and {more} more (below)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="728"/>
        <source>Reason, as the check&apos;s details count it: {counts}</source>
        <translation>Reason, as the check&apos;s details count it: {counts}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="740"/>
        <source>Liveness passed, but the spoken consent failed</source>
        <translation>Liveness passed, but the spoken consent failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="741"/>
        <source>Spoken consent (will_result, {code}): {explanation} Do not accept the applicant on this session.</source>
        <translation>Spoken consent (will_result, {code}): {explanation} Do not accept the applicant on this session.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="746"/>
        <source>The applicant&apos;s spoken answer (will_result) did not pass. Do not accept the applicant on this session.</source>
        <translation>The applicant&apos;s spoken answer (will_result) did not pass. Do not accept the applicant on this session.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="751"/>
        <source>Liveness passed, but the comparison failed: {title} ({code})</source>
        <translation>Liveness passed, but the comparison failed: {title} ({code})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="753"/>
        <source>No face was compared, so this session does not confirm the applicant: the comparison below says what failed, whether it is billed and what to do.</source>
        <translation>No face was compared, so this session does not confirm the applicant: the comparison below says what failed, whether it is billed and what to do.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="760"/>
        <source>Liveness passed: needs review — the photos disagree</source>
        <translation>Liveness passed: needs review — the photos disagree</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="762"/>
        <source>Liveness passed: needs review — this ID number has been used in attacks</source>
        <translation>Liveness passed: needs review — this ID number has been used in attacks</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="764"/>
        <source>Liveness passed: needs review — the ID card is not checked against the data source</source>
        <translation>Liveness passed: needs review — the ID card is not checked against the data source</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="766"/>
        <source>Liveness passed: needs review — the face is not confirmed against the ID card&apos;s photo at your policy level ({odds})</source>
        <translation>Liveness passed: needs review — the face is not confirmed against the ID card&apos;s photo at your policy level ({odds})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="769"/>
        <source>Liveness passed: needs review — the face is not confirmed at your policy level ({odds})</source>
        <translation>Liveness passed: needs review — the face is not confirmed at your policy level ({odds})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="776"/>
        <source>Liveness passed, but not the same person as in the ID card&apos;s photo</source>
        <translation>Liveness passed, but not the same person as in the ID card&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="778"/>
        <source>Liveness passed, but not the same person</source>
        <translation>Liveness passed, but not the same person</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="780"/>
        <source>Liveness passed: the same person as in the ID card&apos;s photo</source>
        <translation>Liveness passed: the same person as in the ID card&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="783"/>
        <source>Liveness passed, but the comparison carries no score</source>
        <translation>Liveness passed, but the comparison carries no score</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="788"/>
        <source>Liveness passed: no verdict on the face — the answer has only ID card scores (below)</source>
        <translation>Liveness passed: no verdict on the face — the answer has only ID card scores (below)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="796"/>
        <source>Liveness passed: no verdict on the face — the answer has no threshold for your policy level</source>
        <translation>Liveness passed: no verdict on the face — the answer has no threshold for your policy level</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="819"/>
        <source>Ask the applicant to allow the page to use the camera (an app&apos;s built-in browser may not open it: they can use the phone&apos;s own browser). Then start a new session (get_token) on the Liveness session page and send them its link.</source>
        <extracomment>The session statuses whose answer has no liveness result, each headed by what happened (``_without_liveness``).</extracomment>
        <translation>Ask the applicant to allow the page to use the camera (an app&apos;s built-in browser may not open it: they can use the phone&apos;s own browser). Then start a new session (get_token) on the Liveness session page and send them its link.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="823"/>
        <source>Ask the applicant to move to a stable network (Wi-Fi or a stronger signal). Then start a new session (get_token) on the Liveness session page and send them its link.</source>
        <translation>Ask the applicant to move to a stable network (Wi-Fi or a stronger signal). Then start a new session (get_token) on the Liveness session page and send them its link.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="826"/>
        <source>Ask the applicant to open the link in another browser, a current Chrome or Safari or the phone&apos;s own browser. Then start a new session (get_token) on the Liveness session page and send them its link.</source>
        <translation>Ask the applicant to open the link in another browser, a current Chrome or Safari or the phone&apos;s own browser. Then start a new session (get_token) on the Liveness session page and send them its link.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="832"/>
        <source>Start a new session (get_token) on the Liveness session page and send the applicant its link; ask them to go through the check to the end.</source>
        <translation>Start a new session (get_token) on the Liveness session page and send the applicant its link; ask them to go through the check to the end.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="836"/>
        <source>Cancelled: the applicant left the check</source>
        <translation>Cancelled: the applicant left the check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="837"/>
        <source>The applicant cancelled before the liveness check finished, so there is no liveness result and no face was compared: nothing here to decide on.</source>
        <translation>The applicant cancelled before the liveness check finished, so there is no liveness result and no face was compared: nothing here to decide on.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="842"/>
        <source>Timed out: the applicant did not finish in time</source>
        <translation>Timed out: the applicant did not finish in time</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="843"/>
        <source>The session ran out of time before the liveness check finished, so there is no liveness result and no face was compared: nothing here to decide on.</source>
        <translation>The session ran out of time before the liveness check finished, so there is no liveness result and no face was compared: nothing here to decide on.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="848"/>
        <source>Failed: the check broke off before a result</source>
        <translation>Failed: the check broke off before a result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="849"/>
        <source>The check did not complete or hit an error on the way (FaceID does not say which), so there is no liveness result and no face was compared: nothing here to decide on.</source>
        <translation>The check did not complete or hit an error on the way (FaceID does not say which), so there is no liveness result and no face was compared: nothing here to decide on.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="853"/>
        <source>Start a new session (get_token) on the Liveness session page and send the applicant its link; ask them to use a stable network and to allow the camera. If sessions keep failing, note the biz_id and contact FaceID support.</source>
        <translation>Start a new session (get_token) on the Liveness session page and send the applicant its link; ask them to use a stable network and to allow the camera. If sessions keep failing, note the biz_id and contact FaceID support.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="858"/>
        <source>Failed: the applicant&apos;s browser could not run the check</source>
        <translation>Failed: the applicant&apos;s browser could not run the check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="859"/>
        <source>The browser could not start the camera check (WebRTC), so there is no liveness result and no face was compared: nothing here to decide on.</source>
        <translation>The browser could not start the camera check (WebRTC), so there is no liveness result and no face was compared: nothing here to decide on.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="864"/>
        <source>Not started: the applicant has not begun the check</source>
        <translation>Not started: the applicant has not begun the check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="865"/>
        <source>The session was created, but the applicant has not started the check, so there is no liveness result yet.</source>
        <translation>The session was created, but the applicant has not started the check, so there is no liveness result yet.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="868"/>
        <source>Wait for the applicant to do the check: FaceID calls the notify_url when they finish. If they lost the link or it has expired, start a new session (get_token) on the Liveness session page and send them its link.</source>
        <translation>Wait for the applicant to do the check: FaceID calls the notify_url when they finish. If they lost the link or it has expired, start a new session (get_token) on the Liveness session page and send them its link.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="873"/>
        <source>In progress: the applicant is doing the check</source>
        <translation>In progress: the applicant is doing the check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="874"/>
        <source>The check has not finished, so there is no liveness result yet.</source>
        <translation>The check has not finished, so there is no liveness result yet.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="876"/>
        <source>Wait for the applicant to finish: FaceID calls the notify_url when they do. Decide on that result, not on this answer.</source>
        <translation>Wait for the applicant to finish: FaceID calls the notify_url when they do. Decide on that result, not on this answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="650"/>
        <location filename="../../faceid_console/ui/report.py" line="701"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="374"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="393"/>
        <source>Signature invalid: do not trust this callback</source>
        <translation>Signature invalid: do not trust this callback</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="705"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="422"/>
        <source>Unverified claim — {claim}</source>
        <translation>Unverified claim — {claim}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="703"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="411"/>
        <source>Signature not checked: this data is unverified</source>
        <translation>Signature not checked: this data is unverified</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="879"/>
        <source>No liveness result in this answer</source>
        <translation>No liveness result in this answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/callback_inspector_page.py" line="424"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="665"/>
        <source>Attack suspected: {checks}</source>
        <translation>Attack suspected: {checks}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="668"/>
        <source>The liveness check itself passed, but an attack check reached its threshold: do not accept the applicant on this session alone.</source>
        <translation>The liveness check itself passed, but an attack check reached its threshold: do not accept the applicant on this session alone.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="790"/>
        <source>A verdict rests on result_faceid, result_ref1–3 or result_idcard_photo (the live face against the ID card&apos;s photo), and this answer has none of them: only result_idcard_datasource, the card&apos;s photo against the data source&apos;s, shown below against its own thresholds.</source>
        <translation>A verdict rests on result_faceid, result_ref1–3 or result_idcard_photo (the live face against the ID card&apos;s photo), and this answer has none of them: only result_idcard_datasource, the card&apos;s photo against the data source&apos;s, shown below against its own thresholds.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="798"/>
        <source>Liveness passed: a live person did the check</source>
        <translation>Liveness passed: a live person did the check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="674"/>
        <source>Liveness failed</source>
        <translation>Liveness failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="679"/>
        <source>Reason ({code}): {explanation}</source>
        <translation>Reason ({code}): {explanation}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="684"/>
        <source>Reason: the answer names none ({result}).</source>
        <translation>Reason: the answer names none ({result}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="689"/>
        <source>Session status ({code}): {explanation}</source>
        <translation>Session status ({code}): {explanation}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="693"/>
        <source>Failure reason ({code}): {explanation}</source>
        <translation>Failure reason ({code}): {explanation}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="463"/>
        <source>procedure: {procedure}</source>
        <translation>procedure: {procedure}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="465"/>
        <source>version: {version}</source>
        <translation>version: {version}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="510"/>
        <source>No comparison was made.</source>
        <translation>No comparison was made.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="511"/>
        <source>No comparison was made: the liveness check did not pass, so the face was not compared (and not billed).</source>
        <translation>No comparison was made: the liveness check did not pass, so the face was not compared (and not billed).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="474"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="564"/>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="594"/>
        <source>… and {count} more, not shown here: the answer&apos;s JSON has them all</source>
        <translation>… and {count} more, not shown here: the answer&apos;s JSON has them all</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="577"/>
        <source>A recognition quality or legality score</source>
        <translation>A recognition quality or legality score</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="587"/>
        <source>Result: {result}</source>
        <translation>Result: {result}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="590"/>
        <source>{code}: {explanation}</source>
        <translation>{code}: {explanation}</translation>
    </message>
</context>
<context>
    <name>LongPasteEdit</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/long_paste_edit.py" line="119"/>
        <source>&amp;Paste (replaces this text)</source>
        <extracomment>Longer text is not laid out: 50 000 characters on one line take ~15 ms to lay out (one line of 5 MB, 1.9 s). How much of a long text the box shows: its start (a form body&apos;s data, a JSON&apos;s first keys) and its end (the sign). A long text was taken aside (or the box holds ordinary text again).</extracomment>
        <translation>&amp;Paste (replaces this text)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/long_paste_edit.py" line="121"/>
        <source>Cl&amp;ear</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/long_paste_edit.py" line="151"/>
        <source>[… {count} more characters, not shown here: kept, and checked …]</source>
        <translation>[… {count} more characters, not shown here: kept, and checked …]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="93"/>
        <source>FaceID Console</source>
        <extracomment>The deferred pages&apos; modules, imported ahead one a step in idle time, the page&apos;s heavier parts before it. The profile box&apos;s most width, in average characters: the built-in names and a 40-letter Latin name fit whole. Emitted with a short message for the status line (pages report through it).</extracomment>
        <translation>FaceID Console</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="102"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="121"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="121"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="126"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="126"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="198"/>
        <source>Liveness results</source>
        <extracomment>The profile whose connection test the reviewer asked for (Ctrl+T), and its opening (``Connection.opening``) the test belongs to, until its outcome is said: a later opening&apos;s automatic check was not asked for. The pages not yet visited, built ahead in idle time once the window has painted (``build_pages_when_idle``). What start-up made is out of the garbage collector&apos;s full passes (``start_up_heap``): the idle build&apos;s end.</extracomment>
        <translation>Liveness results</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="198"/>
        <source>&amp;Liveness results</source>
        <translation>&amp;Liveness results</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="199"/>
        <source>Liveness session</source>
        <translation>Liveness session</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="199"/>
        <source>Liveness &amp;session</source>
        <translation>Liveness &amp;session</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="200"/>
        <source>Callback inspector</source>
        <translation>Callback inspector</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="200"/>
        <source>&amp;Callback inspector</source>
        <translation>&amp;Callback inspector</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="201"/>
        <source>App token</source>
        <translation>App token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="201"/>
        <source>&amp;App token</source>
        <translation>&amp;App token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="354"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="358"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="361"/>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="384"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="385"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="387"/>
        <source>Make one cheap, unbilled call to see whether this profile works (Ctrl+T)</source>
        <translation>Make one cheap, unbilled call to see whether this profile works (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="390"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="391"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="396"/>
        <source>Profiles, credentials, policy level, time-outs and language ({key})</source>
        <translation>Profiles, credentials, policy level, time-outs and language ({key})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="404"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="406"/>
        <source>&amp;Paste photo</source>
        <translation>&amp;Paste photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="410"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="414"/>
        <source>Record a &amp;decision on this answer…</source>
        <translation>Record a &amp;decision on this answer…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="418"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="424"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="428"/>
        <source>&amp;Find in History</source>
        <translation>&amp;Find in History</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="431"/>
        <source>&amp;Reload History</source>
        <translation>&amp;Reload History</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="434"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="437"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="438"/>
        <source>&amp;About FaceID Console</source>
        <translation>&amp;About FaceID Console</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="527"/>
        <source>Details…</source>
        <extracomment>The photo slot the keyboard was last in (Ctrl+V pastes there), or None: the menu bar takes the keyboard while it is used, so the slot is remembered from before.</extracomment>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="553"/>
        <source>An unexpected error was reported; the window keeps working.</source>
        <translation>An unexpected error was reported; the window keeps working.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="586"/>
        <source>built-in engine</source>
        <translation>built-in engine</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="589"/>
        <source>● The built-in engine stopped ({how}); starting it again…</source>
        <translation>● The built-in engine stopped ({how}); starting it again…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="593"/>
        <source>● Starting the built-in engine and loading the face model…</source>
        <translation>● Starting the built-in engine and loading the face model…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="594"/>
        <source>● Opening {where}…</source>
        <translation>● Opening {where}…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="598"/>
        <source>● Not usable: {reason}</source>
        <translation>● Not usable: {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="605"/>
        <source>● Ready: {where} (checking…)</source>
        <translation>● Ready: {where} (checking…)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="609"/>
        <source>● Ready: {where} answers</source>
        <translation>● Ready: {where} answers</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="610"/>
        <source>● {where}: {problem}</source>
        <translation>● {where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="629"/>
        <source>Nothing tested: {reason} Correct the address in Settings (Ctrl+,), or choose another profile.</source>
        <translation>Nothing tested: {reason} Correct the address in Settings (Ctrl+,), or choose another profile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="603"/>
        <location filename="../../faceid_console/ui/main_window.py" line="631"/>
        <source>Nothing tested: {reason}</source>
        <translation>Nothing tested: {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="625"/>
        <location filename="../../faceid_console/ui/main_window.py" line="634"/>
        <source>Not tested yet: this profile is still opening, and it is tested as soon as it is open.</source>
        <translation>Not tested yet: this profile is still opening, and it is tested as soon as it is open.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="637"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="645"/>
        <source>Connection tested: {outcome}</source>
        <translation>Connection tested: {outcome}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="679"/>
        <source>About FaceID Console</source>
        <translation>About FaceID Console</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="680"/>
        <source>FaceID Console {version}

Face-based identity checks against FaceID, or offline against the built-in FaceID-compatible engine.</source>
        <translation>FaceID Console {version}

Face-based identity checks against FaceID, or offline against the built-in FaceID-compatible engine.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="724"/>
        <source>Close while a call is on its way?</source>
        <translation>Close while a call is on its way?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="725"/>
        <source>A call was sent and its answer has not arrived yet. If you close now, the console waits for it in the background, within the answer time-out, and records what comes back in History.

Close anyway?</source>
        <translation>A call was sent and its answer has not arrived yet. If you close now, the console waits for it in the background, within the answer time-out, and records what comes back in History.

Close anyway?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="740"/>
        <source>Close while a decision is being recorded?</source>
        <translation>Close while a decision is being recorded?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="741"/>
        <source>The history database has not confirmed the decision you recorded yet. If you close now, it may not be kept: check the entry&apos;s trail in History when you next open the console.

Close anyway?</source>
        <translation>The history database has not confirmed the decision you recorded yet. If you close now, it may not be kept: check the entry&apos;s trail in History when you next open the console.

Close anyway?</translation>
    </message>
</context>
<context>
    <name>PhotoSlot</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="192"/>
        <source>Choose…</source>
        <extracomment>The longest side of the copy kept for drawing face boxes (boxes are fractions, so any scale fits). Room between the slot&apos;s frame and its contents; an outline wider than the frame takes its room from here. The prepared (upright) pixels at most PREVIEW_SIZE a side, for drawing face boxes over. Encoded pictures a clipboard or a drop may carry, taken as they are (imageData() decodes them on the GUI thread). Qt&apos;s PNG &quot;quality&quot; is its zlib effort read backwards: 80 is a light, fast compression (still lossless). Counts the photos chosen and cleared here: a page tells what it sent from what the slot holds now. Why the chosen file cannot be sent (unreadable, not an image …); None when usable or empty.</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="196"/>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="309"/>
        <source>Choose {title}</source>
        <translation>Choose {title}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="192"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="199"/>
        <source>Clear {title}</source>
        <translation>Clear {title}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="258"/>
        <source>No photo chosen (required)</source>
        <translation>No photo chosen (required)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="310"/>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Images ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="328"/>
        <source>pasted image</source>
        <translation>pasted image</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="365"/>
        <source>dropped image</source>
        <translation>dropped image</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="368"/>
        <source>What was dropped is neither an image nor an image file. A picture from a web page must be saved to a file first.</source>
        <translation>What was dropped is neither an image nor an image file. A picture from a web page must be saved to a file first.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="406"/>
        <source>Reading and preparing…</source>
        <translation>Reading and preparing…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="422"/>
        <source>This photo could not be prepared: an unexpected error, reported.</source>
        <translation>This photo could not be prepared: an unexpected error, reported.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="436"/>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="446"/>
        <source>{size} · {width}×{height} px</source>
        <translation>{size} · {width}×{height} px</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="466"/>
        <source>rotated upright (EXIF)</source>
        <translation>rotated upright (EXIF)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="468"/>
        <source>scaled to {width}×{height} px (4096 px limit)</source>
        <translation>scaled to {width}×{height} px (4096 px limit)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="471"/>
        <source>re-encoded as {kind} ({size}, 2 MB limit)</source>
        <translation>re-encoded as {kind} ({size}, 2 MB limit)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="474"/>
        <source>metadata (EXIF, GPS) removed, pixels unchanged</source>
        <translation>metadata (EXIF, GPS) removed, pixels unchanged</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="476"/>
        <source>sent as is</source>
        <translation>sent as is</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="478"/>
        <source>Before sending: {steps}</source>
        <translation>Before sending: {steps}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="450"/>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="478"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="329"/>
        <source>The clipboard holds no image or image file. Copy a photo, or an image file in the file manager, then paste again; or press Choose… to pick a file.</source>
        <translation>The clipboard holds no image or image file. Copy a photo, or an image file in the file manager, then paste again; or press Choose… to pick a file.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="482"/>
        <source>Drop a photo
or paste</source>
        <translation>Drop a photo
or paste</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/photo_slot.py" line="258"/>
        <source>No photo chosen</source>
        <translation>No photo chosen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../faceid_console/ui/translations.py" line="16"/>
        <source>&amp;Look in:</source>
        <extracomment>Labels of Qt&apos;s own file dialog (shown where the desktop has no native one) that Qt&apos;s zh_CN catalogue has only without their Alt key, so they stayed English: translated in ours, which Qt asks first.</extracomment>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/translations.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="725"/>
        <source>Faces found in the photo to check</source>
        <translation>Faces found in the photo to check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="394"/>
        <source>Face genuineness (attack checks)</source>
        <translation>Face genuineness (attack checks)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="170"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="399"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="106"/>
        <source>Same person as in the ID card&apos;s photo: above the {odds} threshold</source>
        <translation>Same person as in the ID card&apos;s photo: above the {odds} threshold</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="110"/>
        <source>Not confirmed against the ID card&apos;s photo: below your policy level ({odds})</source>
        <translation>Not confirmed against the ID card&apos;s photo: below your policy level ({odds})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="112"/>
        <source>Not the same person as in the ID card&apos;s photo: below the {odds} threshold</source>
        <translation>Not the same person as in the ID card&apos;s photo: below the {odds} threshold</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="119"/>
        <source>Judged against the ID card&apos;s photo (result_idcard_photo): the answer has no result_faceid or result_ref score.</source>
        <translation>Judged against the ID card&apos;s photo (result_idcard_photo): the answer has no result_faceid or result_ref score.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="123"/>
        <source>Nothing in it compares that card with the data source&apos;s photo: check the card itself before approving.</source>
        <translation>Nothing in it compares that card with the data source&apos;s photo: check the card itself before approving.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="127"/>
        <source>The comparison of that card with the data source&apos;s photo (result_idcard_datasource) came with no threshold for your policy level ({odds}), so it does not say the card is the data source&apos;s: check the card itself before approving.</source>
        <translation>The comparison of that card with the data source&apos;s photo (result_idcard_datasource) came with no threshold for your policy level ({odds}), so it does not say the card is the data source&apos;s: check the card itself before approving.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="141"/>
        <source>Needs review: this ID number has been used in attacks</source>
        <translation>Needs review: this ID number has been used in attacks</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="147"/>
        <source>Needs review: the ID card is not checked against the data source</source>
        <translation>Needs review: the ID card is not checked against the data source</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="175"/>
        <source>ID card photo vs data source photo</source>
        <translation>ID card photo vs data source photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="183"/>
        <source>&lt;b&gt;⚠ This ID number has been used in attacks&lt;/b&gt; (id_attacked): FaceID has seen it used against its liveness check (a mask, another person, a 3D synthetic face), so someone may be using it now. This does not mean its holder took part. Whatever the score, confirm the applicant another way before approving: their documents, or a liveness check if none was done.</source>
        <translation>&lt;b&gt;⚠ This ID number has been used in attacks&lt;/b&gt; (id_attacked): FaceID has seen it used against its liveness check (a mask, another person, a 3D synthetic face), so someone may be using it now. This does not mean its holder took part. Whatever the score, confirm the applicant another way before approving: their documents, or a liveness check if none was done.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="357"/>
        <source>Scores</source>
        <extracomment>A liveness session&apos;s own request_id (get_result&apos;s, a web callback&apos;s), when the answer is its comparison. The reference photos of the answer on show, by score (``result_ref1``), as sent; or the size of each still being decoded. Let go of with the answer. The faces boxed over the photo to check: the answer&apos;s, or those a refusal carried (``_refused_faces``), of which none was compared. The face_quality_threshold a refusal on show was sent with: its boxes are held to it.</extracomment>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="359"/>
        <source>Each against the thresholds of this response.</source>
        <translation>Each against the thresholds of this response.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="371"/>
        <source>Faces side by side</source>
        <translation>Faces side by side</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="921"/>
        <source>Raw JSON of the answer</source>
        <translation>Raw JSON of the answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="471"/>
        <source>No result yet</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="155"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="539"/>
        <source>The answer has no score</source>
        <translation>The answer has no score</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="540"/>
        <source>The service answered without result_faceid or result_ref scores.</source>
        <translation>The service answered without result_faceid or result_ref scores.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="549"/>
        <source>Best match of the {count} reference photos: {photo}.</source>
        <translation>Best match of the {count} reference photos: {photo}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="589"/>
        <source>The comparison alone says: {verdict}</source>
        <translation>The comparison alone says: {verdict}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="554"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="598"/>
        <source>{verdict} — face comparison only</source>
        <translation>{verdict} — face comparison only</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="91"/>
        <source>Same person: above the {odds} threshold</source>
        <extracomment>The parts of an answer, built with the first one (reading one before builds them then), or ahead of it. The modules of the answer&apos;s parts, imported ahead one a step in idle time (``MainWindow._idle_build_steps``).</extracomment>
        <translation>Same person: above the {odds} threshold</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="94"/>
        <source>Not confirmed: below your policy level ({odds})</source>
        <translation>Not confirmed: below your policy level ({odds})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="97"/>
        <source>Not the same person: below the {odds} threshold</source>
        <translation>Not the same person: below the {odds} threshold</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="99"/>
        <source>No threshold for your policy level in this answer</source>
        <translation>No threshold for your policy level in this answer</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="434"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="490"/>
        <source>Copy r&amp;equest_id</source>
        <translation>Copy r&amp;equest_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="535"/>
        <source>There is no result_faceid, result_ref or result_idcard_photo score to decide on: result_idcard_datasource compares the ID card&apos;s photo with the data source&apos;s, not the live face. It is under Scores, against its own thresholds.</source>
        <translation>There is no result_faceid, result_ref or result_idcard_photo score to decide on: result_idcard_datasource compares the ID card&apos;s photo with the data source&apos;s, not the live face. It is under Scores, against its own thresholds.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="708"/>
        <source>Confidence {confidence:.2f}. Your policy level is {level} ({odds}), threshold {threshold}.</source>
        <translation>Confidence {confidence:.2f}. Your policy level is {level} ({odds}), threshold {threshold}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="712"/>
        <source>The strictest level it reaches is {level} ({odds}).</source>
        <translation>The strictest level it reaches is {level} ({odds}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="716"/>
        <source>It reaches only {level} ({odds}): a lenient level. Decide with care or ask for better photos.</source>
        <translation>It reaches only {level} ({odds}): a lenient level. Decide with care or ask for better photos.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="719"/>
        <source>Even the most lenient threshold is not reached.</source>
        <translation>Even the most lenient threshold is not reached.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="169"/>
        <source>ID photo from the data source</source>
        <translation>ID photo from the data source</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="171"/>
        <source>Reference photo {n}</source>
        <translation>Reference photo {n}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="173"/>
        <source>ID card photo</source>
        <translation>ID card photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="724"/>
        <source>Faces found in the photo to compare</source>
        <translation>Faces found in the photo to compare</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="769"/>
        <source>{photo} ({confidence})</source>
        <translation>{photo} ({confidence})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="136"/>
        <source>Needs review: the photos disagree</source>
        <translation>Needs review: the photos disagree</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="781"/>
        <source>⚠ Not every photo agrees: {scores}, below your policy level. Check that each reference photo shows this applicant before approving.</source>
        <translation>⚠ Not every photo agrees: {scores}, below your policy level. Check that each reference photo shows this applicant before approving.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="189"/>
        <source>&lt;b&gt;⚠ The data source&apos;s ID photo is black and white&lt;/b&gt; (id_photo_monochrome). Scores against it are less reliable: be careful with a borderline result.</source>
        <translation>&lt;b&gt;⚠ The data source&apos;s ID photo is black and white&lt;/b&gt; (id_photo_monochrome). Scores against it are less reliable: be careful with a borderline result.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="196"/>
        <source>No identity exceptions: the ID number is not known from attacks, and the ID photo is in colour.</source>
        <translation>No identity exceptions: the ID number is not known from attacks, and the ID photo is in colour.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="427"/>
        <source>Copy the session&apos;s request_id</source>
        <translation>Copy the session&apos;s request_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="533"/>
        <source>No verdict: the answer has only ID card scores</source>
        <translation>No verdict: the answer has only ID card scores</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="679"/>
        <source>The comparison failed</source>
        <translation>The comparison failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/liveness_view.py" line="518"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="693"/>
        <source>Session request_id: {request_id}</source>
        <translation>Session request_id: {request_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="697"/>
        <source>Copy the comparison&apos;s request_id</source>
        <translation>Copy the comparison&apos;s request_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="777"/>
        <source>⚠ Not every photo agrees: {scores}, below your policy level. The ID card photographed in the session may not be the applicant&apos;s own, or not genuine: check the card itself before approving.</source>
        <translation>⚠ Not every photo agrees: {scores}, below your policy level. The ID card photographed in the session may not be the applicant&apos;s own, or not genuine: check the card itself before approving.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="794"/>
        <source>The face matches, but this ID number has been used in attacks (see the notice below): confirm the applicant another way before approving.</source>
        <translation>The face matches, but this ID number has been used in attacks (see the notice below): confirm the applicant another way before approving.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="841"/>
        <source>whole photo</source>
        <translation>whole photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="841"/>
        <source>The answer has no face box for this photo (return_faces off), so it is shown whole.</source>
        <translation>The answer has no face box for this photo (return_faces off), so it is shown whole.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="844"/>
        <source>face compared, turned upright</source>
        <translation>face compared, turned upright</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="845"/>
        <source>The face FaceID compared, cut from the photo with room round it and turned upright ({degrees}°) to read as the references do.</source>
        <translation>The face FaceID compared, cut from the photo with room round it and turned upright ({degrees}°) to read as the references do.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="848"/>
        <source>face compared</source>
        <translation>face compared</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="849"/>
        <source>The face FaceID compared (the largest, when there are several), cut from the photo with room round it.</source>
        <translation>The face FaceID compared (the largest, when there are several), cut from the photo with room round it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="851"/>
        <source>Photo to check</source>
        <translation>Photo to check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="857"/>
        <source>Click a photo, or press Enter on it, to open it full size.</source>
        <translation>Click a photo, or press Enter on it, to open it full size.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="859"/>
        <source>The data source&apos;s ID photo is not sent to the console, so it cannot be shown.</source>
        <translation>The data source&apos;s ID photo is not sent to the console, so it cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="903"/>
        <source>No answer from the service: the console&apos;s error record</source>
        <translation>No answer from the service: the console&apos;s error record</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="905"/>
        <source>No answer came from the service. This is the console&apos;s own record of the error (no secrets in it), for support.</source>
        <translation>No answer came from the service. This is the console&apos;s own record of the error (no secrets in it), for support.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="907"/>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="915"/>
        <source>Copy error record</source>
        <translation>Copy error record</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="908"/>
        <source>The console&apos;s error record (no answer came)</source>
        <translation>The console&apos;s error record (no answer came)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="910"/>
        <source>The recorded error (not the answer&apos;s &amp;JSON)</source>
        <translation>The recorded error (not the answer&apos;s &amp;JSON)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="913"/>
        <source>History keeps the service&apos;s answer only for some errors. This is the console&apos;s own record of this one (no secrets in it), for support.</source>
        <translation>History keeps the service&apos;s answer only for some errors. This is the console&apos;s own record of this one (no secrets in it), for support.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="918"/>
        <source>Raw &amp;JSON</source>
        <translation>Raw &amp;JSON</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="920"/>
        <source>Copy ra&amp;w JSON</source>
        <translation>Copy ra&amp;w JSON</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="933"/>
        <source>Comparison request_id (verify_result): {request_id}</source>
        <translation>Comparison request_id (verify_result): {request_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="934"/>
        <source>request_id: {request_id}</source>
        <translation>request_id: {request_id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/result_view.py" line="936"/>
        <source>time_used: {ms} ms</source>
        <translation>time_used: {ms} ms</translation>
    </message>
</context>
<context>
    <name>SendRow</name>
    <message>
        <location filename="../../faceid_console/ui/widgets/send_row.py" line="58"/>
        <source>Progress</source>
        <extracomment>The keys that send a page&apos;s form from anywhere in it, as on the Verify page (Enter: the keypad&apos;s).</extracomment>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/send_row.py" line="79"/>
        <location filename="../../faceid_console/ui/widgets/send_row.py" line="84"/>
        <source>Preparing photos…</source>
        <translation>Preparing photos…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/widgets/send_row.py" line="108"/>
        <source>Waiting for the connection (see the top bar)…</source>
        <translation>Waiting for the connection (see the top bar)…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="156"/>
        <source>Settings</source>
        <extracomment>The size Settings opens at on a screen with room for it. The name the address validator gives the Base URL field; the dialog says it as its label instead. The field of the error a locked keyring&apos;s look-up becomes: worded by the dialog (unlock it, not start one).</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="212"/>
        <source>Connection profiles</source>
        <extracomment>What OK changed in the language, for the window&apos;s status line (the window&apos;s language stays until a restart); None when it was not changed. Whether the keyring library&apos;s backend is an OS keyring, asked on the keyring&apos;s worker as the dialog opens (of a chain of backends, a D-Bus round trip): Store and Forget are offered only once it is known to be one. It is known not to be one (a file, keyring&apos;s ``fail`` or ``null``): the banner below the profiles says what to do without. Renamed profiles&apos; credentials stay under the name they had until OK moves them (Cancel moves nothing): the profile&apos;s name now → the name its keyring entries are under. Names of profiles removed in this dialog (and the names their credentials are under): Cancel brings the saved ones back with their credentials, so no profile added here takes such a name before OK. The reviewer typed in the api_key field since the profile was shown: the look-up&apos;s answer leaves it as typed. The status line last said what the keyring holds for the profile shown (``_say_stored_pair``): it follows the api_key typed until another message replaces it. Deleting the credentials of removed profiles, after OK (None when there were none).</extracomment>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="216"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="222"/>
        <source>&amp;Add custom host…</source>
        <translation>&amp;Add custom host…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="224"/>
        <source>R&amp;ename…</source>
        <translation>R&amp;ename…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="227"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="232"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="242"/>
        <location filename="../../faceid_console/ui/texts.py" line="173"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="244"/>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="246"/>
        <source>api_key</source>
        <translation>api_key</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="247"/>
        <source>api_&amp;key:</source>
        <translation>api_&amp;key:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="250"/>
        <source>api_secret</source>
        <translation>api_secret</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="251"/>
        <source>stored only in the system keyring</source>
        <translation>stored only in the system keyring</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="252"/>
        <source>api_&amp;secret:</source>
        <translation>api_&amp;secret:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="258"/>
        <source>&amp;Forget</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="260"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="188"/>
        <source>No system keyring is available, so api_secrets cannot be stored. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings. The built-in engine works without one.</source>
        <translation>No system keyring is available, so api_secrets cannot be stored. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings. The built-in engine works without one.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="198"/>
        <source>No system keyring is available, so api_secrets cannot be stored: the keyring library offers only {backend}, which keeps them in a file or nowhere. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE; on macOS and Windows, the system&apos;s own keychain), remove any PYTHON_KEYRING_BACKEND or keyringrc.cfg setting that chooses {backend}, log in again, and reopen Settings. The built-in engine works without one.</source>
        <translation>No system keyring is available, so api_secrets cannot be stored: the keyring library offers only {backend}, which keeps them in a file or nowhere. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE; on macOS and Windows, the system&apos;s own keychain), remove any PYTHON_KEYRING_BACKEND or keyringrc.cfg setting that chooses {backend}, log in again, and reopen Settings. The built-in engine works without one.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="284"/>
        <source>Decisions and connection</source>
        <translation>Decisions and connection</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="287"/>
        <source>Policy level</source>
        <translation>Policy level</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="289"/>
        <source>{level} — {odds} ({use})</source>
        <translation>{level} — {odds} ({use})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="292"/>
        <source>&amp;Policy level:</source>
        <translation>&amp;Policy level:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="296"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="303"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="308"/>
        <source>This computer&apos;s time zone ({offset})</source>
        <translation>This computer&apos;s time zone ({offset})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="312"/>
        <source>The times History, its reports and the other pages show, and the days its date filter and billed counts span. Exports and the command line keep UTC.</source>
        <translation>The times History, its reports and the other pages show, and the days its date filter and billed counts span. Exports and the command line keep UTC.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="314"/>
        <source>Ti&amp;mes shown in:</source>
        <translation>Ti&amp;mes shown in:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="316"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="320"/>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Language (after a restart):</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="390"/>
        <source>The built-in engine&apos;s address: a loopback port chosen when it starts.</source>
        <translation>The built-in engine&apos;s address: a loopback port chosen when it starts.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="391"/>
        <source>This service&apos;s own address. To use another one, add a custom host profile.</source>
        <translation>This service&apos;s own address. To use another one, add a custom host profile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="167"/>
        <source>The Base URL must start with https:// (http:// only for this machine): did you mean {url}?</source>
        <translation>The Base URL must start with https:// (http:// only for this machine): did you mean {url}?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="439"/>
        <source>chosen when the console starts (loopback)</source>
        <translation>chosen when the console starts (loopback)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="465"/>
        <source>The built-in engine uses a key pair generated on first start.</source>
        <translation>The built-in engine uses a key pair generated on first start.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="474"/>
        <source>Looking in the keyring…</source>
        <translation>Looking in the keyring…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="672"/>
        <source>The api_key typed for {profile} cannot be stored: no system keyring is available.</source>
        <translation>The api_key typed for {profile} cannot be stored: no system keyring is available.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="674"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="682"/>
        <source>Discard it?</source>
        <translation>Discard it?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="680"/>
        <source>The api_key typed for {profile} is not stored: an api_key is stored only with its api_secret.</source>
        <translation>The api_key typed for {profile} is not stored: an api_key is stored only with its api_secret.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="686"/>
        <source>{profile} was added in this visit and goes with Cancel: discard them with it?</source>
        <translation>{profile} was added in this visit and goes with Cancel: discard them with it?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="841"/>
        <source>Enter the api_secret of the api_key typed above too, then test again.</source>
        <translation>Enter the api_secret of the api_key typed above too, then test again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="886"/>
        <source>Test connection to {address} with the api_key and api_secret typed above — {result}</source>
        <translation>Test connection to {address} with the api_key and api_secret typed above — {result}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="889"/>
        <source>Test connection to {address} with the api_key and api_secret stored in the keyring — {result}</source>
        <translation>Test connection to {address} with the api_key and api_secret stored in the keyring — {result}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="151"/>
        <source>The system keyring is locked ({reason}). Unlock the keyring when it asks, then try again.</source>
        <translation>The system keyring is locked ({reason}). Unlock the keyring when it asks, then try again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="958"/>
        <source>Moving the renamed profiles&apos; credentials in the keyring…</source>
        <translation>Moving the renamed profiles&apos; credentials in the keyring…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="974"/>
        <source>Not renamed: the system keyring did not move the credentials of {old} to {new}, so the profile keeps the name {old} and its credentials. OK saves the other changes.</source>
        <translation>Not renamed: the system keyring did not move the credentials of {old} to {new}, so the profile keeps the name {old} and its credentials. OK saves the other changes.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="1039"/>
        <source>The language changes to {language} when FaceID Console is next started.</source>
        <translation>The language changes to {language} when FaceID Console is next started.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="1041"/>
        <source>FaceID Console follows the system&apos;s language when it is next started.</source>
        <translation>FaceID Console follows the system&apos;s language when it is next started.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="469"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="486"/>
        <source>No credentials stored for this profile.</source>
        <translation>No credentials stored for this profile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="256"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="693"/>
        <source>Store &amp;in keyring</source>
        <translation>Store &amp;in keyring</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="299"/>
        <source>Co&amp;nnect time-out:</source>
        <translation>Co&amp;nnect time-out:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="305"/>
        <source>Ans&amp;wer time-out:</source>
        <translation>Ans&amp;wer time-out:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="501"/>
        <source>api_key and api_secret are stored in the system keyring.</source>
        <translation>api_key and api_secret are stored in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="592"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="595"/>
        <source>Add a custom host</source>
        <translation>Add a custom host</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="550"/>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="503"/>
        <source>The api_key typed is not the one stored in the system keyring: Store in keyring replaces the stored api_key and api_secret with the ones typed.</source>
        <translation>The api_key typed is not the one stored in the system keyring: Store in keyring replaces the stored api_key and api_secret with the ones typed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="522"/>
        <source>Rename this profile (F2)</source>
        <translation>Rename this profile (F2)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="523"/>
        <source>Built-in profiles keep their names: only a custom host&apos;s profile can be renamed.</source>
        <translation>Built-in profiles keep their names: only a custom host&apos;s profile can be renamed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="530"/>
        <source>Enter a name for the profile.</source>
        <translation>Enter a name for the profile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="532"/>
        <source>A profile name can have at most {limit} characters; this one has {count}.</source>
        <translation>A profile name can have at most {limit} characters; this one has {count}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="535"/>
        <source>A profile with that name exists.</source>
        <translation>A profile with that name exists.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="538"/>
        <source>A profile renamed in this dialog had that name: press OK first, then use it again.</source>
        <translation>A profile renamed in this dialog had that name: press OK first, then use it again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="543"/>
        <source>A profile removed in this dialog had that name: press OK first, then use it again.</source>
        <translation>A profile removed in this dialog had that name: press OK first, then use it again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="569"/>
        <source>Rename profile</source>
        <translation>Rename profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="607"/>
        <source>Base URL (https://…; http:// only for this machine):</source>
        <translation>Base URL (https://…; http:// only for this machine):</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="666"/>
        <source>Unsaved credentials</source>
        <translation>Unsaved credentials</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="684"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="689"/>
        <source>The api_key and api_secret typed for {profile} are not stored yet.</source>
        <translation>The api_key and api_secret typed for {profile} are not stored yet.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="691"/>
        <source>Store them in the system keyring, or discard them?</source>
        <translation>Store them in the system keyring, or discard them?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="676"/>
        <source>The api_key and api_secret typed for {profile} cannot be stored: no system keyring is available.</source>
        <translation>The api_key and api_secret typed for {profile} cannot be stored: no system keyring is available.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="358"/>
        <source>The console could not find out which keyring to use ({reason}), so Store in keyring and Forget are off in this visit. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) is running and unlocked, then reopen Settings. The built-in engine works without one.</source>
        <translation>The console could not find out which keyring to use ({reason}), so Store in keyring and Forget are off in this visit. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) is running and unlocked, then reopen Settings. The built-in engine works without one.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="678"/>
        <source>Discard them?</source>
        <translation>Discard them?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="728"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="838"/>
        <source>Enter both the api_key and the api_secret.</source>
        <translation>Enter both the api_key and the api_secret.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="736"/>
        <source>Storing in the keyring…</source>
        <translation>Storing in the keyring…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="749"/>
        <source>Stored in the system keyring.</source>
        <translation>Stored in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="764"/>
        <source>Not stored yet: wait until the running check has ended, then try again.</source>
        <translation>Not stored yet: wait until the running check has ended, then try again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="770"/>
        <source>Not stored: no system keyring is available. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings.</source>
        <translation>Not stored: no system keyring is available. Install and start a Secret Service (for example gnome-keyring, or KWallet on KDE), log in again, and reopen Settings.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="772"/>
        <source>Not stored: the system keyring did not keep the api_key and api_secret; they are still in the fields above. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) is running and unlocked, then store them again.</source>
        <translation>Not stored: the system keyring did not keep the api_key and api_secret; they are still in the fields above. Make sure a Secret Service (for example gnome-keyring, or KWallet on KDE) is running and unlocked, then store them again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="788"/>
        <source>Credentials forgotten.</source>
        <translation>Credentials forgotten.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="798"/>
        <source>Forget credentials</source>
        <translation>Forget credentials</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="799"/>
        <source>Forget the api_key and api_secret stored for {profile}?</source>
        <translation>Forget the api_key and api_secret stored for {profile}?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="802"/>
        <source>They are deleted from the system keyring now. This cannot be undone: Cancel in Settings does not bring them back.</source>
        <translation>They are deleted from the system keyring now. This cannot be undone: Cancel in Settings does not bring them back.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="804"/>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="845"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="874"/>
        <source>Testing {profile}…</source>
        <translation>Testing {profile}…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="884"/>
        <source>Test connection to {address} — {result}</source>
        <translation>Test connection to {address} — {result}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="825"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="851"/>
        <location filename="../../faceid_console/ui/settings_dialog.py" line="882"/>
        <source>Test connection: {result}</source>
        <translation>Test connection: {result}</translation>
    </message>
</context>
<context>
    <name>SystemReasons</name>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="20"/>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="21"/>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="22"/>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="23"/>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="24"/>
        <source>Disk quota exceeded</source>
        <translation>Disk quota exceeded</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="25"/>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="26"/>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="27"/>
        <source>Not a directory</source>
        <translation>Not a directory</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="28"/>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="29"/>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="30"/>
        <source>Too many levels of symbolic links</source>
        <translation>Too many levels of symbolic links</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="31"/>
        <source>Device or resource busy</source>
        <translation>Device or resource busy</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="32"/>
        <source>File too large</source>
        <translation>File too large</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="33"/>
        <source>Stale file handle</source>
        <translation>Stale file handle</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/system_reasons.py" line="34"/>
        <source>Connection timed out</source>
        <translation>Connection timed out</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="48"/>
        <source>Built-in engine (offline)</source>
        <translation>Built-in engine (offline)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="49"/>
        <source>FaceID cloud · China</source>
        <translation>FaceID cloud · China</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="50"/>
        <source>FaceID cloud · Singapore</source>
        <translation>FaceID cloud · Singapore</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="51"/>
        <source>FaceID cloud · Indonesia</source>
        <translation>FaceID cloud · Indonesia</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="54"/>
        <source>{name} (custom host)</source>
        <translation>{name} (custom host)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="98"/>
        <source> … ({count} more characters) … </source>
        <extracomment>Between the parts of one status line (a signature&apos;s verdict, the outcome, a repeat), in either language. At most this many characters of a free-text value that came with a callback or an answer (biz_id, biz_no, biz_extra_data, a version, a failure reason) are laid out in a label or a list: Qt lays out a label&apos;s whole text, and a 3 MB biz_id held the window for 14 s.</extracomment>
        <translation> … ({count} more characters) … </translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="117"/>
        <source>1-in-1,000</source>
        <translation>1-in-1,000</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="118"/>
        <source>1-in-10,000</source>
        <translation>1-in-10,000</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="119"/>
        <source>1-in-100,000</source>
        <translation>1-in-100,000</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="120"/>
        <source>1-in-1,000,000</source>
        <translation>1-in-1,000,000</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="134"/>
        <source>lenient, low-risk checks</source>
        <translation>lenient, low-risk checks</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="135"/>
        <source>between lenient and high security</source>
        <translation>between lenient and high security</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="136"/>
        <source>high security: large loans, transfers</source>
        <translation>high security: large loans, transfers</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="137"/>
        <source>extreme security</source>
        <translation>extreme security</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="147"/>
        <source>the system keyring is locked ({reason}). Unlock the keyring when it asks, then try again.</source>
        <translation>the system keyring is locked ({reason}). Unlock the keyring when it asks, then try again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="184"/>
        <source>there is no system keyring. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then reopen the profile.</source>
        <translation>there is no system keyring. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then reopen the profile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="193"/>
        <source>there is no system keyring: the keyring library offers only {backend}, which keeps api_secrets in a file or nowhere, so it is not used. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then reopen the profile.</source>
        <translation>there is no system keyring: the keyring library offers only {backend}, which keeps api_secrets in a file or nowhere, so it is not used. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and Windows, the system&apos;s own keychain), then reopen the profile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="213"/>
        <source>no api_key / api_secret stored for this profile. Enter them above and store them in the keyring.</source>
        <translation>no api_key / api_secret stored for this profile. Enter them above and store them in the keyring.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="216"/>
        <source>no api_key / api_secret stored for this profile. Enter them in Settings (Ctrl+,).</source>
        <translation>no api_key / api_secret stored for this profile. Enter them in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="220"/>
        <source>the system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then test again.</source>
        <translation>the system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then test again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="223"/>
        <source>the system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then reopen the profile.</source>
        <translation>the system keyring is not available ({detail}). Start a Secret Service such as gnome-keyring or KWallet, then reopen the profile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="232"/>
        <source>the address is not usable: {detail}</source>
        <translation>the address is not usable: {detail}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="235"/>
        <source>the built-in engine keeps stopping ({stopped}), so it is not started again by itself. Choose it again in the profile list to retry.</source>
        <translation>the built-in engine keeps stopping ({stopped}), so it is not started again by itself. Choose it again in the profile list to retry.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="239"/>
        <source>the built-in engine did not start ({detail}).</source>
        <translation>the built-in engine did not start ({detail}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="248"/>
        <source>it was replaced</source>
        <translation>it was replaced</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="250"/>
        <source>ended by signal {signal}</source>
        <translation>ended by signal {signal}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="251"/>
        <source>exit code {code}</source>
        <translation>exit code {code}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="257"/>
        <source>OK: the service answers and accepts this api_key.</source>
        <translation>OK: the service answers and accepts this api_key.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="258"/>
        <source>wrong api_key or api_secret: the service refused them. Check them in Settings.</source>
        <translation>wrong api_key or api_secret: the service refused them. Check them in Settings.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="260"/>
        <source>the api_key is accepted but may not make this call (disabled, over quota or no permission).</source>
        <translation>the api_key is accepted but may not make this call (disabled, over quota or no permission).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="262"/>
        <source>unreachable: nothing answers at this address. Check the address and the network.</source>
        <translation>unreachable: nothing answers at this address. Check the address and the network.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="264"/>
        <source>no answer in time. The network or the service is slow; try again.</source>
        <translation>no answer in time. The network or the service is slow; try again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="266"/>
        <source>something answers, but it is not a FaceID service (wrong address, or a proxy&apos;s page): check this profile&apos;s base URL.</source>
        <translation>something answers, but it is not a FaceID service (wrong address, or a proxy&apos;s page): check this profile&apos;s base URL.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="269"/>
        <source>a gateway or proxy on the way answered with an error instead of FaceID. Try again; if it keeps happening, check this profile&apos;s base URL and any proxy between here and FaceID.</source>
        <translation>a gateway or proxy on the way answered with an error instead of FaceID. Try again; if it keeps happening, check this profile&apos;s base URL and any proxy between here and FaceID.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="272"/>
        <source>the api_key and api_secret are accepted, but this account is at its limit of calls at once (concurrency limit). Wait a few seconds and test again.</source>
        <translation>the api_key and api_secret are accepted, but this account is at its limit of calls at once (concurrency limit). Wait a few seconds and test again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="275"/>
        <source>the service answered with an error.</source>
        <translation>the service answered with an error.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="283"/>
        <source>wrong api_key or api_secret: the service refused them. Enter the right ones above and store them in the keyring.</source>
        <translation>wrong api_key or api_secret: the service refused them. Enter the right ones above and store them in the keyring.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="297"/>
        <source>the connection was closed without an answer. When that happens at once, the address or port is wrong: check this profile&apos;s base URL.</source>
        <translation>the connection was closed without an answer. When that happens at once, the address or port is wrong: check this profile&apos;s base URL.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="301"/>
        <source>the answer broke off part-way: the network, or a proxy on the way, broke the connection. Try again; if it keeps happening, check the network and this profile&apos;s base URL.</source>
        <translation>the answer broke off part-way: the network, or a proxy on the way, broke the connection. Try again; if it keeps happening, check the network and this profile&apos;s base URL.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="305"/>
        <source>the answer came, but could not be decoded: a proxy on the way, or the service, sent a broken compressed body. Check any proxy between here and FaceID, and this profile&apos;s base URL.</source>
        <translation>the answer came, but could not be decoded: a proxy on the way, or the service, sent a broken compressed body. Check any proxy between here and FaceID, and this profile&apos;s base URL.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="309"/>
        <source>something answers at this address, but not in HTTP (another kind of service, or http:// to a port that expects HTTPS): check the address and port of this profile&apos;s base URL.</source>
        <translation>something answers at this address, but not in HTTP (another kind of service, or http:// to a port that expects HTTPS): check the address and port of this profile&apos;s base URL.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="315"/>
        <source>a gateway or proxy on the way answered with an error (HTTP {status}) instead of FaceID: it had no answer, or no usable one, from FaceID. Try again; if it keeps happening, check this profile&apos;s base URL and any proxy between here and FaceID.</source>
        <translation>a gateway or proxy on the way answered with an error (HTTP {status}) instead of FaceID: it had no answer, or no usable one, from FaceID. Try again; if it keeps happening, check this profile&apos;s base URL and any proxy between here and FaceID.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="320"/>
        <source>the service found this profile&apos;s {field} missing or not readable. Check this profile&apos;s api_key and api_secret.</source>
        <translation>the service found this profile&apos;s {field} missing or not readable. Check this profile&apos;s api_key and api_secret.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="325"/>
        <source>the service answered with a server error its documents do not list. Try again later; if it keeps happening, contact FaceID support.</source>
        <translation>the service answered with a server error its documents do not list. Try again later; if it keeps happening, contact FaceID support.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="328"/>
        <source>the service answered with an error its documents do not list. Check this profile&apos;s api_key and api_secret, and look the code up in FaceID&apos;s documents.</source>
        <translation>the service answered with an error its documents do not list. Check this profile&apos;s api_key and api_secret, and look the code up in FaceID&apos;s documents.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="337"/>
        <source>the service&apos;s certificate is self-signed</source>
        <translation>the service&apos;s certificate is self-signed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="338"/>
        <source>the service&apos;s certificate is signed by an authority the console does not trust</source>
        <translation>the service&apos;s certificate is signed by an authority the console does not trust</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="340"/>
        <source>the service&apos;s certificate is not trusted</source>
        <translation>the service&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="343"/>
        <source>HTTPS failed: {why}. If a proxy inspects HTTPS here, the console needs its CA certificate (REQUESTS_CA_BUNDLE); otherwise check this profile&apos;s base URL.</source>
        <translation>HTTPS failed: {why}. If a proxy inspects HTTPS here, the console needs its CA certificate (REQUESTS_CA_BUNDLE); otherwise check this profile&apos;s base URL.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="347"/>
        <source>HTTPS failed: the service&apos;s certificate is for another host name than this address. Check the host name in this profile&apos;s base URL.</source>
        <translation>HTTPS failed: the service&apos;s certificate is for another host name than this address. Check the host name in this profile&apos;s base URL.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="351"/>
        <source>HTTPS failed: the service&apos;s certificate has expired or is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>HTTPS failed: the service&apos;s certificate has expired or is not valid yet. Check this computer&apos;s date and time.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="355"/>
        <source>HTTPS failed: the port at this address does not speak HTTPS. Check this profile&apos;s base URL: http:// is only for a service on this computer.</source>
        <translation>HTTPS failed: the port at this address does not speak HTTPS. Check this profile&apos;s base URL: http:// is only for a service on this computer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="358"/>
        <source>HTTPS failed: the secure connection could not be set up. Check this profile&apos;s base URL; a proxy or firewall may be stopping HTTPS.</source>
        <translation>HTTPS failed: the secure connection could not be set up. Check this profile&apos;s base URL; a proxy or firewall may be stopping HTTPS.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="392"/>
        <source>the photo to compare</source>
        <extracomment>The request&apos;s photo fields, in the order the form shows them.</extracomment>
        <translation>the photo to compare</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="394"/>
        <source>the photo to check</source>
        <translation>the photo to check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="395"/>
        <source>reference photo 1</source>
        <translation>reference photo 1</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="396"/>
        <source>reference photo 2</source>
        <translation>reference photo 2</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="397"/>
        <source>reference photo 3</source>
        <translation>reference photo 3</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="398"/>
        <source>the identity data source&apos;s photo</source>
        <translation>the identity data source&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="399"/>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="400"/>
        <source>the ID number</source>
        <translation>the ID number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="401"/>
        <source>the uuid</source>
        <translation>the uuid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="402"/>
        <source>this profile&apos;s api_key</source>
        <translation>this profile&apos;s api_key</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="403"/>
        <source>this profile&apos;s api_secret</source>
        <translation>this profile&apos;s api_secret</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="404"/>
        <source>the request&apos;s signature</source>
        <translation>the request&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="405"/>
        <source>the signature&apos;s version</source>
        <translation>the signature&apos;s version</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="436"/>
        <source>This answer is for another liveness session: biz_id {asked} was looked up, but the answer is for biz_id {found}. FaceID answers a look-up with that session&apos;s own result, so a caching proxy between here and FaceID, or a mix-up, gave another session&apos;s answer.</source>
        <extracomment>Parameters sent from the profile&apos;s credentials, not typed on any page: they are set in Settings. Parameters the console makes itself for every signed call (get_biz_token), from the credentials and the clock. Parameters a page marks at their field or photo slot when FaceID refuses one (Liveness results: the biz_id). Parameters the console always sends with one value, set by no control: verify&apos;s face_image_type (raw_image).</extracomment>
        <translation>This answer is for another liveness session: biz_id {asked} was looked up, but the answer is for biz_id {found}. FaceID answers a look-up with that session&apos;s own result, so a caching proxy between here and FaceID, or a mix-up, gave another session&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="443"/>
        <source>The server&apos;s answer is not a FaceID answer: its field {field} is missing or not as FaceID sends it.</source>
        <translation>The server&apos;s answer is not a FaceID answer: its field {field} is missing or not as FaceID sends it.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="486"/>
        <source>The identity data source has no usable photo of this person.</source>
        <extracomment>The calls (``CallKind`` values) FaceID does not bill: fetching a session&apos;s result (the session was billed as it ran). The calls (``CallKind`` values) of the v3 document (get_biz_token), whose errors it words other than verify&apos;s: its INVALID_IMAGE_SIZE is about pixels only, its MULTIPLE_FACES comes bare and is about the photo to compare. The calls whose request the console keeps far below FaceID&apos;s size limit, so that an HTTP 413 of theirs is a proxy&apos;s: a look-up (a biz_id), and an SDK token (at most three photos of at most 2 MB each, under the documents&apos; 20 MB). Service refusals that name no parameter, yet are about one thing on the form: LOW_QUALITY is always about the photo to check (the documents say so); a name that does not match the ID number is checked against the name (the number exists); an ID number the data source does not know, against the number. The same for the v3 document (get_biz_token): its MULTIPLE_FACES is &quot;image图片中有多张人脸&quot; (a reference photo with several faces is compared by its largest).</extracomment>
        <translation>The identity data source has no usable photo of this person.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="488"/>
        <source>No face was found in {photo}.</source>
        <translation>No face was found in {photo}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="489"/>
        <source>More than one face was found in {photo}.</source>
        <translation>More than one face was found in {photo}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="490"/>
        <source>The face in {photo} is below the face quality threshold.</source>
        <translation>The face in {photo} is below the face quality threshold.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="492"/>
        <source>FaceID could not decode {photo}: it is not an image, or it is damaged.</source>
        <translation>FaceID could not decode {photo}: it is not an image, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="494"/>
        <source>FaceID refused {photo} as too large: wider or taller than 4096 pixels.</source>
        <translation>FaceID refused {photo} as too large: wider or taller than 4096 pixels.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="496"/>
        <source>FaceID refused {photo} as too large: over 2 MB, or wider or taller than 4096 pixels.</source>
        <translation>FaceID refused {photo} as too large: over 2 MB, or wider or taller than 4096 pixels.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="510"/>
        <source>The request to start the session was too large for FaceID or a proxy on the way. Its reference photos are what make it large.</source>
        <translation>The request to start the session was too large for FaceID or a proxy on the way. Its reference photos are what make it large.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="513"/>
        <source>Choose smaller reference photos. If none were sent (KYC), a proxy between here and FaceID refuses even a small request: check this profile&apos;s address in Settings (Ctrl+,).</source>
        <translation>Choose smaller reference photos. If none were sent (KYC), a proxy between here and FaceID refuses even a small request: check this profile&apos;s address in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="518"/>
        <source>The look-up was refused as too large, though it sends no photos, only the biz_id: far below any size limit of FaceID&apos;s. A proxy between here and FaceID is the likely cause.</source>
        <translation>The look-up was refused as too large, though it sends no photos, only the biz_id: far below any size limit of FaceID&apos;s. A proxy between here and FaceID is the likely cause.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="521"/>
        <source>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, ask whoever runs the proxy between here and FaceID to let the look-up through.</source>
        <translation>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, ask whoever runs the proxy between here and FaceID to let the look-up through.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="525"/>
        <source>The request was refused as too large, though its photos (at most 2 MB each) keep it far below FaceID&apos;s 20 MB limit for an SDK token. A proxy between here and FaceID is the likely cause.</source>
        <translation>The request was refused as too large, though its photos (at most 2 MB each) keep it far below FaceID&apos;s 20 MB limit for an SDK token. A proxy between here and FaceID is the likely cause.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="529"/>
        <source>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, ask whoever runs the proxy between here and FaceID to let requests of a few MB through; smaller photos may get through meanwhile.</source>
        <translation>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, ask whoever runs the proxy between here and FaceID to let requests of a few MB through; smaller photos may get through meanwhile.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="545"/>
        <source>Choose a photo at most 4096 pixels wide and tall.</source>
        <translation>Choose a photo at most 4096 pixels wide and tall.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="547"/>
        <source>Crop the photo to compare to the applicant&apos;s face. Only if the applicant&apos;s face is clearly the largest, untick fail_when_multiple_faces in Options to compare the largest face.</source>
        <translation>Crop the photo to compare to the applicant&apos;s face. Only if the applicant&apos;s face is clearly the largest, untick fail_when_multiple_faces in Options to compare the largest face.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="553"/>
        <source>Choose a photo in which the face is clearly visible, upright, front-on and well lit.</source>
        <translation>Choose a photo in which the face is clearly visible, upright, front-on and well lit.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="555"/>
        <source>Choose or crop a photo that shows only the applicant&apos;s face.</source>
        <translation>Choose or crop a photo that shows only the applicant&apos;s face.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="557"/>
        <source>Use a sharper, better-lit photo of the face.</source>
        <translation>Use a sharper, better-lit photo of the face.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="560"/>
        <source>Choose a photo in which the face is clearly visible, front-on and well lit; or turn on &apos;Try rotated photos&apos; if it is sideways or upside down.</source>
        <translation>Choose a photo in which the face is clearly visible, front-on and well lit; or turn on &apos;Try rotated photos&apos; if it is sideways or upside down.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="563"/>
        <source>Crop the photo to the applicant&apos;s face. Only if the applicant&apos;s face is clearly the largest, untick &apos;Fail when the photo to check has several faces&apos; (or the reference photo option) in Options to compare the largest face.</source>
        <translation>Crop the photo to the applicant&apos;s face. Only if the applicant&apos;s face is clearly the largest, untick &apos;Fail when the photo to check has several faces&apos; (or the reference photo option) in Options to compare the largest face.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="567"/>
        <source>Use a sharper, better-lit photo, or lower the face quality threshold in Options.</source>
        <translation>Use a sharper, better-lit photo, or lower the face quality threshold in Options.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="569"/>
        <source>Choose a JPEG or PNG photo that opens in an image viewer.</source>
        <translation>Choose a JPEG or PNG photo that opens in an image viewer.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="571"/>
        <source>Choose a smaller photo (at most 2 MB and 4096 pixels a side).</source>
        <translation>Choose a smaller photo (at most 2 MB and 4096 pixels a side).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="573"/>
        <source>The request was too large for the service or a proxy. Choose smaller photos.</source>
        <translation>The request was too large for the service or a proxy. Choose smaller photos.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="575"/>
        <source>Check the ID number with the applicant&apos;s document; if it is right, the data source has no record of it and KYC cannot be done this way.</source>
        <translation>Check the ID number with the applicant&apos;s document; if it is right, the data source has no record of it and KYC cannot be done this way.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="578"/>
        <source>Check the spelling of the name against the ID card; this can also be a sign of fraud.</source>
        <translation>Check the spelling of the name against the ID card; this can also be a sign of fraud.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="580"/>
        <source>Correct the name (at most 32 characters).</source>
        <translation>Correct the name (at most 32 characters).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="581"/>
        <source>Correct the ID number: 18 characters, digits with an optional final X.</source>
        <translation>Correct the ID number: 18 characters, digits with an optional final X.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="583"/>
        <source>Stop KYC checks and contact FaceID support until the data source works again.</source>
        <translation>Stop KYC checks and contact FaceID support until the data source works again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="585"/>
        <source>Check the api_key and api_secret of this profile in Settings (Ctrl+,).</source>
        <translation>Check the api_key and api_secret of this profile in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="641"/>
        <source>The api_key and api_secret are not fields of this page: they are this profile&apos;s, in Settings (Ctrl+,). Check them there, then send again. If they are right, give FaceID support the request_id.</source>
        <translation>The api_key and api_secret are not fields of this page: they are this profile&apos;s, in Settings (Ctrl+,). Check them there, then send again. If they are right, give FaceID support the request_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="646"/>
        <source>The console signs each request itself, from this profile&apos;s api_key and api_secret and this computer&apos;s clock: check the api_key and api_secret in Settings (Ctrl+,) and the clock. If they are right, give FaceID support the request_id.</source>
        <translation>The console signs each request itself, from this profile&apos;s api_key and api_secret and this computer&apos;s clock: check the api_key and api_secret in Settings (Ctrl+,) and the clock. If they are right, give FaceID support the request_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="651"/>
        <source>The console sends {field} itself, as the documents give it: nothing on this page sets it. Give FaceID support the request_id.</source>
        <translation>The console sends {field} itself, as the documents give it: nothing on this page sets it. Give FaceID support the request_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="655"/>
        <source>FaceID did not say which parameter: check each field and option on this page, then send again. If it keeps happening, give FaceID support the request_id.</source>
        <translation>FaceID did not say which parameter: check each field and option on this page, then send again. If it keeps happening, give FaceID support the request_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="659"/>
        <source>Check how {field} is set on this page (its option or choice), then send again. If it is set as the documents allow, give FaceID support the request_id.</source>
        <translation>Check how {field} is set on this page (its option or choice), then send again. If it is set as the documents allow, give FaceID support the request_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="684"/>
        <source>This test api_key has used up its calls. Ask your FaceID account administrator for a production api_key, then store it for this profile in Settings (Ctrl+,).</source>
        <translation>This test api_key has used up its calls. Ask your FaceID account administrator for a production api_key, then store it for this profile in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="687"/>
        <source>Compare with reference photos instead (comparison_type 0), or ask your FaceID account administrator to give this api_key the KYC permission.</source>
        <translation>Compare with reference photos instead (comparison_type 0), or ask your FaceID account administrator to give this api_key the KYC permission.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="690"/>
        <source>Use KYC verification instead (comparison_type 1), or ask your FaceID account administrator to give this api_key the face comparison permission.</source>
        <translation>Use KYC verification instead (comparison_type 1), or ask your FaceID account administrator to give this api_key the face comparison permission.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="693"/>
        <source>Ask your FaceID account administrator whether this api_key can be enabled again; otherwise store a working api_key and api_secret for this profile in Settings (Ctrl+,).</source>
        <translation>Ask your FaceID account administrator whether this api_key can be enabled again; otherwise store a working api_key and api_secret for this profile in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="696"/>
        <source>Ask your FaceID account administrator to allow calls from this network&apos;s public IP address, or send from a network that is allowed.</source>
        <translation>Ask your FaceID account administrator to allow calls from this network&apos;s public IP address, or send from a network that is allowed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="699"/>
        <source>FaceID takes no more comparison attempts for now: sending again is refused the same way. Ask your FaceID account administrator about the retry limit.</source>
        <translation>FaceID takes no more comparison attempts for now: sending again is refused the same way. Ask your FaceID account administrator about the retry limit.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="702"/>
        <source>Check this computer&apos;s date, time and time zone: each request is signed with the current time, and FaceID found the signature already expired. Set the clock right (turn on automatic time), then send again.</source>
        <translation>Check this computer&apos;s date, time and time zone: each request is signed with the current time, and FaceID found the signature already expired. Set the clock right (turn on automatic time), then send again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="706"/>
        <source>Check this profile&apos;s api_key and api_secret in Settings (Ctrl+,): the console signs each request with them, and FaceID could not match the signature.</source>
        <translation>Check this profile&apos;s api_key and api_secret in Settings (Ctrl+,): the console signs each request with them, and FaceID could not match the signature.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="710"/>
        <source>Ask your FaceID account administrator to enable this api_key for this call.</source>
        <translation>Ask your FaceID account administrator to enable this api_key for this call.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="587"/>
        <source>Too many calls at once for this api_key. Wait a few seconds and send again; nothing was billed.</source>
        <translation>Too many calls at once for this api_key. Wait a few seconds and send again; nothing was billed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="589"/>
        <source>Send again; if it keeps failing, contact FaceID support.</source>
        <translation>Send again; if it keeps failing, contact FaceID support.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="591"/>
        <location filename="../../faceid_console/ui/texts.py" line="593"/>
        <source>The call may have been processed and billed. Check with your team before sending again.</source>
        <translation>The call may have been processed and billed. Check with your team before sending again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="595"/>
        <source>Check the profile&apos;s address in Settings (Ctrl+,) and the network, then send again.</source>
        <translation>Check the profile&apos;s address in Settings (Ctrl+,) and the network, then send again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="597"/>
        <source>Check this profile&apos;s address and port in Settings (Ctrl+,): a host that closes the connection at once is not FaceID. If the address is right, the call may have been processed and billed: check with your team before sending again.</source>
        <translation>Check this profile&apos;s address and port in Settings (Ctrl+,): a host that closes the connection at once is not FaceID. If the address is right, the call may have been processed and billed: check with your team before sending again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="601"/>
        <source>The call may have been processed and billed. Check with your team before sending again; if answers keep breaking off, check the network and any proxy between here and FaceID.</source>
        <translation>The call may have been processed and billed. Check with your team before sending again; if answers keep breaking off, check the network and any proxy between here and FaceID.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="604"/>
        <source>The call may have been processed and billed: do not send it again blindly, check with your team first. If answers keep coming undecodable, a proxy between here and FaceID (or the service) is breaking its compressed answers: tell whoever runs it (your IT team, or FaceID support).</source>
        <translation>The call may have been processed and billed: do not send it again blindly, check with your team first. If answers keep coming undecodable, a proxy between here and FaceID (or the service) is breaking its compressed answers: tell whoever runs it (your IT team, or FaceID support).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="608"/>
        <source>Check this profile&apos;s address and port in Settings (Ctrl+,): FaceID&apos;s cloud addresses begin with https:// and need no port. Nothing was billed: send again once the address is right.</source>
        <translation>Check this profile&apos;s address and port in Settings (Ctrl+,): FaceID&apos;s cloud addresses begin with https:// and need no port. Nothing was billed: send again once the address is right.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="611"/>
        <source>Something between you and FaceID (a proxy or gateway) answered instead. Check the address in Settings; if it is right, try again later.</source>
        <translation>Something between you and FaceID (a proxy or gateway) answered instead. Check the address in Settings; if it is right, try again later.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="614"/>
        <source>Check the base URL of this profile in Settings.</source>
        <translation>Check the base URL of this profile in Settings.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="615"/>
        <source>The service gives a result only once and for one day. If this console fetched it before, open it in History; otherwise it is gone: run a new liveness session.</source>
        <translation>The service gives a result only once and for one day. If this console fetched it before, open it in History; otherwise it is gone: run a new liveness session.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="618"/>
        <source>Check the biz_id (copy it from the callback or the return_url), and that the session was made with this profile&apos;s api_key.</source>
        <translation>Check the biz_id (copy it from the callback or the return_url), and that the session was made with this profile&apos;s api_key.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="621"/>
        <source>Fill in the field that is marked.</source>
        <translation>Fill in the field that is marked.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="622"/>
        <source>Every call is recorded before it is sent. Check the history database in Settings (or the disk space), then send again.</source>
        <translation>Every call is recorded before it is sent. Check the history database in Settings (or the disk space), then send again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="625"/>
        <source>Correct the field that is marked.</source>
        <translation>Correct the field that is marked.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="629"/>
        <source>Look biz_id {asked} up again. If another session&apos;s answer comes back again, a proxy or cache between here and FaceID is answering: have it pass get_result through uncached. Do not decide on this answer: it is not this session&apos;s result.</source>
        <translation>Look biz_id {asked} up again. If another session&apos;s answer comes back again, a proxy or cache between here and FaceID is answering: have it pass get_result through uncached. Do not decide on this answer: it is not this session&apos;s result.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="634"/>
        <source>Check this profile&apos;s base URL in Settings (Ctrl+,): the host there answers, but not as FaceID does. The answer is recorded in History as an error, not as a result.</source>
        <translation>Check this profile&apos;s base URL in Settings (Ctrl+,): the host there answers, but not as FaceID does. The answer is recorded in History as an error, not as a result.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="663"/>
        <source>Correct the field or photo that is marked, then send again.</source>
        <translation>Correct the field or photo that is marked, then send again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="668"/>
        <source>FaceID&apos;s documents do not list this error, which came with a server error (HTTP {status}). Try again later; if it keeps happening, give FaceID support the request_id.</source>
        <translation>FaceID&apos;s documents do not list this error, which came with a server error (HTTP {status}). Try again later; if it keeps happening, give FaceID support the request_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="672"/>
        <source>FaceID&apos;s documents do not list this error. Check the request and this profile&apos;s api_key and api_secret, and look the code up in FaceID&apos;s documents; if it stays unclear, give FaceID support the request_id.</source>
        <translation>FaceID&apos;s documents do not list this error. Check the request and this profile&apos;s api_key and api_secret, and look the code up in FaceID&apos;s documents; if it stays unclear, give FaceID support the request_id.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="676"/>
        <source>Note the request_id and contact FaceID support if this keeps happening.</source>
        <translation>Note the request_id and contact FaceID support if this keeps happening.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="726"/>
        <source>Check the ID number this session was started with against the applicant&apos;s document. The comparison is not run again for this session: if the number was wrong, start a new session (get_token) with the right one; if it was right, the data source has no record of it and KYC cannot be done this way.</source>
        <extracomment>A session&apos;s comparison errors about one of its photos (the error names which): the applicant&apos;s, as the session took it, or a reference photo the session was started with. The reference photos a session is started with (get_token&apos;s image_ref1..3): the reviewer&apos;s, not the applicant&apos;s.</extracomment>
        <translation>Check the ID number this session was started with against the applicant&apos;s document. The comparison is not run again for this session: if the number was wrong, start a new session (get_token) with the right one; if it was right, the data source has no record of it and KYC cannot be done this way.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="732"/>
        <source>Check the name this session was started with against the ID card; this can also be a sign of fraud. The comparison is not run again for this session: to compare again, start a new session (get_token) with the name corrected.</source>
        <translation>Check the name this session was started with against the ID card; this can also be a sign of fraud. The comparison is not run again for this session: to compare again, start a new session (get_token) with the name corrected.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="737"/>
        <source>Stop KYC checks and contact FaceID support. Once they confirm the data source works again, start a new session (get_token) for this applicant.</source>
        <translation>Stop KYC checks and contact FaceID support. Once they confirm the data source works again, start a new session (get_token) for this applicant.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="741"/>
        <source>The data source has no usable photo of this person, so a new session would fail the same way: confirm the applicant another way, such as their documents.</source>
        <translation>The data source has no usable photo of this person, so a new session would fail the same way: confirm the applicant another way, such as their documents.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="747"/>
        <source>Crop {photo}, which this session was started with, to the applicant&apos;s face alone, or choose another photo of the applicant alone. The comparison is not run again for this session: start a new session (get_token) with that photo and send the applicant its link.</source>
        <translation>Crop {photo}, which this session was started with, to the applicant&apos;s face alone, or choose another photo of the applicant alone. The comparison is not run again for this session: start a new session (get_token) with that photo and send the applicant its link.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="752"/>
        <source>Choose another photo for {photo}, which this session was started with: a JPEG or PNG of the applicant&apos;s face, clearly visible, front-on and well lit. The comparison is not run again for this session: start a new session (get_token) with that photo and send the applicant its link.</source>
        <translation>Choose another photo for {photo}, which this session was started with: a JPEG or PNG of the applicant&apos;s face, clearly visible, front-on and well lit. The comparison is not run again for this session: start a new session (get_token) with that photo and send the applicant its link.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="758"/>
        <source>The applicant&apos;s photo from the session could not be compared. Start a new session (get_token) and ask the applicant to be alone in front of the camera, the face well lit.</source>
        <translation>The applicant&apos;s photo from the session could not be compared. Start a new session (get_token) and ask the applicant to be alone in front of the camera, the face well lit.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="761"/>
        <source>This session&apos;s comparison is not run again, and its result is given only once: start a new session (get_token) on the Liveness session page and send the applicant its link. If comparisons keep failing, note the biz_id and contact FaceID support.</source>
        <translation>This session&apos;s comparison is not run again, and its result is given only once: start a new session (get_token) on the Liveness session page and send the applicant its link. If comparisons keep failing, note the biz_id and contact FaceID support.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="780"/>
        <source>Billing not known: the answer does not say which verify error failed the comparison, and FaceID bills some of them (an ID number it has no record of, a name that does not match it, no usable photo in the data source).</source>
        <translation>Billing not known: the answer does not say which verify error failed the comparison, and FaceID bills some of them (an ID number it has no record of, a name that does not match it, no usable photo in the data source).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="785"/>
        <source>Billed: FaceID&apos;s billing table charges the session for this failed comparison.</source>
        <translation>Billed: FaceID&apos;s billing table charges the session for this failed comparison.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="787"/>
        <source>Not billed: FaceID&apos;s billing tables do not list this error.</source>
        <translation>Not billed: FaceID&apos;s billing tables do not list this error.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="794"/>
        <source>If your network inspects HTTPS (a bank&apos;s proxy often does), ask your IT team for the proxy&apos;s CA certificate and add it to the system&apos;s trust store (on Debian or Ubuntu: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates). Then start the console with REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt: without that variable it trusts only the authorities it ships with, not the system&apos;s store. Otherwise check this profile&apos;s address in Settings (Ctrl+,).</source>
        <translation>If your network inspects HTTPS (a bank&apos;s proxy often does), ask your IT team for the proxy&apos;s CA certificate and add it to the system&apos;s trust store (on Debian or Ubuntu: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates). Then start the console with REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt: without that variable it trusts only the authorities it ships with, not the system&apos;s store. Otherwise check this profile&apos;s address in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="802"/>
        <source>Check the host name in this profile&apos;s address in Settings (Ctrl+,): use the name the service&apos;s certificate is issued for, not an IP address or another name for it. If the address is right, a proxy that inspects HTTPS may be answering: ask your IT team.</source>
        <translation>Check the host name in this profile&apos;s address in Settings (Ctrl+,): use the name the service&apos;s certificate is issued for, not an IP address or another name for it. If the address is right, a proxy that inspects HTTPS may be answering: ask your IT team.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="807"/>
        <source>Check this computer&apos;s date and time. If they are right, the service&apos;s certificate has expired: tell whoever runs the service (FaceID support, for FaceID&apos;s cloud).</source>
        <translation>Check this computer&apos;s date and time. If they are right, the service&apos;s certificate has expired: tell whoever runs the service (FaceID support, for FaceID&apos;s cloud).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="811"/>
        <source>Check this profile&apos;s address in Settings (Ctrl+,): FaceID&apos;s cloud addresses begin with https:// and need no port. An address with http:// is only for a service on this computer, such as the built-in engine.</source>
        <translation>Check this profile&apos;s address in Settings (Ctrl+,): FaceID&apos;s cloud addresses begin with https:// and need no port. An address with http:// is only for a service on this computer, such as the built-in engine.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="815"/>
        <source>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, a proxy or firewall may be stopping HTTPS to it: ask your IT team. Nothing was sent; send again once it is fixed.</source>
        <translation>Check this profile&apos;s address in Settings (Ctrl+,). If it is right, a proxy or firewall may be stopping HTTPS to it: ask your IT team. Nothing was sent; send again once it is fixed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="831"/>
        <source>Billing unknown: the call may have been processed.</source>
        <translation>Billing unknown: the call may have been processed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="833"/>
        <source>Not billed: nothing reached the service.</source>
        <translation>Not billed: nothing reached the service.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="835"/>
        <source>Billing not known: FaceID&apos;s documents do not list this error.</source>
        <translation>Billing not known: FaceID&apos;s documents do not list this error.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="837"/>
        <source>Billed: this failed call is charged.</source>
        <translation>Billed: this failed call is charged.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="838"/>
        <source>Not billed.</source>
        <translation>Not billed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="778"/>
        <location filename="../../faceid_console/ui/texts.py" line="860"/>
        <source>Not billed: the built-in engine charges nothing.</source>
        <translation>Not billed: the built-in engine charges nothing.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="867"/>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="868"/>
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="869"/>
        <source>Photos disagree</source>
        <translation>Photos disagree</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="870"/>
        <source>ID used in attacks</source>
        <translation>ID used in attacks</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="871"/>
        <source>ID card not checked</source>
        <translation>ID card not checked</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="872"/>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="873"/>
        <source>Liveness failed</source>
        <translation>Liveness failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="874"/>
        <source>Attack suspected</source>
        <translation>Attack suspected</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="875"/>
        <source>Spoken consent failed</source>
        <translation>Spoken consent failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="876"/>
        <source>Comparison failed</source>
        <translation>Comparison failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="877"/>
        <source>Not compared</source>
        <translation>Not compared</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="878"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="879"/>
        <source>Signature valid</source>
        <translation>Signature valid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="880"/>
        <source>Signature invalid</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="881"/>
        <source>Signature not checked</source>
        <translation>Signature not checked</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="992"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="993"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="994"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1001"/>
        <source>Same person, documents consistent</source>
        <translation>Same person, documents consistent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1002"/>
        <source>Different person</source>
        <translation>Different person</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1003"/>
        <source>Photo quality too low to judge</source>
        <translation>Photo quality too low to judge</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1004"/>
        <source>Suspected spoof (screen, mask, synthetic face)</source>
        <translation>Suspected spoof (screen, mask, synthetic face)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1006"/>
        <source>ID number flagged by the data source</source>
        <translation>ID number flagged by the data source</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1008"/>
        <source>Name and ID number not confirmed by the data source</source>
        <translation>Name and ID number not confirmed by the data source</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/texts.py" line="1010"/>
        <source>Needs a senior reviewer</source>
        <translation>Needs a senior reviewer</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="496"/>
        <location filename="../../faceid_console/ui/report.py" line="754"/>
        <source>FaceID verification report</source>
        <extracomment>The smallest a report is shrunk to stay on one page (its 9 pt text printed at 8 pt); a longer one continues on further pages at full size (16 long notes were shrunk to 0.136, unreadable). Marks the decision trail&apos;s table in a report&apos;s document (a user property of its format). How far a page&apos;s clip stops short of where the next page starts, so that the next page&apos;s first line, which begins exactly there, is not drawn on this page too. A refusal&apos;s (LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND), which compared none: each held to the threshold sent. The face_quality_threshold sent. How a kept callback&apos;s record starts (``refused_callback``): read so when the record was cut at its length limit (a callback of more than 4 MB), which leaves no JSON to parse. The table&apos;s top, and the border under its header row (halfway to the first row&apos;s text). The bottom of the table&apos;s first row (a page never ends between it and the header) and of the table. The entry that sent this one again (its outcome unknown), if one did: the report names it, as History. The zone its times are in, as the window shows them (by default this computer&apos;s), named beside them. An entry without an answer as History&apos;s list words it (&quot;Sent, waiting for the answer&quot;); by default its outcome is unknown. The window&apos;s language, for the service&apos;s codes explained in the outcome&apos;s reason. The profile as the window names it (&quot;Built-in engine (offline)&quot;), not its settings key. The liveness session&apos;s answer (get_result&apos;s, or a checked callback&apos;s data), if the entry holds one.</extracomment>
        <translation>FaceID verification report</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="500"/>
        <source>History entry</source>
        <translation>History entry</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="501"/>
        <location filename="../../faceid_console/ui/report.py" line="600"/>
        <source>Time ({zone})</source>
        <translation>Time ({zone})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="502"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="503"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="504"/>
        <location filename="../../faceid_console/ui/report.py" line="600"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="505"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="506"/>
        <source>ID number</source>
        <translation>ID number</translation>
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
        <translation>Policy level</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="513"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="517"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="515"/>
        <source>Outcome unknown, not resent</source>
        <translation>Outcome unknown, not resent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="516"/>
        <source>Outcome unknown, resent as entry {entry}</source>
        <translation>Outcome unknown, resent as entry {entry}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="519"/>
        <source>Resend of</source>
        <translation>Resend of</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="519"/>
        <source>entry {id}</source>
        <translation>entry {id}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="549"/>
        <source>Attack suspected: a face-genuineness check reached its threshold</source>
        <translation>Attack suspected: a face-genuineness check reached its threshold</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="560"/>
        <source>confidence</source>
        <translation>confidence</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="556"/>
        <source>{verdict}; confidence {confidence}</source>
        <translation>{verdict}; confidence {confidence}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="563"/>
        <source>Scores and thresholds</source>
        <translation>Scores and thresholds</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="566"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="566"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="576"/>
        <source>Identity exceptions</source>
        <translation>Identity exceptions</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="584"/>
        <source>Face genuineness</source>
        <translation>Face genuineness</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="590"/>
        <source>Decision and trail</source>
        <translation>Decision and trail</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="590"/>
        <source>No decision recorded.</source>
        <translation>No decision recorded.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="600"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="601"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="605"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="605"/>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="607"/>
        <source>{decision} ({state})</source>
        <translation>{decision} ({state})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="633"/>
        <source>Photo to compare</source>
        <translation>Photo to compare</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="782"/>
        <source>FaceID verification report · entry {id} · page {page} of {count}</source>
        <translation>FaceID verification report · entry {id} · page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="181"/>
        <source>Fill in the applicant and photos on the left, then press Verify (Ctrl+Return).</source>
        <extracomment>Whether that call was billed: None when not known (no answer came, or an error the documents do not list); never on the built-in engine, which bills nothing. Its history entry when its outcome is unknown: the same inputs sent again are recorded as its resend. Emitted after each answer (result or error) has been shown. The reviewer asks to record a decision on the history entry of the answer on show. The history entry of the last call sent from this page. Photo parameters of the call in flight sent under another number (image_ref2 from slot 3), to its slot. The photo to check and the reference photos (by score, ``result_ref1``) of the call in flight or the answer on show, upright as sent; let go of when another outcome takes its place (a photo is not kept past it). The face_quality_threshold of the call in flight, which a refusal&apos;s faces are held to. Draws the outcome on show again in the result view (its marks too), to put it back after a switch.</extracomment>
        <translation>Fill in the applicant and photos on the left, then press Verify (Ctrl+Return).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="420"/>
        <source>⚠ This is about the form as it was when Verify was pressed; the form has changed since. Press Verify (Ctrl+Return) for an answer about it as it is now.</source>
        <translation>⚠ This is about the form as it was when Verify was pressed; the form has changed since. Press Verify (Ctrl+Return) for an answer about it as it is now.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="231"/>
        <source>Applicant</source>
        <extracomment>The profile the answer on show (or the call on its way) came from; switching to another one clears it. Each slot&apos;s ``choice`` when Verify was pressed: an answer marks only a slot that still holds what was sent. Where the keyboard was when Verify was pressed: a problem takes it only if the reviewer has not moved it. The applicant and photos the outcome on show is about (None: nothing on show is); a form changed since says so above it, so an answer is never read as being about another applicant.</extracomment>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="234"/>
        <source>&amp;KYC: name and ID number</source>
        <translation>&amp;KYC: name and ID number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="235"/>
        <source>comparison_type=1: compare with the ID photo of the identity data source</source>
        <translation>comparison_type=1: compare with the ID photo of the identity data source</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="236"/>
        <source>Face &amp;comparison: uuid and reference photos</source>
        <translation>Face &amp;comparison: uuid and reference photos</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="237"/>
        <source>comparison_type=0: compare with your own reference photos</source>
        <translation>comparison_type=0: compare with your own reference photos</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="251"/>
        <source>Name (idcard_name)</source>
        <translation>Name (idcard_name)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="252"/>
        <source>as printed on the ID card</source>
        <translation>as printed on the ID card</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="256"/>
        <source>ID number (idcard_number)</source>
        <translation>ID number (idcard_number)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="257"/>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="258"/>
        <source>&amp;Mask</source>
        <translation>&amp;Mask</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="259"/>
        <source>Hide the ID number on screen</source>
        <translation>Hide the ID number on screen</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="260"/>
        <source>Mask the ID number on screen</source>
        <translation>Mask the ID number on screen</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="265"/>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="266"/>
        <source>your own id for this applicant</source>
        <translation>your own id for this applicant</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="268"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="270"/>
        <source>I&amp;D number:</source>
        <translation>I&amp;D number:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="272"/>
        <source>&amp;uuid:</source>
        <translation>&amp;uuid:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="283"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="285"/>
        <source>Choose, drop or paste (Ctrl+V) a photo into each box. JPEG, PNG, BMP, WebP or TIFF.</source>
        <translation>Choose, drop or paste (Ctrl+V) a photo into each box. JPEG, PNG, BMP, WebP or TIFF.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="82"/>
        <source>Photo to check</source>
        <extracomment>The history cannot record the call, so it is not sent (every call must be journaled first). The documents&apos; default face_quality_threshold.</extracomment>
        <translation>Photo to check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="83"/>
        <source>Reference photo 1</source>
        <translation>Reference photo 1</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="84"/>
        <source>Reference photo 2</source>
        <translation>Reference photo 2</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="85"/>
        <source>Reference photo 3</source>
        <translation>Reference photo 3</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="305"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="309"/>
        <source>fail_when_multiple_faces (default 1): on, MULTIPLE_FACES is returned; off, the largest face is used</source>
        <translation>fail_when_multiple_faces (default 1): on, MULTIPLE_FACES is returned; off, the largest face is used</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="314"/>
        <source>fail_when_ref_multiple_faces (default 1): on, MULTIPLE_FACES is returned; off, the largest face is used</source>
        <translation>fail_when_ref_multiple_faces (default 1): on, MULTIPLE_FACES is returned; off, the largest face is used</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="320"/>
        <source>Face quality threshold</source>
        <translation>Face quality threshold</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="322"/>
        <source>face_quality_threshold (0–100, default 30): a face of lower quality in the photo to check gives LOW_QUALITY</source>
        <translation>face_quality_threshold (0–100, default 30): a face of lower quality in the photo to check gives LOW_QUALITY</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="324"/>
        <source>Face &amp;quality threshold:</source>
        <translation>Face &amp;quality threshold:</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="328"/>
        <source>return_faces (service default 0; on in the console so boxes can be drawn)</source>
        <translation>return_faces (service default 0; on in the console so boxes can be drawn)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="307"/>
        <source>Fail when the photo to check has &amp;several faces</source>
        <translation>Fail when the photo to check has &amp;several faces</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="312"/>
        <source>Fail when a &amp;reference photo has several faces</source>
        <translation>Fail when a &amp;reference photo has several faces</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="326"/>
        <source>Return face &amp;boxes and quality</source>
        <translation>Return face &amp;boxes and quality</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="331"/>
        <source>Try rotated ph&amp;otos when no face is found</source>
        <translation>Try rotated ph&amp;otos when no face is found</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="333"/>
        <source>multi_oriented_detection (default 0): also looks for a face turned 90°, 180° or 270°; slower when on</source>
        <translation>multi_oriented_detection (default 0): also looks for a face turned 90°, 180° or 270°; slower when on</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="350"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="357"/>
        <source>&amp;New applicant</source>
        <translation>&amp;New applicant</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="364"/>
        <source>Empty the applicant, every photo and the answer, for the next applicant ({key})</source>
        <translation>Empty the applicant, every photo and the answer, for the next applicant ({key})</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="367"/>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="369"/>
        <source>New applicant</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="374"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="376"/>
        <source>Stop while the photos are being prepared (Esc)</source>
        <translation>Stop while the photos are being prepared (Esc)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="379"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="519"/>
        <source>Send one verify call (Ctrl+Return). Every call is billed.</source>
        <translation>Send one verify call (Ctrl+Return). Every call is billed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="382"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="422"/>
        <source>⚠ These problems were found in the form as it was then (nothing was sent); the form has changed since. Press Verify (Ctrl+Return) to check it again.</source>
        <translation>⚠ These problems were found in the form as it was then (nothing was sent); the form has changed since. Press Verify (Ctrl+Return) to check it again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="520"/>
        <source>Send one verify call to the built-in engine (Ctrl+Return). Nothing is billed.</source>
        <translation>Send one verify call to the built-in engine (Ctrl+Return). Nothing is billed.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="528"/>
        <source>Waiting for the connection (see the top bar)…</source>
        <translation>Waiting for the connection (see the top bar)…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="530"/>
        <source>The profile is not usable: see the top bar, or open Settings.</source>
        <translation>The profile is not usable: see the top bar, or open Settings.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="532"/>
        <source>Preparing photos…</source>
        <translation>Preparing photos…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="566"/>
        <source>Not sent again.</source>
        <translation>Not sent again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="571"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="606"/>
        <source>Ready for the next applicant.</source>
        <translation>Ready for the next applicant.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="614"/>
        <source>Empty the form without a decision?</source>
        <translation>Empty the form without a decision?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="615"/>
        <source>No decision is recorded on the answer on show yet. It stays in History, where the Undecided filter lists it for a decision later.

Empty the form for a new applicant anyway?</source>
        <translation>No decision is recorded on the answer on show yet. It stays in History, where the Undecided filter lists it for a decision later.

Empty the form for a new applicant anyway?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="629"/>
        <source>No answer from this profile yet</source>
        <translation>No answer from this profile yet</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="630"/>
        <source>What was shown here was for profile {profile}, and is kept in History.</source>
        <translation>What was shown here was for profile {profile}, and is kept in History.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="646"/>
        <source>These exact inputs were already sent (request_id {request_id}), and that call was billed. Sending them again is billed again.

Send them again?</source>
        <translation>These exact inputs were already sent (request_id {request_id}), and that call was billed. Sending them again is billed again.

Send them again?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="648"/>
        <source>These exact inputs were already sent (request_id {request_id}), and whether that call was billed is not known: it may have been. Sending them again may be billed twice.

Send them again?</source>
        <translation>These exact inputs were already sent (request_id {request_id}), and whether that call was billed is not known: it may have been. Sending them again may be billed twice.

Send them again?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="652"/>
        <source>Send the same inputs again?</source>
        <translation>Send the same inputs again?</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="679"/>
        <source>Enter a face quality threshold from 0 to 100: the box is empty.</source>
        <translation>Enter a face quality threshold from 0 to 100: the box is empty.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="712"/>
        <source>Preparing photos… (Esc cancels)</source>
        <translation>Preparing photos… (Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="721"/>
        <source>Choose {photo} again: it was cleared before it could be sent.</source>
        <translation>Choose {photo} again: it was cleared before it could be sent.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="807"/>
        <source>Not sent: the profile was changed while the photos were prepared. Press Verify to send with {profile}.</source>
        <translation>Not sent: the profile was changed while the photos were prepared. Press Verify to send with {profile}.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="871"/>
        <source>Answer received — {headline}</source>
        <translation>Answer received — {headline}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="904"/>
        <source>Not verified — {reason}</source>
        <translation>Not verified — {reason}</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="749"/>
        <source>Waiting for FaceID… (sent; the answer will be shown)</source>
        <translation>Waiting for FaceID… (sent; the answer will be shown)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="536"/>
        <source>⚠ KYC sends 1 reference photo too</source>
        <translation>⚠ KYC sends 1 reference photo too</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="537"/>
        <source>⚠ KYC sends {count} reference photos too</source>
        <translation>⚠ KYC sends {count} reference photos too</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="539"/>
        <source>KYC needs no reference photo. Any in the slots is sent with this applicant&apos;s call and kept in History: clear it if it is not this applicant&apos;s.</source>
        <translation>KYC needs no reference photo. Any in the slots is sent with this applicant&apos;s call and kept in History: clear it if it is not this applicant&apos;s.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="811"/>
        <source>Not sent: {photo} was replaced while the photos were being prepared. Press Verify to send the new one.</source>
        <translation>Not sent: {photo} was replaced while the photos were being prepared. Press Verify to send the new one.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="815"/>
        <source>Not sent: the form was changed while the photos were being prepared. Check it and press Verify again.</source>
        <translation>Not sent: the form was changed while the photos were being prepared. Check it and press Verify again.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="872"/>
        <source>Answer received.</source>
        <translation>Answer received.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="928"/>
        <source>The answer from profile {profile} came after the switch and is kept in History.</source>
        <translation>The answer from profile {profile} came after the switch and is kept in History.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="947"/>
        <source>The built-in engine&apos;s KYC registry has no such person: add them with &apos;faceid-console engine registry add&apos; (see README), or use Face comparison with reference photos, which needs no registry.</source>
        <translation>The built-in engine&apos;s KYC registry has no such person: add them with &apos;faceid-console engine registry add&apos; (see README), or use Face comparison with reference photos, which needs no registry.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="953"/>
        <source>Stopped by an unexpected error (see the report)</source>
        <translation>Stopped by an unexpected error (see the report)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="959"/>
        <source>Stopped by an unexpected error; the window keeps working.</source>
        <translation>Stopped by an unexpected error; the window keeps working.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="964"/>
        <source>Cancelled: nothing was sent</source>
        <translation>Cancelled: nothing was sent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/pages/verify_page.py" line="970"/>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelled: nothing was sent.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="109" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="109" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="109" />
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="109" />
        <location filename="../../faceid_console/ui/models/history_model.py" line="140" />
        <location filename="../../faceid_console/ui/models/history_model.py" line="151" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="110" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="123" />
        <source>The console ended before an answer was recorded. The call may have been processed and billed; it is not sent again unless you choose to.</source>
        <translation>The console ended before an answer was recorded. The call may have been processed and billed; it is not sent again unless you choose to.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="139" />
        <source>Outcome unknown, not resent</source>
        <translation>Outcome unknown, not resent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="140" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="143" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="143" />
        <source>Liveness result</source>
        <translation>Liveness result</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="144" />
        <source>SDK biz token</source>
        <translation>SDK biz token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="144" />
        <source>Web liveness token</source>
        <translation>Web liveness token</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="145" />
        <source>Callback check</source>
        <translation>Callback check</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="150" />
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="150" />
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="151" />
        <source>Liveness failed</source>
        <translation>Liveness failed</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="152" />
        <source>Signature valid</source>
        <translation>Signature valid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="153" />
        <source>Signature invalid</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="158" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="158" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="159" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="16" />
        <source>FaceID Console</source>
        <translation>FaceID Console</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="24" />
        <source>built-in engine</source>
        <translation>built-in engine</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="24" />
        <source>FaceID cloud</source>
        <translation>FaceID cloud</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="26" />
        <source>Connected to the {where} at {url} (profile {profile}, api_key {key}).</source>
        <translation>Connected to the {where} at {url} (profile {profile}, api_key {key}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="33" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="101" />
        <source>History entry</source>
        <translation>History entry</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="102" />
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="103" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="104" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="105" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="106" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="107" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="108" />
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="109" />
        <source>request_id</source>
        <translation>request_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="110" />
        <source>biz_id</source>
        <translation>biz_id</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="111" />
        <source>Policy level</source>
        <translation>Policy level</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="114" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="116" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="116" />
        <source>Outcome unknown, not resent</source>
        <translation>Outcome unknown, not resent</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="138" />
        <source>Same person at the policy level</source>
        <translation>Same person at the policy level</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="139" />
        <source>Not the same person at the policy level</source>
        <translation>Not the same person at the policy level</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="140" />
        <source>The answer has no threshold for the policy level</source>
        <translation>The answer has no threshold for the policy level</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="141" />
        <source>confidence</source>
        <translation>confidence</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="144" />
        <source>Scores and thresholds</source>
        <translation>Scores and thresholds</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="147" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="147" />
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="156" />
        <source>Identity exceptions</source>
        <translation>Identity exceptions</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="162" />
        <source>Face genuineness</source>
        <translation>Face genuineness</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="165" />
        <source>Decision and trail</source>
        <translation>Decision and trail</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="165" />
        <source>No decision recorded.</source>
        <translation>No decision recorded.</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="172" />
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="172" />
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="97" />
        <location filename="../../faceid_console/ui/report.py" line="197" />
        <source>FaceID verification report</source>
        <translation>FaceID verification report</translation>
    </message>
</context>
</TS>

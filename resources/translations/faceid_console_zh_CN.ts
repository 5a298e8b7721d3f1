<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="108" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="109" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="109" />
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="109" />
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="109" />
        <location filename="../../faceid_console/ui/models/history_model.py" line="140" />
        <location filename="../../faceid_console/ui/models/history_model.py" line="151" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="110" />
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="123" />
        <source>The console ended before an answer was recorded. The call may have been processed and billed; it is not sent again unless you choose to.</source>
        <translation>控制台在记录应答之前已结束。该调用可能已被处理并计费；除非您选择，否则不会重新发送。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="139" />
        <source>Outcome unknown, not resent</source>
        <translation>结果未知，未重新发送</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="140" />
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="143" />
        <source>Verify</source>
        <translation>比对</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="143" />
        <source>Liveness result</source>
        <translation>活体结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="144" />
        <source>SDK biz token</source>
        <translation>SDK 业务凭证</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="144" />
        <source>Web liveness token</source>
        <translation>网页活体令牌</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="145" />
        <source>Callback check</source>
        <translation>回调校验</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="150" />
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="150" />
        <source>Not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="151" />
        <source>Liveness failed</source>
        <translation>活体未通过</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="152" />
        <source>Signature valid</source>
        <translation>签名有效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="153" />
        <source>Signature invalid</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="158" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="158" />
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/models/history_model.py" line="159" />
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="16" />
        <source>FaceID Console</source>
        <translation>FaceID 控制台</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="24" />
        <source>built-in engine</source>
        <translation>内置引擎</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="24" />
        <source>FaceID cloud</source>
        <translation>FaceID 云服务</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="26" />
        <source>Connected to the {where} at {url} (profile {profile}, api_key {key}).</source>
        <translation>已连接到{where}：{url}（配置 {profile}，api_key {key}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="33" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="101" />
        <source>History entry</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="102" />
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="103" />
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="104" />
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="105" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="106" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="107" />
        <source>ID number</source>
        <translation>身份证号</translation>
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
        <translation>策略级别</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="114" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="116" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="116" />
        <source>Outcome unknown, not resent</source>
        <translation>结果未知，未重新发送</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="138" />
        <source>Same person at the policy level</source>
        <translation>在策略级别下为同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="139" />
        <source>Not the same person at the policy level</source>
        <translation>在策略级别下非同一人</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="140" />
        <source>The answer has no threshold for the policy level</source>
        <translation>应答中没有该策略级别的阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="141" />
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="144" />
        <source>Scores and thresholds</source>
        <translation>分数与阈值</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="147" />
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="147" />
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="156" />
        <source>Identity exceptions</source>
        <translation>身份异常</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="162" />
        <source>Face genuineness</source>
        <translation>人脸真实性</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="165" />
        <source>Decision and trail</source>
        <translation>决定及记录</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="165" />
        <source>No decision recorded.</source>
        <translation>尚未记录决定。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="172" />
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="172" />
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/report.py" line="97" />
        <location filename="../../faceid_console/ui/report.py" line="197" />
        <source>FaceID verification report</source>
        <translation>FaceID 核验报告</translation>
    </message>
</context>
</TS>

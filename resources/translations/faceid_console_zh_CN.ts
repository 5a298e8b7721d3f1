<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="16"/>
        <source>FaceID Console</source>
        <translation>FaceID 控制台</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="24"/>
        <source>built-in engine</source>
        <translation>内置引擎</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="24"/>
        <source>FaceID cloud</source>
        <translation>FaceID 云服务</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="26"/>
        <source>Connected to the {where} at {url} (profile {profile}, api_key {key}).</source>
        <translation>已连接到{where}：{url}（配置 {profile}，api_key {key}）。</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="33"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="16"/>
        <source>FaceID Console</source>
        <translation>FaceID Console</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="24"/>
        <source>built-in engine</source>
        <translation>built-in engine</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="24"/>
        <source>FaceID cloud</source>
        <translation>FaceID cloud</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="26"/>
        <source>Connected to the {where} at {url} (profile {profile}, api_key {key}).</source>
        <translation>Connected to the {where} at {url} (profile {profile}, api_key {key}).</translation>
    </message>
    <message>
        <location filename="../../faceid_console/ui/main_window.py" line="33"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
</TS>

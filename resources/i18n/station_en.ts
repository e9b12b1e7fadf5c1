<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoolChoice</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="45"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="46"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
</context>
<context>
    <name>CountersStrip</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="79"/>
        <source>Started today: %1</source>
        <translation>Started today: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="80"/>
        <source>PASS: %1</source>
        <translation>PASS: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="81"/>
        <source>FAIL: %1</source>
        <translation>FAIL: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="82"/>
        <source>REWORK: %1</source>
        <translation>REWORK: %1</translation>
    </message>
</context>
<context>
    <name>LotsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="67"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="67"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="67"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="67"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="68"/>
        <source>WIPs</source>
        <translation>WIPs</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="68"/>
        <source>Serials</source>
        <translation>Serials</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="69"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="93"/>
        <source>D (day)</source>
        <translation>D (day)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="94"/>
        <source>N (night)</source>
        <translation>N (night)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="102"/>
        <source>Create LOT</source>
        <translation>Create LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="105"/>
        <source>Print LOT label</source>
        <translation>Print LOT label</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="115"/>
        <source>Complete LOT</source>
        <translation>Complete LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="117"/>
        <source>Close LOT</source>
        <translation>Close LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="121"/>
        <source>FAILED WIP or serial</source>
        <translation>FAILED WIP or serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="124"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="125"/>
        <source>Reopen for rework</source>
        <translation>Reopen for rework</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="127"/>
        <source>Scrap</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="150"/>
        <source>New LOT</source>
        <translation>New LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="152"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="153"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="154"/>
        <source>Target quantity</source>
        <translation>Target quantity</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="155"/>
        <source>LOT number</source>
        <translation>LOT number</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="163"/>
        <source>Open LOTs</source>
        <translation>Open LOTs</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="171"/>
        <source>FAILED units</source>
        <translation>FAILED units</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="vanished">Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="222"/>
        <source>LOT %1 created.</source>
        <translation>LOT %1 created.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="241"/>
        <source>LOT label sent to the printer.</source>
        <translation>LOT label sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="250"/>
        <source>LOT %1 is now %2.</source>
        <translation>LOT %1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="259"/>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="113"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="116"/>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="147"/>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="157"/>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="169"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="173"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="176"/>
        <source>REWORK</source>
        <translation>REWORK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="257"/>
        <source>Verdict: PASS</source>
        <translation>Verdict: PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="260"/>
        <source>Verdict: FAIL</source>
        <translation>Verdict: FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="261"/>
        <source>Verdict: FAIL — choose a defect code</source>
        <translation>Verdict: FAIL — choose a defect code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="264"/>
        <source>Enter every measurement</source>
        <translation>Enter every measurement</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="114"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="114"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="114"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="114"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="115"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="115"/>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="115"/>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="vanished">Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="137"/>
        <source>Not a NeuroHub barcode: %1</source>
        <translation>Not a NeuroHub barcode: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="151"/>
        <source>%1 is still in progress here: record or cancel it first.</source>
        <translation>%1 is still in progress here: record or cancel it first.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="193"/>
        <source>%1 started: %2</source>
        <translation>%1 started: %2</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="198"/>
        <source>%1 issued: mark it, then scan the mark.</source>
        <translation>%1 issued: mark it, then scan the mark.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="204"/>
        <source>%1 became serial %2. Scan the printed label.</source>
        <translation>%1 became serial %2. Scan the printed label.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="231"/>
        <source>%1 stays open; scan it again to continue.</source>
        <translation>%1 stays open; scan it again to continue.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="236"/>
        <source>%1: step cancelled, nothing recorded.</source>
        <translation>%1: step cancelled, nothing recorded.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="254"/>
        <source>Choose a reason for the reprint.</source>
        <translation>Choose a reason for the reprint.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="266"/>
        <source>Label sent to %1.</source>
        <translation>Label sent to %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="284"/>
        <source>Scan a unit and start the step first.</source>
        <translation>Scan a unit and start the step first.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="309"/>
        <source>%1: %2 recorded at %3.</source>
        <translation>%1: %2 recorded at %3.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="333"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="334"/>
        <source>Print label</source>
        <translation>Print label</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="345"/>
        <source>Elapsed %1</source>
        <translation>Elapsed %1</translation>
    </message>
</context>
<context>
    <name>StationPages</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="14"/>
        <source>No process is configured for this PC: ask a manager to run the station setup.</source>
        <translation>No process is configured for this PC: ask a manager to run the station setup.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="32"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="34"/>
        <source>LOTs</source>
        <translation>LOTs</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="56"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="59"/>
        <source>Cancel step</source>
        <translation>Cancel step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="61"/>
        <source>Print label</source>
        <translation>Print label</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="63"/>
        <source>Mark unreadable (FAIL)</source>
        <translation>Mark unreadable (FAIL)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="69"/>
        <source>Label damaged</source>
        <translation>Label damaged</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="69"/>
        <source>Printer jam</source>
        <translation>Printer jam</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="70"/>
        <source>Print unreadable</source>
        <translation>Print unreadable</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="70"/>
        <source>Label lost</source>
        <translation>Label lost</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="71"/>
        <source>Reprint reason</source>
        <translation>Reprint reason</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="162"/>
        <source>Scan a unit</source>
        <translation>Scan a unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="169"/>
        <source>LOT %1 · model %2 (%3)</source>
        <translation>LOT %1 · model %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="175"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="177"/>
        <source>in progress at %1</source>
        <translation>in progress at %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="179"/>
        <source>failed/rework results: %1</source>
        <translation>failed/rework results: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="182"/>
        <source>labels printed: %1</source>
        <translation>labels printed: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="168"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="169"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="170"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="171"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="172"/>
        <source>Converted to a serial</source>
        <translation>Converted to a serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="173"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="174"/>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="175"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
</TS>

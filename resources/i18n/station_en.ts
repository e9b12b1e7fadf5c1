<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoolChoice</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="52"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="53"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
</context>
<context>
    <name>CountersStrip</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="87"/>
        <source>Started today: %1</source>
        <translation>Started today: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="88"/>
        <source>PASS: %1</source>
        <translation>PASS: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="89"/>
        <source>FAIL: %1</source>
        <translation>FAIL: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="90"/>
        <source>REWORK: %1</source>
        <translation>REWORK: %1</translation>
    </message>
</context>
<context>
    <name>EquipmentNotice</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="27"/>
        <source>is not registered</source>
        <translation>is not registered</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="30"/>
        <source>is deactivated</source>
        <translation>is deactivated</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="31"/>
        <source>is under maintenance</source>
        <translation>is under maintenance</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="34"/>
        <source>is out of service</source>
        <translation>is out of service</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="37"/>
        <source>is retired</source>
        <translation>is retired</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="38"/>
        <source>is past its calibration date</source>
        <translation>is past its calibration date</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="60"/>
        <source>Manager override…</source>
        <translation>Manager override…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="76"/>
        <source>Equipment %1 %2.</source>
        <translation>Equipment %1 %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="81"/>
        <source>Calibration due: %1.</source>
        <translation>Calibration due: %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="87"/>
        <source>PASS allowed until %1 by the signed override of %2 (%3): %4</source>
        <translation>PASS allowed until %1 by the signed override of %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="95"/>
        <source>A PASS cannot be recorded here until the equipment is fixed or a manager signs an override.</source>
        <translation>A PASS cannot be recorded here until the equipment is fixed or a manager signs an override.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="99"/>
        <source>Tell the line&apos;s administrator.</source>
        <translation>Tell the line&apos;s administrator.</translation>
    </message>
</context>
<context>
    <name>FailedUnitsModel</name>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unit</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation type="vanished">Failed at</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="vanished">Failure</translation>
    </message>
    <message>
        <source>Reworks</source>
        <translation type="vanished">Reworks</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/label_preview.py" line="139"/>
        <source>Preview of the label (not the printout)</source>
        <translation>Preview of the label (not the printout)</translation>
    </message>
</context>
<context>
    <name>LotScans</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="36"/>
        <source>Not a NeuroHub barcode: %1</source>
        <translation>Not a NeuroHub barcode: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="51"/>
        <source>%1 is a process barcode: scan a LOT label, a WIP or a serial here.</source>
        <translation>%1 is a process barcode: scan a LOT label, a WIP or a serial here.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="61"/>
        <source>%1 is not a known WIP or serial.</source>
        <translation>%1 is not a known WIP or serial.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="86"/>
        <source>LOT %1 is closed: closed LOTs are not listed here.</source>
        <translation>LOT %1 is closed: closed LOTs are not listed here.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="97"/>
        <source>LOT %1 selected.</source>
        <translation>LOT %1 selected.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="104"/>
        <source>%1 selected (FAILED at %2): reopen or scrap it.</source>
        <translation>%1 selected (FAILED at %2): reopen or scrap it.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="111"/>
        <source>LOT %1 selected. %2 is %3: only a FAILED unit is reopened or scrapped.</source>
        <translation>LOT %1 selected. %2 is %3: only a FAILED unit is reopened or scrapped.</translation>
    </message>
</context>
<context>
    <name>LotsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="70"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="71"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="72"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="73"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="75"/>
        <source>WIPs</source>
        <translation>WIPs</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="76"/>
        <source>Serials</source>
        <translation>Serials</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="77"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="107"/>
        <source>D (day)</source>
        <translation>D (day)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="108"/>
        <source>N (night)</source>
        <translation>N (night)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="116"/>
        <source>Create LOT</source>
        <translation>Create LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="119"/>
        <source>Print LOT label</source>
        <translation>Print LOT label</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="129"/>
        <source>Complete LOT</source>
        <translation>Complete LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="131"/>
        <source>Close LOT</source>
        <translation>Close LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="133"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="135"/>
        <source>Read the open LOTs again (F5)</source>
        <translation>Read the open LOTs again (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="140"/>
        <source>FAILED WIP or serial</source>
        <translation>FAILED WIP or serial</translation>
    </message>
    <message>
        <source>Not a NeuroHub barcode: %1</source>
        <translation type="vanished">Not a NeuroHub barcode: %1</translation>
    </message>
    <message>
        <source>%1 is a process barcode: scan a LOT label, a WIP or a serial here.</source>
        <translation type="vanished">%1 is a process barcode: scan a LOT label, a WIP or a serial here.</translation>
    </message>
    <message>
        <source>%1 is not a known WIP or serial.</source>
        <translation type="vanished">%1 is not a known WIP or serial.</translation>
    </message>
    <message>
        <source>LOT %1 is closed: closed LOTs are not listed here.</source>
        <translation type="vanished">LOT %1 is closed: closed LOTs are not listed here.</translation>
    </message>
    <message>
        <source>LOT %1 selected.</source>
        <translation type="vanished">LOT %1 selected.</translation>
    </message>
    <message>
        <source>%1 selected (FAILED at %2): reopen or scrap it.</source>
        <translation type="vanished">%1 selected (FAILED at %2): reopen or scrap it.</translation>
    </message>
    <message>
        <source>LOT %1 selected. %2 is %3: only a FAILED unit is reopened or scrapped.</source>
        <translation type="vanished">LOT %1 selected. %2 is %3: only a FAILED unit is reopened or scrapped.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="vanished">Reason (required)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="141"/>
        <source>Reopen for rework</source>
        <translation>Reopen for rework</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="143"/>
        <source>Scrap</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="176"/>
        <source>New LOT</source>
        <extracomment>a scan waiting for the list: (LOT number, the unit found or None for a LOT scan)</extracomment>
        <translation>New LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="178"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="179"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="180"/>
        <source>Target quantity</source>
        <translation>Target quantity</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="181"/>
        <source>LOT number</source>
        <translation>LOT number</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="189"/>
        <source>Open LOTs</source>
        <translation>Open LOTs</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="199"/>
        <source>FAILED units</source>
        <translation>FAILED units</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="vanished">Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="301"/>
        <source>LOT %1 created.</source>
        <translation>LOT %1 created.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="321"/>
        <source>LOT label sent to the printer.</source>
        <translation>LOT label sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="351"/>
        <source>LOT %1 is now %2.</source>
        <translation>LOT %1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="362"/>
        <source>Scan or type the FAILED unit first.</source>
        <translation>Scan or type the FAILED unit first.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="378"/>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="129"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="132"/>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="170"/>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="180"/>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="192"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="196"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="199"/>
        <source>REWORK</source>
        <translation>REWORK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="345"/>
        <source>Verdict: PASS</source>
        <translation>Verdict: PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="349"/>
        <source>Verdict: FAIL</source>
        <translation>Verdict: FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="351"/>
        <source>Verdict: FAIL — choose a defect code</source>
        <translation>Verdict: FAIL — choose a defect code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="358"/>
        <source>Enter every measurement</source>
        <translation>Enter every measurement</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="126"/>
        <source>Manager override</source>
        <translation>Manager override</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="114"/>
        <source>Equipment %1 %2. A manager signs that this station may record PASS results with it for the next 8 hours. The signature (who, when, why) is kept in the audit trail.</source>
        <translation>Equipment %1 %2. A manager signs that this station may record PASS results with it for the next 8 hours. The signature (who, when, why) is kept in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="132"/>
        <source>e.g. checked against the reference sample</source>
        <translation>e.g. checked against the reference sample</translation>
    </message>
    <message>
        <source>Manager login ID</source>
        <translation type="vanished">Manager login ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Password</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Reason</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="vanished">Sign</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s login ID and password.</source>
        <translation type="vanished">Enter the manager&apos;s login ID and password.</translation>
    </message>
    <message>
        <source>Enter the reason for the override.</source>
        <translation type="vanished">Enter the reason for the override.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="vanished">Checking…</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="127"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="128"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="129"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="130"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="131"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="132"/>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="133"/>
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
        <location filename="../../neurohub_desktop/ui/station/page.py" line="222"/>
        <source>The tester connection could not start: %1</source>
        <extracomment>changes to what a station judges with (its process&apos;s criteria, the active firmware, its equipment and the overrides signed for it) the idempotency keys of this page&apos;s records (the operations layer owns them)</extracomment>
        <translation>The tester connection could not start: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="257"/>
        <source>Override signed by %1 (%2).</source>
        <translation>Override signed by %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="297"/>
        <source>Not a NeuroHub barcode: %1</source>
        <translation>Not a NeuroHub barcode: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="330"/>
        <source>%1 is still in progress here: record or cancel it first.</source>
        <translation>%1 is still in progress here: record or cancel it first.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="348"/>
        <source>Scanned into %1: %2</source>
        <translation>Scanned into %1: %2</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="395"/>
        <source>%1 started: %2</source>
        <translation>%1 started: %2</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="404"/>
        <source>%1 issued: mark it, then scan the mark.</source>
        <translation>%1 issued: mark it, then scan the mark.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="411"/>
        <source>%1 became serial %2. Scan the printed label.</source>
        <translation>%1 became serial %2. Scan the printed label.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="440"/>
        <source>%1 stays open; scan it again to continue.</source>
        <translation>%1 stays open; scan it again to continue.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="447"/>
        <source>%1: step cancelled, nothing recorded.</source>
        <translation>%1: step cancelled, nothing recorded.</translation>
    </message>
    <message>
        <source>Choose a reason for the reprint.</source>
        <translation type="vanished">Choose a reason for the reprint.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="468"/>
        <source>Enter a reason for the reprint.</source>
        <translation>Enter a reason for the reprint.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="490"/>
        <source>Label sent to %1.</source>
        <translation>Label sent to %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="507"/>
        <source>Next: mark %1, then scan the mark.</source>
        <translation>Next: mark %1, then scan the mark.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="509"/>
        <source>Next: stick the label on %1 and scan it back.</source>
        <translation>Next: stick the label on %1 and scan it back.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="533"/>
        <source>Scan a unit and start the step first.</source>
        <translation>Scan a unit and start the step first.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="571"/>
        <source>%1: %2 recorded at %3.</source>
        <translation>%1: %2 recorded at %3.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="602"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="602"/>
        <source>Print label</source>
        <translation>Print label</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="615"/>
        <source>Elapsed %1</source>
        <translation>Elapsed %1</translation>
    </message>
</context>
<context>
    <name>StationPages</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="17"/>
        <source>No process is configured for this PC: ask a manager to run the station setup.</source>
        <translation>No process is configured for this PC: ask a manager to run the station setup.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="41"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="46"/>
        <source>LOTs</source>
        <translation>LOTs</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="73"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="76"/>
        <source>Cancel step</source>
        <translation>Cancel step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="78"/>
        <source>Print label</source>
        <translation>Print label</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="80"/>
        <source>Mark unreadable (FAIL)</source>
        <translation>Mark unreadable (FAIL)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="89"/>
        <source>Label damaged</source>
        <translation>Label damaged</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="90"/>
        <source>Printer jam</source>
        <translation>Printer jam</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="91"/>
        <source>Print unreadable</source>
        <translation>Print unreadable</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="92"/>
        <source>Label lost</source>
        <translation>Label lost</translation>
    </message>
    <message>
        <source>Reprint reason</source>
        <translation type="vanished">Reprint reason</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="204"/>
        <source>Scan a unit</source>
        <translation>Scan a unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="212"/>
        <source>LOT %1 · model %2 (%3)</source>
        <translation>LOT %1 · model %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="219"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="221"/>
        <source>in progress at %1</source>
        <translation>in progress at %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="224"/>
        <source>failed/rework results: %1</source>
        <translation>failed/rework results: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="227"/>
        <source>labels printed: %1</source>
        <translation>labels printed: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="38"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="95"/>
        <source>Enter a reprint reason</source>
        <translation>Enter a reprint reason</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="39"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="40"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="41"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="42"/>
        <source>Converted to a serial</source>
        <translation>Converted to a serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="43"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="44"/>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="45"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>WorkQueueModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="31"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="33"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="35"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="70"/>
        <source>Waiting unit</source>
        <translation>Waiting unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="70"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="70"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
</TS>

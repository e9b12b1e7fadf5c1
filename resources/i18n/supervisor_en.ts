<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="35"/>
        <source>All tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="37"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="40"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="42"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="50"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="99"/>
        <source>Choose the table of the record.</source>
        <translation>Choose the table of the record.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="114"/>
        <source>{0} entries (newest first, at most {1})</source>
        <translation>{0} entries (newest first, at most {1})</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="67"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="68"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="69"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="71"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="122"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="76"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="79"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="85"/>
        <source>WIP</source>
        <translation>WIP</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="90"/>
        <source>Serials</source>
        <translation>Serials</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="96"/>
        <source>Oldest unfinished</source>
        <translation>Oldest unfinished</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="102"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="119"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="120"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="127"/>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="131"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="133"/>
        <source>Last result</source>
        <translation>Last result</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="139"/>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="174"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="223"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="271"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="325"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="179"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="228"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="181"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="230"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="182"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="231"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="183"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="232"/>
        <source>REWORK</source>
        <translation>REWORK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="184"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="193"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="199"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="277"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="233"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="235"/>
        <source>First-pass yield</source>
        <translation>First-pass yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="241"/>
        <source>Mean time</source>
        <translation>Mean time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="247"/>
        <source>Planned time</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="253"/>
        <source>Actual/plan</source>
        <translation>Actual/plan</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="269"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="272"/>
        <source>Defect code</source>
        <translation>Defect code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="274"/>
        <source>Defect</source>
        <translation>Defect</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="279"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="285"/>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="329"/>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="331"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="341"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="346"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="351"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="357"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="361"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="419"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="363"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="372"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="377"/>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="399"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="403"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="404"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="406"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="411"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="421"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="426"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="52"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="53"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="82"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="83"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="99"/>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="115"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="115"/>
        <source>The file could not be written: {0}</source>
        <translation>The file could not be written: {0}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="123"/>
        <source>{0} rows written to {1}</source>
        <translation>{0} rows written to {1}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="125"/>
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
</context>
<context>
    <name>LotBoardPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="54"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="55"/>
        <source>Open (created, in progress)</source>
        <translation>Open (created, in progress)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="60"/>
        <source>Search LOT number</source>
        <translation>Search LOT number</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="62"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="80"/>
        <source>LOT board</source>
        <translation>LOT board</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="87"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="276"/>
        <source>Complete LOT</source>
        <translation>Complete LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="89"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="276"/>
        <source>Close LOT</source>
        <translation>Close LOT</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="187"/>
        <source>%n LOT(s)</source>
        <translation>
            <numerusform>%n LOT</numerusform>
            <numerusform>%n LOTs</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} LOTs</source>
        <translation type="vanished">{0} LOTs</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="264"/>
        <source>Warning: {0} units are unfinished (in progress, waiting or failed) and {1} of {2} are finished. The LOT cannot be {3} until each is finished, reopened or scrapped.</source>
        <translation>Warning: {0} units are unfinished (in progress, waiting or failed) and {1} of {2} are finished. The LOT cannot be {3} until each is finished, reopened or scrapped.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Reason</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="vanished">Complete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Close</translation>
    </message>
    <message>
        <source>{0} LOT {1}?</source>
        <translation type="vanished">{0} LOT {1}?</translation>
    </message>
    <message>
        <source>Warning: {0} units are unfinished (in progress or failed) and {1} of {2} are finished. They cannot continue once the LOT is {3}.</source>
        <translation type="vanished">Warning: {0} units are unfinished (in progress or failed) and {1} of {2} are finished. They cannot continue once the LOT is {3}.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="292"/>
        <source>LOT {0} is now {1}.</source>
        <translation>LOT {0} is now {1}.</translation>
    </message>
</context>
<context>
    <name>LotDetailWidget</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="62"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="110"/>
        <source>Select a LOT</source>
        <translation>Select a LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="73"/>
        <source>LOT units</source>
        <translation>LOT units</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="122"/>
        <source>{0}  ·  {1}  ·  {2} finished of {3} ({4})  ·  since {5}</source>
        <translation>{0}  ·  {1}  ·  {2} finished of {3} ({4})  ·  since {5}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="146"/>
        <source>Could not load the LOT.</source>
        <translation>Could not load the LOT.</translation>
    </message>
    <message>
        <source>Could not load the LOT: {0}</source>
        <translation type="vanished">Could not load the LOT: {0}</translation>
    </message>
</context>
<context>
    <name>ParetoPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="198"/>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="207"/>
        <source>Defect Pareto</source>
        <translation>Defect Pareto</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="233"/>
        <source>{0} defects</source>
        <translation>{0} defects</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="97"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="108"/>
        <source>All models</source>
        <translation>All models</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="118"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="56"/>
        <source>LOT board</source>
        <translation>LOT board</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="62"/>
        <source>WIP and yield</source>
        <translation>WIP and yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="68"/>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="142"/>
        <source>Defect Pareto</source>
        <translation>Defect Pareto</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="74"/>
        <source>Traceability</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="80"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="77"/>
        <source>Results per step</source>
        <translation>Results per step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="102"/>
        <source>First-pass yield per step (RTY {0})</source>
        <translation>First-pass yield per step (RTY {0})</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="107"/>
        <source>First-pass yield</source>
        <translation>First-pass yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="124"/>
        <source>WIP by status</source>
        <translation>WIP by status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="126"/>
        <source>Serials by status</source>
        <translation>Serials by status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="144"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="150"/>
        <source>Cumulative %</source>
        <translation>Cumulative %</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="28"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="29"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="336"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="30"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="31"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="32"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="33"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="34"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="35"/>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="36"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="37"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="38"/>
        <source>REWORK</source>
        <translation>REWORK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="39"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="40"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="41"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="42"/>
        <source>Scan or type a LOT, WIP or serial ID</source>
        <translation>Scan or type a LOT, WIP or serial ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="43"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="48"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="49"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="50"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="52"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="53"/>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="54"/>
        <source>Component lots (PROC-002)</source>
        <translation>Component lots (PROC-002)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="55"/>
        <source>Firmware (PROC-004)</source>
        <translation>Firmware (PROC-004)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="76"/>
        <source>Traceability</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="167"/>
        <source>Rework approved</source>
        <translation>Rework approved</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="169"/>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="172"/>
        <source>%1 %2, signed by %3 (%4): %5</source>
        <translation>%1 %2, signed by %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>YieldPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="144"/>
        <source>Yield per step</source>
        <translation>Yield per step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="178"/>
        <source>Units: {0}  ·  Rolled-throughput yield: {1}  ·  Rework rate: {2} ({3} units)</source>
        <translation>Units: {0}  ·  Rolled-throughput yield: {1}  ·  Rework rate: {2} ({3} units)</translation>
    </message>
</context>
<context>
    <name>_ScopedPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="48"/>
        <source>LOT number (optional)</source>
        <translation>LOT number (optional)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="49"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
</TS>

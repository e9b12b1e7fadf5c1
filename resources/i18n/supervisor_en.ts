<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="34"/>
        <source>All tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="36"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="39"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="41"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="47"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="89"/>
        <source>Choose the table of the record.</source>
        <translation>Choose the table of the record.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="98"/>
        <source>{0} entries (newest first, at most {1})</source>
        <translation>{0} entries (newest first, at most {1})</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="61"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="62"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="63"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="64"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="97"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="66"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="68"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="71"/>
        <source>WIP</source>
        <translation>WIP</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="74"/>
        <source>Serials</source>
        <translation>Serials</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="78"/>
        <source>Oldest unfinished</source>
        <translation>Oldest unfinished</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="80"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="95"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="96"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="99"/>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="101"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="102"/>
        <source>Last result</source>
        <translation>Last result</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="106"/>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="130"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="161"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="190"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="222"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="132"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="163"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="133"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="164"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="134"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="165"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="135"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="166"/>
        <source>REWORK</source>
        <translation>REWORK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="136"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="145"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="148"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="194"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="167"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="168"/>
        <source>First-pass yield</source>
        <translation>First-pass yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="170"/>
        <source>Mean time</source>
        <translation>Mean time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="172"/>
        <source>Planned time</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="175"/>
        <source>Actual/plan</source>
        <translation>Actual/plan</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="188"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="191"/>
        <source>Defect code</source>
        <translation>Defect code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="192"/>
        <source>Defect</source>
        <translation>Defect</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="195"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="197"/>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="224"/>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="225"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="229"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="231"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="233"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="235"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="237"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="264"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="238"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="241"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="243"/>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="255"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="257"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="258"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="259"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="261"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="265"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="42"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="43"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="69"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="70"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="81"/>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="96"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="97"/>
        <source>The file could not be written: {0}</source>
        <translation>The file could not be written: {0}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="103"/>
        <source>{0} rows written to {1}</source>
        <translation>{0} rows written to {1}</translation>
    </message>
</context>
<context>
    <name>LotBoardPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="52"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="53"/>
        <source>Open (created, in progress)</source>
        <translation>Open (created, in progress)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="58"/>
        <source>Search LOT number</source>
        <translation>Search LOT number</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="60"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="77"/>
        <source>LOT board</source>
        <translation>LOT board</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="83"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="256"/>
        <source>Complete LOT</source>
        <translation>Complete LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="85"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="256"/>
        <source>Close LOT</source>
        <translation>Close LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="168"/>
        <source>{0} LOTs</source>
        <translation>{0} LOTs</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="242"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="242"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="243"/>
        <source>{0} LOT {1}?</source>
        <translation>{0} LOT {1}?</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="246"/>
        <source>Warning: {0} units are unfinished (in progress or failed) and {1} of {2} are finished. They cannot continue once the LOT is {3}.</source>
        <translation>Warning: {0} units are unfinished (in progress or failed) and {1} of {2} are finished. They cannot continue once the LOT is {3}.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="265"/>
        <source>LOT {0} is now {1}.</source>
        <translation>LOT {0} is now {1}.</translation>
    </message>
</context>
<context>
    <name>LotDetailWidget</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="60"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="103"/>
        <source>Select a LOT</source>
        <translation>Select a LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="71"/>
        <source>LOT units</source>
        <translation>LOT units</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="114"/>
        <source>{0}  ·  {1}  ·  {2} finished of {3} ({4})  ·  since {5}</source>
        <translation>{0}  ·  {1}  ·  {2} finished of {3} ({4})  ·  since {5}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="128"/>
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
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="173"/>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="182"/>
        <source>Defect Pareto</source>
        <translation>Defect Pareto</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="207"/>
        <source>{0} defects</source>
        <translation>{0} defects</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="88"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="99"/>
        <source>All models</source>
        <translation>All models</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="109"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="54"/>
        <source>LOT board</source>
        <translation>LOT board</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="57"/>
        <source>WIP and yield</source>
        <translation>WIP and yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="60"/>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="125"/>
        <source>Defect Pareto</source>
        <translation>Defect Pareto</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="63"/>
        <source>Traceability</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="66"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="69"/>
        <source>Results per step</source>
        <translation>Results per step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="87"/>
        <source>First-pass yield per step (RTY {0})</source>
        <translation>First-pass yield per step (RTY {0})</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="90"/>
        <source>First-pass yield</source>
        <translation>First-pass yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="107"/>
        <source>WIP by status</source>
        <translation>WIP by status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="109"/>
        <source>Serials by status</source>
        <translation>Serials by status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="127"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="133"/>
        <source>Cumulative %</source>
        <translation>Cumulative %</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="24"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="25"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="227"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="26"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="27"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="28"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="29"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="30"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="31"/>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="32"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="33"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="34"/>
        <source>REWORK</source>
        <translation>REWORK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="35"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="36"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="37"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="31"/>
        <source>Scan or type a LOT, WIP or serial ID</source>
        <translation>Scan or type a LOT, WIP or serial ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="32"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="36"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="36"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="37"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="38"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="38"/>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="39"/>
        <source>Component lots (PROC-002)</source>
        <translation>Component lots (PROC-002)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="40"/>
        <source>Firmware (PROC-004)</source>
        <translation>Firmware (PROC-004)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="55"/>
        <source>Traceability</source>
        <translation>Traceability</translation>
    </message>
</context>
<context>
    <name>YieldPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="125"/>
        <source>Yield per step</source>
        <translation>Yield per step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="158"/>
        <source>Units: {0}  ·  Rolled-throughput yield: {1}  ·  Rework rate: {2} ({3} units)</source>
        <translation>Units: {0}  ·  Rolled-throughput yield: {1}  ·  Rework rate: {2} ({3} units)</translation>
    </message>
</context>
<context>
    <name>_ScopedPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="47"/>
        <source>LOT number (optional)</source>
        <translation>LOT number (optional)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="48"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
</TS>

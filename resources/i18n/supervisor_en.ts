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
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="123"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="68"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="89"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="69"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="71"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="127"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="154"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="229"/>
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
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="91"/>
        <source>Serials</source>
        <translation>Serials</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="98"/>
        <source>Oldest unfinished</source>
        <translation>Oldest unfinished</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="104"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="124"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="151"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="125"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="152"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="132"/>
        <source>Where now</source>
        <translation>Where now</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="136"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="159"/>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="36"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="163"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="166"/>
        <source>Last result</source>
        <translation>Last result</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="172"/>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="27"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="208"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="257"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="305"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="359"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="32"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="213"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="262"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="37"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="215"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="264"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="216"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="265"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="217"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="266"/>
        <source>REWORK</source>
        <translation>REWORK</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="218"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="227"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="233"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="311"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="35"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="267"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="39"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="269"/>
        <source>First-pass yield</source>
        <translation>First-pass yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="45"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="275"/>
        <source>Mean time</source>
        <translation>Mean time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="51"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="281"/>
        <source>Planned time</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="57"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="287"/>
        <source>Actual/plan</source>
        <translation>Actual/plan</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="71"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="85"/>
        <source>Shift date</source>
        <translation>Shift date</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="303"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="306"/>
        <source>Defect code</source>
        <translation>Defect code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="308"/>
        <source>Defect</source>
        <translation>Defect</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="313"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="319"/>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="363"/>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="138"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="365"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="164"/>
        <source>Reworks</source>
        <translation>Reworks</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="177"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="375"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="380"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="385"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="72"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="391"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="395"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="455"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="397"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="406"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="411"/>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="435"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="439"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="440"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="442"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="447"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="457"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="462"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="65"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="66"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="100"/>
        <source>Export CSV</source>
        <extracomment>rows of what the page shows beside the table (totals, RTY …), exported after it rows of what the table is about (the traced unit …), exported before it</extracomment>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="101"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="118"/>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="136"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="136"/>
        <source>The file could not be written: {0}</source>
        <translation>The file could not be written: {0}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="144"/>
        <source>{0} rows written to {1}</source>
        <translation>{0} rows written to {1}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="146"/>
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
</context>
<context>
    <name>LotBoardPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="55"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="56"/>
        <source>Open (created, in progress)</source>
        <translation>Open (created, in progress)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="61"/>
        <source>Search LOT number</source>
        <translation>Search LOT number</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="63"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="81"/>
        <source>LOT board</source>
        <translation>LOT board</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="88"/>
        <source>Complete LOT</source>
        <translation>Complete LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="90"/>
        <source>Close LOT</source>
        <translation>Close LOT</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="188"/>
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
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="265"/>
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
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="288"/>
        <source>LOT {0} is now {1}.</source>
        <translation>LOT {0} is now {1}.</translation>
    </message>
</context>
<context>
    <name>LotDetailWidget</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="86"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="165"/>
        <source>Select a LOT</source>
        <translation>Select a LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="100"/>
        <source>LOT units</source>
        <translation>LOT units</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="108"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="253"/>
        <source>FAILED units</source>
        <translation>FAILED units</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="180"/>
        <source>{0}  ·  {1}  ·  {2} finished of {3} ({4})  ·  since {5}</source>
        <translation>{0}  ·  {1}  ·  {2} finished of {3} ({4})  ·  since {5}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="190"/>
        <source>LOT {0}</source>
        <translation>LOT {0}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="211"/>
        <source>Rolled-throughput yield: {0}  ·  Rework rate: {1} ({2} units reworked)</source>
        <translation>Rolled-throughput yield: {0}  ·  Rework rate: {1} ({2} units reworked)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="222"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="223"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="224"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="225"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="226"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="227"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="228"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="233"/>
        <source>Rolled-throughput yield</source>
        <translation>Rolled-throughput yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="234"/>
        <source>Rework rate</source>
        <translation>Rework rate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="235"/>
        <source>Units reworked</source>
        <translation>Units reworked</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="288"/>
        <source>{0} is now {1}.</source>
        <translation>{0} is now {1}.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="306"/>
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
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="266"/>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="275"/>
        <source>Defect Pareto</source>
        <translation>Defect Pareto</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="305"/>
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
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="146"/>
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
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="81"/>
        <source>Results per step</source>
        <translation>Results per step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="106"/>
        <source>First-pass yield per step (RTY {0})</source>
        <translation>First-pass yield per step (RTY {0})</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="111"/>
        <source>First-pass yield</source>
        <translation>First-pass yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="128"/>
        <source>WIP by status</source>
        <translation>WIP by status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="130"/>
        <source>Serials by status</source>
        <translation>Serials by status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="148"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="154"/>
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
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="370"/>
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
        <source>Scan or type a LOT, WIP or serial ID</source>
        <translation type="vanished">Scan or type a LOT, WIP or serial ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="44"/>
        <source>Scan or type a LOT, WIP or serial ID, a component lot or a firmware version</source>
        <translation>Scan or type a LOT, WIP or serial ID, a component lot or a firmware version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="46"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="51"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="52"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="53"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="55"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="56"/>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="57"/>
        <source>Component lots (PROC-002)</source>
        <translation>Component lots (PROC-002)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="58"/>
        <source>Firmware (PROC-004)</source>
        <translation>Firmware (PROC-004)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="84"/>
        <source>Traceability</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="190"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="191"/>
        <source>LOT status</source>
        <translation>LOT status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="205"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="223"/>
        <source>%1: used by %2 unit(s).</source>
        <translation>%1: used by %2 unit(s).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="235"/>
        <source>Rework approved</source>
        <translation>Rework approved</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="237"/>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="240"/>
        <source>%1 %2, signed by %3 (%4): %5</source>
        <translation>%1 %2, signed by %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>YieldPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="153"/>
        <source>Yield per step</source>
        <translation>Yield per step</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="157"/>
        <source>Output per operator</source>
        <translation>Output per operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="161"/>
        <source>Output per shift</source>
        <translation>Output per shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="165"/>
        <source>Per operator</source>
        <translation>Per operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="166"/>
        <source>Per shift</source>
        <translation>Per shift</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="215"/>
        <source>Units: {0}  ·  Rolled-throughput yield: {1}  ·  Rework rate: {2} ({3} units)</source>
        <translation>Units: {0}  ·  Rolled-throughput yield: {1}  ·  Rework rate: {2} ({3} units)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="237"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="238"/>
        <source>Rolled-throughput yield</source>
        <translation>Rolled-throughput yield</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="239"/>
        <source>Rework rate</source>
        <translation>Rework rate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="240"/>
        <source>Units reworked</source>
        <translation>Units reworked</translation>
    </message>
</context>
<context>
    <name>_ScopedPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="53"/>
        <source>LOT number (optional)</source>
        <translation>LOT number (optional)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="54"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
</TS>

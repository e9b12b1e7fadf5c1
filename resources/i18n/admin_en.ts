<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="36"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="40"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="46"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="31"/>
        <source>Administrator (ADMIN)</source>
        <translation>Administrator (ADMIN)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="32"/>
        <source>Manager (MANAGER)</source>
        <translation>Manager (MANAGER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="33"/>
        <source>Worker (WORKER)</source>
        <translation>Worker (WORKER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="34"/>
        <source>Viewer (VIEWER)</source>
        <translation>Viewer (VIEWER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="28"/>
        <source>Available (AVAILABLE)</source>
        <translation>Available (AVAILABLE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="29"/>
        <source>In use (IN_USE)</source>
        <translation>In use (IN_USE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="30"/>
        <source>Maintenance (MAINTENANCE)</source>
        <translation>Maintenance (MAINTENANCE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="31"/>
        <source>Out of service (OUT_OF_SERVICE)</source>
        <translation>Out of service (OUT_OF_SERVICE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="32"/>
        <source>Retired (RETIRED)</source>
        <translation>Retired (RETIRED)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="39"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="209"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="210"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="211"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="212"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="213"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="214"/>
        <source>Calibration due</source>
        <translation>Calibration due</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="215"/>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="227"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="244"/>
        <source>Calibration overdue</source>
        <translation>Calibration overdue</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="87"/>
        <source>(not assigned: shared)</source>
        <translation>(not assigned: shared)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="111"/>
        <source>%n piece(s) of equipment</source>
        <translation>
            <numerusform>%n piece of equipment</numerusform>
            <numerusform>%n pieces of equipment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="139"/>
        <source>Select equipment in the list.</source>
        <translation>Select equipment in the list.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="144"/>
        <source>offered in station setup</source>
        <translation>offered in station setup</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="146"/>
        <source>not offered in station setup</source>
        <translation>not offered in station setup</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="148"/>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="189"/>
        <source>Equipment %1 added.</source>
        <translation>Equipment %1 added.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="218"/>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nothing to save: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="228"/>
        <source>Equipment %1 saved.</source>
        <translation>Equipment %1 saved.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="239"/>
        <source>Nothing to change: the status is already %1.</source>
        <translation>Nothing to change: the status is already %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="246"/>
        <source>Equipment %1: status %2.</source>
        <translation>Equipment %1: status %2.</translation>
    </message>
</context>
<context>
    <name>EquipmentView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="88"/>
        <source>All processes</source>
        <translation>All processes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="91"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="92"/>
        <source>Reload the list (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="108"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="144"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="109"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="112"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="115"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="116"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="150"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="117"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="151"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="118"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="153"/>
        <source>Calibration due</source>
        <translation>Calibration due</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="119"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="154"/>
        <source>Calibration interval</source>
        <translation>Calibration interval</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="124"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="126"/>
        <source>Selected equipment</source>
        <translation>Selected equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="135"/>
        <source>e.g. EQ-T01 (letters, digits, . _ -)</source>
        <translation>e.g. EQ-T01 (letters, digits, . _ -)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="138"/>
        <source>Shown in station setup and reports</source>
        <translation>Shown in station setup and reports</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="141"/>
        <source>e.g. TESTER</source>
        <translation>e.g. TESTER</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="145"/>
        <source>Add equipment</source>
        <translation>Add equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="148"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="156"/>
        <source>New equipment</source>
        <translation>New equipment</translation>
    </message>
</context>
<context>
    <name>FirmwareModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="129"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="130"/>
        <source>MCU</source>
        <translation>MCU</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="131"/>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="142"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="132"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="133"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="134"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="135"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="105"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="133"/>
        <source>Select a version in the list.</source>
        <translation>Select a version in the list.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="135"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="135"/>
        <source>not active</source>
        <translation>not active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="160"/>
        <source>Select a version to list the units flashed with it.</source>
        <translation>Select a version to list the units flashed with it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="169"/>
        <source>%n unit record(s) at PROC-004 with %1</source>
        <translation>
            <numerusform>%n unit record at PROC-004 with %1</numerusform>
            <numerusform>%n unit records at PROC-004 with %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="183"/>
        <source>Firmware file</source>
        <translation>Firmware file</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="185"/>
        <source>Firmware (*.bin *.hex *.elf *.srec);;All files (*)</source>
        <translation>Firmware (*.bin *.hex *.elf *.srec);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="236"/>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="237"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="269"/>
        <source>Choose the firmware file first.</source>
        <translation>Choose the firmware file first.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="281"/>
        <source>Firmware %1 registered and active (%2, MD5 %3).</source>
        <translation>Firmware %1 registered and active (%2, MD5 %3).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="283"/>
        <source>Firmware %1 registered, not active yet (%2, MD5 %3).</source>
        <translation>Firmware %1 registered, not active yet (%2, MD5 %3).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="311"/>
        <source>Firmware %1 is now the active version of %2.</source>
        <translation>Firmware %1 is now the active version of %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="328"/>
        <source>Firmware %1 retired: PROC-004 no longer accepts it.</source>
        <translation>Firmware %1 retired: PROC-004 no longer accepts it.</translation>
    </message>
</context>
<context>
    <name>FirmwareUsesModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="176"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="177"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="178"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="179"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="180"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>FirmwareView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="78"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="79"/>
        <source>Reload the list (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="92"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="95"/>
        <source>Make it the one active version of its MCU (the one active now is retired).</source>
        <translation>Make it the one active version of its MCU (the one active now is retired).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="97"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="105"/>
        <source>Selected version</source>
        <translation>Selected version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="111"/>
        <source>The firmware file</source>
        <translation>The firmware file</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="112"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="117"/>
        <source>e.g. v1.2.3</source>
        <translation>e.g. v1.2.3</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="120"/>
        <source>e.g. STM32F4</source>
        <translation>e.g. STM32F4</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="123"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="124"/>
        <source>Activate now</source>
        <translation>Activate now</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="126"/>
        <source>Register and activate in one step (the MCU&apos;s active version is retired).</source>
        <translation>Register and activate in one step (the MCU&apos;s active version is retired).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="128"/>
        <source>Register version</source>
        <translation>Register version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="134"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="135"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="136"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="137"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="138"/>
        <source>Target MCU</source>
        <translation>Target MCU</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="139"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="142"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="85"/>
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="87"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="88"/>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="117"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="89"/>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="90"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="91"/>
        <source>Password change</source>
        <translation>Password change</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="106"/>
        <source>%n failed login(s) in a row</source>
        <translation>
            <numerusform>%n failed login in a row</numerusform>
            <numerusform>%n failed logins in a row</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="117"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="122"/>
        <source>Due at next login</source>
        <translation>Due at next login</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="121"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="162"/>
        <source>Select a user in the list.</source>
        <translation>Select a user in the list.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="164"/>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="172"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="166"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="166"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="168"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="172"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="221"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="238"/>
        <source>User %1 added: the password must be changed at the first login.</source>
        <translation>User %1 added: the password must be changed at the first login.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="263"/>
        <source>Nothing to save: the name and role are unchanged.</source>
        <translation>Nothing to save: the name and role are unchanged.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="270"/>
        <source>User %1 saved.</source>
        <translation>User %1 saved.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="278"/>
        <source>User %1 deactivated: the login is refused, the records stay.</source>
        <translation>User %1 deactivated: the login is refused, the records stay.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="280"/>
        <source>User %1 reactivated.</source>
        <translation>User %1 reactivated.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="295"/>
        <source>User %1 unlocked.</source>
        <translation>User %1 unlocked.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="307"/>
        <source>Password of %1 reset: it must be changed at the next login.</source>
        <translation>Password of %1 reset: it must be changed at the next login.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="81"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="83"/>
        <source>Active and inactive</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="84"/>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="85"/>
        <source>Inactive only</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="86"/>
        <source>Locked only</source>
        <translation>Locked only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="88"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="89"/>
        <source>Reload the list (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="115"/>
        <source>Save name and role</source>
        <translation>Save name and role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="117"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="118"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="119"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="153"/>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="120"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="154"/>
        <source>The same again</source>
        <translation>The same again</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="122"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="126"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="127"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="165"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="136"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="137"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="167"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="139"/>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="148"/>
        <source>Letters, digits, . _ -</source>
        <translation>Letters, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="151"/>
        <source>Shown on screens and reports</source>
        <translation>Shown on screens and reports</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="155"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="158"/>
        <source>The new user must change this password at the first login.</source>
        <translation>The new user must change this password at the first login.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="163"/>
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="166"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="170"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
</context>
</TS>

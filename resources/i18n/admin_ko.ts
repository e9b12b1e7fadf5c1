<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="36"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="40"/>
        <source>Firmware</source>
        <translation>펌웨어</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="46"/>
        <source>Equipment</source>
        <translation>설비</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="31"/>
        <source>Administrator (ADMIN)</source>
        <translation>시스템 관리자(ADMIN)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="32"/>
        <source>Manager (MANAGER)</source>
        <translation>관리자(MANAGER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="33"/>
        <source>Worker (WORKER)</source>
        <translation>작업자(WORKER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="34"/>
        <source>Viewer (VIEWER)</source>
        <translation>조회자(VIEWER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="28"/>
        <source>Available (AVAILABLE)</source>
        <translation>사용 가능(AVAILABLE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="29"/>
        <source>In use (IN_USE)</source>
        <translation>사용 중(IN_USE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="30"/>
        <source>Maintenance (MAINTENANCE)</source>
        <translation>점검 중(MAINTENANCE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="31"/>
        <source>Out of service (OUT_OF_SERVICE)</source>
        <translation>사용 중지(OUT_OF_SERVICE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="32"/>
        <source>Retired (RETIRED)</source>
        <translation>폐기(RETIRED)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="39"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="209"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="210"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="211"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="212"/>
        <source>Process</source>
        <translation>공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="213"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="214"/>
        <source>Calibration due</source>
        <translation>교정 예정일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="215"/>
        <source>Interval</source>
        <translation>교정 주기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="227"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="244"/>
        <source>Calibration overdue</source>
        <translation>교정 기한이 지났습니다</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="87"/>
        <source>(not assigned: shared)</source>
        <translation>(지정 안 함: 공용)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="111"/>
        <source>%n piece(s) of equipment</source>
        <translation>
            <numerusform>설비 %n대</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="139"/>
        <source>Select equipment in the list.</source>
        <translation>목록에서 설비를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="144"/>
        <source>offered in station setup</source>
        <translation>스테이션 설정에 표시됨</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="146"/>
        <source>not offered in station setup</source>
        <translation>스테이션 설정에 표시되지 않음</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="148"/>
        <source>not assigned</source>
        <translation>공정 지정 안 함</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="189"/>
        <source>Equipment %1 added.</source>
        <translation>설비 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="218"/>
        <source>Nothing to save: nothing was changed.</source>
        <translation>저장할 내용이 없습니다. 바뀐 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="228"/>
        <source>Equipment %1 saved.</source>
        <translation>설비 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="239"/>
        <source>Nothing to change: the status is already %1.</source>
        <translation>바꿀 내용이 없습니다. 상태가 이미 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="246"/>
        <source>Equipment %1: status %2.</source>
        <translation>설비 %1: 상태를 %2(으)로 바꿨습니다.</translation>
    </message>
</context>
<context>
    <name>EquipmentView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="88"/>
        <source>All processes</source>
        <translation>모든 공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="91"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="92"/>
        <source>Reload the list (F5)</source>
        <translation>목록 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="108"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="144"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="109"/>
        <source>Save changes</source>
        <translation>변경 내용 저장</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="112"/>
        <source>Change status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="115"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="149"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="116"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="150"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="117"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="151"/>
        <source>Process</source>
        <translation>공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="118"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="153"/>
        <source>Calibration due</source>
        <translation>교정 예정일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="119"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="154"/>
        <source>Calibration interval</source>
        <translation>교정 주기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="124"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="152"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="126"/>
        <source>Selected equipment</source>
        <translation>선택한 설비</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="135"/>
        <source>e.g. EQ-T01 (letters, digits, . _ -)</source>
        <translation>예: EQ-T01 (영문자, 숫자, . _ -)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="138"/>
        <source>Shown in station setup and reports</source>
        <translation>스테이션 설정과 보고서에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="141"/>
        <source>e.g. TESTER</source>
        <translation>예: TESTER</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="145"/>
        <source>Add equipment</source>
        <translation>설비 추가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="148"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="156"/>
        <source>New equipment</source>
        <translation>새 설비</translation>
    </message>
</context>
<context>
    <name>FirmwareModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="129"/>
        <source>Version</source>
        <translation>버전</translation>
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
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="132"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="133"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="134"/>
        <source>Released</source>
        <translation>배포일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="135"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="105"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>버전 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="133"/>
        <source>Select a version in the list.</source>
        <translation>목록에서 버전을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="135"/>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="135"/>
        <source>not active</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="160"/>
        <source>Select a version to list the units flashed with it.</source>
        <translation>버전을 선택하면 그 버전을 기록한 제품이 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="169"/>
        <source>%n unit record(s) at PROC-004 with %1</source>
        <translation>
            <numerusform>%1을(를) 기록한 PROC-004 제품 기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="183"/>
        <source>Firmware file</source>
        <translation>펌웨어 파일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="185"/>
        <source>Firmware (*.bin *.hex *.elf *.srec);;All files (*)</source>
        <translation>펌웨어 (*.bin *.hex *.elf *.srec);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="236"/>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="237"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="269"/>
        <source>Choose the firmware file first.</source>
        <translation>먼저 펌웨어 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="281"/>
        <source>Firmware %1 registered and active (%2, MD5 %3).</source>
        <translation>펌웨어 %1을(를) 등록하고 활성화했습니다(%2, MD5 %3).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="283"/>
        <source>Firmware %1 registered, not active yet (%2, MD5 %3).</source>
        <translation>펌웨어 %1을(를) 등록했습니다. 아직 활성화하지 않았습니다(%2, MD5 %3).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="311"/>
        <source>Firmware %1 is now the active version of %2.</source>
        <translation>펌웨어 %1이(가) 이제 %2의 활성 버전입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="328"/>
        <source>Firmware %1 retired: PROC-004 no longer accepts it.</source>
        <translation>펌웨어 %1을(를) 비활성화했습니다. PROC-004에서 더 이상 사용할 수 없습니다.</translation>
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
        <translation>기록 시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="179"/>
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="180"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>FirmwareView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="78"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="79"/>
        <source>Reload the list (F5)</source>
        <translation>목록 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="92"/>
        <source>Activate</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="95"/>
        <source>Make it the one active version of its MCU (the one active now is retired).</source>
        <translation>이 버전을 해당 MCU의 유일한 활성 버전으로 만듭니다(지금 활성인 버전은 비활성화됩니다).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="97"/>
        <source>Retire</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="105"/>
        <source>Selected version</source>
        <translation>선택한 버전</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="111"/>
        <source>The firmware file</source>
        <translation>펌웨어 파일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="112"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="117"/>
        <source>e.g. v1.2.3</source>
        <translation>예: v1.2.3</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="120"/>
        <source>e.g. STM32F4</source>
        <translation>예: STM32F4</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="123"/>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="124"/>
        <source>Activate now</source>
        <translation>바로 활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="126"/>
        <source>Register and activate in one step (the MCU&apos;s active version is retired).</source>
        <translation>등록과 활성화를 한 번에 합니다(해당 MCU의 활성 버전은 비활성화됩니다).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="128"/>
        <source>Register version</source>
        <translation>버전 등록</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="134"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="135"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="136"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="137"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="138"/>
        <source>Target MCU</source>
        <translation>대상 MCU</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="139"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="142"/>
        <source>New version</source>
        <translation>새 버전</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="85"/>
        <source>Login ID</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="86"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="87"/>
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="88"/>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="117"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="89"/>
        <source>Locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="90"/>
        <source>Last login</source>
        <translation>최근 로그인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="91"/>
        <source>Password change</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="106"/>
        <source>%n failed login(s) in a row</source>
        <translation>
            <numerusform>연속 로그인 실패 %n회</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="117"/>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="122"/>
        <source>Due at next login</source>
        <translation>다음 로그인 시 필요</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="121"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>사용자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="162"/>
        <source>Select a user in the list.</source>
        <translation>목록에서 사용자를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="164"/>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="172"/>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="166"/>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="166"/>
        <source>inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="168"/>
        <source>locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="172"/>
        <source>Reactivate</source>
        <translation>다시 활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="221"/>
        <source>Unexpected error: %1</source>
        <translation>예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="238"/>
        <source>User %1 added: the password must be changed at the first login.</source>
        <translation>사용자 %1을(를) 추가했습니다. 첫 로그인 때 비밀번호를 바꿔야 합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="263"/>
        <source>Nothing to save: the name and role are unchanged.</source>
        <translation>저장할 내용이 없습니다. 이름과 권한이 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="270"/>
        <source>User %1 saved.</source>
        <translation>사용자 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="278"/>
        <source>User %1 deactivated: the login is refused, the records stay.</source>
        <translation>사용자 %1을(를) 비활성화했습니다. 로그인은 거부되고 기록은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="280"/>
        <source>User %1 reactivated.</source>
        <translation>사용자 %1을(를) 다시 활성화했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="295"/>
        <source>User %1 unlocked.</source>
        <translation>사용자 %1의 잠금을 해제했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="307"/>
        <source>Password of %1 reset: it must be changed at the next login.</source>
        <translation>%1의 비밀번호를 재설정했습니다. 다음 로그인 때 비밀번호를 바꿔야 합니다.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="81"/>
        <source>All roles</source>
        <translation>전체 권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="83"/>
        <source>Active and inactive</source>
        <translation>활성·비활성 전체</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="84"/>
        <source>Active only</source>
        <translation>활성만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="85"/>
        <source>Inactive only</source>
        <translation>비활성만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="86"/>
        <source>Locked only</source>
        <translation>잠긴 계정만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="88"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="89"/>
        <source>Reload the list (F5)</source>
        <translation>목록 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="115"/>
        <source>Save name and role</source>
        <translation>이름·권한 저장</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="117"/>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="118"/>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="119"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="153"/>
        <source>At least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="120"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="154"/>
        <source>The same again</source>
        <translation>한 번 더 입력</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="122"/>
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="126"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="164"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="127"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="165"/>
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="136"/>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="137"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="167"/>
        <source>Repeat</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="139"/>
        <source>Selected user</source>
        <translation>선택한 사용자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="148"/>
        <source>Letters, digits, . _ -</source>
        <translation>영문자, 숫자, . _ -</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="151"/>
        <source>Shown on screens and reports</source>
        <translation>화면과 보고서에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="155"/>
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="158"/>
        <source>The new user must change this password at the first login.</source>
        <translation>새 사용자는 첫 로그인 때 이 비밀번호를 바꿔야 합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="163"/>
        <source>Login ID</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="166"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="170"/>
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="53"/>
        <source>Line checklist</source>
        <translation>라인 점검표</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="58"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="62"/>
        <source>Process criteria</source>
        <translation>공정 기준</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="68"/>
        <source>Firmware</source>
        <translation>펌웨어</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="74"/>
        <source>Equipment</source>
        <translation>설비</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="32"/>
        <source>Administrator (ADMIN)</source>
        <translation>시스템 관리자(ADMIN)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="33"/>
        <source>Manager (MANAGER)</source>
        <translation>관리자(MANAGER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="34"/>
        <source>Worker (WORKER)</source>
        <translation>작업자(WORKER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="35"/>
        <source>Viewer (VIEWER)</source>
        <translation>조회자(VIEWER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="25"/>
        <source>Available (AVAILABLE)</source>
        <translation>사용 가능(AVAILABLE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="26"/>
        <source>In use (IN_USE)</source>
        <translation>사용 중(IN_USE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="27"/>
        <source>Maintenance (MAINTENANCE)</source>
        <translation>점검 중(MAINTENANCE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="28"/>
        <source>Out of service (OUT_OF_SERVICE)</source>
        <translation>사용 중지(OUT_OF_SERVICE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="29"/>
        <source>Retired (RETIRED)</source>
        <translation>폐기(RETIRED)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="36"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="24"/>
        <source>Number (number)</source>
        <translation>숫자 (number)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="25"/>
        <source>Yes/No (bool)</source>
        <translation>예/아니오 (bool)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="26"/>
        <source>Text (text)</source>
        <translation>텍스트 (text)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="27"/>
        <source>Component lot (component)</source>
        <translation>부품 LOT (component)</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="32"/>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="35"/>
        <source>✓ Done</source>
        <translation>✓ 완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="38"/>
        <source>✗ Missing</source>
        <translation>✗ 미완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="42"/>
        <source>All done: the line has what its first LOT needs.</source>
        <translation>모두 완료: 라인에 첫 LOT에 필요한 것이 모두 갖춰졌습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="43"/>
        <source>%1 of %2 done.</source>
        <translation>%2개 중 %1개 완료.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="47"/>
        <source>Worker accounts</source>
        <translation>작업자 계정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="49"/>
        <source>Manager accounts</source>
        <translation>관리자(MANAGER) 계정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="51"/>
        <source>Active firmware for PROC-004</source>
        <translation>PROC-004의 활성 펌웨어</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="53"/>
        <source>Equipment at every process</source>
        <translation>모든 공정의 설비</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="54"/>
        <source>Label printer at %1</source>
        <translation>%1의 라벨 프린터</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="58"/>
        <source>Open Users</source>
        <translation>사용자 열기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="59"/>
        <source>Open Firmware</source>
        <translation>펌웨어 열기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="60"/>
        <source>Open Equipment</source>
        <translation>설비 열기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="61"/>
        <source>Open Station setup</source>
        <translation>스테이션 설정 열기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="69"/>
        <source>%n active worker account(s).</source>
        <translation>
            <numerusform>활성 작업자 계정 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="71"/>
        <source>No active worker account yet: add one for each operator who works at a station.</source>
        <translation>활성 작업자 계정이 아직 없습니다. 스테이션에서 일하는 작업자마다 계정을 추가하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="76"/>
        <source>%n active manager account(s).</source>
        <translation>
            <numerusform>활성 관리자(MANAGER) 계정 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="78"/>
        <source>No active manager account yet: a manager creates the LOTs and decides on failed units.</source>
        <translation>활성 관리자(MANAGER) 계정이 아직 없습니다. 관리자는 LOT을 만들고 불량 제품의 처리를 결정합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="90"/>
        <source>Active: %1.</source>
        <translation>활성: %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="94"/>
        <source>No firmware version is active: PROC-004 records no PASS until one is registered and activated.</source>
        <translation>활성 펌웨어 버전이 없습니다. 버전을 등록하고 활성화하기 전에는 PROC-004에서 PASS를 기록할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="100"/>
        <source>Registered, but none active: %1.</source>
        <translation>등록되었지만 활성 버전이 없음: %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="107"/>
        <source>Every process has equipment that is available or in use.</source>
        <translation>모든 공정에 사용 가능하거나 사용 중인 설비가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="116"/>
        <source>No available or in-use equipment at: %1.</source>
        <translation>사용 가능하거나 사용 중인 설비가 없는 공정: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="120"/>
        <source>%n shared piece(s) with no process are not counted for any process.</source>
        <translation>
            <numerusform>공정이 지정되지 않은 공용 설비 %n대는 어느 공정에도 포함되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="131"/>
        <source>This PC is %1 and sends its labels to %2.</source>
        <translation>이 PC는 %1이며 라벨을 %2(으)로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="134"/>
        <source>This PC is %1 but has no label printer set.</source>
        <translation>이 PC는 %1이지만 라벨 프린터가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="136"/>
        <source>This PC is %2: the printer of %1 is set on that station&apos;s PC.</source>
        <translation>이 PC는 %2입니다. %1의 프린터는 그 스테이션의 PC에서 설정합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="140"/>
        <source>This PC has no process yet: the printer of %1 is set in Station setup on that station&apos;s PC.</source>
        <translation>이 PC에는 아직 공정이 없습니다. %1의 프린터는 그 스테이션 PC의 스테이션 설정에서 설정합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="147"/>
        <source>Database: no serial label printed yet.</source>
        <translation>데이터베이스: 아직 인쇄된 시리얼 라벨이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="150"/>
        <source>Database: the last serial label was printed %1, for %2.</source>
        <translation>데이터베이스: 마지막 시리얼 라벨은 %1에 %2의 라벨로 인쇄되었습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="157"/>
        <source>Database: no mark confirmed at %1 yet (WIP label prints are not recorded).</source>
        <translation>데이터베이스: %1에서 확인된 마킹이 아직 없습니다(WIP 라벨 인쇄는 기록되지 않음).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="163"/>
        <source>Database (WIP label prints are not recorded): the last mark confirmed at %1 was %2, %3.</source>
        <translation>데이터베이스(WIP 라벨 인쇄는 기록되지 않음): %1에서 마지막으로 확인된 마킹은 %2, %3입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="171"/>
        <source>Printer: %1.</source>
        <translation>프린터: %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="173"/>
        <source>Station: %1.</source>
        <translation>스테이션: %1.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_editor.py" line="44"/>
        <source>Enter the code: capital letters, digits and _.</source>
        <translation>코드를 입력하세요: 영문 대문자, 숫자, _.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_editor.py" line="102"/>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_editor.py" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CriteriaModels</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="78"/>
        <source>Retired</source>
        <translation>폐기됨</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="80"/>
        <source>Used by records</source>
        <translation>기록에서 사용 중</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="82"/>
        <source>New</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="99"/>
        <source>Retired: kept for the records that use it; stations no longer offer it.</source>
        <translation>폐기됨: 이 코드를 쓰는 기록을 위해 남아 있으며 스테이션에는 더 이상 표시되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="165"/>
        <source>%1 was saved elsewhere as version %2 while you edit: your draft cannot be saved on it. Discard your changes to load it.</source>
        <translation>편집하는 동안 %1이(가) 다른 곳에서 버전 %2(으)로 저장되었습니다. 지금 초안은 그 위에 저장할 수 없습니다. 변경 취소를 눌러 새 버전을 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="206"/>
        <source>Measurement items (%1)</source>
        <translation>측정 항목 (%1)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="208"/>
        <source>Defect codes (%1)</source>
        <translation>불량 코드 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="213"/>
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>저장하기 전에 고칠 문제 %n건:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="228"/>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="230"/>
        <source>reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="232"/>
        <source>unsaved changes</source>
        <translation>저장하지 않은 변경 있음</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="252"/>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="252"/>
        <source>Add item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="255"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="255"/>
        <source>Retire</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="288"/>
        <source>New item</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="321"/>
        <source>%1 is changed in the draft: save to make it the new version.</source>
        <translation>초안에서 %1을(를) 변경했습니다. 저장해야 새 버전이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="347"/>
        <source>%1 is used by stored records: it cannot be removed. Retire it instead: it stays for those records and stations no longer offer it.</source>
        <translation>%1은(는) 저장된 기록에서 사용 중이라 삭제할 수 없습니다. 대신 폐기하세요. 해당 기록을 위해 남아 있고 스테이션에는 더 이상 표시되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="367"/>
        <source>Changes discarded.</source>
        <translation>변경을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="376"/>
        <source>Nothing to save: nothing was changed.</source>
        <translation>저장할 내용이 없습니다. 변경된 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="386"/>
        <source>Say why this change is made: the reason is saved with the new version.</source>
        <translation>변경 사유를 입력하세요. 사유는 새 버전과 함께 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="397"/>
        <source>Nothing to save: these are the stored criteria.</source>
        <translation>저장할 내용이 없습니다. 저장된 기준과 같습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="402"/>
        <source>%1 saved as version %2. Running stations take it within seconds.</source>
        <translation>%1 기준을 버전 %2(으)로 저장했습니다. 가동 중인 스테이션에 몇 초 안에 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="62"/>
        <source>New item</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="67"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="71"/>
        <source>Only a code no stored record uses can be removed; retire the others.</source>
        <translation>저장된 기록에서 쓰지 않은 코드만 삭제할 수 있습니다. 나머지는 폐기하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="90"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="91"/>
        <source>Load the stored criteria again (F5)</source>
        <translation>저장된 기준을 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="102"/>
        <source>Reason for the change (required; saved with the new version)</source>
        <translation>변경 사유 (필수, 새 버전과 함께 저장됨)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="104"/>
        <source>Discard changes</source>
        <translation>변경 취소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="106"/>
        <source>Save as new version</source>
        <translation>새 버전으로 저장</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="109"/>
        <source>Save the draft as the next version (Ctrl+S)</source>
        <translation>초안을 다음 버전으로 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="115"/>
        <source>Measurement item</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="117"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="175"/>
        <source>Korean name</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="118"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="176"/>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="119"/>
        <source>e.g. mm</source>
        <translation>예: mm</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="123"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="124"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="125"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="128"/>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="133"/>
        <source>Text items: a regular expression, e.g. SMA-[0-9]{6} (empty: any text)</source>
        <translation>텍스트 항목: 정규식, 예: SMA-[0-9]{6} (비우면 모든 텍스트)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="140"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="182"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="141"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="183"/>
        <source>Korean</source>
        <translation>한글</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="142"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="184"/>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="143"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="149"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="150"/>
        <source>LSL</source>
        <translation>하한(LSL)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="151"/>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="152"/>
        <source>USL</source>
        <translation>상한(USL)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="157"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="168"/>
        <source>Measurement items</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="173"/>
        <source>Defect code</source>
        <translation>불량 코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="195"/>
        <source>Defect codes</source>
        <translation>불량 코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="199"/>
        <source>Process</source>
        <translation>공정</translation>
    </message>
</context>
<context>
    <name>DefectsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="151"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="152"/>
        <source>Name (Korean)</source>
        <translation>이름(한글)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="153"/>
        <source>Name (English)</source>
        <translation>이름(영문)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="154"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="133"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="134"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="135"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="136"/>
        <source>Process</source>
        <translation>공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="137"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="138"/>
        <source>Calibration due</source>
        <translation>교정 예정일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="139"/>
        <source>Interval</source>
        <translation>교정 주기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="151"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="168"/>
        <source>Calibration overdue</source>
        <translation>교정 기한이 지났습니다</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="90"/>
        <source>(not assigned: shared)</source>
        <translation>(지정 안 함: 공용)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="117"/>
        <source>%n piece(s) of equipment</source>
        <translation>
            <numerusform>설비 %n대</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="137"/>
        <source>Select equipment in the list.</source>
        <translation>목록에서 설비를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="142"/>
        <source>offered in station setup</source>
        <translation>스테이션 설정에 표시됨</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="144"/>
        <source>not offered in station setup</source>
        <translation>스테이션 설정에 표시되지 않음</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="146"/>
        <source>not assigned</source>
        <translation>공정 지정 안 함</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="187"/>
        <source>Equipment %1 added.</source>
        <translation>설비 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="216"/>
        <source>Nothing to save: nothing was changed.</source>
        <translation>저장할 내용이 없습니다. 바뀐 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="226"/>
        <source>Equipment %1 saved.</source>
        <translation>설비 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="237"/>
        <source>Nothing to change: the status is already %1.</source>
        <translation>바꿀 내용이 없습니다. 상태가 이미 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="244"/>
        <source>Equipment %1: status %2.</source>
        <translation>설비 %1: 상태를 %2(으)로 바꿨습니다.</translation>
    </message>
</context>
<context>
    <name>EquipmentView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="89"/>
        <source>All processes</source>
        <translation>모든 공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="92"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="93"/>
        <source>Reload the list (F5)</source>
        <translation>목록 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="110"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="146"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="111"/>
        <source>Save changes</source>
        <translation>변경 내용 저장</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="114"/>
        <source>Change status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="117"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="151"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="118"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="152"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="119"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="153"/>
        <source>Process</source>
        <translation>공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="120"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="155"/>
        <source>Calibration due</source>
        <translation>교정 예정일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="121"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="156"/>
        <source>Calibration interval</source>
        <translation>교정 주기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="126"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="154"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="128"/>
        <source>Selected equipment</source>
        <translation>선택한 설비</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="137"/>
        <source>e.g. EQ-T01 (letters, digits, . _ -)</source>
        <translation>예: EQ-T01 (영문자, 숫자, . _ -)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="140"/>
        <source>Shown in station setup and reports</source>
        <translation>스테이션 설정과 보고서에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="143"/>
        <source>e.g. TESTER</source>
        <translation>예: TESTER</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="147"/>
        <source>Add equipment</source>
        <translation>설비 추가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="150"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="158"/>
        <source>New equipment</source>
        <translation>새 설비</translation>
    </message>
</context>
<context>
    <name>FirmwareModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="53"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="54"/>
        <source>MCU</source>
        <translation>MCU</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="55"/>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="66"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="56"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="57"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="58"/>
        <source>Released</source>
        <translation>배포일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="59"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="107"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>버전 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="127"/>
        <source>Select a version in the list.</source>
        <translation>목록에서 버전을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="129"/>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="129"/>
        <source>not active</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="154"/>
        <source>Select a version to list the units flashed with it.</source>
        <translation>버전을 선택하면 그 버전을 기록한 제품이 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="163"/>
        <source>%n unit record(s) at PROC-004 with %1</source>
        <translation>
            <numerusform>%1을(를) 기록한 PROC-004 제품 기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="177"/>
        <source>Firmware file</source>
        <translation>펌웨어 파일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="179"/>
        <source>Firmware (*.bin *.hex *.elf *.srec);;All files (*)</source>
        <translation>펌웨어 (*.bin *.hex *.elf *.srec);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="230"/>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="231"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="263"/>
        <source>Choose the firmware file first.</source>
        <translation>먼저 펌웨어 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="276"/>
        <source>Firmware %1 registered and active (%2, MD5 %3).</source>
        <translation>펌웨어 %1을(를) 등록하고 활성화했습니다(%2, MD5 %3).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="278"/>
        <source>Firmware %1 registered, not active yet (%2, MD5 %3).</source>
        <translation>펌웨어 %1을(를) 등록했습니다. 아직 활성화하지 않았습니다(%2, MD5 %3).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="306"/>
        <source>Firmware %1 is now the active version of %2.</source>
        <translation>펌웨어 %1이(가) 이제 %2의 활성 버전입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="323"/>
        <source>Firmware %1 retired: PROC-004 no longer accepts it.</source>
        <translation>펌웨어 %1을(를) 비활성화했습니다. PROC-004에서 더 이상 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FirmwareUsesModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="100"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="101"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="102"/>
        <source>Recorded</source>
        <translation>기록 시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="103"/>
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="104"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>FirmwareView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="79"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="80"/>
        <source>Reload the list (F5)</source>
        <translation>목록 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="94"/>
        <source>Activate</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="97"/>
        <source>Make it the one active version of its MCU (the one active now is retired).</source>
        <translation>이 버전을 해당 MCU의 유일한 활성 버전으로 만듭니다(지금 활성인 버전은 비활성화됩니다).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="99"/>
        <source>Retire</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="107"/>
        <source>Selected version</source>
        <translation>선택한 버전</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="113"/>
        <source>The firmware file</source>
        <translation>펌웨어 파일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="114"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="119"/>
        <source>e.g. v1.2.3</source>
        <translation>예: v1.2.3</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="122"/>
        <source>e.g. STM32F4</source>
        <translation>예: STM32F4</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="125"/>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="126"/>
        <source>Activate now</source>
        <translation>바로 활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="128"/>
        <source>Register and activate in one step (the MCU&apos;s active version is retired).</source>
        <translation>등록과 활성화를 한 번에 합니다(해당 MCU의 활성 버전은 비활성화됩니다).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="130"/>
        <source>Register version</source>
        <translation>버전 등록</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="136"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="137"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="138"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="139"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="140"/>
        <source>Target MCU</source>
        <translation>대상 MCU</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="141"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="144"/>
        <source>New version</source>
        <translation>새 버전</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_view.py" line="69"/>
        <source>First-run checklist</source>
        <translation>첫 설정 점검표</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_view.py" line="73"/>
        <source>What the line still needs before its first LOT; each button opens the screen that sets it up.</source>
        <translation>첫 LOT 전에 라인에 아직 필요한 것입니다. 각 버튼은 그것을 설정하는 화면을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_view.py" line="79"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_view.py" line="80"/>
        <source>Check again (F5)</source>
        <translation>다시 확인 (F5)</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="114"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="115"/>
        <source>Name (Korean)</source>
        <translation>이름(한글)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="116"/>
        <source>Name (English)</source>
        <translation>이름(영문)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="117"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="118"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="119"/>
        <source>LSL</source>
        <translation>하한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="120"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="121"/>
        <source>USL</source>
        <translation>상한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="122"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="137"/>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="123"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="124"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="137"/>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/reason.py" line="31"/>
        <source>Reason for the change (required; kept in the audit trail)</source>
        <translation>변경 사유(필수, 감사 기록에 남습니다)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/reason.py" line="33"/>
        <source>Why this change is made: every change on this page needs one.</source>
        <translation>변경하는 이유: 이 화면의 모든 변경에 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/reason.py" line="49"/>
        <source>Say why this change is made: the reason is kept in the audit trail.</source>
        <translation>변경 사유를 입력하세요. 사유는 감사 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="128"/>
        <source>Login ID</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="129"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="130"/>
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="131"/>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="150"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="132"/>
        <source>Locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="133"/>
        <source>Last login</source>
        <translation>최근 로그인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="134"/>
        <source>Password change</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="139"/>
        <source>%n failed login(s) in a row</source>
        <translation>
            <numerusform>연속 로그인 실패 %n회</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="150"/>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="155"/>
        <source>Due at next login</source>
        <translation>다음 로그인 시 필요</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="124"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>사용자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="155"/>
        <source>Select a user in the list.</source>
        <translation>목록에서 사용자를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="157"/>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="165"/>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="159"/>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="159"/>
        <source>inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="161"/>
        <source>locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="165"/>
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
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="82"/>
        <source>All roles</source>
        <translation>전체 권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="84"/>
        <source>Active and inactive</source>
        <translation>활성·비활성 전체</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="85"/>
        <source>Active only</source>
        <translation>활성만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="86"/>
        <source>Inactive only</source>
        <translation>비활성만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="87"/>
        <source>Locked only</source>
        <translation>잠긴 계정만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="89"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="90"/>
        <source>Reload the list (F5)</source>
        <translation>목록 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="117"/>
        <source>Save name and role</source>
        <translation>이름·권한 저장</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="119"/>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="120"/>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="121"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="155"/>
        <source>At least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="122"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="156"/>
        <source>The same again</source>
        <translation>한 번 더 입력</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="124"/>
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="128"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="166"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="129"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="167"/>
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="138"/>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="139"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="169"/>
        <source>Repeat</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="141"/>
        <source>Selected user</source>
        <translation>선택한 사용자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="150"/>
        <source>Letters, digits, . _ -</source>
        <translation>영문자, 숫자, . _ -</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="153"/>
        <source>Shown on screens and reports</source>
        <translation>화면과 보고서에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="157"/>
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="160"/>
        <source>The new user must change this password at the first login.</source>
        <translation>새 사용자는 첫 로그인 때 이 비밀번호를 바꿔야 합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="165"/>
        <source>Login ID</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="168"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="172"/>
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
</context>
</TS>

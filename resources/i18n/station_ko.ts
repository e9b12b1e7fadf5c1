<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BoolChoice</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="52"/>
        <source>OK</source>
        <translation>양호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="53"/>
        <source>NG</source>
        <translation>불량(NG)</translation>
    </message>
</context>
<context>
    <name>CountersStrip</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="87"/>
        <source>Started today: %1</source>
        <translation>오늘 시작: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="88"/>
        <source>PASS: %1</source>
        <translation>합격: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="89"/>
        <source>FAIL: %1</source>
        <translation>불합격: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="90"/>
        <source>REWORK: %1</source>
        <translation>재작업: %1</translation>
    </message>
</context>
<context>
    <name>EquipmentNotice</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="27"/>
        <source>is not registered</source>
        <translation>등록되지 않은 설비입니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="30"/>
        <source>is deactivated</source>
        <translation>비활성화되었습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="31"/>
        <source>is under maintenance</source>
        <translation>점검 중입니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="34"/>
        <source>is out of service</source>
        <translation>사용 중지 상태입니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="37"/>
        <source>is retired</source>
        <translation>폐기되었습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="38"/>
        <source>is past its calibration date</source>
        <translation>교정 기한이 지났습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="60"/>
        <source>Manager override…</source>
        <translation>관리자 승인(서명)…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="76"/>
        <source>Equipment %1 %2.</source>
        <translation>설비 %1: %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="81"/>
        <source>Calibration due: %1.</source>
        <translation>교정 기한: %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="87"/>
        <source>PASS allowed until %1 by the signed override of %2 (%3): %4</source>
        <translation>%2(%3)의 서명 승인으로 %1까지 합격 기록 가능 — 사유: %4</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="95"/>
        <source>A PASS cannot be recorded here until the equipment is fixed or a manager signs an override.</source>
        <translation>설비가 정상화되거나 관리자가 서명 승인하기 전에는 이 공정에서 합격을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="99"/>
        <source>Tell the line&apos;s administrator.</source>
        <translation>라인 관리자에게 알리세요.</translation>
    </message>
</context>
<context>
    <name>FailedUnitsModel</name>
    <message>
        <source>Unit</source>
        <translation type="vanished">제품</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation type="vanished">불합격 공정</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="vanished">불량 내용</translation>
    </message>
    <message>
        <source>Reworks</source>
        <translation type="vanished">재작업 횟수</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/label_preview.py" line="139"/>
        <source>Preview of the label (not the printout)</source>
        <translation>라벨 미리보기 (인쇄물 아님)</translation>
    </message>
</context>
<context>
    <name>LotScans</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="36"/>
        <source>Not a NeuroHub barcode: %1</source>
        <translation>NeuroHub 바코드가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="51"/>
        <source>%1 is a process barcode: scan a LOT label, a WIP or a serial here.</source>
        <translation>%1은(는) 공정 바코드입니다. 이 화면에서는 LOT 라벨, WIP 또는 시리얼을 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="61"/>
        <source>%1 is not a known WIP or serial.</source>
        <translation>%1은(는) 등록되지 않은 WIP 또는 시리얼입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="86"/>
        <source>LOT %1 is closed: closed LOTs are not listed here.</source>
        <translation>LOT %1은(는) 마감되었습니다. 마감된 LOT은 이 목록에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="97"/>
        <source>LOT %1 selected.</source>
        <translation>LOT %1을(를) 선택했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="104"/>
        <source>%1 selected (FAILED at %2): reopen or scrap it.</source>
        <translation>%1을(를) 선택했습니다 (%2에서 불합격). 재작업 승인 또는 폐기하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_scan.py" line="111"/>
        <source>LOT %1 selected. %2 is %3: only a FAILED unit is reopened or scrapped.</source>
        <translation>LOT %1을(를) 선택했습니다. %2은(는) %3 상태입니다. 불합격 제품만 재작업 승인 또는 폐기할 수 있습니다.</translation>
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
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="72"/>
        <source>Shift</source>
        <translation>근무조</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="73"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="74"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="75"/>
        <source>WIPs</source>
        <translation>WIP 수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="76"/>
        <source>Serials</source>
        <translation>시리얼 수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="77"/>
        <source>Passed</source>
        <translation>합격 수</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="107"/>
        <source>D (day)</source>
        <translation>D (주간)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="108"/>
        <source>N (night)</source>
        <translation>N (야간)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="116"/>
        <source>Create LOT</source>
        <translation>LOT 생성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="119"/>
        <source>Print LOT label</source>
        <translation>LOT 라벨 인쇄</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="129"/>
        <source>Complete LOT</source>
        <translation>LOT 완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="131"/>
        <source>Close LOT</source>
        <translation>LOT 마감</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="133"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="135"/>
        <source>Read the open LOTs again (F5)</source>
        <translation>진행 중인 LOT을 다시 읽습니다 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="140"/>
        <source>FAILED WIP or serial</source>
        <translation>불합격 WIP 또는 시리얼</translation>
    </message>
    <message>
        <source>Not a NeuroHub barcode: %1</source>
        <translation type="vanished">NeuroHub 바코드가 아닙니다: %1</translation>
    </message>
    <message>
        <source>%1 is a process barcode: scan a LOT label, a WIP or a serial here.</source>
        <translation type="vanished">%1은(는) 공정 바코드입니다. 이 화면에서는 LOT 라벨, WIP 또는 시리얼을 스캔하세요.</translation>
    </message>
    <message>
        <source>%1 is not a known WIP or serial.</source>
        <translation type="vanished">%1은(는) 등록되지 않은 WIP 또는 시리얼입니다.</translation>
    </message>
    <message>
        <source>LOT %1 is closed: closed LOTs are not listed here.</source>
        <translation type="vanished">LOT %1은(는) 마감되었습니다. 마감된 LOT은 이 목록에 없습니다.</translation>
    </message>
    <message>
        <source>LOT %1 selected.</source>
        <translation type="vanished">LOT %1을(를) 선택했습니다.</translation>
    </message>
    <message>
        <source>%1 selected (FAILED at %2): reopen or scrap it.</source>
        <translation type="vanished">%1을(를) 선택했습니다 (%2에서 불합격). 재작업 승인 또는 폐기하세요.</translation>
    </message>
    <message>
        <source>LOT %1 selected. %2 is %3: only a FAILED unit is reopened or scrapped.</source>
        <translation type="vanished">LOT %1을(를) 선택했습니다. %2은(는) %3 상태입니다. 불합격 제품만 재작업 승인 또는 폐기할 수 있습니다.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="vanished">사유 (필수)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="141"/>
        <source>Reopen for rework</source>
        <translation>재작업 승인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="143"/>
        <source>Scrap</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="176"/>
        <source>New LOT</source>
        <extracomment>a scan waiting for the list: (LOT number, the unit found or None for a LOT scan)</extracomment>
        <translation>새 LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="178"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="179"/>
        <source>Shift</source>
        <translation>근무조</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="180"/>
        <source>Target quantity</source>
        <translation>목표 수량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="181"/>
        <source>LOT number</source>
        <translation>LOT 번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="189"/>
        <source>Open LOTs</source>
        <translation>진행 중인 LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="199"/>
        <source>FAILED units</source>
        <translation>불합격 제품</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="vanished">예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="301"/>
        <source>LOT %1 created.</source>
        <translation>LOT %1을(를) 생성했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="321"/>
        <source>LOT label sent to the printer.</source>
        <translation>LOT 라벨을 프린터로 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="351"/>
        <source>LOT %1 is now %2.</source>
        <translation>LOT %1 상태: %2</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="362"/>
        <source>Scan or type the FAILED unit first.</source>
        <translation>불합격 제품을 먼저 스캔하거나 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="378"/>
        <source>%1 is now %2.</source>
        <translation>%1 상태: %2</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="129"/>
        <source>Measurements</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="132"/>
        <source> (optional)</source>
        <translation> (선택)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="170"/>
        <source>Defects</source>
        <translation>불량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="180"/>
        <source>Note (optional)</source>
        <translation>비고 (선택)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="192"/>
        <source>PASS</source>
        <translation>합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="196"/>
        <source>FAIL</source>
        <translation>불합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="199"/>
        <source>REWORK</source>
        <translation>재작업</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="345"/>
        <source>Verdict: PASS</source>
        <translation>판정: 합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="349"/>
        <source>Verdict: FAIL</source>
        <translation>판정: 불합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="351"/>
        <source>Verdict: FAIL — choose a defect code</source>
        <translation>판정: 불합격 — 불량 코드를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="358"/>
        <source>Enter every measurement</source>
        <translation>모든 측정값을 입력하세요</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="126"/>
        <source>Manager override</source>
        <translation>관리자 승인(서명)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="114"/>
        <source>Equipment %1 %2. A manager signs that this station may record PASS results with it for the next 8 hours. The signature (who, when, why) is kept in the audit trail.</source>
        <translation>설비 %1: %2. 관리자가 서명하면 이 스테이션은 앞으로 8시간 동안 이 설비로 합격을 기록할 수 있습니다. 서명(누가, 언제, 왜)은 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/equipment.py" line="132"/>
        <source>e.g. checked against the reference sample</source>
        <translation>예: 기준 시료로 확인함</translation>
    </message>
    <message>
        <source>Manager login ID</source>
        <translation type="vanished">관리자 로그인 ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">비밀번호</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">사유</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="vanished">서명</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s login ID and password.</source>
        <translation type="vanished">관리자의 로그인 ID와 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the reason for the override.</source>
        <translation type="vanished">승인 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="vanished">확인 중…</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="127"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="128"/>
        <source>Unit</source>
        <translation>제품</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="129"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="130"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="131"/>
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="132"/>
        <source>Seconds</source>
        <translation>소요(초)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="133"/>
        <source>Defects</source>
        <translation>불량</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="vanished">예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="222"/>
        <source>The tester connection could not start: %1</source>
        <extracomment>changes to what a station judges with (its process&apos;s criteria, the active firmware, its equipment and the overrides signed for it) the idempotency keys of this page&apos;s records (the operations layer owns them)</extracomment>
        <translation>검사기 연결을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="257"/>
        <source>Override signed by %1 (%2).</source>
        <translation>%1(%2) 관리자가 서명 승인했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="297"/>
        <source>Not a NeuroHub barcode: %1</source>
        <translation>NeuroHub 바코드가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="330"/>
        <source>%1 is still in progress here: record or cancel it first.</source>
        <translation>%1의 작업이 아직 진행 중입니다. 먼저 결과를 기록하거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="348"/>
        <source>Scanned into %1: %2</source>
        <translation>%1에 스캔됨: %2</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="395"/>
        <source>%1 started: %2</source>
        <translation>%1 작업 시작: %2</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="404"/>
        <source>%1 issued: mark it, then scan the mark.</source>
        <translation>%1 발행: 마킹한 뒤 마킹을 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="411"/>
        <source>%1 became serial %2. Scan the printed label.</source>
        <translation>%1 → 시리얼 %2 발행. 인쇄된 라벨을 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="440"/>
        <source>%1 stays open; scan it again to continue.</source>
        <translation>%1의 작업은 열린 상태로 남습니다. 다시 스캔하면 계속합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="447"/>
        <source>%1: step cancelled, nothing recorded.</source>
        <translation>%1: 작업을 취소했습니다 (기록 없음).</translation>
    </message>
    <message>
        <source>Choose a reason for the reprint.</source>
        <translation type="vanished">재인쇄 사유를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="468"/>
        <source>Enter a reason for the reprint.</source>
        <translation>재인쇄 사유를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="490"/>
        <source>Label sent to %1.</source>
        <translation>라벨을 %1(으)로 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="507"/>
        <source>Next: mark %1, then scan the mark.</source>
        <translation>다음: %1을(를) 마킹한 뒤 마킹을 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="509"/>
        <source>Next: stick the label on %1 and scan it back.</source>
        <translation>다음: %1에 라벨을 붙이고 라벨을 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="533"/>
        <source>Scan a unit and start the step first.</source>
        <translation>먼저 제품을 스캔하고 작업을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="571"/>
        <source>%1: %2 recorded at %3.</source>
        <translation>%1: %3 공정 %2 기록 완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="602"/>
        <source>Reprint</source>
        <translation>재인쇄</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="602"/>
        <source>Print label</source>
        <translation>라벨 인쇄</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="615"/>
        <source>Elapsed %1</source>
        <translation>경과 %1</translation>
    </message>
</context>
<context>
    <name>StationPages</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="17"/>
        <source>No process is configured for this PC: ask a manager to run the station setup.</source>
        <translation>이 PC에 공정이 설정되어 있지 않습니다. 관리자에게 스테이션 설정을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="41"/>
        <source>Station</source>
        <translation>공정 작업</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="46"/>
        <source>LOTs</source>
        <translation>LOT 관리</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="73"/>
        <source>Start</source>
        <translation>작업 시작</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="76"/>
        <source>Cancel step</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="78"/>
        <source>Print label</source>
        <translation>라벨 인쇄</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="80"/>
        <source>Mark unreadable (FAIL)</source>
        <translation>마킹 판독 불가 (불합격)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="89"/>
        <source>Label damaged</source>
        <translation>라벨 손상</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="90"/>
        <source>Printer jam</source>
        <translation>프린터 용지 걸림</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="91"/>
        <source>Print unreadable</source>
        <translation>인쇄 판독 불가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="92"/>
        <source>Label lost</source>
        <translation>라벨 분실</translation>
    </message>
    <message>
        <source>Reprint reason</source>
        <translation type="vanished">재인쇄 사유</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="204"/>
        <source>Scan a unit</source>
        <translation>제품을 스캔하세요</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="212"/>
        <source>LOT %1 · model %2 (%3)</source>
        <translation>LOT %1 · 모델 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="219"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="221"/>
        <source>in progress at %1</source>
        <translation>%1에서 작업 중</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="224"/>
        <source>failed/rework results: %1</source>
        <translation>불합격/재작업: %1회</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="227"/>
        <source>labels printed: %1</source>
        <translation>라벨 인쇄: %1회</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="38"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="95"/>
        <source>Enter a reprint reason</source>
        <translation>재인쇄 사유 입력</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="39"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="40"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="41"/>
        <source>Failed</source>
        <translation>불합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="42"/>
        <source>Converted to a serial</source>
        <translation>시리얼 전환</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="43"/>
        <source>Passed</source>
        <translation>합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="44"/>
        <source>Scrapped</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="45"/>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
</context>
<context>
    <name>WorkQueueModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="31"/>
        <source>&lt; 1 min</source>
        <translation>1분 미만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="33"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="35"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="70"/>
        <source>Waiting unit</source>
        <translation>대기 중인 제품</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="70"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/work_queue.py" line="70"/>
        <source>Waiting</source>
        <translation>대기 시간</translation>
    </message>
</context>
</TS>

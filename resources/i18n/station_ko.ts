<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BoolChoice</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="45"/>
        <source>OK</source>
        <translation>양호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="46"/>
        <source>NG</source>
        <translation>불량(NG)</translation>
    </message>
</context>
<context>
    <name>CountersStrip</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="79"/>
        <source>Started today: %1</source>
        <translation>오늘 시작: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="80"/>
        <source>PASS: %1</source>
        <translation>합격: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="81"/>
        <source>FAIL: %1</source>
        <translation>불합격: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="82"/>
        <source>REWORK: %1</source>
        <translation>재작업: %1</translation>
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
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="67"/>
        <source>Shift</source>
        <translation>근무조</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="67"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="68"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="68"/>
        <source>WIPs</source>
        <translation>WIP 수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="68"/>
        <source>Serials</source>
        <translation>시리얼 수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="69"/>
        <source>Passed</source>
        <translation>합격 수</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="93"/>
        <source>D (day)</source>
        <translation>D (주간)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="94"/>
        <source>N (night)</source>
        <translation>N (야간)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="102"/>
        <source>Create LOT</source>
        <translation>LOT 생성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="105"/>
        <source>Print LOT label</source>
        <translation>LOT 라벨 인쇄</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="115"/>
        <source>Complete LOT</source>
        <translation>LOT 완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="117"/>
        <source>Close LOT</source>
        <translation>LOT 마감</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="121"/>
        <source>FAILED WIP or serial</source>
        <translation>불합격 WIP 또는 시리얼</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="124"/>
        <source>Reason (required)</source>
        <translation>사유 (필수)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="125"/>
        <source>Reopen for rework</source>
        <translation>재작업 승인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="127"/>
        <source>Scrap</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="150"/>
        <source>New LOT</source>
        <translation>새 LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="152"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="153"/>
        <source>Shift</source>
        <translation>근무조</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="154"/>
        <source>Target quantity</source>
        <translation>목표 수량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="155"/>
        <source>LOT number</source>
        <translation>LOT 번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="163"/>
        <source>Open LOTs</source>
        <translation>진행 중인 LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="171"/>
        <source>FAILED units</source>
        <translation>불합격 제품</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="vanished">예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="222"/>
        <source>LOT %1 created.</source>
        <translation>LOT %1을(를) 생성했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="241"/>
        <source>LOT label sent to the printer.</source>
        <translation>LOT 라벨을 프린터로 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="250"/>
        <source>LOT %1 is now %2.</source>
        <translation>LOT %1 상태: %2</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/lots_page.py" line="259"/>
        <source>%1 is now %2.</source>
        <translation>%1 상태: %2</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="113"/>
        <source>Measurements</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="116"/>
        <source> (optional)</source>
        <translation> (선택)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="147"/>
        <source>Defects</source>
        <translation>불량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="157"/>
        <source>Note (optional)</source>
        <translation>비고 (선택)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="169"/>
        <source>PASS</source>
        <translation>합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="173"/>
        <source>FAIL</source>
        <translation>불합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="176"/>
        <source>REWORK</source>
        <translation>재작업</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="257"/>
        <source>Verdict: PASS</source>
        <translation>판정: 합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="260"/>
        <source>Verdict: FAIL</source>
        <translation>판정: 불합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="261"/>
        <source>Verdict: FAIL — choose a defect code</source>
        <translation>판정: 불합격 — 불량 코드를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/form.py" line="264"/>
        <source>Enter every measurement</source>
        <translation>모든 측정값을 입력하세요</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="114"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="114"/>
        <source>Unit</source>
        <translation>제품</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="114"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="114"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="115"/>
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="115"/>
        <source>Seconds</source>
        <translation>소요(초)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/widgets.py" line="115"/>
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
        <location filename="../../neurohub_desktop/ui/station/page.py" line="137"/>
        <source>Not a NeuroHub barcode: %1</source>
        <translation>NeuroHub 바코드가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="151"/>
        <source>%1 is still in progress here: record or cancel it first.</source>
        <translation>%1의 작업이 아직 진행 중입니다. 먼저 결과를 기록하거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="193"/>
        <source>%1 started: %2</source>
        <translation>%1 작업 시작: %2</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="198"/>
        <source>%1 issued: mark it, then scan the mark.</source>
        <translation>%1 발행: 마킹한 뒤 마킹을 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="204"/>
        <source>%1 became serial %2. Scan the printed label.</source>
        <translation>%1 → 시리얼 %2 발행. 인쇄된 라벨을 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="231"/>
        <source>%1 stays open; scan it again to continue.</source>
        <translation>%1의 작업은 열린 상태로 남습니다. 다시 스캔하면 계속합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="236"/>
        <source>%1: step cancelled, nothing recorded.</source>
        <translation>%1: 작업을 취소했습니다 (기록 없음).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="254"/>
        <source>Choose a reason for the reprint.</source>
        <translation>재인쇄 사유를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="266"/>
        <source>Label sent to %1.</source>
        <translation>라벨을 %1(으)로 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="284"/>
        <source>Scan a unit and start the step first.</source>
        <translation>먼저 제품을 스캔하고 작업을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="309"/>
        <source>%1: %2 recorded at %3.</source>
        <translation>%1: %3 공정 %2 기록 완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="333"/>
        <source>Reprint</source>
        <translation>재인쇄</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="334"/>
        <source>Print label</source>
        <translation>라벨 인쇄</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/page.py" line="345"/>
        <source>Elapsed %1</source>
        <translation>경과 %1</translation>
    </message>
</context>
<context>
    <name>StationPages</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="14"/>
        <source>No process is configured for this PC: ask a manager to run the station setup.</source>
        <translation>이 PC에 공정이 설정되어 있지 않습니다. 관리자에게 스테이션 설정을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="32"/>
        <source>Station</source>
        <translation>공정 작업</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/__init__.py" line="34"/>
        <source>LOTs</source>
        <translation>LOT 관리</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="56"/>
        <source>Start</source>
        <translation>작업 시작</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="59"/>
        <source>Cancel step</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="61"/>
        <source>Print label</source>
        <translation>라벨 인쇄</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="63"/>
        <source>Mark unreadable (FAIL)</source>
        <translation>마킹 판독 불가 (불합격)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="69"/>
        <source>Label damaged</source>
        <translation>라벨 손상</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="69"/>
        <source>Printer jam</source>
        <translation>프린터 용지 걸림</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="70"/>
        <source>Print unreadable</source>
        <translation>인쇄 판독 불가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="70"/>
        <source>Label lost</source>
        <translation>라벨 분실</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="71"/>
        <source>Reprint reason</source>
        <translation>재인쇄 사유</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="162"/>
        <source>Scan a unit</source>
        <translation>제품을 스캔하세요</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="169"/>
        <source>LOT %1 · model %2 (%3)</source>
        <translation>LOT %1 · 모델 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="175"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="177"/>
        <source>in progress at %1</source>
        <translation>%1에서 작업 중</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="179"/>
        <source>failed/rework results: %1</source>
        <translation>불합격/재작업: %1회</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="182"/>
        <source>labels printed: %1</source>
        <translation>라벨 인쇄: %1회</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="168"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="169"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="170"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="171"/>
        <source>Failed</source>
        <translation>불합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="172"/>
        <source>Converted to a serial</source>
        <translation>시리얼 전환</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="173"/>
        <source>Passed</source>
        <translation>합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="174"/>
        <source>Scrapped</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/station/view.py" line="175"/>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="35"/>
        <source>All tables</source>
        <translation>전체 테이블</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="37"/>
        <source>Record id</source>
        <translation>레코드 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="40"/>
        <source>All users</source>
        <translation>전체 사용자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="42"/>
        <source>Search</source>
        <translation>조회</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="50"/>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="99"/>
        <source>Choose the table of the record.</source>
        <translation>레코드의 테이블을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/audit_page.py" line="114"/>
        <source>{0} entries (newest first, at most {1})</source>
        <translation>{0}건 (최신순, 최대 {1}건)</translation>
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
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="89"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="69"/>
        <source>Shift</source>
        <translation>근무조</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="71"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="127"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="154"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="229"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="76"/>
        <source>Target</source>
        <translation>목표 수량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="79"/>
        <source>Progress</source>
        <translation>진척률</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="85"/>
        <source>WIP</source>
        <translation>WIP</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="91"/>
        <source>Serials</source>
        <translation>시리얼</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="98"/>
        <source>Oldest unfinished</source>
        <translation>최장 미완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="104"/>
        <source>Created</source>
        <translation>생성</translation>
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
        <translation>시리얼</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="132"/>
        <source>Where now</source>
        <translation>현재 위치</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="136"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="159"/>
        <source>Current step</source>
        <translation>현재 공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="36"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="163"/>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="166"/>
        <source>Last result</source>
        <translation>최근 결과</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="172"/>
        <source>Elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="27"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="208"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="257"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="305"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="359"/>
        <source>Step</source>
        <translation>공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="32"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="213"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="262"/>
        <source>Process</source>
        <translation>공정명</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="37"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="215"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="264"/>
        <source>PASS</source>
        <translation>합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="216"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="265"/>
        <source>FAIL</source>
        <translation>불합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="217"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="266"/>
        <source>REWORK</source>
        <translation>재작업</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="218"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="227"/>
        <source>Unit</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="233"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="311"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="35"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="267"/>
        <source>Units</source>
        <translation>제품 수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="39"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="269"/>
        <source>First-pass yield</source>
        <translation>직행률</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="45"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="275"/>
        <source>Mean time</source>
        <translation>평균 시간</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="51"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="281"/>
        <source>Planned time</source>
        <translation>표준 시간</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="57"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="287"/>
        <source>Actual/plan</source>
        <translation>실적/계획</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="71"/>
        <source>Login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="85"/>
        <source>Shift date</source>
        <translation>근무일</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="303"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="306"/>
        <source>Defect code</source>
        <translation>불량 코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="308"/>
        <source>Defect</source>
        <translation>불량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="313"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="319"/>
        <source>Cumulative</source>
        <translation>누적</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="363"/>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="138"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="365"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="164"/>
        <source>Reworks</source>
        <translation>재작업 횟수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="177"/>
        <source>Failure</source>
        <translation>불량 내용</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="375"/>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="380"/>
        <source>Finished</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="385"/>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/output_models.py" line="72"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="391"/>
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="395"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="455"/>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="397"/>
        <source>Equipment</source>
        <translation>설비</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="406"/>
        <source>Measurements</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="411"/>
        <source>Defects</source>
        <translation>불량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="435"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="439"/>
        <source>Table</source>
        <translation>테이블</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="440"/>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="442"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="447"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="457"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="462"/>
        <source>Changes</source>
        <translation>변경 내용</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="65"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="66"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="100"/>
        <source>Export CSV</source>
        <extracomment>rows of what the page shows beside the table (totals, RTY …), exported after it rows of what the table is about (the traced unit …), exported before it</extracomment>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="101"/>
        <source>Export Excel</source>
        <translation>Excel 내보내기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="118"/>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="136"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="136"/>
        <source>The file could not be written: {0}</source>
        <translation>파일을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="144"/>
        <source>{0} rows written to {1}</source>
        <translation>{0}행을 {1}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/export_ui.py" line="146"/>
        <source>Saved to {0}</source>
        <translation>저장 위치: {0}</translation>
    </message>
</context>
<context>
    <name>LotBoardPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="55"/>
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="56"/>
        <source>Open (created, in progress)</source>
        <translation>미완료 (생성, 진행 중)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="61"/>
        <source>Search LOT number</source>
        <translation>LOT 번호 검색</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="63"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="65"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="81"/>
        <source>LOT board</source>
        <translation>LOT 현황</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="88"/>
        <source>Complete LOT</source>
        <translation>LOT 완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="90"/>
        <source>Close LOT</source>
        <translation>LOT 마감</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="188"/>
        <source>%n LOT(s)</source>
        <translation>
            <numerusform>LOT %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} LOTs</source>
        <translation type="vanished">LOT {0}개</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="265"/>
        <source>Warning: {0} units are unfinished (in progress, waiting or failed) and {1} of {2} are finished. The LOT cannot be {3} until each is finished, reopened or scrapped.</source>
        <translation>경고: 미완료 제품이 {0}대(진행 중·대기 중·불합격)이며 {2}대 중 {1}대가 끝났습니다. 모두 끝내거나 재작업·폐기하기 전에는 LOT을 {3} 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">사유</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="vanished">완료</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">마감</translation>
    </message>
    <message>
        <source>{0} LOT {1}?</source>
        <translation type="vanished">LOT {1}을(를) {0} 처리하시겠습니까?</translation>
    </message>
    <message>
        <source>Warning: {0} units are unfinished (in progress or failed) and {1} of {2} are finished. They cannot continue once the LOT is {3}.</source>
        <translation type="vanished">경고: 미완료 제품이 {0}대(진행 중 또는 불량)이며 {2}대 중 {1}대만 완성되었습니다. LOT이 {3} 처리되면 더 이상 작업할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_board.py" line="288"/>
        <source>LOT {0} is now {1}.</source>
        <translation>LOT {0}: {1} 처리되었습니다.</translation>
    </message>
</context>
<context>
    <name>LotDetailWidget</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="86"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="165"/>
        <source>Select a LOT</source>
        <translation>LOT을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="100"/>
        <source>LOT units</source>
        <translation>LOT 제품 목록</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="108"/>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="253"/>
        <source>FAILED units</source>
        <translation>불합격 제품</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="180"/>
        <source>{0}  ·  {1}  ·  {2} finished of {3} ({4})  ·  since {5}</source>
        <translation>{0}  ·  {1}  ·  {3}대 중 {2}대 완성 ({4})  ·  {5} 생성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="190"/>
        <source>LOT {0}</source>
        <translation>LOT {0}</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="211"/>
        <source>Rolled-throughput yield: {0}  ·  Rework rate: {1} ({2} units reworked)</source>
        <translation>누적 직행률 {0}  ·  재작업률 {1} (재작업 {2}대)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="222"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="223"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="224"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="225"/>
        <source>Finished</source>
        <translation>완료 수량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="226"/>
        <source>Target</source>
        <translation>목표 수량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="227"/>
        <source>Progress</source>
        <translation>진척률</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="228"/>
        <source>Since</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="233"/>
        <source>Rolled-throughput yield</source>
        <translation>누적 직행률</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="234"/>
        <source>Rework rate</source>
        <translation>재작업률</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="235"/>
        <source>Units reworked</source>
        <translation>재작업 제품 수(대)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="288"/>
        <source>{0} is now {1}.</source>
        <translation>{0}은(는) 이제 {1} 상태입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/lot_detail.py" line="306"/>
        <source>Could not load the LOT.</source>
        <translation>LOT을 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not load the LOT: {0}</source>
        <translation type="vanished">LOT을 불러오지 못했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>ParetoPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="266"/>
        <source>All steps</source>
        <translation>전체 공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="275"/>
        <source>Defect Pareto</source>
        <translation>불량 파레토</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="305"/>
        <source>{0} defects</source>
        <translation>불량 {0}건</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="97"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="108"/>
        <source>All models</source>
        <translation>전체 모델</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="118"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="56"/>
        <source>LOT board</source>
        <translation>LOT 현황</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="62"/>
        <source>WIP and yield</source>
        <translation>WIP 및 수율</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="68"/>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="146"/>
        <source>Defect Pareto</source>
        <translation>불량 파레토</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="74"/>
        <source>Traceability</source>
        <translation>추적성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/__init__.py" line="80"/>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="81"/>
        <source>Results per step</source>
        <translation>공정별 결과</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="106"/>
        <source>First-pass yield per step (RTY {0})</source>
        <translation>공정별 직행률 (누적 직행률 {0})</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="111"/>
        <source>First-pass yield</source>
        <translation>직행률</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="128"/>
        <source>WIP by status</source>
        <translation>상태별 WIP</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="130"/>
        <source>Serials by status</source>
        <translation>상태별 시리얼</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="148"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/charts.py" line="154"/>
        <source>Cumulative %</source>
        <translation>누적 %</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="28"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="29"/>
        <location filename="../../neurohub_desktop/ui/supervisor/models.py" line="370"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="30"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="31"/>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="32"/>
        <source>Failed</source>
        <translation>불량</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="33"/>
        <source>Converted</source>
        <translation>시리얼 전환</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="34"/>
        <source>Passed</source>
        <translation>합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="35"/>
        <source>Scrapped</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="36"/>
        <source>PASS</source>
        <translation>합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="37"/>
        <source>FAIL</source>
        <translation>불합격</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="38"/>
        <source>REWORK</source>
        <translation>재작업</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="39"/>
        <source>Insert</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="40"/>
        <source>Update</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/common.py" line="41"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <source>Scan or type a LOT, WIP or serial ID</source>
        <translation type="vanished">LOT, WIP, 시리얼 ID를 스캔하거나 입력하세요</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="44"/>
        <source>Scan or type a LOT, WIP or serial ID, a component lot or a firmware version</source>
        <translation>LOT·WIP·시리얼 ID, 부품 LOT 또는 펌웨어 버전을 스캔하거나 입력하세요</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="46"/>
        <source>Trace</source>
        <translation>추적</translation>
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
        <translation>시리얼</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="54"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="55"/>
        <source>Issued</source>
        <translation>발행</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="56"/>
        <source>Current step</source>
        <translation>현재 공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="57"/>
        <source>Component lots (PROC-002)</source>
        <translation>부품 LOT (PROC-002)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="58"/>
        <source>Firmware (PROC-004)</source>
        <translation>펌웨어 (PROC-004)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="84"/>
        <source>Traceability</source>
        <translation>추적성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="190"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="191"/>
        <source>LOT status</source>
        <translation>LOT 상태</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="205"/>
        <source>Decisions</source>
        <translation>결재 이력</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="223"/>
        <source>%1: used by %2 unit(s).</source>
        <translation>%1: %2개 제품에 사용됨.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="235"/>
        <source>Rework approved</source>
        <translation>재작업 승인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="237"/>
        <source>Scrapped</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/trace_page.py" line="240"/>
        <source>%1 %2, signed by %3 (%4): %5</source>
        <translation>%1 %2, 서명 %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>YieldPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="153"/>
        <source>Yield per step</source>
        <translation>공정별 수율</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="157"/>
        <source>Output per operator</source>
        <translation>작업자별 실적</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="161"/>
        <source>Output per shift</source>
        <translation>근무조별 실적</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="165"/>
        <source>Per operator</source>
        <translation>작업자별</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="166"/>
        <source>Per shift</source>
        <translation>근무조별</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="215"/>
        <source>Units: {0}  ·  Rolled-throughput yield: {1}  ·  Rework rate: {2} ({3} units)</source>
        <translation>제품 {0}대  ·  누적 직행률 {1}  ·  재작업률 {2} ({3}대)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="237"/>
        <source>Units</source>
        <translation>제품 수(대)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="238"/>
        <source>Rolled-throughput yield</source>
        <translation>누적 직행률</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="239"/>
        <source>Rework rate</source>
        <translation>재작업률</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="240"/>
        <source>Units reworked</source>
        <translation>재작업 제품 수(대)</translation>
    </message>
</context>
<context>
    <name>_ScopedPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="53"/>
        <source>LOT number (optional)</source>
        <translation>LOT 번호 (선택)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/supervisor/stats.py" line="54"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
</context>
</TS>

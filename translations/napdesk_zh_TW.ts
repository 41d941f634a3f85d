<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../forms/AreaPage.ui" line="+12"/>
        <source>Area number</source>
        <translation>面向編號</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Area title</source>
        <translation>面向名稱</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The challenge area, e.g. 推動資料開放與資訊公開.</source>
        <translation>挑戰面向，例如：推動資料開放與資訊公開。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A short introduction printed before the area&apos;s commitments.</source>
        <translation>印在本面向各承諾事項之前的簡短說明。</translation>
    </message>
</context>
<context>
    <name>BasicPage</name>
    <message>
        <location filename="../forms/BasicPage.ui" line="+19"/>
        <location line="+26"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Area, then position: 1-1.</source>
        <translation>先面向再序號，例如：1-1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Area</source>
        <translation>面向</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The challenge area; its number starts the code.</source>
        <translation>所屬挑戰面向；編號以該面向的序號開頭。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Draft while writing, Ready when checked, Submitted once sent to the NDC.</source>
        <translation>撰寫期間為「草稿」，檢查完成後改為「待送出」，送交國發會後改為「已送出」。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+29"/>
        <source>Commitment name</source>
        <translation>承諾事項名稱</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A short name that says what will be done, not a slogan.</source>
        <translation>簡要寫出要做的事，不用口號。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Brief description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>One or two sentences a reader understands without the rest of the form.</source>
        <translation>用一、兩句話說明，讓讀者不看表單其他部分也能明白。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+26"/>
        <source>Lead agency</source>
        <translation>主辦機關</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The agency that leads and answers for the commitment. Pick it from the list, or type the name of a local government or other body.</source>
        <translation>主導並對本承諾事項負責的機關。請從清單中選取；地方政府或其他單位可直接輸入名稱。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Co-implementing agencies</source>
        <translation>協辦機關</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Agencies that share the work, in the order they are printed in the plan.</source>
        <translation>共同執行的機關，依方案中列印的順序排列。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Period</source>
        <translation>起迄時間</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start and end month; both must lie inside the plan period.</source>
        <translation>開始與結束年月，均須在方案期程之內。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start month</source>
        <translation>開始年月</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End month</source>
        <translation>結束年月</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../forms/ContactPage.ui" line="+17"/>
        <location line="+29"/>
        <source>Contact name</source>
        <translation>聯絡人姓名</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The person the NDC and reviewers can ask about this commitment.</source>
        <translation>國發會及審查者可詢問本承諾事項的聯絡人。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Contact title and department</source>
        <translation>聯絡人職稱及單位</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Job title and department, e.g. 科長, 資訊處.</source>
        <translation>職稱及所屬單位，例如：科長、資訊處。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+26"/>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>With area code and extension, e.g. 02-2316-5300#123.</source>
        <translation>請含區碼及分機，例如：02-2316-5300#123。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Contact e-mail</source>
        <translation>聯絡人電子郵件</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An address someone reads, e.g. the unit mailbox.</source>
        <translation>請填有人定期收信的信箱，例如單位公務信箱。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+29"/>
        <source>Form filled in by</source>
        <translation>填表人／機關／團體</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The person, agency or organisation that filled in this form.</source>
        <translation>填寫本表的人員、機關或團體。</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../forms/ContentPage.ui" line="+17"/>
        <location line="+29"/>
        <source>Commitment content</source>
        <translation>承諾事項內容</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What the commitment will do: concrete actions and outputs anyone can verify. Avoid bare &quot;promote&quot; or &quot;strengthen&quot;.</source>
        <translation>本承諾事項要做什麼：任何人都能查證的具體作為與產出。避免只寫「推動」或「強化」。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Expected results</source>
        <translation>預期成果</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The change people will notice when it is done: a result for the public, not only an output.</source>
        <translation>完成後民眾可感受到的改變：對公眾的成果，而不只是產出。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Contribution to solving the problem</source>
        <translation>對解決問題的貢獻</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>How the commitment helps solve the public problem described earlier.</source>
        <translation>本承諾事項如何協助解決前述的公共問題。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../forms/ExportDialog.ui" line="+6"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Contents</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current commitment</source>
        <translation>目前的承諾事項</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected commitments:</source>
        <translation>選取的承諾事項：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select &amp;None</source>
        <translation>全不選(&amp;N)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Whole plan</source>
        <translation>整份方案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The NDC form of each commitment, one after another.</source>
        <translation>各承諾事項的國發會表單，依序排列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NDC commitment &amp;forms (.odt)</source>
        <translation>國發會承諾事項表（.odt）(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cover, each area with its preface and every commitment&apos;s form. Always the whole plan.</source>
        <translation>封面、各面向及其前言，以及每項承諾事項的表單。一律涵蓋整份方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan document with cover and areas (.odt)</source>
        <translation>含封面及各面向的方案文件（.odt）(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One row per commitment and per milestone, for the NDC to consolidate.</source>
        <translation>每項承諾事項及每個里程碑各占一列，供國發會彙整。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consolidation &amp;workbook for Excel (.xlsx)</source>
        <translation>Excel 彙整活頁簿（.xlsx）(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same workbook in the OpenDocument format Taiwan&apos;s ODF standard asks for.</source>
        <translation>同一份活頁簿，採用我國 ODF 文件標準所要求的 OpenDocument 格式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consolidation workbook, Open&amp;Document (.ods)</source>
        <translation>OpenDocument 彙整活頁簿（.ods）(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Calendar:</source>
        <translation>曆法(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting a&amp;gency:</source>
        <translation>匯出機關(&amp;G)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Destination</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;older:</source>
        <translation>資料夾(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Export finished</source>
        <translation>匯出完成</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show in Folder</source>
        <translation>在資料夾中顯示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../forms/MilestonesPage.ui" line="+12"/>
        <source>Each milestone is a verifiable deliverable with a start and end month inside the commitment period and a responsible agency, e.g. &quot;Publish 20 datasets&quot;, &quot;Submit the draft act to the Executive Yuan&quot;. Drag rows or press Alt+Up / Alt+Down to reorder.</source>
        <translation>每個里程碑都是可查證的產出，須有承諾事項期間內的開始與結束年月及負責機關，例如「公開 20 項資料集」、「將法案草案函報行政院」。拖曳列或按 Alt+Up／Alt+Down 可調整順序。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add milestone</source>
        <translation>新增里程碑</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+29"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Start with the deliverable, e.g. 完成…草案並函報行政院, &quot;launch the … portal&quot;.</source>
        <translation>請以具體產出開頭，例如「完成…草案並函報行政院」、「launch the … portal」。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Expected output</source>
        <translation>預期產出</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What anyone can check when the milestone is done.</source>
        <translation>里程碑完成時，任何人都能查核的成果。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Stakeholders</source>
        <translation>利害關係人</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Who takes part or is consulted.</source>
        <translation>參與或徵詢的對象。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Progress note</source>
        <translation>進度說明</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Evidence of progress, for the self-assessment.</source>
        <translation>進度佐證資料，供自評使用。</translation>
    </message>
</context>
<context>
    <name>OtherPage</name>
    <message>
        <location filename="../forms/OtherPage.ui" line="+17"/>
        <location line="+29"/>
        <source>Additional information</source>
        <translation>其他資訊</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Anything else a reader should know about the commitment.</source>
        <translation>讀者應知道的其他相關資訊。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Budget</source>
        <translation>經費</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Source and amount of funding, when known.</source>
        <translation>經費來源及金額（已知時填寫）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Related government programmes</source>
        <translation>相關政府計畫</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Other government programmes or national plans the commitment supports.</source>
        <translation>本承諾事項所支援的其他政府計畫或國家計畫。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Sustainable Development Goals</source>
        <translation>永續發展目標</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Related SDG targets, e.g. SDG 16.10 public access to information.</source>
        <translation>相關的永續發展目標（SDG）細項，例如：SDG 16.10 確保民眾取得資訊。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+32"/>
        <source>Policy areas</source>
        <translation>政策領域</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Optional OGP policy-area tags; tick every area the commitment touches.</source>
        <translation>選填的 OGP 政策領域標籤；請勾選本承諾事項涉及的所有領域。</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+29"/>
        <source>Other government actors</source>
        <translation>其他政府參與者</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Other public bodies involved in carrying out the commitment.</source>
        <translation>參與執行本承諾事項的其他公部門機關。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Civil society, private sector and multilateral actors</source>
        <translation>公民社會、私部門及多邊組織參與者</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Civil society organisations, businesses, multilateral bodies or working groups involved.</source>
        <translation>參與的公民社會組織、企業、多邊組織或工作小組。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../forms/PlanPage.ui" line="+17"/>
        <location line="+29"/>
        <source>Plan title</source>
        <translation>方案名稱</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The title printed on the cover of the plan.</source>
        <translation>印在方案封面上的名稱。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Issued by</source>
        <translation>發布機關</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The body that issues the plan, e.g. 國家發展委員會.</source>
        <translation>發布本方案的機關，例如：國家發展委員會。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Plan period</source>
        <translation>方案期程</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every commitment and milestone must lie inside this period.</source>
        <translation>所有承諾事項及里程碑都必須在此期程之內。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan start month</source>
        <translation>方案開始年月</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan end month</source>
        <translation>方案結束年月</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <location filename="../forms/ProblemPage.ui" line="+17"/>
        <location line="+29"/>
        <source>Public problem</source>
        <translation>公共問題</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The social, economic, political or environmental problem the commitment addresses. Give baseline data: a number and a year, and say where they come from.</source>
        <translation>本承諾事項所處理的社會、經濟、政治或環境問題。請提供基準資料：一個數字和年份，並註明出處。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Causes of the problem</source>
        <translation>問題成因</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Why the problem exists. Do not describe it as the mere absence of your solution (&quot;there is no platform&quot;).</source>
        <translation>問題為何存在。請勿只寫成缺少您的解決方案（例如「目前沒有平臺」）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>What has been done so far</source>
        <translation>既有作為</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Earlier efforts by the government or others, and what they left unsolved.</source>
        <translation>政府或其他單位過去的努力，以及仍未解決的部分。</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../forms/ValuesPage.ui" line="+12"/>
        <source>Tick a value only when the commitment changes how the public can see, take part in or hold the government to account, and explain the mechanism for each value ticked. Inclusion counts only beside one of the first three.</source>
        <translation>只有當承諾事項確實改變民眾了解政府、參與決策或要求政府負責的方式時，才勾選該價值，並就每個勾選的價值說明其運作機制。「涵容」須搭配前三項價值之一才列計。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Transparency</source>
        <translation>透明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What information becomes public, when, in what form, and for whom.</source>
        <translation>哪些資訊將公開、何時公開、以何種形式公開、公開給誰。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relevance to transparency</source>
        <translation>與透明的關聯</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Public participation</source>
        <translation>公共參與</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who can take part, how, and how their input changes decisions.</source>
        <translation>誰可以參與、如何參與，以及他們的意見如何影響決策。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relevance to public participation</source>
        <translation>與公共參與的關聯</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accountability</source>
        <translation>課責</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the public can trigger a response or a sanction. Internal reporting alone is not accountability.</source>
        <translation>民眾如何促使機關回應或追究責任。僅有內部陳報不算課責。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relevance to accountability</source>
        <translation>與課責的關聯</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inclusion</source>
        <translation>涵容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which groups are reached (gender, youth, people with disabilities, indigenous peoples, new immigrants) and how.</source>
        <translation>觸及哪些群體（性別、青年、身心障礙者、原住民族、新住民）以及如何觸及。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relevance to inclusion</source>
        <translation>與涵容的關聯</translation>
    </message>
</context>
<context>
    <name>nap::Error</name>
    <message>
        <location filename="../core/Error.cpp" line="+14"/>
        <source>The file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a NAP Desk workspace.</source>
        <translation>這個檔案不是 NAP Desk 工作區。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file is damaged; it was left untouched. Open a backup copy instead.</source>
        <translation>工作區檔案已損毀，NAP Desk 未更動該檔案。請改為開啟備份副本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workspace was saved by a newer version of NAP Desk. Update NAP Desk to open it; the file was left untouched.</source>
        <translation>這個工作區是由較新版本的 NAP Desk 儲存。請更新 NAP Desk 後再開啟；檔案未被更動。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder is read-only: NAP Desk cannot save here. Choose a folder you can write to.</source>
        <translation>資料夾為唯讀，NAP Desk 無法在此儲存。請選擇您有寫入權限的資料夾。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another NAP Desk window is editing this workspace.</source>
        <translation>另一個 NAP Desk 視窗正在編輯這個工作區。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace could not be read or written.</source>
        <translation>無法讀取或寫入工作區。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requested item does not exist.</source>
        <translation>找不到所要求的項目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The input is not valid.</source>
        <translation>輸入內容無效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written.</source>
        <translation>無法寫入檔案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full; nothing was written.</source>
        <translation>磁碟空間已滿，未寫入任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file format is not supported.</source>
        <translation>不支援此檔案格式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is open in another program. Close it there and try again, or choose another file name.</source>
        <translation>檔案已在其他程式中開啟。請先在該程式中關閉後再試一次，或改用其他檔名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped before finishing; nothing was written.</source>
        <translation>作業在完成前已停止，未寫入任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder does not exist. Choose another folder.</source>
        <translation>資料夾不存在，請選擇其他資料夾。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (Detail: %1)</source>
        <extracomment>Appended to a message; the translation carries its own spacing (none before full-width brackets).</extracomment>
        <translation>（詳細資訊：%1）</translation>
    </message>
</context>
<context>
    <name>nap::ExportTarget</name>
    <message>
        <location filename="../core/export/ExportTarget.cpp" line="+44"/>
        <source>a folder already has the name %1</source>
        <translation>已有同名的資料夾：%1</translation>
    </message>
</context>
<context>
    <name>nap::XlsxWriter</name>
    <message>
        <location filename="../core/export/XlsxWriter.cpp" line="+204"/>
        <source>row %1, column %2: %3 characters; an Excel cell holds at most %4. Shorten the text, or export the OpenDocument workbook (.ods), which has no such limit</source>
        <translation>第 %1 列 %2 欄有 %3 個字元；Excel 儲存格最多只能容納 %4 個字元。請精簡文字，或改為匯出沒有此限制的 OpenDocument 活頁簿（.ods）</translation>
    </message>
</context>
<context>
    <name>nap::cli</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+22"/>
        <source>Usage: napdesk-cli [--lang zh_TW|en] &lt;command&gt; [options]</source>
        <translation>用法：napdesk-cli [--lang zh_TW|en] &lt;指令&gt; [選項]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &quot;napdesk-cli &lt;command&gt; --help&quot; for its options.</source>
        <translation>執行「napdesk-cli &lt;指令&gt; --help」可查看該指令的選項。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown command: %1</source>
        <translation>不明的指令：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+33"/>
        <source>Option --%1 needs a value.</source>
        <translation>選項 --%1 需要指定值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option: %1</source>
        <translation>不明的選項：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="+13"/>
        <source>Show what a workspace holds.</source>
        <translation>顯示工作區的內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: napdesk-cli info --workspace FILE
Prints the plan and its area, commitment and milestone counts.</source>
        <translation>用法：napdesk-cli info --workspace 檔案
列出方案及其面向、承諾事項與里程碑的數量。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Plan: %1</source>
        <translation>方案：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: %1 to %2</source>
        <translation>期程：%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans: %1</source>
        <translation>方案數：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas: %1</source>
        <translation>面向數：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments: %1</source>
        <translation>承諾事項數：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones: %1</source>
        <translation>里程碑數：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="+12"/>
        <source>Write the sample workspace (the 2020 draft plan).</source>
        <translation>寫出範例工作區（2020 年草案）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: napdesk-cli sample --out FILE
Writes a new workspace with the bilingual sample plan. FILE must not exist yet.</source>
        <translation>用法：napdesk-cli sample --out 檔案
建立含中英雙語範例方案的新工作區。檔案必須尚不存在。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sample workspace written to %1</source>
        <translation>範例工作區已寫入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+76"/>
        <source>The file does not exist: %1</source>
        <translation>檔案不存在：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is too large to be a commitment (over %1 MB): %2</source>
        <translation>檔案過大（超過 %1 MB），不像是一項承諾事項：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be read: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not plain UTF-8 text. Save it as UTF-8 text first: %1</source>
        <translation>檔案不是純 UTF-8 文字，請先另存新檔為 UTF-8 文字檔：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty: %1</source>
        <translation>檔案是空的：%1</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>No commitment %1 in this workspace.</source>
        <translation>此工作區中沒有承諾事項 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check commitments against the quality rules.</source>
        <translation>依品質規則檢查承諾事項。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: napdesk-cli check --workspace FILE [--commitment CODE]... [--format text|json]
                         [--lang zh|en] [--english] [--all-rules]
       napdesk-cli check --text FILE [--format text|json] [--lang zh|en]
Checks commitments against the quality rules and prints the findings and the reviewer&apos;s estimate.
--text checks a commitment pasted as plain UTF-8 text, with the rules that apply to free text.
--english also checks that the English version is complete and current.
--all-rules ignores the workspace&apos;s rule switches.
Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.</source>
        <translation>用法：napdesk-cli check --workspace 檔案 [--commitment 編號]... [--format text|json]
                        [--lang zh|en] [--english] [--all-rules]
      napdesk-cli check --text 檔案 [--format text|json] [--lang zh|en]
依品質規則檢查承諾事項，列出檢查結果及審查者可能的評估。
--text 檢查以純 UTF-8 文字貼上的承諾事項，套用適用於自由文字的規則。
--english 一併檢查英文版本是否完整且為最新。
--all-rules 忽略工作區的規則開關設定。
結束代碼：0 無錯誤，1 發現錯誤，2 用法錯誤或無法讀取輸入。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown format: %1. Use text or json.</source>
        <translation>不明的格式：%1。請使用 text 或 json。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported language. Use --lang zh or --lang en.</source>
        <translation>不支援的語言。請使用 --lang zh 或 --lang en。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+166"/>
        <source>Write NDC forms, the plan document or a workbook.</source>
        <translation>產出國發會表單、方案文件或彙整活頁簿。</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1（%n 個錯誤）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n commitment(s) still have errors: %1.</source>
        <translation>
            <numerusform>%n 項承諾事項仍有錯誤：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix them (napdesk-cli check lists them), or export anyway with --reason TEXT; the reason is recorded in the workspace.</source>
        <translation>請先修正（napdesk-cli check 會列出錯誤），或以 --reason 說明理由後仍予匯出；理由將記錄在工作區中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reason could not be recorded, so nothing was exported: %1</source>
        <translation>無法記錄理由，因此未匯出任何檔案：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exporting %n commitment(s) with open errors; the reason was recorded.</source>
        <translation>
            <numerusform>匯出 %n 項仍有錯誤的承諾事項；理由已記錄。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n field(s) have no English text</source>
        <translation>
            <numerusform>%n 個欄位沒有英文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n English text(s) are older than the Chinese they translate</source>
        <translation>
            <numerusform>%n 段英文早於其對應的中文修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warning: English check for %n commitment(s): %1. The export goes ahead with the text as it is.</source>
        <translation>
            <numerusform>注意：%n 項承諾事項的英文檢查結果：%1。匯出將依現有內容進行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: napdesk-cli export --workspace FILE --format odt|odt-plan|xlsx|ods --lang zh|en|both
                          [--calendar roc|gregorian] --out PATH [--commitment CODE]...
                          [--agency AGENCY] [--reason TEXT]
  odt       NDC commitment forms (all commitments, or those given by --commitment)
  odt-plan  the whole plan: cover, areas and every commitment
  xlsx/ods  the consolidation workbook
The calendar defaults to roc for zh and both, gregorian for en. --agency names the
exporting agency (default: the workspace&apos;s exporting agency setting).
Commitments with open errors are exported only with --reason, which is recorded in
the workspace. English and bilingual exports warn about missing or outdated English.
Exit codes: 0 written, 1 the export failed or was held back, 2 wrong usage or an
unreadable workspace.</source>
        <translation>用法：napdesk-cli export --workspace 檔案 --format odt|odt-plan|xlsx|ods --lang zh|en|both
                         [--calendar roc|gregorian] --out 路徑 [--commitment 編號]...
                         [--agency 機關] [--reason 理由]
  odt       國發會承諾事項表（全部承諾事項，或 --commitment 指定者）
  odt-plan  完整方案：封面、各面向及所有承諾事項
  xlsx/ods  彙整活頁簿
曆法預設為：zh 及 both 使用 roc（民國年），en 使用 gregorian（西元年）。--agency 指定
匯出機關（預設為工作區的匯出機關設定）。
仍有錯誤的承諾事項須以 --reason 說明理由才會匯出，理由記錄在工作區中。英文及中英
對照匯出會提醒缺漏或過時的英文。
結束代碼：0 已寫入，1 匯出失敗或未放行，2 用法錯誤或無法讀取工作區。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Missing option --%1.</source>
        <translation>缺少選項 --%1。</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Unknown format: %1</source>
        <translation>不明的格式：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown language: %1</source>
        <translation>不明的語言：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown calendar: %1</source>
        <translation>不明的曆法：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No commitment has the code %1.</source>
        <translation>沒有編號為 %1 的承諾事項。</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
</context>
<context>
    <name>nap::ui::AgencyListEdit</name>
    <message>
        <location filename="../app/ui/AgencyListEdit.cpp" line="+137"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency to add to %1</source>
        <translation>要加入「%1」的機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add agency to %1</source>
        <translation>將機關加入「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up / Alt+Down moves the selected agency; Delete removes it</source>
        <translation>Alt+Up／Alt+Down 移動所選機關；Delete 鍵移除</translation>
    </message>
</context>
<context>
    <name>nap::ui::AreaEditor</name>
    <message>
        <location filename="../app/ui/AreaEditor.cpp" line="+21"/>
        <source>Edit area</source>
        <translation>編輯面向</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark area text as reviewed</source>
        <translation>將面向文字標示為已校閱</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Area %1</source>
        <translation>面向 %1</translation>
    </message>
</context>
<context>
    <name>nap::ui::BasicPage</name>
    <message>
        <location filename="../app/ui/BasicPage.cpp" line="+23"/>
        <source>Basic data</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Edit %1</source>
        <translation>編輯「%1」</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Set status to %1</source>
        <translation>將狀態設為「%1」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit start month</source>
        <translation>編輯開始年月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit end month</source>
        <translation>編輯結束年月</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>nap::ui::CheckController</name>
    <message>
        <location filename="../app/ui/CheckController.cpp" line="+106"/>
        <source>Put the cursor in a field of the commitment form, or choose a finding, and press F1 for its guidance.</source>
        <translation>請將游標放在承諾事項表單的欄位中，或選取一項檢查結果，再按 F1 查看撰寫指引。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Findings</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click for what reviewers look for, with a strong and a weak example (F1 in the field)</source>
        <translation>點選即可查看審查者的要求，並附良好與不佳的範例（在欄位中可按 F1）</translation>
    </message>
</context>
<context>
    <name>nap::ui::CommitmentChecklist</name>
    <message>
        <location filename="../app/ui/CommitmentChecklist.cpp" line="+67"/>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>nap::ui::CommitmentEditor</name>
    <message>
        <location filename="../app/ui/CommitmentEditor.cpp" line="+118"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Form pages</source>
        <translation>表單頁面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+PgDown / Ctrl+PgUp: next or previous page</source>
        <translation>Ctrl+PgDown／Ctrl+PgUp：下一頁或上一頁</translation>
    </message>
</context>
<context>
    <name>nap::ui::ContactPage</name>
    <message>
        <location filename="../app/ui/ContactPage.cpp" line="+17"/>
        <location line="+4"/>
        <source>Edit %1</source>
        <translation>編輯「%1」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
</context>
<context>
    <name>nap::ui::ContentPage</name>
    <message>
        <location filename="../app/ui/ContentPage.cpp" line="+19"/>
        <source>Commitment</source>
        <translation>承諾事項</translation>
    </message>
</context>
<context>
    <name>nap::ui::DesktopFiles</name>
    <message>
        <location filename="../app/ui/DesktopFiles.cpp" line="+18"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program on this computer opens %1.</source>
        <translation>這部電腦上沒有可開啟 %1 的程式。</translation>
    </message>
</context>
<context>
    <name>nap::ui::DisplayNames</name>
    <message>
        <location filename="../app/ui/DisplayNames.cpp" line="+13"/>
        <source>Commitment name</source>
        <translation>承諾事項名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brief description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public problem</source>
        <translation>公共問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Causes of the problem</source>
        <translation>問題成因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What has been done so far</source>
        <translation>既有作為</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment content</source>
        <translation>承諾事項內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected results</source>
        <translation>預期成果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution to solving the problem</source>
        <translation>對解決問題的貢獻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance to transparency</source>
        <translation>與透明的關聯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance to public participation</source>
        <translation>與公共參與的關聯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance to accountability</source>
        <translation>與課責的關聯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance to inclusion</source>
        <translation>與涵容的關聯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additional information</source>
        <translation>其他資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>經費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related government programmes</source>
        <translation>相關政府計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sustainable Development Goals</source>
        <translation>永續發展目標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other government actors</source>
        <translation>其他政府參與者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Civil society, private sector and multilateral actors</source>
        <translation>公民社會、私部門及多邊組織參與者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact name</source>
        <translation>聯絡人姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact title and department</source>
        <translation>聯絡人職稱及單位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form filled in by</source>
        <translation>填表人／機關／團體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>面向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead agency</source>
        <translation>主辦機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-implementing agencies</source>
        <translation>協辦機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>起迄時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core values</source>
        <translation>核心價值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy areas</source>
        <translation>政策領域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-mail</source>
        <translation>聯絡人電子郵件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transparency</source>
        <translation>透明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public participation</source>
        <translation>公共參與</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accountability</source>
        <translation>課責</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inclusion</source>
        <translation>涵容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No evidence available</source>
        <translation>無佐證資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>尚未開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limited</source>
        <translation>有限進展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Substantial</source>
        <translation>實質進展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>待送出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>已送出</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (ROC %2)</source>
        <translation>%1（民國%2年）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ROC %1/%2</source>
        <extracomment>A month in a narrow table cell, ROC year first (114年3月); shown in Chinese only.</extracomment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>nap::ui::EditorPage</name>
    <message>
        <location filename="../app/ui/EditorPage.cpp" line="+112"/>
        <source>Edit %1</source>
        <translation>編輯「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as reviewed</source>
        <translation>將「%1」標示為已校閱</translation>
    </message>
</context>
<context>
    <name>nap::ui::ExportDialog</name>
    <message>
        <location filename="../app/ui/ExportDialog.cpp" line="+287"/>
        <source>The workspace was closed.</source>
        <translation>工作區已關閉。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Whole plan (%n commitment(s))</source>
        <translation>
            <numerusform>整份方案（%n 項承諾事項）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 ticked</source>
        <translation>已勾選 %1 項（共 %2 項）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current commitment (none is open)</source>
        <translation>目前的承諾事項（未開啟任何承諾事項）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current commitment: %1</source>
        <translation>目前的承諾事項：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (replaces the existing file)</source>
        <translation>%1（將取代現有檔案）</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n field(s) have no English text</source>
        <translation>
            <numerusform>%n 個欄位沒有英文內容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n English text(s) are older than the Chinese they translate</source>
        <translation>
            <numerusform>%n 段英文內容比所翻譯的中文舊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>English check for %n commitment(s): %1. The export goes ahead with the text as it is.</source>
        <translation>
            <numerusform>英文檢查：在 %n 項承諾事項中，%1。匯出仍以目前的內容進行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export did not finish: %1 could not be written. No file was changed.
%2</source>
        <translation>匯出未完成：無法寫入 %1，所有檔案皆未變更。
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese and English (bilingual)</source>
        <translation>中英雙語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ROC era (民國), e.g. %1</source>
        <translation>民國紀年，例如：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gregorian, e.g. %1</source>
        <translation>西元紀年，例如：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+102"/>
        <source>C&amp;lose</source>
        <translation>關閉(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 個檔案寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export to Folder</source>
        <translation>匯出至資料夾</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace Files</source>
        <translation>取代檔案</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The folder already has %n of these file(s):

%1

Replace them?</source>
        <translation>
            <numerusform>資料夾中已有其中 %n 個檔案：

%1

要取代這些檔案嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1 of %2: %3</source>
        <translation>正在寫入第 %1 個檔案（共 %2 個）：%3</translation>
    </message>
</context>
<context>
    <name>nap::ui::ExportGateDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/ExportGateDialog.cpp" line="+95"/>
        <source>%1  %2 — %n error(s)</source>
        <translation>
            <numerusform>%1  %2 — %n 個錯誤</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+75"/>
        <location line="+15"/>
        <source>Export with Open Errors</source>
        <translation>仍有錯誤時匯出</translation>
    </message>
    <message numerus="yes">
        <location line="-89"/>
        <source>%n commitment(s) in this export still have errors. Reviewers look for exactly these gaps. Fix them first, or give the reason for exporting now; the reason is kept in the workspace with the errors it overrides.</source>
        <translation>
            <numerusform>本次匯出中有 %n 項承諾事項仍有錯誤，而這正是審查者會檢視的缺漏。請先修正，或說明現在匯出的理由；理由會連同所略過的錯誤一併記錄在工作區中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason for exporting with errors:</source>
        <translation>仍要匯出的理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: draft for the agency&apos;s internal review; the contact person is named next week.</source>
        <translation>例如：供機關內部審閱的草稿；聯絡人將於下週指定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Anyway</source>
        <translation>仍要匯出</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n commitment(s) in this export still have errors, and the reason for exporting them cannot be recorded because this workspace is open read-only. Fix the errors, or export from the window that can edit the workspace.</source>
        <translation>
            <numerusform>本次匯出中有 %n 項承諾事項仍有錯誤；由於此工作區以唯讀方式開啟，無法記錄匯出理由。請修正錯誤，或改從可編輯此工作區的視窗匯出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reason could not be recorded, so nothing was exported: %1</source>
        <translation>無法記錄理由，因此未匯出任何檔案：%1</translation>
    </message>
</context>
<context>
    <name>nap::ui::ExportOptions</name>
    <message>
        <location filename="../app/ui/ExportOptions.cpp" line="+176"/>
        <source>The plan document always covers the whole plan: choose “Whole plan”.</source>
        <translation>方案文件一律涵蓋整份方案：請選擇「整份方案」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one format.</source>
        <translation>請至少選擇一種格式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commitment is open in the editor.</source>
        <translation>編輯器中沒有開啟任何承諾事項。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one commitment.</source>
        <translation>請至少勾選一項承諾事項。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan has no commitments for the forms yet.</source>
        <translation>方案中尚無可產出表單的承諾事項。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder for the files.</source>
        <translation>請選擇存放檔案的資料夾。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder does not exist.</source>
        <translation>資料夾不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a file, not a folder.</source>
        <translation>這是檔案，不是資料夾。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 “%2”: %3 characters; an Excel cell holds at most %4. Shorten it, or export the OpenDocument workbook (.ods), which has no such limit.</source>
        <translation>%1「%2」有 %3 個字元；Excel 儲存格最多只能容納 %4 個字元。請精簡內容，或改為匯出沒有此限制的 OpenDocument 活頁簿（.ods）。</translation>
    </message>
</context>
<context>
    <name>nap::ui::FileDialog</name>
    <message>
        <location filename="../app/ui/FileDialog.cpp" line="+36"/>
        <source>NAP Desk workspaces (*.napdesk);;All files (*)</source>
        <translation>NAP Desk 工作區 (*.napdesk);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>nap::ui::FindingBadgeDelegate</name>
    <message>
        <location filename="../app/ui/FindingBadgeDelegate.cpp" line="+41"/>
        <source>EN %1</source>
        <extracomment>Tree badge: this many fields lack their translation or have an outdated one.</extracomment>
        <translation>譯 %1</translation>
    </message>
</context>
<context>
    <name>nap::ui::FindingsModel</name>
    <message>
        <location filename="../app/ui/FindingsModel.cpp" line="+22"/>
        <source>Strength</source>
        <translation>優點</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Chinese text</source>
        <translation>出現在中文內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the English text</source>
        <translation>出現在英文內容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Finding</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Milestone %1</source>
        <translation>里程碑 %1</translation>
    </message>
</context>
<context>
    <name>nap::ui::FindingsPanel</name>
    <message>
        <location filename="../app/ui/FindingsPanel.cpp" line="+22"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n 個提示</numerusform>
        </translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready for export: no errors or warnings. %1</source>
        <translation>可以匯出：沒有錯誤或警告。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — errors must be fixed, or confirmed with a reason when exporting.</source>
        <translation>%1 — 錯誤須先修正，或於匯出時說明理由並確認。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Plan: %1 of %n commitment(s) ready for export · %2</source>
        <translation>
            <numerusform>方案：%n 項承諾事項中有 %1 項可以匯出 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (checking…)</source>
        <translation>（檢查中…）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a commitment to see how an independent review would likely rate it.</source>
        <translation>選取一項承諾事項，即可查看獨立審查可能給予的評等。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifiable: %1</source>
        <translation>可查證：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential for results: %1</source>
        <translation>成果潛力：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Field Guidance (F1)</source>
        <translation>欄位撰寫指引（F1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What reviewers look for in the field of the selected finding, with a strong and a weak example</source>
        <translation>審查者對所選檢查結果之欄位的要求，並附良好與不佳的範例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>檢查結果</translation>
    </message>
</context>
<context>
    <name>nap::ui::GuidanceDialog</name>
    <message>
        <location filename="../app/ui/GuidanceDialog.cpp" line="+84"/>
        <source>Guidance: %1</source>
        <translation>撰寫指引：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this guidance in the other language</source>
        <translation>以另一種語言顯示此指引</translation>
    </message>
</context>
<context>
    <name>nap::ui::LocalizedTextEdit</name>
    <message>
        <location filename="../app/ui/LocalizedTextEdit.cpp" line="+135"/>
        <source>Chinese missing</source>
        <translation>缺中文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English missing</source>
        <translation>缺英文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation out of date</source>
        <translation>譯文待更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English changed after review</source>
        <translation>英文於校閱後已修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation up to date</source>
        <translation>譯文為最新</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as reviewed</source>
        <translation>標示為已校閱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the English still matches the Chinese text</source>
        <translation>確認英文仍與中文內容相符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Chinese)</source>
        <translation>%1（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (English)</source>
        <translation>%1（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as reviewed</source>
        <translation>將「%1」標示為已校閱</translation>
    </message>
</context>
<context>
    <name>nap::ui::MainActions</name>
    <message>
        <location filename="../app/ui/MainActions.cpp" line="+117"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>新增工作區(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Commitment</source>
        <translation>新增承諾事項(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move Commitment to Area</source>
        <translation>移動承諾事項至其他面向(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name</source>
        <translation>重新命名(&amp;N)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Dup&amp;licate Commitment</source>
        <translation>複製承諾事項(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Ar&amp;ea</source>
        <translation>新增面向(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renum&amp;ber Areas and Commitments</source>
        <translation>重新編號面向及承諾事項(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Plan</source>
        <translation>在方案中搜尋(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editing Mode</source>
        <translation>編輯模式(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side by Side (Chinese | English)</source>
        <translation>中英並列(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chinese Only</source>
        <translation>僅中文(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English Only</source>
        <translation>僅英文(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checker &amp;Rules…</source>
        <translation>品質檢查規則(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guidance for This Field</source>
        <translation>本欄位撰寫指引(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Plan</source>
        <translation>開啟範例方案(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NAP Desk</source>
        <translation>關於 NAP Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>nap::ui::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="+260"/>
        <source>Add commitment</source>
        <translation>新增承諾事項</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete area</source>
        <translation>刪除面向</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete area %1 and its %n commitment(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>確定要刪除面向 %1 及其 %n 項承諾事項嗎？之後可用「編輯 → 復原」還原。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No recent workspaces</source>
        <translation>沒有最近開啟的工作區</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open Workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved a copy to %1</source>
        <translation>已將副本儲存至 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About NAP Desk</source>
        <translation>關於 NAP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAP Desk %1

Drafts the commitments of Taiwan&apos;s Open Government National Action Plan in Chinese and English, keeps every edit in a local workspace file, and produces the forms the National Development Council collects.</source>
        <translation>NAP Desk %1

以中文及英文撰寫臺灣開放政府國家行動方案的承諾事項，將每一次編輯儲存在本機工作區檔案中，並產出國家發展委員會所彙整的表單。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Chinese interface texts are not available in this build.</source>
        <translation>此版本未包含中文介面文字。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No workspace open</source>
        <translation>未開啟工作區</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>有尚未儲存的變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>儲存中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NAP Desk</source>
        <translation>NAP Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (read-only) — NAP Desk</source>
        <translation>%1（唯讀）— NAP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — NAP Desk</source>
        <translation>%1 — NAP Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No workspace is open. Use File → New Workspace or File → Open Workspace.</source>
        <translation>尚未開啟工作區。請使用「檔案 → 新增工作區」或「檔案 → 開啟工作區」。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Changes not saved</source>
        <translation>變更未儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last changes could not be saved: %1

Close anyway and lose them?</source>
        <translation>最近的變更無法儲存：%1

仍要關閉並放棄這些變更嗎？</translation>
    </message>
</context>
<context>
    <name>nap::ui::MilestoneDelegate</name>
    <message>
        <location filename="../app/ui/MilestoneDelegate.cpp" line="+21"/>
        <source>Milestone start month</source>
        <translation>里程碑開始年月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone end month</source>
        <translation>里程碑結束年月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Responsible agency</source>
        <translation>負責機關</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>延續</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or ongoing</source>
        <translation>新增或延續</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completion</source>
        <translation>完成程度</translation>
    </message>
</context>
<context>
    <name>nap::ui::MilestoneTableModel</name>
    <message>
        <location filename="../app/ui/MilestoneTableModel.cpp" line="+87"/>
        <source>(no description yet)</source>
        <translation>（尚無描述）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ongoing</source>
        <translation>延續</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible agency</source>
        <translation>負責機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New or ongoing</source>
        <translation>新增或延續</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion</source>
        <translation>完成程度</translation>
    </message>
</context>
<context>
    <name>nap::ui::MilestonesPage</name>
    <message>
        <location filename="../app/ui/MilestonesPage.cpp" line="+60"/>
        <source>Edit milestone %1</source>
        <translation>編輯里程碑 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit milestone text</source>
        <translation>編輯里程碑文字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark milestone text as reviewed</source>
        <translation>將里程碑文字標示為已校閱</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Milestone %1: %2</source>
        <translation>里程碑 %1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add milestone</source>
        <translation>新增里程碑</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove milestone %1</source>
        <translation>移除里程碑 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move milestone %1</source>
        <translation>移動里程碑 %1</translation>
    </message>
</context>
<context>
    <name>nap::ui::MonthEdit</name>
    <message>
        <location filename="../app/ui/MonthEdit.cpp" line="+103"/>
        <source>ROC year %1</source>
        <translation>民國%1年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>nap::ui::OtherPage</name>
    <message>
        <location filename="../app/ui/OtherPage.cpp" line="+23"/>
        <source>Edit %1</source>
        <translation>編輯「%1」</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other information</source>
        <translation>其他資訊</translation>
    </message>
</context>
<context>
    <name>nap::ui::PeriodCheck</name>
    <message>
        <location filename="../app/ui/PeriodCheck.cpp" line="+23"/>
        <source>The start lies outside the plan period (%1).</source>
        <translation>開始時間超出方案期程（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start lies outside the commitment period (%1).</source>
        <translation>開始時間超出承諾事項期間（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end is before the start.</source>
        <translation>結束時間早於開始時間。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end lies outside the plan period (%1).</source>
        <translation>結束時間超出方案期程（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end lies outside the commitment period (%1).</source>
        <translation>結束時間超出承諾事項期間（%1）。</translation>
    </message>
</context>
<context>
    <name>nap::ui::PlanEditor</name>
    <message>
        <location filename="../app/ui/PlanEditor.cpp" line="+22"/>
        <source>Edit plan</source>
        <translation>編輯方案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark plan text as reviewed</source>
        <translation>將方案文字標示為已校閱</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit plan start</source>
        <translation>編輯方案開始年月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit plan end</source>
        <translation>編輯方案結束年月</translation>
    </message>
</context>
<context>
    <name>nap::ui::PlanNavigator</name>
    <message>
        <location filename="../app/ui/PlanNavigator.cpp" line="+106"/>
        <source>Find by number, name or agency (Ctrl+F)</source>
        <translation>以編號、名稱或機關搜尋（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in plan</source>
        <translation>在方案中搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan: areas and commitments</source>
        <translation>方案：面向及承諾事項</translation>
    </message>
</context>
<context>
    <name>nap::ui::PlanTreeModel</name>
    <message>
        <location filename="../app/ui/PlanTreeModel.cpp" line="+42"/>
        <source>Translation: %1 missing, %2 out of date</source>
        <translation>翻譯：%1 項缺漏，%2 項待更新</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Checker: ready for export, no errors or warnings</source>
        <translation>品質檢查：可以匯出，沒有錯誤或警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checker: %1, %2</source>
        <translation>品質檢查：%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Untitled plan</source>
        <translation>未命名方案</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Area %1</source>
        <translation>面向 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n 項承諾事項</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lead agency: %1</source>
        <translation>主辦機關：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rename plan</source>
        <translation>重新命名方案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename area</source>
        <translation>重新命名面向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename commitment</source>
        <translation>重新命名承諾事項</translation>
    </message>
</context>
<context>
    <name>nap::ui::ProblemPage</name>
    <message>
        <location filename="../app/ui/ProblemPage.cpp" line="+19"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>nap::ui::RuleSettingsDialog</name>
    <message>
        <location filename="../app/ui/RuleSettingsDialog.cpp" line="+26"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Off since %1</source>
        <translation>自 %1 起停用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switched off by %1</source>
        <translation>由 %1 停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch &amp;On</source>
        <translation>啟用(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch &amp;Off</source>
        <translation>停用(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workspace is open read-only.</source>
        <translation>此工作區以唯讀方式開啟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switched off; the reason is shown in the list.</source>
        <translation>已停用；理由顯示於清單中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this rule does not apply to this plan (recorded)</source>
        <translation>本規則為何不適用於此方案（將予記錄）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checker Rules</source>
        <translation>品質檢查規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quality checker&apos;s rules for this workspace. Switching a rule off removes its findings for everyone who uses this workspace file; the reason and the date are recorded in the workspace.</source>
        <translation>此工作區的品質檢查規則。停用某項規則後，所有使用此工作區檔案的人都不會再看到該規則的檢查結果；停用理由及日期會記錄在工作區中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>nap::ui::ValuesPage</name>
    <message>
        <location filename="../app/ui/ValuesPage.cpp" line="+17"/>
        <source>Claim %1</source>
        <translation>勾選「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw claim %1</source>
        <translation>取消勾選「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Core values</source>
        <translation>核心價值</translation>
    </message>
</context>
<context>
    <name>nap::ui::WorkspaceDocument</name>
    <message>
        <location filename="../app/ui/WorkspaceDocument.cpp" line="+183"/>
        <source>Add commitment %1</source>
        <translation>新增承諾事項 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duplicate commitment %1</source>
        <translation>複製承諾事項 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete commitment %1</source>
        <translation>刪除承諾事項 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move commitment %1 to area %2</source>
        <translation>將承諾事項 %1 移至面向 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renumber commitments</source>
        <translation>重新編號承諾事項</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add area %1</source>
        <translation>新增面向 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete area %1</source>
        <translation>刪除面向 %1</translation>
    </message>
</context>
<context>
    <name>nap::ui::WorkspaceOpener</name>
    <message>
        <location filename="../app/ui/WorkspaceOpener.cpp" line="+23"/>
        <source>%1 is being edited in another NAP Desk window. Changes can only be made there.</source>
        <translation>%1 正由另一個 NAP Desk 視窗編輯中，只能在該視窗中修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in a folder or file NAP Desk cannot write to.</source>
        <translation>%1 所在的資料夾或檔案無法由 NAP Desk 寫入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only?</source>
        <translation>要以唯讀方式開啟嗎？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it read-only to read and copy from it?</source>
        <translation>要以唯讀方式開啟，以便閱讀及複製內容嗎？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAP Desk cannot open %1.</source>
        <translation>NAP Desk 無法開啟 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create workspace</source>
        <translation>無法建立工作區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAP Desk cannot create %1.</source>
        <translation>NAP Desk 無法建立 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>New Workspace</source>
        <translation>新增工作區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Choose a new name; NAP Desk never overwrites a workspace.</source>
        <translation>%1 已存在。請另取新檔名；NAP Desk 不會覆寫任何工作區。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Save a Copy As</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose another file than the open workspace.</source>
        <translation>請選擇與目前開啟的工作區不同的檔案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy could not be written to %1.</source>
        <translation>無法將副本寫入 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the sample plan</source>
        <translation>無法建立範例方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAP Desk cannot write %1.</source>
        <translation>NAP Desk 無法寫入 %1。</translation>
    </message>
</context>
</TS>

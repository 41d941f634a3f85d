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
        <location line="+7"/>
        <source>The same forms as a PDF, to send or sign as they are. Made with LibreOffice.</source>
        <translation>同樣的表單存成 PDF，可直接寄送或簽核。由 LibreOffice 排版產生。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forms as P&amp;DF</source>
        <translation>表單 P&amp;DF 檔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan document as a PDF. Made with LibreOffice. Always the whole plan.</source>
        <translation>方案文件存成 PDF。由 LibreOffice 排版產生。一律為整份方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan document as PD&amp;F</source>
        <translation>方案文件 PD&amp;F 檔</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <translation>請以具體產出開頭，例如「完成…草案並函報行政院」、「建置…平臺並上線」。</translation>
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
        <source>NDC asks one question: how does the commitment relate to the core values? Answer it in one text, or explain each value below: either is accepted. Tick each value the commitment serves; inclusion counts only beside one of the first three.</source>
        <translation>國發會表單只問一題：承諾事項與核心價值有何關聯？可以用一段文字回答，也可以在下方逐項說明，兩種方式皆可。請勾選承諾事項所涉及的每項價值；涵容須與前三項之一並列才算數。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One answer for all values</source>
        <translation>以一段文字回答</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relevance to the core values</source>
        <translation>與核心價值的關聯性</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Values the commitment serves, each with its own answer if you prefer</source>
        <translation>涉及的核心價值（亦可逐項說明）</translation>
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
        <location filename="../core/Error.cpp" line="+15"/>
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
        <source>A file with this name already exists; it was left untouched. Choose another name.</source>
        <translation>已有同名檔案，NAP Desk 未更動該檔案。請改用其他名稱。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an ordinary file (it is a folder, device or pipe); NAP Desk reads and writes only ordinary files. Nothing was changed.</source>
        <translation>這不是一般檔案（而是資料夾、裝置或管道）；NAP Desk 只讀寫一般檔案。未更動任何內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is read-only: NAP Desk cannot save to it. Allow changes to the file (its properties) or save a copy elsewhere.</source>
        <translation>檔案為唯讀，NAP Desk 無法儲存至此檔案。請在檔案內容中允許修改，或將副本另存他處。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name is too long for the disk. Choose a shorter name.</source>
        <translation>檔名過長，磁碟無法接受。請改用較短的名稱。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace&apos;s tables do not match its version: it was changed by another program or damaged. It was left untouched; open a backup copy instead.</source>
        <translation>工作區的資料表與其版本不符：可能已被其他程式修改或已損毀。NAP Desk 未更動該檔案；請改為開啟備份副本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace file is shorter than it should be (it was cut off, for example by an interrupted copy). It was left untouched; open a backup copy instead.</source>
        <translation>工作區檔案比應有的長度短（可能在複製中途被截斷）。NAP Desk 未更動該檔案；請改為開啟備份副本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal file beside the workspace (its name ends in -wal) does not fit this workspace; it may come from another copy. Both files were left untouched. Move the -wal file to another folder and open the workspace again, or open a backup copy.</source>
        <translation>工作區旁的日誌檔（檔名以 -wal 結尾）與此工作區不符，可能來自另一份副本。兩個檔案皆未更動。請將 -wal 檔移到其他資料夾後再開啟工作區，或改為開啟備份副本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the workspace itself (or one of its files): an export must not replace it. Choose another file name.</source>
        <translation>這是工作區本身（或其附屬檔案），匯出不可覆蓋它。請改用其他檔名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder does not exist. Choose another folder.</source>
        <translation>資料夾不存在，請選擇其他資料夾。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF is made with LibreOffice, which is not installed on this computer. Install LibreOffice (free, from libreoffice.org or your IT staff), or export the .odt form and save it as PDF from your word processor.</source>
        <translation>PDF 須由 LibreOffice 產生，但這部電腦未安裝 LibreOffice。請安裝 LibreOffice（免費，可至 libreoffice.org 下載或洽資訊人員），或匯出 .odt 表單後，在文書處理軟體中另存為 PDF。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LibreOffice could not turn the document into a PDF. Close any LibreOffice window that shows a question and try again, or export the .odt form and save it as PDF from your word processor.</source>
        <translation>LibreOffice 無法將文件轉為 PDF。請關閉任何正在詢問問題的 LibreOffice 視窗後再試一次，或匯出 .odt 表單後，在文書處理軟體中另存為 PDF。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a readable workbook or document package: it is not a zip file, or it was cut off (for example by an interrupted download). Ask for the file again.</source>
        <translation>這不是可讀取的活頁簿或文件檔：它不是 zip 檔，或檔案不完整（例如下載中斷）。請向對方重新索取檔案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package holds more, or unpacks to more, than any NAP Desk file does; it was not read, to keep this computer safe. Ask the sender for the original file.</source>
        <translation>這個檔案包含的內容或解壓後的大小超過任何 NAP Desk 檔案；為保護這部電腦，未讀取。請向寄件者索取原始檔案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package holds a file whose name points outside the package; it was not read.</source>
        <translation>檔案內有名稱指向檔案以外位置的項目；未讀取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package is protected with a password; NAP Desk reads only unprotected files. Ask the sender to save it without a password.</source>
        <translation>這個檔案以密碼保護；NAP Desk 只讀取未加密的檔案。請寄件者另存為不設密碼的檔案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file contains macros; NAP Desk does not read files with macros. Ask the sender to save it as an ordinary workbook or document (.xlsx, .ods, .odt, .docx).</source>
        <translation>檔案含有巨集；NAP Desk 不讀取含巨集的檔案。請寄件者另存為一般活頁簿或文件（.xlsx、.ods、.odt、.docx）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s content declares a document type or entities, which NAP Desk files never do; it was not read.</source>
        <translation>檔案內容宣告了文件類型（DTD）或實體，NAP Desk 檔案從不如此；未讀取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s content is nested too deeply or holds a text too long to be a NAP Desk file; it was not read.</source>
        <translation>檔案內容的巢狀層次過深或文字過長，不可能是 NAP Desk 檔案；未讀取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s content is damaged (not well-formed); it was not read.</source>
        <translation>檔案內容已損毀（XML 格式不正確）；未讀取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder holds no file NAP Desk imports (.xlsx, .ods, .odt, .docx, .napdesk).</source>
        <translation>資料夾中沒有 NAP Desk 可匯入的檔案（.xlsx、.ods、.odt、.docx、.napdesk）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This document is not a commitment form: none of the form&apos;s headings (such as 承諾事項名稱 or Commitment name) was found in it.</source>
        <translation>這份文件不是承諾事項表：文件中找不到表單的任何欄位標題（例如「承諾事項名稱」或 Commitment name）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 the message about it.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (Detail: %1)</source>
        <extracomment>Appended to a message; the translation carries its own spacing (none before full-width brackets).</extracomment>
        <translation>（詳細資訊：%1）</translation>
    </message>
</context>
<context>
    <name>nap::ExportTarget</name>
    <message>
        <location filename="../core/export/ExportTarget.cpp" line="+79"/>
        <source>a folder already has the name %1</source>
        <translation>已有同名的資料夾：%1</translation>
    </message>
</context>
<context>
    <name>nap::ExportText</name>
    <message>
        <location filename="../app/ui/ExportOptions.cpp" line="+48"/>
        <source>form</source>
        <translation>承諾事項表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forms</source>
        <translation>承諾事項表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workbook</source>
        <translation>彙整表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>National Action Plan</source>
        <translation>國家行動方案</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 commitments</source>
        <translation>%1項承諾</translation>
    </message>
    <message>
        <location filename="../core/export/ExportText.cpp" line="+31"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxWriter.cpp" line="+321"/>
        <source>Choose from the list</source>
        <translation>請從清單選擇</translation>
    </message>
</context>
<context>
    <name>nap::FormLabels</name>
    <message>
        <location filename="../core/export/FormLabels.cpp" line="+11"/>
        <source>Open Government National Action Plan: Commitment Form</source>
        <translation>開放政府國家行動方案承諾事項表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment name</source>
        <translation>承諾事項名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead (and co-implementing) agencies</source>
        <translation>主（協）辦機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start and end of the commitment</source>
        <translation>承諾事項的起迄時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the commitment</source>
        <translation>承諾事項之描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public problem the commitment addresses</source>
        <translation>承諾事項涉及的公共問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causes of the problem</source>
        <translation>問題成因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been done so far</source>
        <translation>既有作為</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is the commitment</source>
        <translation>承諾事項內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results</source>
        <translation>預期成果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will the commitment contribute to solve the public problem</source>
        <translation>承諾事項本身對於解決這些公共問題有何貢獻與助益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this commitment relevant to OGP values (transparency, participation, accountability)</source>
        <translation>為何此一承諾事項與OGP的核心價值（透明、公共參與、課責）有所相關</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transparency</source>
        <translation>透明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>公共參與</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountability</source>
        <translation>課責</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusion</source>
        <translation>涵容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant</source>
        <translation>相關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core values concerned: %1</source>
        <translation>涉及核心價值：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>其他資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>經費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related government programmes</source>
        <translation>相關政府計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainable Development Goals</source>
        <translation>永續發展目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy areas</source>
        <translation>政策領域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors (government)</source>
        <translation>其他參與者（政府）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors (civil society, private sector, multilaterals)</source>
        <translation>其他參與者（公民社會、私部門、多邊組織）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures / key milestones</source>
        <translation>衡量指標／關鍵里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>關鍵里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected output</source>
        <translation>預期產出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible agency</source>
        <translation>負責機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form filler, agency or organisation</source>
        <translation>填表人/機關/團體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact information</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title and department</source>
        <translation>職稱/單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period</source>
        <translation>方案期程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>發布機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported on</source>
        <translation>匯出日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>面向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no milestones yet)</source>
        <translation>（尚無里程碑）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRAFT: the checker still finds errors in this commitment</source>
        <translation>草稿：品質檢查仍發現本承諾事項有錯誤</translation>
    </message>
</context>
<context>
    <name>nap::HandFilledForm</name>
    <message>
        <location filename="../core/import/HandFilledForm.cpp" line="+124"/>
        <source>Milestone without dates: %1</source>
        <translation>里程碑未寫日期：%1</translation>
    </message>
</context>
<context>
    <name>nap::ImportSource</name>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="+46"/>
        <source>NAP Desk imports .xlsx, .ods, .odt, .docx and .napdesk files; save a .doc or .xls file in one of these first</source>
        <translation>NAP Desk 可匯入 .xlsx、.ods、.odt、.docx 及 .napdesk 檔案；.doc 或 .xls 檔請先另存為其中一種格式</translation>
    </message>
</context>
<context>
    <name>nap::OdtCommitments</name>
    <message>
        <location filename="../core/import/OdtCommitments.cpp" line="+229"/>
        <source>this document was not exported by NAP Desk: it lacks the marks NAP Desk writes for re-import. Import the document NAP Desk exported, even if edited since</source>
        <translation>這份文件不是由 NAP Desk 匯出的：缺少 NAP Desk 為重新匯入而寫入的標記。請匯入 NAP Desk 匯出的文件（匯出後經編輯亦可）</translation>
    </message>
</context>
<context>
    <name>nap::Workbook</name>
    <message>
        <location filename="../core/export/WorkbookModel.cpp" line="+31"/>
        <source>Brief description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public problem</source>
        <translation>公共問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causes</source>
        <translation>問題成因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prior efforts</source>
        <translation>既有作為</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment content</source>
        <translation>承諾事項內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results</source>
        <translation>預期成果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>貢獻與助益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>其他資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>經費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related programmes</source>
        <translation>相關政府計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDGs</source>
        <translation>永續發展目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors (government)</source>
        <translation>其他參與者（政府）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors (civil society)</source>
        <translation>其他參與者（民間）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (Chinese)</source>
        <translation>%1（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (English)</source>
        <translation>%1（英文）</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+61"/>
        <source>UUID</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Plan</source>
        <translation>行動方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>面向</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/WorkbookSummary.cpp" line="+51"/>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/WorkbookSummary.cpp" line="+2"/>
        <source>Commitment name</source>
        <translation>承諾事項名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/WorkbookSummary.cpp" line="+1"/>
        <source>Lead agency</source>
        <translation>主辦機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/export/WorkbookSummary.cpp" line="+1"/>
        <source>Co-implementing agencies</source>
        <translation>協辦機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="-55"/>
        <location filename="../core/export/WorkbookSummary.cpp" line="+3"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transparency</source>
        <translation>透明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>公共參與</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountability</source>
        <translation>課責</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusion</source>
        <translation>涵容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: claimed</source>
        <translation>%1：相關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 explanation</source>
        <translation>%1說明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy areas</source>
        <translation>政策領域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact name</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact title</source>
        <translation>職稱/單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form filler</source>
        <translation>填表人/機關/團體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting agency</source>
        <translation>匯出機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last modified (UTC)</source>
        <translation>最後修改（UTC）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relevance to the core values</source>
        <translation>與核心價值的關聯性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open findings</source>
        <translation>待處理檢查結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/export/WorkbookSummary.cpp" line="+2"/>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/export/WorkbookSummary.cpp" line="+1"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commitment UUID</source>
        <translation>承諾事項識別碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment code</source>
        <translation>承諾事項編號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>關鍵里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected output</source>
        <translation>預期產出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible agency</source>
        <translation>負責機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholders</source>
        <translation>利害關係人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or ongoing</source>
        <translation>新增/延續</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion</source>
        <translation>完成程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress note</source>
        <translation>進度說明</translation>
    </message>
    <message>
        <location filename="../core/export/WorkbookSummary.cpp" line="-27"/>
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
        <location line="+14"/>
        <source>Area name</source>
        <translation>面向</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>里程碑數</translation>
    </message>
</context>
<context>
    <name>nap::XlsxWriter</name>
    <message>
        <location filename="../core/export/XlsxWriter.cpp" line="-84"/>
        <source>row %1, column %2: %3 characters; an Excel cell holds at most %4. Shorten the text, or export the OpenDocument workbook (.ods), which has no such limit</source>
        <translation>第 %1 列 %2 欄有 %3 個字元；Excel 儲存格最多只能容納 %4 個字元。請精簡文字，或改為匯出沒有此限制的 OpenDocument 活頁簿（.ods）</translation>
    </message>
</context>
<context>
    <name>nap::check</name>
    <message>
        <location filename="../core/check/AmbitionRules.cpp" line="+10"/>
        <source>Milestone %1</source>
        <translation>第%1項里程碑</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business as usual</source>
        <comment>C1</comment>
        <translation>例行業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commitment adds a new openness mechanism instead of continuing existing work (“continue to”, “in line with existing”…).</source>
        <comment>C1.about</comment>
        <translation>內容不只是延續現有業務（依現行規定辦理、持續辦理、賡續…），而有新增的開放機制。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” says “%2”, which reads as existing work continued; reviewers would likely rate it Unclear. Say what new openness mechanism or change in rules the commitment adds.</source>
        <comment>C1.bau</comment>
        <translation>「%1」寫有「%2」，看來是延續現有業務，審查者可能評為「不明確」。請說明本承諾新增的開放機制或制度改變。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every milestone is marked as continuing ongoing work. Say what the commitment adds beyond it, or reviewers would likely rate it Unclear.</source>
        <comment>C1.ongoing</comment>
        <translation>所有里程碑都標示為延續既有工作。請說明本承諾在既有工作之外新增了什麼，否則審查者可能評為「不明確」。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Standalone outputs</source>
        <comment>C2</comment>
        <translation>單項產出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every milestone is a website, platform, dataset, training, workshop, campaign or pilot; such standalone outputs are usually rated Modest.</source>
        <comment>C2.about</comment>
        <translation>里程碑不全是網站、平臺、資料集、訓練、工作坊、宣導或試辦；這類單項成果通常只評為「有限」。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every milestone is a website, platform, dataset, training, workshop, campaign or pilot; reviewers would likely rate the potential Modest. Consider a binding change, such as amending a law, issuing rules or mandatory disclosure.</source>
        <comment>C2.modest</comment>
        <translation>所有里程碑都是網站、平臺、資料集、訓練、工作坊、宣導或試辦，審查者可能評為「有限」。可考慮加入具約束力的改變，例如修法、訂定作業要點或強制揭露。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Binding change</source>
        <comment>C3</comment>
        <translation>具約束力的改變</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legal or regulatory output (law, regulation, rules, mandatory disclosure) with a mechanism the public can use may be rated Substantial.</source>
        <comment>C3.about</comment>
        <translation>法規或制度性產出（修法、條例、辦法、作業要點、強制揭露）加上民眾可使用的機制，可能評為「重大」。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strength: the commitment includes a legal or regulatory output with a mechanism the public can use; reviewers may rate the potential Substantial. Keep it, and make clear how the public uses it.</source>
        <comment>C3.substantial</comment>
        <translation>優點：本承諾包含法規或制度性產出，並有民眾可使用的機制，審查者可能評為「重大」。請保留，並寫清楚民眾如何使用。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Public accountability</source>
        <comment>C4</comment>
        <translation>對外課責</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed accountability names a mechanism the public can trigger, not only internal audit or reporting upward.</source>
        <comment>C4.about</comment>
        <translation>主張課責時，說明民眾能啟動的機制，而不只是內部稽核或向上級報告。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The accountability explanation describes only internal audit or reporting upward. Reviewers look for a mechanism the public can trigger: complaints, requests for reasons, published decisions.</source>
        <comment>C4.internal</comment>
        <translation>課責說明只提到內部稽核或向上級報告。審查者要看的是民眾能啟動的機制，例如申訴、請求說明、公開審議結果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The accountability explanation names no mechanism the public can trigger. Say how people can ask for reasons, complain, or learn the outcome.</source>
        <comment>C4.nopublic</comment>
        <translation>課責說明沒有寫出民眾可以啟動的機制。請說明民眾如何要求說明、提出申訴或得知處理結果。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Scope</source>
        <comment>C5</comment>
        <translation>承諾範圍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more than 8 milestones, and not several unrelated components in one commitment.</source>
        <comment>C5.about</comment>
        <translation>里程碑不超過8項，內容不是幾個互不相關的分項拼在一起。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This commitment has %1 milestones (more than 8). Consider splitting it into several commitments, each with one focus.</source>
        <comment>C5.many</comment>
        <translation>本承諾有%1項里程碑（超過8項）。請考慮拆成幾個承諾事項，每項聚焦一個成果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content lists %1 separate parts. If they are independent, split them into separate commitments so each can be assessed on its own.</source>
        <comment>C5.components</comment>
        <translation>承諾內容列出%1個分項。若它們彼此獨立，請拆成不同的承諾事項，讓每項都能單獨評估。</translation>
    </message>
    <message>
        <location filename="../core/check/CompletenessRules.cpp" line="+16"/>
        <source>transparency</source>
        <translation>透明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>participation</source>
        <translation>公共參與</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accountability</source>
        <translation>課責</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inclusion</source>
        <translation>涵容</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Required answers</source>
        <comment>A1</comment>
        <translation>必填欄位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NDC form&apos;s required answers are present: name, lead agency, problem, content, contribution, at least one value explanation, contact name, phone or e-mail, form filler.</source>
        <comment>A1.about</comment>
        <translation>國發會承諾事項表的必填欄位均已填寫：名稱、主政機關、公共問題、內容、貢獻、至少一項核心價值說明、聯絡人、電話或電子郵件、填表人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is empty; the NDC commitment form requires it. Reviewers look for: %2</source>
        <comment>A1.missing</comment>
        <translation>「%1」尚未填寫，這是國發會承諾事項表的必填欄位。審查者看的是：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No core value is explained. Tick at least one of transparency, participation or accountability and explain how this commitment advances it.</source>
        <comment>A1.values</comment>
        <translation>尚未說明任何核心價值。請勾選透明、公共參與或課責至少一項，並說明本承諾如何促進該價值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a contact phone number or e-mail address so NDC and reviewers can reach the contact person.</source>
        <comment>A1.contact</comment>
        <translation>請填寫聯絡電話或電子郵件，讓國發會與審查者能聯絡承辦人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relevance to the core values is answered, but no value is ticked. Tick the values the answer explains: transparency, participation or accountability.</source>
        <comment>A1.unticked</comment>
        <translation>已填寫與核心價值的關聯性，但未勾選任何價值。請勾選該段文字所說明的價值：透明、參與或課責。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Baseline evidence</source>
        <comment>A2</comment>
        <translation>問題的基準資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problem carries baseline evidence: at least one figure and a year or date.</source>
        <comment>A2.about</comment>
        <translation>公共問題附有基準資料：至少一個數據與其年份或日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The problem gives no baseline evidence. State at least one figure and the year it refers to, e.g. “In 2020 the portal listed about 45,000 datasets; 30% had not been updated for a year.”</source>
        <comment>A2.baseline</comment>
        <translation>公共問題缺少基準資料。請寫出至少一個數據及其年份，例如「109年平臺約4萬5千項資料集，其中約3成逾1年未更新」。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Causes</source>
        <comment>A3</comment>
        <translation>問題成因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the causes of the problem and what has been done so far (OGP 2022+ template; not on NDC&apos;s form).</source>
        <comment>A3.about</comment>
        <translation>選填：問題成因及既有作為（OGP 2022 年起範本的欄位，國發會表單未要求）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The causes of the problem are not described. Say what causes it (for example no legal basis, no incentives, no resources) so reviewers can see the commitment addresses them.</source>
        <comment>A3.causes</comment>
        <translation>尚未說明問題的成因。請寫出造成問題的原因（例如缺乏法源、誘因或資源），讓審查者判斷承諾是否對症下藥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consider adding what has been done so far and where it fell short, so the commitment&apos;s added value is clear.</source>
        <comment>A3.prior</comment>
        <translation>可補充目前已採取的作為及其不足，說明本承諾新增了什麼。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Value explanations</source>
        <comment>A4</comment>
        <translation>核心價值說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every claimed value has its own explanation: not empty, not just the value&apos;s name, not one sentence shared by all values.</source>
        <comment>A4.about</comment>
        <translation>每項勾選的核心價值都有具體說明，而非空白、只重複價值名稱，或三項共用同一句話。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is claimed but not explained. Describe the mechanism by which the commitment advances it: what the public can see, which decision they can join, whom they can hold to account.</source>
        <comment>A4.empty</comment>
        <translation>已勾選「%1」卻未說明。請寫出本承諾透過什麼機制促進%1，例如民眾可查詢什麼、可參與哪個決策、可向誰提出申訴。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 explanation only repeats the value&apos;s name or is too short. Describe the mechanism concretely: who can do what, where and when.</source>
        <comment>A4.thin</comment>
        <translation>「%1」的說明只重複價值名稱或過於簡短。請具體寫出機制：誰、可以做什麼、在哪裡、何時。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 explanation is the same as the %2 one. Explain separately how the commitment advances each value.</source>
        <comment>A4.shared</comment>
        <translation>「%1」與「%2」的說明相同。請分別說明本承諾如何促進每一項價值。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Value combination</source>
        <comment>A5</comment>
        <translation>價值組合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusion and technology count only beside transparency, participation or accountability.</source>
        <comment>A5.about</comment>
        <translation>涵容與科技創新只在搭配透明、公共參與或課責時才算數。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only inclusion is claimed. Inclusion (like technology) counts only beside transparency, participation or accountability: claim and explain one of those too.</source>
        <comment>A5.only</comment>
        <translation>只勾選了涵容。涵容（以及科技創新）須搭配透明、公共參與或課責至少一項才算數，請補上並說明。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Placeholder answers</source>
        <comment>A6</comment>
        <translation>佔位答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer is just a placeholder such as “N/A”, “不適用”, “無” or “同上”.</source>
        <comment>A6.about</comment>
        <translation>沒有只填「N/A」、「不適用」、「無」、「同上」之類佔位文字的答案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” only says “%2”. Write the actual answer; if it truly does not apply, say why.</source>
        <comment>A6.field</comment>
        <translation>「%1」只填了「%2」。請寫出實際內容；確實不適用時，請說明原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone %1 only says “%2”. Write a deliverable that can be checked.</source>
        <comment>A6.milestone</comment>
        <translation>第%1項里程碑只填了「%2」。請寫出可查證的交付成果。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Contact format</source>
        <comment>A7</comment>
        <translation>聯絡方式格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address is valid; the phone is a Taiwan number with area code, extension allowed.</source>
        <comment>A7.about</comment>
        <translation>電子郵件格式正確；電話為含區碼的臺灣號碼，可加分機。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail address “%1” is not valid. Enter a full address such as name@agency.gov.tw.</source>
        <comment>A7.email</comment>
        <translation>電子郵件「%1」格式不正確。請填寫完整地址，例如 name@agency.gov.tw。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone number “%1” is not valid. Include the area code, e.g. 02-2316-5300#123, (02)2316-5300 or 0912-345-678.</source>
        <comment>A7.phone</comment>
        <translation>電話「%1」格式不正確。請含區碼，例如 02-2316-5300#123、(02)2316-5300 或 0912-345-678。</translation>
    </message>
    <message>
        <location filename="../core/check/Estimate.cpp" line="+33"/>
        <source>It reads as existing work continued (“%1”), with no added openness.</source>
        <comment>estimate.bau</comment>
        <translation>內容看來是延續現有業務（「%1」），沒有新增的開放機制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every milestone continues ongoing work.</source>
        <comment>estimate.ongoing</comment>
        <translation>所有里程碑都是延續既有工作。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Reviewers do not rate the potential of a commitment they cannot verify.</source>
        <comment>estimate.unverifiable</comment>
        <translation>無法查證的承諾，審查者通常不再評估其成果潛力。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No milestones were found in this text, so whether it is verifiable cannot be estimated.</source>
        <comment>estimate.no_milestones</comment>
        <translation>這段文字中找不到里程碑，因此無法預估是否可查證。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no milestones, and the text only pledges to “%1” without naming anything that will be delivered.</source>
        <comment>estimate.pledge</comment>
        <translation>沒有里程碑，內容只承諾「%1」，沒有寫出任何將交付的產出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no milestones, and the commitment leaves open what it applies to (“%1”).</source>
        <comment>estimate.open_scope</comment>
        <translation>沒有里程碑，承諾事項也沒有說明適用於哪些對象（「%1」）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones that start with a process verb and name no concrete output: %2 of %1.</source>
        <comment>estimate.vague</comment>
        <translation>%1項里程碑中有%2項以過程動詞開頭而沒有具體產出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones naming a concrete deliverable: %2 of %1.</source>
        <comment>estimate.checkable</comment>
        <translation>%1項里程碑中有%2項寫出具體的交付產出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without milestones the text shows no activities to judge a change by, and it names no binding change.</source>
        <comment>estimate.no_activities</comment>
        <translation>沒有里程碑，文字中看不出可據以判斷改變的具體工作，也沒有具約束力的改變。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It acts on a named law or regulation (adopts, amends, enacts or submits it): a binding change.</source>
        <comment>estimate.binding</comment>
        <translation>承諾事項本身就是對特定法規的作為（通過、修正、制定或送審）：屬具約束力的改變。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its aim is to change the rules themselves or what an institution may do (“%1”): a binding change.</source>
        <comment>estimate.framework</comment>
        <translation>其目標在改變規範本身或機關的職權（「%1」）：屬具約束力的改變。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It opens an area where secrecy shields power (“%1”): reviewers rate such openness as a major change in practice.</source>
        <comment>estimate.high_stakes</comment>
        <translation>承諾事項開放了一個保密會掩護權力的領域（「%1」）：審查者會將這種公開視為實務上的重大改變。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its outputs are standalone: websites, platforms, data, training or pilots.</source>
        <comment>estimate.standalone</comment>
        <translation>產出都是網站、平臺、資料、訓練或試辦等單項成果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A positive step, but it changes no rule, practice or institution in a binding way.</source>
        <comment>estimate.positive</comment>
        <translation>屬正面的改善，但沒有以具約束力的方式改變法規、制度或機構運作。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reviewer&apos;s estimate (not an official rating)</source>
        <translation>審查預估（非正式評等）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unclear</source>
        <translation>不明確</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modest</source>
        <translation>有限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>substantial</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>verifiable</source>
        <translation>可查證</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verifiable</source>
        <translation>無法查證</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verifiability cannot be estimated from this text</source>
        <translation>無法從這段文字預估是否可查證</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2; potential for results: %3</source>
        <translation>%1：%2；成果潛力：%3</translation>
    </message>
    <message>
        <location filename="../app/ui/GuidanceDialog.cpp" line="+87"/>
        <location filename="../core/check/Guidance.cpp" line="+73"/>
        <source>What reviewers look for</source>
        <translation>審查者看什麼</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/check/Guidance.cpp" line="+1"/>
        <source>Strong example</source>
        <translation>好的寫法</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/check/Guidance.cpp" line="+1"/>
        <source>Weak example</source>
        <translation>常見的弱寫法</translation>
    </message>
    <message>
        <location filename="../core/check/Guidance.cpp" line="+2"/>
        <source>: </source>
        <extracomment>The colon after a heading; full-width in Chinese.</extracomment>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../core/check/GuidanceTexts.cpp" line="+11"/>
        <source>Commitment name</source>
        <comment>title</comment>
        <translation>承諾事項名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line that says what will change. Name the result, not the programme or a slogan; avoid starting with “promote” or “strengthen”.</source>
        <comment>title.look</comment>
        <translation>一句話說出要改變什麼。以成果命名，而不是以業務或口號命名；避免用「推動」「強化」開頭。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legislating government open data and its use</source>
        <comment>title.strong</comment>
        <translation>政府資料開放與運用法制化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoting open data</source>
        <comment>title.weak</comment>
        <translation>推動資料開放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief description</source>
        <comment>brief</comment>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two or three sentences: the problem, what will be done, and what will be different afterwards, so a reader who skips the rest still understands.</source>
        <comment>brief.look</comment>
        <translation>兩三句話交代問題、要做什麼、完成後有什麼不同，讓沒讀全文的人也看得懂。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People cannot currently require an agency to open data. This commitment enacts an open data law so anyone can file a request and the agency must answer within 30 days.</source>
        <comment>brief.strong</comment>
        <translation>民眾目前無法依法要求機關開放資料。本承諾制定資料開放法，讓民眾可提出申請，機關須於30日內回覆。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This commitment aims to promote open government and improve transparency.</source>
        <comment>brief.weak</comment>
        <translation>本承諾旨在推動開放政府，提升施政透明。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public problem</source>
        <comment>problem</comment>
        <translation>公共問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The concrete problem people face and who is affected, with baseline evidence: at least one figure and its year. The problem must be more than the absence of what you plan to build.</source>
        <comment>problem.look</comment>
        <translation>民眾面對的具體問題、受影響的人，並附基準資料：至少一個數據與年份。問題不能只是「缺乏」你要建置的東西。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In 2020 the national portal listed about 45,000 datasets, some 30% not updated for a year, and people had no right to request a specific dataset.</source>
        <comment>problem.strong</comment>
        <translation>109年政府資料開放平臺約有4萬5千項資料集，其中約3成逾1年未更新；民眾無權要求機關開放特定資料。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no open data platform.</source>
        <comment>problem.weak</comment>
        <translation>缺乏資料開放平臺。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the problem exists: gaps in rules, incentives, resources or skills. The commitment should act on these causes.</source>
        <comment>causes.look</comment>
        <translation>問題為什麼存在：法規、誘因、資源或能力的缺口。承諾應該針對這些成因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duty to open data rests on administrative rules only, with no statutory request mechanism; agencies lack staff and budget to prepare data.</source>
        <comment>causes.strong</comment>
        <translation>開放義務只規定在行政規則，沒有法律位階的申請機制；機關缺乏整理資料的人力與預算。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agencies do not pay enough attention.</source>
        <comment>causes.weak</comment>
        <translation>各機關不夠重視。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been done so far</source>
        <comment>prior_efforts</comment>
        <translation>既有作為</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been tried, what it achieved and what is still missing, which shows what this commitment adds.</source>
        <comment>prior_efforts.look</comment>
        <translation>已經做過什麼、成效如何、還缺什麼，藉此說明本承諾新增的部分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since 2012 administrative rules have opened some 45,000 datasets, but people still cannot ask for a specific one.</source>
        <comment>prior_efforts.strong</comment>
        <translation>自101年起以行政規則推動資料開放，已開放約4萬5千項資料集，但民眾仍無法要求開放特定資料。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our agency has always valued open data.</source>
        <comment>prior_efforts.weak</comment>
        <translation>本機關一向重視資料開放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exactly what will be done, by whom and by when, with the expected results and overall goal. Describe the new mechanism, not the continuation of existing work.</source>
        <comment>content.look</comment>
        <translation>具體要做什麼、由誰做、何時完成，以及預期成果與整體目標。說明新的機制，而不是延續現有業務。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft a Government Data Openness and Use Act that defines what must be opened, how the public may request data, how disputes are settled and what quality data must meet, and consult the public on the draft.</source>
        <comment>content.strong</comment>
        <translation>研擬「政府資料開放與運用法」草案，明定開放範圍、民眾申請程序、爭議處理與資料品質要求，並公開徵詢各界意見。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue to promote open data and improve transparency.</source>
        <comment>content.weak</comment>
        <translation>持續推動資料開放，提升政府透明度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected results</source>
        <comment>expected_results</comment>
        <translation>預期成果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be different for people or users afterwards, ideally measurable (numbers, deadlines). Outputs are not results.</source>
        <comment>expected_results.look</comment>
        <translation>完成後民眾或使用者會有什麼不同，最好可以衡量（數字、期限）。產出不等於成果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People can request data by law; agencies must answer within 30 days with reasons, and refusals can be appealed.</source>
        <comment>expected_results.strong</comment>
        <translation>民眾可依法申請開放資料，機關須於30日內回覆並說明理由；不服者可提出申訴。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform is built.</source>
        <comment>expected_results.weak</comment>
        <translation>完成平臺建置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the commitment, step by step, solves the problem and causes described above; reviewers check that the two match.</source>
        <comment>contribution.look</comment>
        <translation>承諾如何一步步解決前面寫的問題與成因；審查者會檢查兩者是否對得上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turning rules into law makes openness a duty of every agency and gives the public a right to request data and to seek redress.</source>
        <comment>contribution.strong</comment>
        <translation>以法律取代行政規則，使資料開放成為機關義務，並讓民眾有請求與救濟的管道。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It will help solve the problem.</source>
        <comment>contribution.weak</comment>
        <translation>有助於解決上述問題。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Relevance to transparency</source>
        <comment>value_transparency</comment>
        <translation>與透明的關聯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which information becomes public, when, in what form and where people find it. “Improves transparency” alone does not count.</source>
        <comment>value_transparency.look</comment>
        <translation>哪些資訊會公開、何時、以什麼形式、民眾在哪裡可以取得。只寫「提升透明」不算。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every agency must publish its data inventory and its reasons for withholding, searchable on the portal.</source>
        <comment>value_transparency.strong</comment>
        <translation>各機關須公開資料清單與不開放的理由，民眾可於平臺查詢。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Improves government transparency.</source>
        <comment>value_transparency.weak</comment>
        <translation>提升政府透明度。</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Causes of the problem</source>
        <comment>causes</comment>
        <translation>問題成因</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Commitment content</source>
        <comment>content</comment>
        <translation>承諾事項內容</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contribution to solving the problem</source>
        <comment>contribution</comment>
        <translation>對解決問題的貢獻</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Relevance to public participation</source>
        <comment>value_participation</comment>
        <translation>與公共參與的關聯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which decision the public can influence, how they take part, and how their input is answered.</source>
        <comment>value_participation.look</comment>
        <translation>民眾能影響哪一個決定、用什麼方式參與，以及意見如何被回應。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft is posted for 60 days of comment on the participation platform, with three open consultations and a published response to every comment.</source>
        <comment>value_participation.strong</comment>
        <translation>草案於公共政策網路參與平臺預告60日，並辦理3場公開諮詢，意見回應表公開。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broadens public participation.</source>
        <comment>value_participation.weak</comment>
        <translation>擴大公共參與。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance to accountability</source>
        <comment>value_accountability</comment>
        <translation>與課責的關聯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mechanism the public can trigger: complaints, requests for reasons, published decisions, and what follows. Internal audit or reporting upward does not count.</source>
        <comment>value_accountability.look</comment>
        <translation>民眾能啟動的機制：申訴、請求說明、公開審議結果，以及之後會發生什麼。內部稽核或向上級報告不算。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A refused requester can appeal, and the advisory group publishes its decision within 30 days.</source>
        <comment>value_accountability.strong</comment>
        <translation>申請遭拒者可提出申訴，由資料開放諮詢小組於30日內公開審議結果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress is reported to the ministry regularly.</source>
        <comment>value_accountability.weak</comment>
        <translation>定期向上級報告辦理情形。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevance to inclusion</source>
        <comment>value_inclusion</comment>
        <translation>與涵容的關聯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which groups, which barriers are removed, and how their part is ensured. Inclusion counts only beside transparency, participation or accountability.</source>
        <comment>value_inclusion.look</comment>
        <translation>哪些群體、排除了什麼障礙、如何確保他們參與。涵容須搭配透明、參與或課責之一。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consultations offer sign-language and indigenous-language interpretation, and one is held in a rural township.</source>
        <comment>value_inclusion.strong</comment>
        <translation>諮詢會議提供手語翻譯與原住民族語口譯，並在偏鄉辦理1場。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ensures diversity and inclusion.</source>
        <comment>value_inclusion.weak</comment>
        <translation>落實多元包容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <comment>additional_info</comment>
        <translation>其他資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget, links to other government programmes or national plans, the SDG targets served. If there is nothing, say why rather than writing “none”.</source>
        <comment>additional_info.look</comment>
        <translation>預算、與其他政府計畫或國家政策的關聯、對應的永續發展目標。沒有就說明原因，不要只寫「無」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked to the Digital Government Programme and SDG 16.10; funded from the annual budget.</source>
        <comment>additional_info.strong</comment>
        <translation>與「數位政府計畫」及SDG 16.10相關；經費由年度公務預算支應。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None.</source>
        <comment>additional_info.weak</comment>
        <translation>無。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <comment>budget</comment>
        <translation>經費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount, source and period, so reviewers can judge whether the commitment is resourced.</source>
        <comment>budget.look</comment>
        <translation>金額、來源與期間，讓審查者判斷承諾是否有資源執行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About NT$5 million a year in 2025–2028 from the National Development Council&apos;s budget.</source>
        <comment>budget.strong</comment>
        <translation>114至117年每年約新臺幣500萬元，由國家發展委員會公務預算支應。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depending on the budget.</source>
        <comment>budget.weak</comment>
        <translation>視預算編列情形辦理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related government programmes</source>
        <comment>related_programmes</comment>
        <translation>相關政府計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme&apos;s full name and how it relates to this commitment (funding, division of work, timing).</source>
        <comment>related_programmes.look</comment>
        <translation>寫出計畫全名與它和本承諾的關係（經費、分工或時程）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data governance part of the Digital Government Programme 2025–2028 funds the portal upgrade.</source>
        <comment>related_programmes.strong</comment>
        <translation>「數位政府計畫（114–117年）」資料治理子計畫提供平臺改版經費。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Related programmes.</source>
        <comment>related_programmes.weak</comment>
        <translation>相關計畫。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainable Development Goals</source>
        <comment>sdgs</comment>
        <translation>永續發展目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give target numbers, and only the targets that truly apply.</source>
        <comment>sdgs.look</comment>
        <translation>寫到細項目標編號，並只列真正相關的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SDG 16.6 (effective, accountable and transparent institutions), 16.10 (public access to information)</source>
        <comment>sdgs.strong</comment>
        <translation>SDG 16.6（有效、負責且透明的機構）、16.10（確保民眾取得資訊）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SDGs</source>
        <comment>sdgs.weak</comment>
        <translation>SDGs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other government actors</source>
        <comment>actors_government</comment>
        <translation>其他政府參與者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Civil society, private sector and multilateral actors</source>
        <comment>actors_civil</comment>
        <translation>公民社會、私部門及多邊組織參與者</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Contact title and department</source>
        <comment>contact_title</comment>
        <translation>聯絡人職稱及單位</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Period</source>
        <comment>period</comment>
        <translation>起迄時間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Core values</source>
        <comment>value_claims</comment>
        <translation>核心價值</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contact e-mail</source>
        <comment>contact_email</comment>
        <translation>聯絡人電子郵件</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Name each agency and its role.</source>
        <comment>actors_government.look</comment>
        <translation>列出機關名稱與各自的角色。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Relevance to the core values</source>
        <comment>relevance</comment>
        <translation>與核心價值的關聯性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One answer for the values ticked: for each, the mechanism (what the public can see, which decision they can join, whom they can hold to account). Naming the values alone does not count.</source>
        <comment>relevance.look</comment>
        <translation>以一段文字說明所勾選的價值：每項價值各以什麼機制落實（民眾能看到什麼、能參與哪項決策、能向誰究責）。只列出價值名稱不算說明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budgets are published as machine-readable data; questions sent through the site are answered in public within 30 days.</source>
        <comment>relevance.strong</comment>
        <translation>預算以機器可讀格式公開；民眾透過網站提出的疑問，於30日內公開回覆。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The commitment embodies the spirit of open government.</source>
        <comment>relevance.weak</comment>
        <translation>本承諾事項體現開放政府精神。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Ministry of Digital Affairs (runs the portal), Ministry of Justice (legal advice)</source>
        <comment>actors_government.strong</comment>
        <translation>數位發展部（平臺維運）、法務部（法制諮詢）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relevant agencies</source>
        <comment>actors_government.weak</comment>
        <translation>相關機關</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the civil society organisations, businesses or multilaterals and their roles; co-creation is at the heart of open government.</source>
        <comment>actors_civil.look</comment>
        <translation>列出民間團體、企業或國際組織的名稱與角色；共同參與是開放政府的核心。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Culture Foundation (consulted on the draft), a data users&apos; association (tests and gives feedback)</source>
        <comment>actors_civil.strong</comment>
        <translation>開放文化基金會（參與草案諮詢）、臺灣資料協會（試用並回饋）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NGOs</source>
        <comment>actors_civil.weak</comment>
        <translation>民間團體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <comment>contact_name</comment>
        <translation>聯絡人姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real name of the officer who can answer questions about it.</source>
        <comment>contact_name.look</comment>
        <translation>能回答本承諾問題的承辦人本名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wang Hsiao-ming</source>
        <comment>contact_name.strong</comment>
        <translation>王小明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer in charge</source>
        <comment>contact_name.weak</comment>
        <translation>承辦人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title and unit, so people can reach or refer to the contact.</source>
        <comment>contact_title.look</comment>
        <translation>職稱與所屬單位，方便聯絡與轉介。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section Chief, Department of Information Management, NDC</source>
        <comment>contact_title.strong</comment>
        <translation>國家發展委員會資訊管理處 科長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <comment>contact_title.weak</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form filled in by</source>
        <comment>form_filler</comment>
        <translation>填表人／機關／團體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full name of the agency or organisation completing the form, with the unit if useful.</source>
        <comment>form_filler.look</comment>
        <translation>填寫本表的機關或團體全名，必要時加上單位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Department of Information Management, National Development Council</source>
        <comment>form_filler.strong</comment>
        <translation>國家發展委員會資訊管理處</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Us</source>
        <comment>form_filler.weak</comment>
        <translation>本會</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <comment>code</comment>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Area-number”, e.g. 1-1: the area&apos;s number and the position within the area.</source>
        <comment>code.look</comment>
        <translation>「領域-序號」，例如1-1；由領域編號與在領域中的順序組成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2-4</source>
        <comment>code.strong</comment>
        <translation>2-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <comment>code.weak</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <comment>area</comment>
        <translation>面向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The challenge area the commitment mainly addresses; it sets the number and the place in the plan.</source>
        <comment>area.look</comment>
        <translation>選擇承諾主要處理的挑戰領域，它決定編號與方案中的位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digital governance</source>
        <comment>area.strong</comment>
        <translation>數位治理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>area.weak</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency</source>
        <comment>lead_agency</comment>
        <translation>主辦機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One agency that is responsible for delivery and can be held to account.</source>
        <comment>lead_agency.look</comment>
        <translation>一個負責交付成果、可以被問責的機關。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National Development Council</source>
        <comment>lead_agency.strong</comment>
        <translation>國家發展委員會</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ministries</source>
        <comment>lead_agency.weak</comment>
        <translation>各部會</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-implementing agencies</source>
        <comment>co_agencies</comment>
        <translation>協辦機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies that deliver part of the work; each should own at least one milestone.</source>
        <comment>co_agencies.look</comment>
        <translation>實際負責部分工作的機關；每個協辦機關最好都有自己負責的里程碑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ministry of Digital Affairs, Ministry of Justice</source>
        <comment>co_agencies.strong</comment>
        <translation>數位發展部、法務部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevant agencies</source>
        <comment>co_agencies.weak</comment>
        <translation>相關機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months, inside the plan period and consistent with the milestones.</source>
        <comment>period.look</comment>
        <translation>以年月表示，須在方案期間內，且與里程碑一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2025/03 to 2028/12</source>
        <comment>period.strong</comment>
        <translation>2025/03～2028/12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2025/03 to 2030/12 (the plan ends in 2028)</source>
        <comment>period.weak</comment>
        <translation>2025/03～2030/12（方案於2028年結束）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick only the values you explain; inclusion and technology count only beside transparency, participation or accountability.</source>
        <comment>value_claims.look</comment>
        <translation>只勾選有具體說明的價值；涵容與科技創新須搭配透明、參與或課責。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transparency and accountability, each with its own explanation</source>
        <comment>value_claims.strong</comment>
        <translation>透明、課責（各有不同的具體說明）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All four ticked, with the same sentence for each</source>
        <comment>value_claims.weak</comment>
        <translation>四項全勾，說明都是同一句話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy areas</source>
        <comment>policy_tags</comment>
        <translation>政策領域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OGP policy areas the commitment really touches, for consolidation and comparison.</source>
        <comment>policy_tags.look</comment>
        <translation>選擇承諾真正涉及的OGP政策領域，方便彙整與比較。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open data, legislation</source>
        <comment>policy_tags.strong</comment>
        <translation>開放資料、立法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every area ticked</source>
        <comment>policy_tags.weak</comment>
        <translation>勾選全部領域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <comment>contact_phone</comment>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With area code; an extension is fine.</source>
        <comment>contact_phone.look</comment>
        <translation>含區碼，可加分機。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>02-2316-5300#123</source>
        <comment>contact_phone.strong</comment>
        <translation>02-2316-5300#123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>23165300</source>
        <comment>contact_phone.weak</comment>
        <translation>23165300</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complete address that receives mail; a unit mailbox still works when staff change.</source>
        <comment>contact_email.look</comment>
        <translation>可收信的完整地址；建議用單位信箱，人員異動時仍聯絡得到。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opendata@ndc.gov.tw</source>
        <comment>contact_email.strong</comment>
        <translation>opendata@ndc.gov.tw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ndc.gov.tw</source>
        <comment>contact_email.weak</comment>
        <translation>ndc.gov.tw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>status</comment>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark it ready only when no errors or warnings remain; changes after submission need a new check.</source>
        <comment>status.look</comment>
        <translation>沒有錯誤與警告時才標示為「完成」；送出後的修改需重新確認。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: no errors or warnings left</source>
        <comment>status.strong</comment>
        <translation>完成：檢查無錯誤與警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted with open errors</source>
        <comment>status.weak</comment>
        <translation>已送出，但仍有錯誤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <comment>milestones</comment>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is a verifiable deliverable with its completion state (submitted, launched, published, N sessions), start and end months and a responsible agency, spread over the years.</source>
        <comment>milestones.look</comment>
        <translation>每項是可查證的交付成果加上完成狀態（函報、上線、發布、N場次），有起迄年月與負責機關，並分布在各年度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit the draft Government Data Openness and Use Act to the Executive Yuan (2025/01–2025/12, National Development Council)</source>
        <comment>milestones.strong</comment>
        <translation>完成「政府資料開放與運用法」草案並函報行政院（2025/01～2025/12，國家發展委員會）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue to promote open data (2025/01–2028/12)</source>
        <comment>milestones.weak</comment>
        <translation>持續推動資料開放（2025/01～2028/12）</translation>
    </message>
    <message>
        <location filename="../core/check/LogicRules.cpp" line="+13"/>
        <source>Problem restates the solution</source>
        <comment>D1</comment>
        <translation>問題即解方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problem is more than the absence of the solution (problem “no X platform”, content “build an X platform”).</source>
        <comment>D1.about</comment>
        <translation>公共問題不只是「缺乏」承諾要建置的東西（問題「缺乏X平臺」、內容「建置X平臺」）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The problem only says “%1” is missing, and the commitment is to build it. Describe what the gap does to people, with figures: what they cannot do, what it costs them in time or money.</source>
        <comment>D1.absence</comment>
        <translation>公共問題只說缺少「%1」，而承諾內容正是建置它。請說明這個缺口對民眾造成什麼影響並附數據，例如民眾因此無法做什麼、付出多少時間或成本。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Change for people</source>
        <comment>D2</comment>
        <translation>對人的改變</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected results (in the NDC form, part of the content) describe a change for people, not only outputs.</source>
        <comment>D2.about</comment>
        <translation>預期成果（或國發會表單中承諾內容裡的成果）描述對民眾的改變，而不只是產出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No expected results yet. Describe what will change for people once it is done, e.g. “people who request data get an agency&apos;s answer within 30 days”.</source>
        <comment>D2.missing</comment>
        <translation>尚未寫出預期成果。請描述完成後民眾或使用者會有什麼改變，例如「民眾申請資料可於30日內獲得機關回覆」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expected results describe outputs, not a change for people. Say who will be able to do what differently.</source>
        <comment>D2.outputs</comment>
        <translation>預期成果只描述了產出，沒有寫出對民眾的改變。請說明誰因此能做什麼不同的事。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>English version</source>
        <comment>E3</comment>
        <translation>英文版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an English or bilingual export, every Chinese text has an English version that is not older than the Chinese.</source>
        <comment>E3.about</comment>
        <translation>英文或雙語匯出時，每段中文都有英文版本，且英文不比中文舊。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” has no English version yet. Add the translation before an English or bilingual export.</source>
        <comment>E3.missing</comment>
        <translation>「%1」還沒有英文版本。英文或雙語匯出前請補上翻譯。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Chinese text of “%1” changed after its English translation. Update the English, or mark it reviewed if both still match.</source>
        <comment>E3.stale</comment>
        <translation>「%1」的中文在英文翻譯之後又修改過。請更新英文；若兩者仍一致，請標示為已校對。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Milestone %1 has no English version yet. Add the translation before an English or bilingual export.</source>
        <comment>E3.milestone_missing</comment>
        <translation>第%1項里程碑還沒有英文版本。英文或雙語匯出前請補上翻譯。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Chinese text of milestone %1 changed after its English translation. Update the English, or mark it reviewed if both still match.</source>
        <comment>E3.milestone_stale</comment>
        <translation>第%1項里程碑的中文在英文翻譯之後又修改過。請更新英文；若兩者仍一致，請標示為已校對。</translation>
    </message>
    <message>
        <location filename="../core/check/VerifiabilityRules.cpp" line="+20"/>
        <source>Milestones</source>
        <comment>B1</comment>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is at least one milestone.</source>
        <comment>B1.about</comment>
        <translation>至少有一項里程碑。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no milestones. List at least one verifiable deliverable with start and end months and a responsible agency, e.g. “Submit the draft ○○ Act to the Executive Yuan (2025/01–2025/12)”.</source>
        <comment>B1.none</comment>
        <translation>尚無里程碑。請列出至少一項可查證的交付成果，附起迄年月與負責機關，例如「完成○○草案並函報行政院（2025/01～2025/12）」。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Milestone essentials</source>
        <comment>B2</comment>
        <translation>里程碑要素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every milestone has a description, an end month and a responsible agency.</source>
        <comment>B2.about</comment>
        <translation>每項里程碑都有描述、完成年月與負責機關。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Milestone %1 has no description. Write a deliverable that can be checked.</source>
        <comment>B2.description</comment>
        <translation>第%1項里程碑沒有描述。請寫出可查證的交付成果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone %1 has no end month. Enter the month it will be done (yyyy/mm).</source>
        <comment>B2.end</comment>
        <translation>第%1項里程碑沒有完成年月。請填寫預計完成的年月（yyyy/mm）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone %1 has no responsible agency. Choose the agency that will deliver it.</source>
        <comment>B2.agency</comment>
        <translation>第%1項里程碑沒有負責機關。請選擇負責完成的機關。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dates</source>
        <comment>B3</comment>
        <translation>起迄時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start is not after end; milestones lie inside the commitment period, the commitment inside the plan period; nothing starts after the plan ends.</source>
        <comment>B3.about</comment>
        <translation>開始不晚於結束；里程碑在承諾期間內；承諾事項在方案期間內；沒有任何項目在方案結束後才開始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The commitment has no start or end month. Enter both (inside the plan period).</source>
        <comment>B3.period_missing</comment>
        <translation>承諾事項尚未填寫起迄年月。請填寫開始與結束年月（須在方案期間內）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The commitment starts (%1) after it ends (%2). Correct the period.</source>
        <comment>B3.order</comment>
        <translation>承諾事項的開始年月（%1）晚於結束年月（%2）。請更正起迄時間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The commitment period (%1 to %2) falls outside the plan period (%3 to %4). Move it inside the plan period.</source>
        <comment>B3.outside_plan</comment>
        <translation>承諾事項期間（%1～%2）超出方案期間（%3～%4）。請將起迄時間調整至方案期間內。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The commitment starts (%2) after the plan ends (%1); reviewers treat it as outside the plan. Move the start.</source>
        <comment>B3.after_plan</comment>
        <translation>承諾事項在方案結束（%1）之後才開始（%2），審查者會視為不屬於本期方案。請調整開始年月。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone %1 starts (%2) after it ends (%3). Correct the dates.</source>
        <comment>B3.milestone_order</comment>
        <translation>第%1項里程碑的開始年月（%2）晚於完成年月（%3）。請更正。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone %1 (%2 to %3) falls outside the commitment period (%4 to %5). Adjust the milestone or the commitment period.</source>
        <comment>B3.milestone_outside</comment>
        <translation>第%1項里程碑（%2～%3）超出承諾事項期間（%4～%5）。請調整里程碑或承諾事項的起迄時間。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone %1 starts after the plan ends (%2). Move its start.</source>
        <comment>B3.milestone_after_plan</comment>
        <translation>第%1項里程碑在方案結束（%2）之後才開始。請調整開始年月。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Concrete outputs</source>
        <comment>B4</comment>
        <translation>具體產出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No milestone starts with a process verb (promote, strengthen, study…) without naming a concrete output; an output with its completion state (submitted, launched, published, N sessions) is enough.</source>
        <comment>B4.about</comment>
        <translation>里程碑不以「推動、強化、研議」等過程動詞開頭而沒有具體產出；寫出產出與完成狀態（函報、上線、發布、N 場次）即可。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Milestone %1 starts with “%2” but names no concrete output. Write a deliverable someone can check, with its completion state, e.g. “Submit the draft ○○ Act to the Executive Yuan”, “Launch the ○○ system”, “Hold 3 public consultations”.</source>
        <comment>B4.vague</comment>
        <translation>第%1項里程碑以「%2」開頭，卻沒有寫出具體產出。請寫明可查證的成果與完成狀態，例如「完成○○草案並函報行政院」、「○○系統上線」、「辦理3場次公開諮詢」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The commitment pledges to “%1” but names nothing that will be delivered, and it has no milestones. Say what will exist when it is done, e.g. “Submit the draft ○○ Act to the Executive Yuan”, “Publish the ○○ register online”.</source>
        <comment>B4.pledge</comment>
        <translation>承諾事項只承諾「%1」，沒有寫出任何將交付的產出，也沒有里程碑。請寫出完成時會有什麼成果，例如「完成○○法草案並函報行政院」、「○○登記資料上網公開」。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Comparatives need numbers</source>
        <comment>B5</comment>
        <translation>比較詞需有數字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparative words (increase, improve, more…) come with a number, baseline or target.</source>
        <comment>B5.about</comment>
        <translation>「增加、提升、擴大」等比較詞附有數字、基準或目標值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” says “%2” without a number, baseline or target. Say from what to what, e.g. “raise the share of online applications from 30% to 60%”.</source>
        <comment>B5.field</comment>
        <translation>「%1」使用「%2」卻沒有數字、基準或目標值。請寫出從多少到多少，例如「線上申辦比率由30%提升至60%」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Milestone %1 says “%2” without a number, baseline or target. Give the target, e.g. “from 30% to 60%”.</source>
        <comment>B5.milestone</comment>
        <translation>第%1項里程碑使用「%2」卻沒有數字、基準或目標值。請寫出目標數值，例如「由30%提升至60%」。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Milestone timing</source>
        <comment>B6</comment>
        <translation>里程碑時程分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones are not all due in the last quarter of the commitment; every plan year has a checkable deliverable.</source>
        <comment>B6.about</comment>
        <translation>里程碑不全擠在承諾期間的最後一季；每個方案年度都有可查核的成果。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every milestone ends in the last quarter of the commitment (after %1), so progress cannot be checked midway. Add interim deliverables.</source>
        <comment>B6.late</comment>
        <translation>所有里程碑都在承諾期間的最後四分之一（%1之後）才完成，期中無法查核進度。請安排期中可交付的成果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No milestone is due in %1. Consider a checkable deliverable in each such year.</source>
        <comment>B6.year</comment>
        <translation>%1年沒有任何里程碑到期。可考慮在這些年度各安排一項可查核的成果。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Repeated milestones</source>
        <comment>B7</comment>
        <translation>重複的里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No milestone repeats the commitment&apos;s name or another milestone.</source>
        <comment>B7.about</comment>
        <translation>里程碑不重複承諾事項名稱，也不彼此重複。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestone %1 only repeats the commitment&apos;s name. Write the concrete deliverable of this step.</source>
        <comment>B7.title</comment>
        <translation>第%1項里程碑只重複了承諾事項名稱。請寫出這一步要交付的具體成果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone %1 repeats milestone %2. Merge them or give each its own deliverable.</source>
        <comment>B7.duplicate</comment>
        <translation>第%1項里程碑與第%2項重複。請合併，或分別寫出不同的交付成果。</translation>
    </message>
</context>
<context>
    <name>nap::cli</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+24"/>
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
        <location line="+25"/>
        <source>Unknown command: %1</source>
        <translation>不明的指令：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+34"/>
        <location line="+12"/>
        <source>Option --%1 needs a value.</source>
        <translation>選項 --%1 需要指定值。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Unexpected argument: %1</source>
        <translation>多餘的引數：%1</translation>
    </message>
    <message>
        <location line="-13"/>
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
        <location line="+35"/>
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
        <location filename="../app/cli/SampleCommand.cpp" line="+28"/>
        <source>Write the sample workspace (the 2020 draft plan).</source>
        <translation>寫出範例工作區（2020 年草案）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: napdesk-cli sample --out FILE [--commitments N [--milestones M]]
Writes a new workspace with the bilingual sample plan. FILE must not exist yet.
With --commitments, the plan holds N full-length bilingual commitments (varied from
the sample&apos;s most complete one) of M milestones each (default 10), for trying
NAP Desk on a large plan and for measuring it.</source>
        <translation>用法：napdesk-cli sample --out 檔案 [--commitments N [--milestones M]]
建立含中英雙語範例方案的新工作區。檔案必須尚不存在。
加上 --commitments 時，方案含 N 項完整長度的中英雙語承諾事項（由範例中最完整的一項變化而成），
每項 M 個里程碑（預設 10），可用來試用大型方案及量測效能。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--commitments takes a number up to 100000, --milestones up to 100.</source>
        <translation>--commitments 須為不超過 100000 的數字，--milestones 不超過 100。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sample workspace written to %1</source>
        <translation>範例工作區已寫入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+78"/>
        <source>The file does not exist: %1</source>
        <translation>檔案不存在：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a folder, not a text file: %1</source>
        <translation>這是資料夾，不是文字檔：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an ordinary file (a device or pipe): %1</source>
        <translation>這不是一般檔案（而是裝置或管道）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+17"/>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milestone %1</source>
        <translation>里程碑 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>errors: %1, warnings: %2, hints: %3</source>
        <translation>錯誤 %1、警告 %2、提示 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recognised: </source>
        <translation>辨識到的欄位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/ImportReport.cpp" line="+77"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1 is switched off: %2</source>
        <translation>已停用規則 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Commitments checked: %1; </source>
        <translation>已檢查 %1 項承諾事項：</translation>
    </message>
    <message>
        <location line="+117"/>
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
    <message numerus="yes">
        <location line="+27"/>
        <source>Note: %n control character(s) in %1 were removed; no export file can hold them.</source>
        <translation>
            <numerusform>注意：已移除 %1 中的 %n 個控制字元；匯出檔案無法容納這些字元。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+203"/>
        <source>Write NDC forms, the plan document or a workbook.</source>
        <translation>產出國發會表單、方案文件或彙整活頁簿。</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
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
    <message numerus="yes">
        <location line="+23"/>
        <source>Warning: %1 %2 (%3): %n control character(s) left out; no export file can hold them.</source>
        <translation>
            <numerusform>警告：%1 %2（%3）：已略去 %n 個控制字元；匯出檔案無法容納這些字元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>milestone %1</source>
        <translation>里程碑 %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Missing option --%1.</source>
        <translation>缺少選項 --%1。</translation>
    </message>
    <message>
        <location line="-211"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+20"/>
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
        <location line="+23"/>
        <source>No commitment has the code %1.</source>
        <translation>沒有編號為 %1 的承諾事項。</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Usage: napdesk-cli export --workspace FILE --format odt|odt-plan|xlsx|ods|pdf|pdf-plan
                          --lang zh|en|both [--calendar roc|gregorian] --out PATH
                          [--commitment CODE]... [--agency AGENCY] [--reason TEXT]
  odt       NDC commitment forms (all commitments, or those given by --commitment)
  odt-plan  the whole plan: cover, areas and every commitment
  xlsx/ods  the consolidation workbook
  pdf, pdf-plan  the forms or the plan as PDF (needs LibreOffice installed)
The calendar defaults to roc for zh and both, gregorian for en. --agency names the
exporting agency (default: the workspace&apos;s exporting agency setting).
Commitments with open errors are exported only with --reason, which is recorded in
the workspace. English and bilingual exports warn about missing or outdated English.
Exit codes: 0 written, 1 the export failed or was held back, 2 wrong usage or an
unreadable workspace.</source>
        <translation>用法：napdesk-cli export --workspace 檔案 --format odt|odt-plan|xlsx|ods|pdf|pdf-plan
                         --lang zh|en|both [--calendar roc|gregorian] --out 路徑
                         [--commitment 編號]... [--agency 機關] [--reason 理由]
  odt       國發會承諾事項表（全部承諾事項，或 --commitment 指定者）
  odt-plan  完整方案：封面、各面向及所有承諾事項
  xlsx/ods  彙整活頁簿
  pdf, pdf-plan  承諾事項表或完整方案的 PDF 檔（須安裝 LibreOffice）
曆法預設為：zh 及 both 使用 roc（民國年），en 使用 gregorian（西元年）。--agency 指定
匯出機關（預設為工作區的匯出機關設定）。
仍有錯誤的承諾事項須以 --reason 說明理由才會匯出，理由記錄在工作區中。英文及中英
對照匯出會提醒缺漏或過時的英文。
結束代碼：0 已寫入，1 匯出失敗或未放行，2 用法錯誤或無法讀取工作區。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+10"/>
        <source>Unknown choice for --take: %1 (use theirs or mine).</source>
        <translation>--take 的選項不明：%1（請用 theirs 或 mine）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot apply --match %1: name a hand-filled form being imported (FILE=CODE, FILE#N=CODE for its Nth form) and a commitment code of the workspace, or new.</source>
        <translation>無法套用 --match %1：請指定本次匯入的手填表單（檔案=編號；檔案內第 N 份表單用 檔案#N=編號）及工作區中的承諾事項編號，或 new（新增）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Consolidate agency workbooks and workspaces into one.</source>
        <translation>將各機關的活頁簿與工作區彙整為一。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: napdesk-cli import --workspace FILE [--dry-run] [--format text|json]
                          [--take theirs|mine] [--match FILE=CODE|new]... FILE...
Imports NAP Desk workbooks (.xlsx, .ods), its documents (.odt forms and plans, as edited
in a word processor), forms filled by hand from NDC&apos;s template (.odt, .docx) and other
workspaces (.napdesk, read only) into the workspace, which is created when it does not
exist. NAP Desk&apos;s files are matched by uuid; a hand-filled form by the same file&apos;s last
import, else by its lead agency and code or title. --match names the commitment a form
is about (FILE#N=CODE for the Nth form of a file), or new. New commitments are added;
for a changed one the file&apos;s values are taken, except where the workspace
changed the same field since the last import of that file (a conflict: the workspace&apos;s
value is kept). --take theirs takes every change from the files, --take mine keeps every
value of the workspace. --dry-run only shows what would change. Everything is written in
one step, with where each field came from; a refused file leaves the workspace as it was.
Exit codes: 0 imported or previewed, 1 a file was refused or the import failed, 2 wrong
usage or an unreadable workspace.</source>
        <translation>用法：napdesk-cli import --workspace 檔案 [--dry-run] [--format text|json]
                         [--take theirs|mine] [--match 檔案=編號|new]... 檔案...
將 NAP Desk 的活頁簿（.xlsx、.ods）、文件（.odt 表單與方案，含在文書處理軟體中修改過者）、
依國發會範本手填的表單（.odt、.docx）及其他工作區（.napdesk，唯讀開啟）匯入工作區；
工作區不存在時會新建。NAP Desk 的檔案依 uuid 比對；手填表單先找同一檔案上次匯入的承諾事項，
再依主辦機關及編號或名稱比對。--match 指定表單所屬的承諾事項（檔案內第 N 份表單用
檔案#N=編號），或 new（新增）。新的承諾事項會加入；有變更者採用檔案中的值，但自上次匯入
該檔案以來工作區也修改過的同一欄位除外（衝突：保留工作區的值）。--take theirs 全部採用
檔案的變更，--take mine 全部保留工作區的值。--dry-run 只顯示將變更的內容。所有內容一次寫入，
並記錄每個欄位的來源；有檔案遭拒時工作區維持原狀。
結束代碼：0 已匯入或已預覽，1 有檔案遭拒或匯入失敗，2 用法錯誤或無法讀取工作區。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+9"/>
        <source>Nothing was imported.</source>
        <translation>未匯入任何內容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dry run: nothing was changed.</source>
        <translation>試跑：未變更任何內容。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportReport.cpp" line="-43"/>
        <source>new: no commitment of the workspace matches</source>
        <translation>新增：工作區中沒有相符的承諾事項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched as at the last import of this file</source>
        <translation>與此檔案上次匯入時相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched by lead agency and code</source>
        <translation>依主辦機關及編號比對</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched by lead agency and title</source>
        <translation>依主辦機關及名稱比對</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched as given by --match</source>
        <translation>依 --match 指定</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 new, %3 unchanged, %4 changed, %5 in conflict</source>
        <translation>%1：新增 %2 項、未變更 %3 項、有變更 %4 項、衝突 %5 項</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (conflict)</source>
        <translation>%1（衝突）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Area %1 is not in the workspace: the import creates it.</source>
        <translation>工作區沒有面向 %1：匯入時會建立。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not placed in any field: %1</source>
        <translation>未能歸入任何欄位：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to import: the workspace was left as it was.</source>
        <translation>沒有需要匯入的內容：工作區維持原樣。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: %1 new commitment(s), %2 updated (%3 field(s) taken from the files); provenance recorded.</source>
        <translation>已匯入：新增承諾事項 %1 項，更新 %2 項（採用檔案內容的欄位 %3 個）；已記錄來源。</translation>
    </message>
</context>
<context>
    <name>nap::ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/AboutDialog.cpp" line="+105"/>
        <source>About NAP Desk</source>
        <translation>關於 NAP Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National Action Plan commitment editor</source>
        <translation>國家行動方案承諾事項填報工具</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1, built %2, Qt %3</source>
        <translation>版本 %1，建置於 %2，Qt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts the commitments of Taiwan&apos;s Open Government National Action Plan in Chinese and English, keeps every edit in a local workspace file, and produces the forms the National Development Council collects.

Free software under the Apache License, Version 2.0. The libraries it uses, and their licences, are listed under Third-party notices.</source>
        <translation>以中文及英文撰寫臺灣開放政府國家行動方案的承諾事項，將每一次編輯儲存在本機工作區檔案中，並產出國家發展委員會所彙整的表單。

本軟體為自由軟體，依 Apache License 2.0 授權。所使用的函式庫及其授權條款列於「第三方授權聲明」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party notices</source>
        <translation>第三方授權聲明</translation>
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
        <location filename="../app/ui/CheckController.cpp" line="+117"/>
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
        <location filename="../app/ui/CommitmentEditor.cpp" line="+126"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last imported from %1 on %2.</source>
        <translation>最近一次由 %1 匯入，時間 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last imported from %1 on %2 by %3.</source>
        <translation>最近一次由 %1 匯入，時間 %2，匯入者 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field history…</source>
        <translation>欄位歷程…</translation>
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
        <source>Relevance to the core values</source>
        <translation>與核心價值的關聯性</translation>
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
        <location line="+32"/>
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
        <location filename="../app/ui/EditorPage.cpp" line="+126"/>
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
    <name>nap::ui::EmptyPlanGuide</name>
    <message>
        <location filename="../app/ui/EmptyPlanGuide.cpp" line="+49"/>
        <source>This plan has no commitments yet. Select an area in the tree and add a commitment to it, or add another area first.</source>
        <translation>這份方案還沒有承諾事項。請在左側樹狀清單選取一個面向，再新增承諾事項；或先新增另一個面向。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This plan is empty. Start with an area (a policy area such as open data groups related commitments and numbers them 1-1, 1-2 …), then add its commitments. Fill in the plan&apos;s title and period below; every date of the plan must fit in it.</source>
        <translation>這份方案還是空的。請先新增面向（例如「開放資料」這類政策面向，將相關承諾事項歸為一組，並編號為 1-1、1-2 …），再新增其中的承諾事項。方案名稱與期程請填在下方；方案內所有日期都須落在此期程內。</translation>
    </message>
</context>
<context>
    <name>nap::ui::ExportDialog</name>
    <message>
        <location filename="../app/ui/ExportDialog.cpp" line="+304"/>
        <source>The workspace was closed.</source>
        <translation>工作區已關閉。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 would replace the workspace itself. Choose another folder.</source>
        <translation>%1 會覆蓋工作區本身。請選擇其他資料夾。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
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
        <source>A PDF is made with LibreOffice, which is not installed on this computer.</source>
        <translation>PDF 須由 LibreOffice 產生，但這部電腦未安裝 LibreOffice。</translation>
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
        <location line="+96"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+96"/>
        <source>C&amp;lose</source>
        <translation>關閉(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location line="-93"/>
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
        <location line="+53"/>
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
        <location filename="../app/ui/ExportGateDialog.cpp" line="+102"/>
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
        <location filename="../app/ui/ExportOptions.cpp" line="+52"/>
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
        <location line="+13"/>
        <source>%1 “%2”: %3 characters; an Excel cell holds at most %4. Shorten it, or export the OpenDocument workbook (.ods), which has no such limit.</source>
        <translation>%1「%2」有 %3 個字元；Excel 儲存格最多只能容納 %4 個字元。請精簡內容，或改為匯出沒有此限制的 OpenDocument 活頁簿（.ods）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>milestone %1</source>
        <translation>里程碑 %1</translation>
    </message>
</context>
<context>
    <name>nap::ui::FileDialog</name>
    <message>
        <location filename="../app/ui/FileDialog.cpp" line="+42"/>
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
        <location line="+154"/>
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
    <message>
        <location line="+4"/>
        <source>The plan has no commitments yet: nothing to check.</source>
        <translation>方案尚無承諾事項，沒有可檢查的內容。</translation>
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
        <location line="+5"/>
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
        <location filename="../app/ui/GuidanceDialog.cpp" line="-6"/>
        <source>Guidance: %1</source>
        <translation>撰寫指引：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show this guidance in the other language</source>
        <translation>以另一種語言顯示此指引</translation>
    </message>
</context>
<context>
    <name>nap::ui::HistoryDialog</name>
    <message>
        <location filename="../app/ui/HistoryDialog.cpp" line="+20"/>
        <source>&amp;Restore Previous Value</source>
        <translation>還原先前的值(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field History</source>
        <translation>欄位歷程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No import or edit has changed %1 yet.</source>
        <translation>%1 尚未因匯入或編輯而變更。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change an import or an edit made to %1, newest first. Select one and restore the value it replaced; Edit → Undo takes the restore back.</source>
        <translation>以下是匯入或編輯對 %1 所做的每項變更，最新的在前。選取一項即可還原被取代的值；「編輯 → 復原」可撤銷還原。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited by %1</source>
        <translation>由 %1 編輯</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, imported by %2</source>
        <translation>%1，匯入者 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
</context>
<context>
    <name>nap::ui::ImportDialog</name>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="+35"/>
        <source>Import Agency Files</source>
        <translation>匯入機關檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed yet. Check what each file brings; for a changed field, tick “take theirs” to use the file&apos;s answer, or leave it to keep yours. A conflict is a field both you and the agency changed since that file was last imported: yours is kept unless you tick it.</source>
        <translation>目前尚未變更任何資料。請檢視每個檔案帶來的內容；有變更的欄位，勾選「採用對方」即使用檔案中的答案，不勾選則保留您的版本。「衝突」是指自上次匯入該檔案以來，您與機關都修改過的欄位：除非勾選，否則保留您的版本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File, commitment, field</source>
        <translation>檔案、承諾事項、欄位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In this workspace</source>
        <translation>本工作區</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>檔案中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a field to read this workspace&apos;s answer in full.</source>
        <translation>選取欄位即可閱讀本工作區答案全文。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a field to read the file&apos;s answer in full.</source>
        <translation>選取欄位即可閱讀檔案中答案全文。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Form filled by hand, about:</source>
        <translation>手填表單，所屬承諾事項：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment this form is about</source>
        <translation>此表單所屬的承諾事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new commitment</source>
        <translation>新增承諾事項</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Not placed in any field (%n line(s)): copy by hand what belongs to the commitment</source>
        <translation>
            <numerusform>未能歸入任何欄位（%n 行）：屬於承諾事項的內容請自行複製貼上</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No commitment of this workspace matches: it is added as new.</source>
        <translation>工作區中沒有相符的承諾事項：將新增。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commitment this file gave at its last import.</source>
        <translation>此檔案上次匯入的承諾事項。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched by lead agency and commitment number.</source>
        <translation>依主辦機關及承諾事項編號比對。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched by lead agency and commitment name.</source>
        <translation>依主辦機關及承諾事項名稱比對。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched by you.</source>
        <translation>由您指定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%2: %3 new, %4 changed, %5 with conflicts, %6 unchanged</source>
        <translation>%1%2：新增 %3、變更 %4、衝突 %5、未變更 %6</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (conflict): take theirs</source>
        <translation>%1（衝突）：採用對方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: take theirs</source>
        <translation>%1：採用對方</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n file(s) read. With your choices, commitments added: %1, changed: %2; with conflicts: %3. The import is one step: Edit → Undo takes all of it back.</source>
        <translation>
            <numerusform>已讀取 %n 個檔案。依您的選擇，新增承諾事項 %1 項、變更 %2 項；有衝突 %3 項。匯入是一個步驟：「編輯 → 復原」可全部撤銷。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>未變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n 個里程碑</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
</context>
<context>
    <name>nap::ui::ImportFlow</name>
    <message>
        <location filename="../app/ui/ImportFlow.cpp" line="+57"/>
        <source>Import Agency Files</source>
        <translation>匯入機關檔案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Agency Folder</source>
        <translation>匯入機關資料夾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agency files (*.xlsx *.ods *.odt *.docx *.napdesk);;All files (*)</source>
        <translation>機關檔案 (*.xlsx *.ods *.odt *.docx *.napdesk);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>Nothing was imported.</source>
        <translation>未匯入任何資料。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Nothing to import: this workspace already holds every commitment of these files as they are.</source>
        <translation>沒有需要匯入的內容：這些檔案中的每項承諾事項，本工作區都已有相同版本。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Imported %n file(s). Commitments added: %1, changed: %2. Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>已匯入 %n 個檔案。新增承諾事項 %1 項、變更 %2 項。「編輯 → 復原」可撤銷這次匯入。</numerusform>
        </translation>
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
        <location filename="../app/ui/MainActions.cpp" line="+148"/>
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
        <location line="+3"/>
        <source>Consolidate the workbooks, forms and workspaces agencies sent: see what each brings, then import them as one step</source>
        <translation>彙整各機關送來的活頁簿、表單與工作區：先檢視每個檔案帶來的內容，再一次匯入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Agency &amp;Folder…</source>
        <translation>匯入機關資料夾(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidate every workbook, form and workspace in a folder the agencies&apos; files were collected in</source>
        <translation>彙整收集各機關檔案的資料夾中所有活頁簿、表單與工作區</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="-61"/>
        <source>No recent workspaces</source>
        <translation>沒有最近開啟的工作區</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Import Agency Files…</source>
        <translation>匯入機關檔案(&amp;I)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the form of the commitment in the editor, or the whole plan when the plan is selected</source>
        <translation>列印編輯中承諾事項的表單；選取方案時列印整份方案</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field &amp;History…</source>
        <translation>欄位歷程(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Ar&amp;ea</source>
        <translation>新增面向(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add commitment</source>
        <comment>toolbar button</comment>
        <translation>新增承諾事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add area</source>
        <comment>toolbar button</comment>
        <translation>新增面向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>toolbar button</comment>
        <translation>刪除</translation>
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
    <message numerus="yes">
        <location filename="../app/ui/MainWindow.cpp" line="+197"/>
        <source>%1: %n control character(s) removed (no export file can hold them).</source>
        <translation>
            <numerusform>%1：已移除 %n 個控制字元（匯出檔案無法容納這些字元）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+105"/>
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
        <location line="+35"/>
        <source>Open Workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved a copy to %1</source>
        <translation>已將副本儲存至 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Chinese interface texts are not available in this build.</source>
        <translation>此版本未包含中文介面文字。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No workspace open</source>
        <translation>未開啟工作區</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+39"/>
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
        <location filename="../app/ui/MilestoneDelegate.cpp" line="+20"/>
        <source>Milestone start month</source>
        <translation>里程碑開始年月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone end month</source>
        <translation>里程碑結束年月</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../app/ui/MilestonesPage.cpp" line="+23"/>
        <source>Edit milestone %1</source>
        <translation>編輯里程碑 %1</translation>
    </message>
    <message>
        <location line="+73"/>
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
        <location filename="../app/ui/MonthEdit.cpp" line="+80"/>
        <source>“%1” is not a month. Type it as 2021/01, 2021-1, 110/01 or 110年1月, or pick it with the button beside the field.</source>
        <translation>「%1」不是年月。請輸入如 110/01、110年1月、2021/01 或 2021-1，或用欄位旁的按鈕選取。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>ROC year %1</source>
        <translation>民國%1年</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pick %1</source>
        <translation>選取%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 2021/01 or 110/01</source>
        <translation>例如 110/01 或 2021/01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a month (Alt+Down)</source>
        <translation>選取年月（Alt+Down）</translation>
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
        <location filename="../app/ui/PlanEditor.cpp" line="+25"/>
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
        <location filename="../app/ui/PlanNavigator.cpp" line="+143"/>
        <source>Nothing matches “%1”. Search by number, name or agency, in Chinese or English (short names such as 國發會 work too).</source>
        <translation>找不到符合「%1」的項目。可用編號、名稱或機關搜尋，中英文皆可（也可用「國發會」等簡稱）。</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <message>
        <location line="+1"/>
        <source>Plan tools</source>
        <translation>方案工具</translation>
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
        <location line="+49"/>
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
    <name>nap::ui::PrintDocument</name>
    <message>
        <location filename="../app/ui/PrintDocument.cpp" line="+54"/>
        <location line="+22"/>
        <location line="+16"/>
        <location line="+25"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Preparing the pages for printing…</source>
        <translation>正在準備列印頁面…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print Preview — %1</source>
        <translation>預覽列印 — %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pages could not be prepared for printing.</source>
        <translation>無法準備列印頁面。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
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
    <name>nap::ui::StartPage</name>
    <message>
        <location filename="../app/ui/StartPage.cpp" line="+81"/>
        <source>NAP Desk</source>
        <translation>NAP Desk 承諾事項填報工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts of Open Government National Action Plan commitments are kept in a workspace file on this computer. Every change is saved as you type.</source>
        <translation>開放政府國家行動方案的承諾事項草稿存放在本機的工作區檔案中；每項修改都會在輸入時自動儲存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Workspace…</source>
        <translation>新增工作區(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty plan in a new workspace file (Ctrl+N)</source>
        <translation>在新的工作區檔案中建立空白方案（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a workspace file you or a colleague saved (Ctrl+O)</source>
        <translation>開啟您或同仁儲存的工作區檔案（Ctrl+O）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Sample Plan</source>
        <translation>開啟範例方案(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An example plan with twelve commitments, for trying NAP Desk out. It is a separate file in Documents/NAP Desk: changes to it never reach your own plan.</source>
        <translation>含十二項承諾事項的範例方案，供試用本工具。它是「文件/NAP Desk」中的獨立檔案，在範例中所做的修改不會影響您自己的方案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent workspaces</source>
        <translation>最近使用的工作區(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workspace opened yet.</source>
        <translation>尚未開啟過任何工作區。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — missing (moved or deleted)</source>
        <translation>%1 — 找不到檔案（已移動或刪除）</translation>
    </message>
</context>
<context>
    <name>nap::ui::ValuesPage</name>
    <message>
        <location filename="../app/ui/ValuesPage.cpp" line="+33"/>
        <source>Edit %1</source>
        <translation>編輯「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../app/ui/WorkspaceDocument.cpp" line="+186"/>
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
        <location line="+27"/>
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
    <message numerus="yes">
        <location line="+237"/>
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>匯入 %n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore a previous value</source>
        <translation>還原先前的值</translation>
    </message>
</context>
<context>
    <name>nap::ui::WorkspaceOpener</name>
    <message>
        <location filename="../app/ui/WorkspaceOpener.cpp" line="+25"/>
        <source>%1 is being edited in another NAP Desk window. Changes can only be made there.</source>
        <translation>%1 正由另一個 NAP Desk 視窗編輯中，只能在該視窗中修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a read-only file: NAP Desk cannot save changes to it.</source>
        <translation>%1 是唯讀檔案，NAP Desk 無法儲存對它的變更。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in a folder NAP Desk cannot write to.</source>
        <translation>%1 位於 NAP Desk 無法寫入的資料夾中。</translation>
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
        <location line="+26"/>
        <source>Cannot create the sample plan</source>
        <translation>無法建立範例方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAP Desk cannot write %1.</source>
        <translation>NAP Desk 無法寫入 %1。</translation>
    </message>
</context>
<context>
    <name>napdesk</name>
    <message>
        <location filename="../app/main.cpp" line="+82"/>
        <source>NAP Desk: drafting the commitments of the Open Government National Action Plan</source>
        <translation>NAP Desk：開放政府國家行動方案承諾事項填報工具</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language: zh_TW or en.</source>
        <translation>介面語言：zh_TW 或 en。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace to open.</source>
        <translation>要開啟的工作區。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[FILE]</source>
        <translation>[檔案]</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Huike</name>
        <message>
            <source>(company name: set it in the settings)</source>
            <translation>（公司名称：请在设置中填写）</translation>
        </message>
        <message>
            <location filename="../app/replica/attachmentstore.cpp" line="29" />
            <source>%1 is larger than %2 MB; attachments are at most that.</source>
            <translation>%1 超过 %2 MB，附件不能超过此大小。</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="391" />
            <source>The vouchers cannot be made: %1. Nothing was exported.</source>
            <translation>无法生成凭证：%1。未导出任何凭证。</translation>
        </message>
    </context>
    <context>
        <name>Huike::About</name>
        <message>
            <location filename="../app/ui/helpdialogs.cpp" line="93" />
            <source>&lt;h3&gt;Huike CRM&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;&lt;p&gt;Server: %4&lt;/p&gt;</source>
            <translation>&lt;h3&gt;汇客 CRM&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;Qt %2（编译时版本 %3）&lt;/p&gt;&lt;p&gt;服务器：%4&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../app/ui/helpdialogs.cpp" line="99" />
            <source>none (offline)</source>
            <translation>无（离线）</translation>
        </message>
    </context>
    <context>
        <name>Huike::ActivityDialog</name>
        <message>
            <location filename="../app/ui/activitydialog.cpp" line="26" />
            <source>Log an activity</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <location filename="../app/ui/activitydialog.cpp" line="26" />
            <source>Activity</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <location filename="../app/ui/activitydialog.cpp" line="39" />
            <source>(no contact)</source>
            <translation>（不指定联系人）</translation>
        </message>
        <message>
            <location filename="../app/ui/activitydialog.cpp" line="46" />
            <source>e.g. discussed the second-phase quote</source>
            <translation>例如 沟通二期报价</translation>
        </message>
        <message>
            <location filename="../app/ui/activitydialog.cpp" line="50" />
            <source>e.g. send the revised quote</source>
            <translation>例如 发送修改后的报价</translation>
        </message>
        <message>
            <location filename="../app/ui/activitydialog.cpp" line="51" />
            <source>Remind me on</source>
            <translation>提醒日期</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="81" />
            <location filename="../app/ui/activitydialog.cpp" line="71" />
            <source>&amp;Kind</source>
            <translation>方式(&amp;K)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="82" />
            <location filename="../app/ui/activitydialog.cpp" line="72" />
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="83" />
            <location filename="../app/ui/activitydialog.cpp" line="73" />
            <source>C&amp;ontact</source>
            <translation>联系人(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="84" />
            <location filename="../app/ui/activitydialog.cpp" line="74" />
            <source>&amp;Subject</source>
            <translation>主题(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="85" />
            <location filename="../app/ui/activitydialog.cpp" line="75" />
            <source>&amp;Notes</source>
            <translation>内容(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="86" />
            <location filename="../app/ui/activitydialog.cpp" line="76" />
            <source>Ne&amp;xt step</source>
            <translation>下一步(&amp;X)</translation>
        </message>
    </context>
    <context>
        <name>Huike::ApprovalDialog</name>
        <message>
            <source>Approvals waiting for me</source>
            <translation>待我审批</translation>
        </message>
        <message>
            <source>Double-click to open the quote</source>
            <translation>双击打开报价单</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="54" />
            <source>Comment for the requester (optional)</source>
            <translation>给申请人的意见（可选）</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="56" />
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="57" />
            <source>&amp;Reject</source>
            <translation>驳回(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="77" />
            <source>Double-click to open the record</source>
            <translation>双击打开对应记录</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="99" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="58" />
            <source>C&amp;omment:</source>
            <translation>审批意见(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="48" />
            <source>Double-click to open the record; select several (Ctrl, Shift) to decide them together</source>
            <translation>双击打开对应记录；按住 Ctrl 或 Shift 可选择多项一并审批</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="69" />
            <source>Decided here:</source>
            <translation>本次已处理：</translation>
        </message>
        <message>
            <source>%1 — quote %2 V%3: a discount of %4 %, total %5. Asked by %6 on %7.</source>
            <translation>%1 — 报价单 %2 V%3：折扣 %4%，价税合计 %5。%6 于 %7 申请。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="173" />
            <source>Reason: %1</source>
            <translation>理由：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="181" />
            <source>⚠ The quote expired on %1: it can no longer be approved.</source>
            <translation>⚠ 报价单已于 %1 过期，不能再批准。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="184" />
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="187" />
            <source>✘ Your decision was not accepted by the server: %1</source>
            <translation>✘ 服务器未接受您的审批决定：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="133" />
            <location filename="../app/ui/approvaldialog.cpp" line="142" />
            <location filename="../app/ui/approvaldialog.cpp" line="294" />
            <source>Submitted, waiting for the server to confirm.</source>
            <translation>已提交，等待服务器确认。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="31" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="32" />
            <source>%1 · %2 — %3</source>
            <translation>%1 · %2 — %3</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="39" />
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Double-click to open the quote or the customer</source>
            <translation>双击打开报价单或客户</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="71" />
            <location filename="../app/ui/approvaldialog.cpp" line="228" />
            <source>Waiting for &amp;me</source>
            <translation>待我审批(&amp;M)</translation>
        </message>
        <message>
            <source>Double-click to open the quote or the customer; select several (Ctrl, Shift) to decide them together</source>
            <translation>双击打开报价单或客户；按住 Ctrl 或 Shift 可选择多项一并审批</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="78" />
            <source>&amp;Withdraw</source>
            <translation>撤回(&amp;W)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="79" />
            <source>Withdraw the selected request before anyone decides it</source>
            <translation>在审批人处理之前撤回所选申请</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="86" />
            <source>My re&amp;quests</source>
            <translation>我的申请(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="93" />
            <source>Dele&amp;gation while away…</source>
            <translation>审批代理(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="94" />
            <source>Choose who decides your approvals while you are away</source>
            <translation>指定休假期间由谁代您审批</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="135" />
            <source>✔ Approved.</source>
            <translation>✔ 已批准。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="137" />
            <source>✔ Rejected.</source>
            <translation>✔ 已驳回。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="139" />
            <source>✔ Your step is decided; the request goes on to its next step.</source>
            <translation>✔ 您这一步已处理，申请转入下一步。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="141" />
            <source>✘ Not accepted by the server: %1 The request waits for a decision again.</source>
            <translation>✘ 服务器未接受：%1 该申请重新等待审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="154" />
            <source>The requests could not be read: %1</source>
            <translation>无法读取审批申请：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="160" />
            <source>%1 is away (%2 to %3); %4 decides their approvals as delegate.</source>
            <translation>%1 休假中（%2 至 %3），其审批由 %4 代理。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="171" />
            <source>Asked by %1 on %2.</source>
            <translation>%1 于 %2 提交。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="175" />
            <source>⚠ %1 — waiting longer than the flow allows.</source>
            <translation>⚠ %1 —— 已超过审批时限。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="175" />
            <source>This step</source>
            <translation>本步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="179" />
            <location filename="../app/ui/approvaldialog.cpp" line="223" />
            <source>  · %1</source>
            <translation>  · %1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="199" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="207" />
            <source>Not sent yet: it goes to the server with the next sync.</source>
            <translation>尚未发送：下次同步时提交到服务器。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="209" />
            <source>✘ Not accepted by the server: %1</source>
            <translation>✘ 服务器未接受：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="211" />
            <source>%1, waiting for a decision.</source>
            <translation>%1，等待审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="212" />
            <source>%1, waiting for %2 to decide.</source>
            <translation>%1，等待 %2 审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="214" />
            <source>Waiting for a decision.</source>
            <translation>等待审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="214" />
            <source>Waiting for %1 to decide.</source>
            <translation>等待 %1 审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="216" />
            <source>✔ Approved by %1 on %2.</source>
            <translation>✔ %1 于 %2 审批通过。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="216" />
            <source>✘ Rejected by %1 on %2.</source>
            <translation>✘ %1 于 %2 驳回。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="219" />
            <source>Comment: %1</source>
            <translation>审批意见：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="221" />
            <source>Asked on %1. %2</source>
            <translation>%1 提交。%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/approvaldialog.cpp" line="295" />
            <source>%n decision(s) submitted, waiting for the server to confirm.</source>
            <translation>
                <numerusform>已提交 %n 项审批决定，等待服务器确认。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/approvaldialog.cpp" line="296" />
            <source>%n decision(s) submitted; %1 left as they are: %2</source>
            <translation>
                <numerusform>已提交 %n 项审批决定；另有 %1 项未处理：%2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="317" />
            <source>The request is withdrawn.</source>
            <translation>申请已撤回。</translation>
        </message>
        <message>
            <source>%1 — quote %2 V%3, a discount of %4 %: %5</source>
            <translation>%1 — 报价单 %2 V%3，折扣 %4%：%5</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="227" />
            <source>Nothing waits for your approval.</source>
            <translation>目前没有待您审批的事项。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="228" />
            <source>Waiting for &amp;me (%1)</source>
            <translation>待我审批（%1）(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvaldialog.cpp" line="280" />
            <location filename="../app/ui/approvaldialog.cpp" line="310" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Approved. The requester sees it after the next sync.</source>
            <translation>已批准，下次同步后申请人即可看到。</translation>
        </message>
        <message>
            <source>Rejected. The requester sees it after the next sync.</source>
            <translation>已驳回，下次同步后申请人即可看到。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ApprovalFlowDialog</name>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="55" />
            <source>Approval flows</source>
            <translation>审批流程设置</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="69" />
            <source>&amp;Kind of request:</source>
            <translation>申请类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="79" />
            <source>&amp;Steps:</source>
            <translation>审批步骤(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="81" />
            <source>&amp;Add step</source>
            <translation>添加步骤(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="82" />
            <source>Remo&amp;ve</source>
            <translation>移除(&amp;V)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="83" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="84" />
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="85" />
            <source>Restore the de&amp;fault</source>
            <translation>恢复默认流程(&amp;F)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="88" />
            <source>Move the step up (Ctrl+Up)</source>
            <translation>上移该步骤（Ctrl+上箭头）</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="89" />
            <source>Move the step down (Ctrl+Down)</source>
            <translation>下移该步骤（Ctrl+下箭头）</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="90" />
            <source>Show the flow this kind of request has when nobody set one</source>
            <translation>显示此类申请未设置流程时使用的默认流程</translation>
        </message>
        <message>
            <source>The selected step</source>
            <translation>所选步骤</translation>
        </message>
        <message>
            <source>e.g. 部门经理审批</source>
            <translation>如：部门经理审批</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>The manager chain</source>
            <translation>上级</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Named colleagues</source>
            <translation>指定人员</translation>
        </message>
        <message>
            <source>The manager chain climbs from the owner of what is asked about: the manager, the manager's manager…</source>
            <translation>按申请所涉记录负责人的上级逐级向上：直属上级、上级的上级……</translation>
        </message>
        <message>
            <source>Approver &amp;by:</source>
            <translation>审批人(&amp;B)：</translation>
        </message>
        <message>
            <source>1: the manager; 2: the manager's manager; and so on</source>
            <translation>1：直属上级；2：上级的上级；依此类推</translation>
        </message>
        <message>
            <source>&amp;Levels up:</source>
            <translation>上级层级(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Roles:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <source>Tick the colleagues who approve (Space ticks the selected one)</source>
            <translation>勾选负责审批的同事（按空格键勾选当前项）</translation>
        </message>
        <message>
            <source>Colleag&amp;ues:</source>
            <translation>指定人员(&amp;U)：</translation>
        </message>
        <message>
            <source>Any one of them</source>
            <translation>任一人</translation>
        </message>
        <message>
            <source>All of them</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Any one of them decides the step, or each of them must approve it</source>
            <translation>其中任一人审批即可，或须每个人都审批通过</translation>
        </message>
        <message>
            <source>&amp;Who decides:</source>
            <translation>审批方式(&amp;W)：</translation>
        </message>
        <message>
            <source>Also &amp;decide:</source>
            <translation>也可审批(&amp;D)：</translation>
        </message>
        <message>
            <source>Anyone of these roles may decide the step too</source>
            <translation>这些角色的任何人也可以审批此步骤</translation>
        </message>
        <message>
            <source>S&amp;kip the step when the approver is the requester</source>
            <translation>审批人即申请人时跳过此步骤(&amp;K)</translation>
        </message>
        <message>
            <source>Empty: whatever the amount</source>
            <translation>留空：不限金额</translation>
        </message>
        <message>
            <source>The step applies only when the amount asked is above this, e.g. 5000.00</source>
            <translation>仅当申请金额超过此数时才需要此步骤，如 5000.00</translation>
        </message>
        <message>
            <source>Only &amp;above (¥):</source>
            <translation>金额超过（¥）(&amp;A)：</translation>
        </message>
        <message>
            <source>Only when the request is &amp;over budget</source>
            <translation>仅在申请超预算时(&amp;O)</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>不提醒</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>The approver is reminded once the step has waited this many hours</source>
            <translation>此步骤等待超过该小时数后提醒审批人</translation>
        </message>
        <message>
            <source>Re&amp;mind after:</source>
            <translation>超时提醒(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="118" />
            <source>What the flow does</source>
            <translation>流程说明</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="134" />
            <source>Only an administrator can change the approval flows.</source>
            <translation>只有系统管理员可以修改审批流程。</translation>
        </message>
        <message>
            <source>Rename the step</source>
            <translation>重命名步骤</translation>
        </message>
        <message>
            <source>Change the amount threshold</source>
            <translation>修改金额门槛</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="205" />
            <source>The flow could not be read: %1</source>
            <translation>无法读取审批流程：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="217" />
            <location filename="../app/ui/approvalflowdialog.cpp" line="313" />
            <location filename="../app/ui/approvalflowdialog.cpp" line="334" />
            <location filename="../app/ui/approvalflowdialog.cpp" line="350" />
            <location filename="../app/ui/approvalflowdialog.cpp" line="363" />
            <location filename="../app/ui/approvalflowdialog.cpp" line="376" />
            <source>Edit the step</source>
            <translation>修改步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="265" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="265" />
            <source>%1. %2 — %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>An amount in yuan, such as 5000.00.</source>
            <translation>请输入以元为单位的金额，如 5000.00。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="325" />
            <source>(This is the default flow of this kind of request.)</source>
            <translation>（此为该类申请的默认流程。）</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="328" />
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="344" />
            <source>Add a step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="357" />
            <source>Remove the step</source>
            <translation>移除步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="370" />
            <source>Move the step</source>
            <translation>移动步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="379" />
            <source>Restore the default</source>
            <translation>恢复默认流程</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="380" />
            <source>The default flow is shown; Save to put it in force.</source>
            <translation>已显示默认流程，保存后生效。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="405" />
            <location filename="../app/ui/approvalflowdialog.cpp" line="414" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="413" />
            <source>Not saved — %1: %2</source>
            <translation>未保存 — %1：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="423" />
            <source>Nothing changed.</source>
            <translation>没有修改。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="423" />
            <source>Saved; the flows apply to requests asked from now on.</source>
            <translation>已保存；新流程适用于此后提交的申请。</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalflowdialog.cpp" line="431" />
            <source>Save the changed approval flows?</source>
            <translation>是否保存对审批流程的修改？</translation>
        </message>
    </context>
    <context>
        <name>Huike::ApprovalFlowService</name>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="33" />
            <source>A flow has 1 to 20 steps.</source>
            <translation>一个审批流程须有 1 至 20 个步骤。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="34" />
            <source>A step's "by" is manager, roles or users.</source>
            <translation>审批人须为上级、角色或指定人员。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="35" />
            <source>"up" is 1 (the manager) to 10.</source>
            <translation>上级层级须为 1（直属上级）至 10。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="36" />
            <source>"users" holds an empty user id.</source>
            <translation>指定人员中有空的用户。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="37" />
            <source>A step by roles names at least one role.</source>
            <translation>按角色审批的步骤须至少选择一个角色。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="38" />
            <source>A step by users names at least one user.</source>
            <translation>指定人员审批的步骤须至少选择一位同事。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="39" />
            <source>"above" is an amount in yuan, such as "5000.00".</source>
            <translation>金额门槛须为以元为单位的金额，如 5000.00。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="40" />
            <source>"timeoutHours" is 0 (none) to 2160.</source>
            <translation>超时提醒须为 0（不提醒）至 2160 小时。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="137" />
            <source>Step %1: %2</source>
            <translation>第 %1 步：%2</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="151" />
            <source>Only an administrator can change the approval flows.</source>
            <translation>只有系统管理员可以修改审批流程。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="156" />
            <source>There is no kind of request "%1".</source>
            <translation>没有“%1”这种申请类型。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="181" />
            <source>the manager</source>
            <translation>直属上级</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="181" />
            <source>the manager %1 levels up</source>
            <translation>向上第 %1 级上级</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="184" />
            <location filename="../app/models/approvalflowservice.cpp" line="190" />
            <location filename="../app/models/approvalflowservice.cpp" line="208" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="195" />
            <source>%1 (each of them)</source>
            <translation>%1（所有人）</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="195" />
            <source>%1 (any one of them)</source>
            <translation>%1（任一人）</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="206" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="208" />
            <source>; %1 may also decide</source>
            <translation>；%1也可审批</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="210" />
            <source>; not skipped when the approver is the requester</source>
            <translation>；审批人即申请人时不跳过</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/models/approvalflowservice.cpp" line="212" />
            <source>; a reminder after %n hour(s)</source>
            <translation>
                <numerusform>；超过 %n 小时未处理即提醒</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="213" />
            <source>Step %1 %2</source>
            <translation>第 %1 步 %2</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="216" />
            <source>the amount is above %1</source>
            <translation>金额超过 %1</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="218" />
            <source>the request is over budget</source>
            <translation>申请超预算</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="220" />
            <source>When %1: %2</source>
            <translation>%1 时：%2</translation>
        </message>
        <message>
            <location filename="../app/models/approvalflowservice.cpp" line="220" />
            <source> and </source>
            <translation>且</translation>
        </message>
    </context>
    <context>
        <name>Huike::ApprovalService</name>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="35" />
            <source>no level</source>
            <translation>未分级</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="41" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="67" />
            <source>Level: %1</source>
            <translation>客户级别：%1</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="75" />
            <source>Contract %1, amount %2</source>
            <translation>合同 %1，金额 %2</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="89" />
            <source>Quote %1 V%2: a discount of %3 %, total %4</source>
            <translation>报价单 %1 V%2：折扣 %3%，合计 %4</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="137" />
            <source>Step %1</source>
            <translation>第 %1 步</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="138" />
            <source>%1 (%2): %3</source>
            <translation>%1（%2）：%3</translation>
        </message>
        <message>
            <location filename="../app/models/approvalrequests.cpp" line="208" />
            <source>Loan “%1” %2</source>
            <translation>借款「%1」%2</translation>
        </message>
        <message>
            <location filename="../app/models/approvalrequests.cpp" line="236" />
            <source>Expense claim “%1” %2</source>
            <translation>费用报销「%1」%2</translation>
        </message>
        <message>
            <location filename="../app/models/approvalrequests.cpp" line="237" />
            <location filename="../app/models/approvalservice.cpp" line="138" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../app/models/approvalrequests.cpp" line="237" />
            <source>Expense claim “%1” %2 (%3)</source>
            <translation>费用报销「%1」%2（%3）</translation>
        </message>
        <message>
            <location filename="../app/models/approvalrequests.cpp" line="243" />
            <source>%1, over budget</source>
            <translation>%1，超预算</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="142" />
            <source> for %1</source>
            <translation>（代 %1）</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="147" />
            <source>: %1</source>
            <translation>：%1</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="153" />
            <source>Step %1 of %2: %3</source>
            <translation>第 %1/%2 步：%3</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="164" />
            <source>waiting for a decision</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="166" />
            <source>approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="168" />
            <source>rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="170" />
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="172" />
            <source>not needed any more</source>
            <translation>无需再审</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="173" />
            <source>later</source>
            <translation>待前序步骤</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="266" />
            <source>You own this contract: another person decides its approval.</source>
            <translation>这是您负责的合同，须由其他人审批。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="267" />
            <source>You own this quote: another manager decides its discount.</source>
            <translation>您是该报价单的负责人，其折扣须由其他经理审批。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="333" />
            <source>The quote expired on %1: it cannot be approved any more. Reject it, or let the requester make a new revision.</source>
            <translation>报价单已于 %1 过期，不能再审批通过。请驳回，或让申请人另出新版本。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="340" />
            <source>The customer no longer exists (deleted, or merged into another card): reject the request.</source>
            <translation>该客户已不存在（已删除或已合并到其他客户），请驳回此申请。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="363" />
            <source>The steps of this expense have not arrived yet: sync, then decide it.</source>
            <translation>该报销单的审批步骤尚未同步到本机，请先同步再审批。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="390" />
            <source>A contract's request is withdrawn from the contract (back to draft).</source>
            <translation>合同的审批申请请在合同中撤回（退回草稿）。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="392" />
            <source>An expense claim or a loan is withdrawn on the expense itself (back to draft).</source>
            <translation>费用报销或借款请在单据本身撤回（退回草稿）。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="425" />
            <source>You are not an approver of this contract's current step.</source>
            <translation>您不是这份合同当前审批步骤的审批人。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="426" />
            <source>You are not an approver of this contract's current step (%1).</source>
            <translation>您不是这份合同当前审批步骤的审批人（%1）。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="429" />
            <source>The contract's approval has further steps: approve your step in Approvals; the last approval signs it.</source>
            <translation>这份合同的审批还有后续步骤：请在“审批”中同意您这一步，最后一步通过后合同即签订。</translation>
        </message>
        <message>
            <source>The customer no longer exists: reject the request.</source>
            <translation type="vanished">该客户已不存在，请驳回此申请。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="342" />
            <source>The customer's level is no longer the one the request started from: reject it and let the requester ask again.</source>
            <translation>客户级别已与申请时不同，请驳回，由申请人按当前级别重新申请。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="380" />
            <source>The request no longer exists.</source>
            <translation>该申请已不存在。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="382" />
            <source>The request has been decided; it is kept.</source>
            <translation>该申请已审批，不能撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="387" />
            <location filename="../app/models/approvalservice.cpp" line="416" />
            <source>A step has been decided: the request can no longer be withdrawn.</source>
            <translation>已有审批步骤作出决定，申请不能再撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/approvalservice.cpp" line="388" />
            <source>Only the requester withdraws a request.</source>
            <translation>只有申请人本人可以撤回申请。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ApprovalStepForm</name>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="32" />
            <source>The selected step</source>
            <translation>所选步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="44" />
            <source>e.g. 部门经理审批</source>
            <translation>如：部门经理审批</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="45" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="47" />
            <source>The manager chain</source>
            <translation>上级</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="48" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="49" />
            <source>Named colleagues</source>
            <translation>指定人员</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="50" />
            <source>The manager chain climbs from the owner of what is asked about: the manager, the manager's manager…</source>
            <translation>按申请所涉记录负责人的上级逐级向上：直属上级、上级的上级……</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="51" />
            <source>Approver &amp;by:</source>
            <translation>审批人(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="54" />
            <source>1: the manager; 2: the manager's manager; and so on</source>
            <translation>1：直属上级；2：上级的上级；依此类推</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="55" />
            <source>&amp;Levels up:</source>
            <translation>上级层级(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="75" />
            <source>&amp;Roles:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="81" />
            <source>Tick the colleagues who approve (Space ticks the selected one)</source>
            <translation>勾选负责审批的同事（按空格键勾选当前项）</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="90" />
            <source>Colleag&amp;ues:</source>
            <translation>指定人员(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="92" />
            <source>Any one of them</source>
            <translation>任一人</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="93" />
            <source>All of them</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="94" />
            <source>Any one of them decides the step, or each of them must approve it</source>
            <translation>其中任一人审批即可，或须每个人都审批通过</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="95" />
            <source>&amp;Who decides:</source>
            <translation>审批方式(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="96" />
            <source>Also &amp;decide:</source>
            <translation>也可审批(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="98" />
            <source>Anyone of these roles may decide the step too</source>
            <translation>这些角色的任何人也可以审批此步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="100" />
            <source>S&amp;kip the step when the approver is the requester</source>
            <translation>审批人即申请人时跳过此步骤(&amp;K)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="104" />
            <source>Empty: whatever the amount</source>
            <translation>留空：不限金额</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="105" />
            <source>The step applies only when the amount asked is above this, e.g. 5000.00</source>
            <translation>仅当申请金额超过此数时才需要此步骤，如 5000.00</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="106" />
            <source>Only &amp;above (¥):</source>
            <translation>金额超过（¥）(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="107" />
            <source>Only when the request is &amp;over budget</source>
            <translation>仅在申请超预算时(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="111" />
            <source>No reminder</source>
            <translation>不提醒</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="112" />
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="113" />
            <source>The approver is reminded once the step has waited this many hours</source>
            <translation>此步骤等待超过该小时数后提醒审批人</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="114" />
            <source>Re&amp;mind after:</source>
            <translation>超时提醒(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="134" />
            <source>Rename the step</source>
            <translation>重命名步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="135" />
            <source>Change the amount threshold</source>
            <translation>修改金额门槛</translation>
        </message>
        <message>
            <location filename="../app/ui/approvalstepform.cpp" line="171" />
            <source>An amount in yuan, such as 5000.00.</source>
            <translation>请输入以元为单位的金额，如 5000.00。</translation>
        </message>
    </context>
    <context>
        <name>Huike::AssetDialog</name>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="39" />
            <source>Register assets</source>
            <translation>登记设备</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="39" />
            <source>Asset %1</source>
            <translation>设备 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="44" />
            <source>(choose the product)</source>
            <translation>（请选择产品）</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="47" />
            <source>&amp;Product:</source>
            <translation>产品(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="53" />
            <source>One serial number per line: several lines register several assets</source>
            <translation>每行一个序列号，多行即登记多台设备</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="55" />
            <source>&amp;Serial numbers:</source>
            <translation>序列号(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="61" />
            <source>&amp;Serial number:</source>
            <translation>序列号(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="66" />
            <source>(not from a contract)</source>
            <translation>（不关联合同）</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="69" />
            <source>&amp;Contract:</source>
            <translation>合同(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="71" />
            <source>&amp;Delivered on:</source>
            <translation>发货日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="72" />
            <source>&amp;Invoiced on:</source>
            <translation>开票日期(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="73" />
            <source>Installed &amp;at:</source>
            <translation>安装地点(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="73" />
            <source>e.g. Workshop 2, or the site's address</source>
            <translation>例如：二号车间，或现场地址</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="79" />
            <source>S&amp;tatus:</source>
            <translation>状态(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="80" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="85" />
            <source>Warranty:</source>
            <translation>保修：</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="106" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="148" />
            <source>Choose the product: its category says the months.</source>
            <translation>请选择产品：保修月数按产品类别确定。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="163" />
            <source>Choose the product.</source>
            <translation>请选择产品。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="166" />
            <source>Type or paste the serial numbers, one per line.</source>
            <translation>请输入或粘贴序列号，每行一个。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetdialog.cpp" line="168" />
            <source>Type the serial number on the asset's label.</source>
            <translation>请填写设备铭牌上的序列号。</translation>
        </message>
    </context>
    <context>
        <name>Huike::AssetImport</name>
        <message>
            <location filename="../app/models/assetimport.cpp" line="130" />
            <source>the customer (a column such as 客户名称 or 统一社会信用代码)</source>
            <translation>客户（如“客户名称”或“统一社会信用代码”列）</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="132" />
            <source>the product (a column such as 产品编码 or 产品名称)</source>
            <translation>产品（如“产品编码”或“产品名称”列）</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="134" />
            <source>the serial number (a column such as 序列号 or SN)</source>
            <translation>序列号（如“序列号”或“SN”列）</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="162" />
            <source>no customer %1 in your data</source>
            <translation>您的数据中没有客户 %1</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="163" />
            <source>several customers are called %1: give the credit code</source>
            <translation>有多个客户名为 %1，请填写统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="178" />
            <source>no product %1 in the catalogue</source>
            <translation>产品目录中没有 %1</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="179" />
            <source>several products are called %1: give the product code</source>
            <translation>有多个产品名为 %1，请填写产品编码</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="195" />
            <source>no customer</source>
            <translation>缺少客户</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="200" />
            <source>no product</source>
            <translation>缺少产品</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="206" />
            <source>no serial number</source>
            <translation>缺少序列号</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="208" />
            <source>a serial number longer than %1 characters</source>
            <translation>序列号超过 %1 个字符</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="210" />
            <source>serial number %1 is in the sheet twice</source>
            <translation>序列号 %1 在表中重复出现</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="214" />
            <source>serial number %1 is another asset's already</source>
            <translation>序列号 %1 已被其他设备使用</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="227" />
            <source>no contract %1 of this customer</source>
            <translation>该客户没有合同 %1</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="229" />
            <source>contract %1 is not signed</source>
            <translation>合同 %1 尚未签订</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="237" />
            <source>"%1" is not a date (write 2026-11-22)</source>
            <translation>“%1”不是日期（请写成 2026-11-22）</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="243" />
            <source>status "%1" is none of 在用, 已退回, 已报废</source>
            <translation>状态“%1”不是“在用”“已退回”“已报废”之一</translation>
        </message>
        <message>
            <location filename="../app/models/assetimport.cpp" line="281" />
            <source>The import stopped: %1</source>
            <translation>导入已中止：%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::AssetImportDialog</name>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="40" />
            <source>&amp;Import the rows that are right</source>
            <translation>导入无误的行(&amp;I)</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="42" />
            <location filename="../app/ui/assetimportdialog.cpp" line="77" />
            <location filename="../app/ui/assetimportdialog.cpp" line="85" />
            <source>Import assets</source>
            <translation>导入设备</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="44" />
            <source>A register of serial numbers: .xlsx or .csv</source>
            <translation>设备序列号登记表：.xlsx 或 .csv</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="45" />
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="49" />
            <source>Columns are recognised by their headers: 客户名称 or 统一社会信用代码, 产品编码 or 产品名称, 序列号, and if there are: 合同编号, 交付日期, 开票日期, 安装地点, 状态, 备注.</source>
            <translation>按列标题识别各列：客户名称或统一社会信用代码、产品编码或产品名称、序列号，以及（如有）合同编号、交付日期、开票日期、安装地点、状态、备注。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="55" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="55" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="55" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="55" />
            <source>Serial number</source>
            <translation>序列号</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="55" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="66" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="78" />
            <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>表格 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/assetimportdialog.cpp" line="86" />
            <source>%n asset(s) imported; they go to the server with the next sync.</source>
            <translation>
                <numerusform>已导入 %n 台设备，下次同步时上传到服务器。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="101" />
            <source>The file has no rows.</source>
            <translation>文件中没有数据行。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="107" />
            <source>The sheet has no column for %1.</source>
            <translation>表格缺少以下列：%1。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="107" />
            <location filename="../app/ui/assetimportdialog.cpp" line="138" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="110" />
            <source>Checking the rows…</source>
            <translation>正在检查各行…</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="110" />
            <location filename="../app/ui/assetimportdialog.cpp" line="151" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="138" />
            <source>ready</source>
            <translation>可导入</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="143" />
            <source>%1 row(s) ready to import, %2 with errors (left out).</source>
            <translation>%1 行可导入，%2 行有错误（将跳过）。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="151" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/assetimportdialog.cpp" line="156" />
            <source>%n asset(s) imported.</source>
            <translation>
                <numerusform>已导入 %n 台设备。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/assetimportdialog.cpp" line="157" />
            <source>%1 (%2 imported before it stopped)</source>
            <translation>%1（中止前已导入 %2 台）</translation>
        </message>
    </context>
    <context>
        <name>Huike::AssetService</name>
        <message>
            <location filename="../app/models/assetservice.cpp" line="61" />
            <source>No cover: returned or scrapped</source>
            <translation>已退回或报废，不保修</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="63" />
            <source>Warranty unknown: no invoice or delivery date</source>
            <translation>保修期未知：没有开票日期或交付日期</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="65" />
            <source>No warranty</source>
            <translation>无保修</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="68" />
            <source>In warranty until %1 (extended by a repair)</source>
            <translation>在保，至 %1（维修后延保）</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="68" />
            <source>In warranty until %1</source>
            <translation>在保，至 %1</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="69" />
            <source>Out of warranty (ended %1)</source>
            <translation>已过保（%1 到期）</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="214" />
            <source>Choose the customer the asset is with.</source>
            <translation>请选择设备所属客户。</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="216" />
            <source>Choose the product.</source>
            <translation>请选择产品。</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="218" />
            <source>Choose the asset's status.</source>
            <translation>请选择设备状态。</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="222" />
            <source>The contract is not one of this customer's.</source>
            <translation>该合同不属于此客户。</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="224" />
            <source>Assets are delivered under a signed contract.</source>
            <translation>设备只能关联已签订的合同。</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="227" />
            <source>The invoice date is years before the delivery: check it.</source>
            <translation>开票日期比交付日期早了好几年，请核对。</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="250" />
            <source>Type the serial number on the asset's label.</source>
            <translation>请填写设备铭牌上的序列号。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/models/assetservice.cpp" line="252" />
            <source>A serial number is at most %n characters.</source>
            <translation>
                <numerusform>序列号最多 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="254" />
            <source>Another asset of this product has serial number %1.</source>
            <translation>该产品已有设备使用序列号 %1。</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="291" />
            <source>Type or paste the serial numbers, one per line.</source>
            <translation>请输入或粘贴序列号，每行一个。</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="296" />
            <source>Longer than %1 characters: %2</source>
            <translation>超过 %1 个字符：%2</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="298" />
            <source>Typed twice: %1</source>
            <translation>重复输入：%1</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="300" />
            <source>Already another asset's: %1</source>
            <translation>已被其他设备使用：%1</translation>
        </message>
        <message>
            <location filename="../app/models/assetservice.cpp" line="327" />
            <source>Service tickets name this asset: set its status to Returned or Scrapped instead.</source>
            <translation>已有服务工单关联此设备，请把状态改为“已退回”或“已报废”。</translation>
        </message>
    </context>
    <context>
        <name>Huike::AssetsPanel</name>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="33" />
            <source>&amp;Register assets…</source>
            <translation>登记设备(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="33" />
            <source>E&amp;dit…</source>
            <translation>编辑(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="34" />
            <source>Dele&amp;te</source>
            <translation>删除(&amp;T)</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="42" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="42" />
            <source>Serial number</source>
            <translation>序列号</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="42" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="42" />
            <source>Delivered</source>
            <translation>交付日期</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="42" />
            <source>Warranty</source>
            <translation>保修</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="42" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="118" />
            <source>Save the customer first: then register its assets.</source>
            <translation>请先保存客户，再登记其设备。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="120" />
            <source>Assets are registered once the contract is signed.</source>
            <translation>合同签订后才能登记设备。</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="122" />
            <source>No assets yet: register the serial numbers of what was delivered.</source>
            <translation>暂无设备：请登记已交付产品的序列号。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/assetspanel.cpp" line="124" />
            <source>%n asset(s), %1 in warranty</source>
            <translation>
                <numerusform>共 %n 台设备，%1 台在保</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="164" />
            <location filename="../app/ui/assetspanel.cpp" line="175" />
            <source>Delete asset</source>
            <translation>删除设备</translation>
        </message>
        <message>
            <location filename="../app/ui/assetspanel.cpp" line="165" />
            <source>Delete asset %1 (%2)? Only an asset entered by mistake is deleted.</source>
            <translation>删除设备 %1（%2）？只有录错的设备才应删除。</translation>
        </message>
    </context>
    <context>
        <name>Huike::AttachmentFetcher</name>
        <message>
            <location filename="../app/syncclient/attachmentfetcher.cpp" line="56" />
            <source>Not connected to a server.</source>
            <translation>未连接服务器。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/attachmentfetcher.cpp" line="75" />
            <source>The server cannot be reached (%1); the file opens once it is downloaded.</source>
            <translation>无法连接服务器（%1）；文件下载后即可打开。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/attachmentfetcher.cpp" line="82" />
            <source>The server has no such file for you (it may have been removed, or the customer is no longer yours).</source>
            <translation>服务器上没有您可访问的该文件（可能已被删除，或该客户已不归您负责）。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/attachmentfetcher.cpp" line="90" />
            <source>The download failed: %1</source>
            <translation>下载失败：%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::AttachmentStore</name>
        <message>
            <location filename="../app/replica/attachmentstore.cpp" line="39" />
            <source>The file cannot be stored in %1.</source>
            <translation>无法将文件保存到 %1。</translation>
        </message>
        <message>
            <location filename="../app/replica/attachmentstore.cpp" line="86" />
            <location filename="../app/replica/attachmentstore.cpp" line="111" />
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; attachments are at most that.</source>
            <translation>%1 超过 %2 MB，附件不能超过此大小。</translation>
        </message>
        <message>
            <location filename="../app/replica/attachmentstore.cpp" line="145" />
            <source>The downloaded file is damaged (its checksum does not match); try again.</source>
            <translation>下载的文件已损坏（校验值不符），请重试。</translation>
        </message>
        <message>
            <location filename="../app/replica/attachmentstore.cpp" line="168" />
            <source>The file is not on this computer yet.</source>
            <translation>该文件尚未下载到本机。</translation>
        </message>
        <message>
            <location filename="../app/replica/attachmentstore.cpp" line="183" />
            <source>The file cannot be copied to %1.</source>
            <translation>无法将文件复制到 %1。</translation>
        </message>
    </context>
    <context>
        <name>Huike::AttachmentsPanel</name>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="36" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="36" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="36" />
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="36" />
            <source>On this computer</source>
            <translation>本机已有</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="36" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="36" />
            <source>Attached to</source>
            <translation>所属</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="48" />
            <source>Drop files here to attach them. Enter opens the selected file.</source>
            <translation>将文件拖到此处即可添加为附件；按 Enter 键打开所选文件。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="63" />
            <source>Attach &amp;files…</source>
            <translation>添加附件(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="64" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="65" />
            <source>Save a &amp;copy…</source>
            <translation>另存为(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="67" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="68" />
            <source>Removes the selected attachment (Delete).</source>
            <translation>删除所选附件（Delete 键）。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="166" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="167" />
            <source>No — downloaded when opened</source>
            <translation>否（打开时下载）</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="169" />
            <source>This customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="172" />
            <source>Attached to contract %1; also listed in its contract editor.</source>
            <translation>属于合同 %1，在该合同的附件中也可看到。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="180" />
            <source>Save the customer before adding attachments.</source>
            <translation>请先保存客户，再添加附件。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="181" />
            <source>Save the contract before adding attachments.</source>
            <translation>请先保存合同，再添加附件。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="183" />
            <source>No attachments yet. Attach the business licence scan, ID copies or signed NDAs, or drop files here.</source>
            <translation>暂无附件。可添加营业执照扫描件、身份证复印件或已签署的保密协议，或将文件拖到此处。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="185" />
            <source>No attachments yet. Attach the scanned signed contract, or drop files here.</source>
            <translation>暂无附件。可添加签字盖章的合同扫描件，或将文件拖到此处。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="209" />
            <source>%1 was not attached: %2</source>
            <translation>%1 未能添加：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/attachmentspanel.cpp" line="221" />
            <source>%n file(s) attached; uploaded with the next sync.</source>
            <translation>
                <numerusform>已添加 %n 个文件，将在下次同步时上传。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="227" />
            <source>Attach files</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="228" />
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;All files (*)</source>
            <translation>扫描件和文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="54" />
            <source>No program on this computer opens %1; save a copy and open it from there.</source>
            <translation>本机没有可以打开 %1 的程序，请另存后再打开。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="55" />
            <source>%1 opened.</source>
            <translation>已打开 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="56" />
            <source>%1 is not on this computer yet; it is downloaded when you are logged in to the server.</source>
            <translation>%1 尚未下载到本机；登录服务器后打开即可自动下载。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="57" />
            <source>Downloading %1…</source>
            <translation>正在下载 %1…</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="58" />
            <source>%1 cannot be opened: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="264" />
            <source>%1 is not on this computer yet: open it once to download it.</source>
            <translation>%1 尚未下载到本机：请先打开一次以下载。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="270" />
            <source>%1 cannot be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="274" />
            <source>Saved a copy as %1.</source>
            <translation>已另存为 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="283" />
            <source>Save a copy</source>
            <translation>另存为</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="296" />
            <source>%1 removed.</source>
            <translation>已删除 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="309" />
            <source>Remove %1 from this customer? Everyone who syncs will no longer see it.</source>
            <translation>确定从此客户中删除 %1 吗？同步后其他人也将看不到该附件。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="310" />
            <source>Remove %1 from contract %2? Everyone who syncs will no longer see it.</source>
            <translation>确定从合同 %2 中删除 %1 吗？同步后其他人也将看不到该附件。</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="311" />
            <source>Remove attachment</source>
            <translation>删除附件</translation>
        </message>
        <message>
            <location filename="../app/ui/attachmentspanel.cpp" line="308" />
            <source>Remove %1 from this contract? Everyone who syncs will no longer see it.</source>
            <translation>确定从此合同中删除 %1 吗？同步后其他人也将看不到该附件。</translation>
        </message>
    </context>
    <context>
        <name>Huike::AuthService</name>
        <message>
            <location filename="../server/auth/authservice.cpp" line="29" />
            <source>Wrong login or password.</source>
            <translation>登录名或密码错误。</translation>
        </message>
    </context>
    <context>
        <name>Huike::BatchCommand</name>
        <message>
            <location filename="../app/replicapath.cpp" line="29" />
            <source>No replica on this computer yet: log in once, or give --replica FILE.</source>
            <translation>本机还没有数据副本：请先登录一次，或用 --replica FILE 指定。</translation>
        </message>
        <message>
            <location filename="../app/replicapath.cpp" line="35" />
            <source>No replica at %1.</source>
            <translation>%1 处没有数据副本。</translation>
        </message>
        <message>
            <location filename="../app/replicapath.cpp" line="42" />
            <source>%1 is not a Huike replica.</source>
            <translation>%1 不是汇客的数据副本。</translation>
        </message>
    </context>
    <context>
        <name>Huike::BudgetDialog</name>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="55" />
            <source>Budgets and expense categories</source>
            <translation>部门预算与费用类别</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="71" />
            <source>&amp;Department:</source>
            <translation>部门(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="75" />
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="79" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="79" />
            <source>Budget (¥)</source>
            <translation>预算（元）</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="79" />
            <source>Claimed this month</source>
            <translation>本月已报销</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="79" />
            <source>Budget left</source>
            <translation>预算剩余</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="85" />
            <source>&amp;Copy last month</source>
            <translation>复制上月(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="87" />
            <source>&amp;Save budgets</source>
            <translation>保存预算(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="89" />
            <source>An empty budget means none: claims in that category are not limited.</source>
            <translation>预算留空表示不设预算，该类别报销不受限制。</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="93" />
            <source>Budgets</source>
            <translation>预算</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="105" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="105" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="105" />
            <source>Voucher account (code and name)</source>
            <translation>凭证科目（代码和名称）</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="110" />
            <source>&amp;Add category</source>
            <translation>添加类别(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="111" />
            <source>&amp;Remove category</source>
            <translation>删除类别(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="112" />
            <source>Save &amp;categories</source>
            <translation>保存类别(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="114" />
            <source>An empty account books the category to the general expense account.</source>
            <translation>科目留空时，该类别记入默认费用科目。</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="118" />
            <source>Expense categories</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="137" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="173" />
            <source>Unsaved changes</source>
            <translation>尚未保存的修改</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="173" />
            <source>Save the budgets of %1 first?</source>
            <translation>先保存 %1 的预算吗？</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="266" />
            <source>Last month's budgets copied: save to keep them.</source>
            <translation>已复制上月预算，请保存。</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="275" />
            <source>Budgets saved; they reach everyone with the next sync.</source>
            <translation>预算已保存，下次同步后所有人可见。</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="287" />
            <source>The budget for %1 is not an amount.</source>
            <translation>%1 的预算不是有效金额。</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="298" />
            <location filename="../app/ui/budgetdialog.cpp" line="339" />
            <source>Could not save: %1</source>
            <translation>无法保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="344" />
            <source>Categories saved; they reach everyone with the next sync.</source>
            <translation>费用类别已保存，下次同步后所有人可见。</translation>
        </message>
        <message>
            <location filename="../app/ui/budgetdialog.cpp" line="351" />
            <source>Save the budgets of %1?</source>
            <translation>保存 %1 的预算吗？</translation>
        </message>
    </context>
    <context>
        <name>Huike::BudgetService</name>
        <message>
            <location filename="../app/models/budgetservice.cpp" line="66" />
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../app/models/budgetservice.cpp" line="93" />
            <source>Only directors and administrators set budgets.</source>
            <translation>只有总监和管理员可以设置预算。</translation>
        </message>
        <message>
            <location filename="../app/models/budgetservice.cpp" line="95" />
            <source>“%1” is not a month (YYYY-MM).</source>
            <translation>“%1”不是有效月份（格式 YYYY-MM）。</translation>
        </message>
        <message>
            <location filename="../app/models/budgetservice.cpp" line="97" />
            <source>Choose a department.</source>
            <translation>请选择部门。</translation>
        </message>
        <message>
            <location filename="../app/models/budgetservice.cpp" line="100" />
            <source>The budget for %1 is not a positive amount in yuan.</source>
            <translation>%1 的预算必须是以元为单位的非负金额。</translation>
        </message>
        <message>
            <location filename="../app/models/budgetservice.cpp" line="136" />
            <source>Only an administrator changes the expense categories.</source>
            <translation>只有管理员可以修改费用类别。</translation>
        </message>
        <message>
            <location filename="../app/models/budgetservice.cpp" line="145" />
            <source>The account “%1” of %2 is not an account code and name (e.g. “660202 差旅费”).</source>
            <translation>%2 的科目“%1”不是“科目代码 科目名称”格式（例如“660202 差旅费”）。</translation>
        </message>
    </context>
    <context>
        <name>Huike::CompanyData</name>
        <message>
            <location filename="../app/exportpdfcommand.cpp" line="64" />
            <source>huike: warning: the company's details are not filled in the settings (%1); the letterhead is incomplete.</source>
            <translation>huike：警告：设置中尚未填写公司信息（%1），单据抬头不完整。</translation>
        </message>
        <message>
            <location filename="../app/exportpdfcommand.cpp" line="65" />
            <location filename="../app/ui/companydata.cpp" line="54" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="29" />
            <source>company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="30" />
            <source>address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="31" />
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="32" />
            <source>bank and account</source>
            <translation>开户行及账号</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="33" />
            <source>taxpayer number</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="52" />
            <source>Company details missing</source>
            <translation>公司信息未填写</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="53" />
            <source>The company's details are not filled in yet (%1): the document's letterhead would have no company name.</source>
            <translation>尚未填写公司信息（%1），单据抬头将没有公司名称。</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="56" />
            <source>Fill them in under Settings → Company, or go on without them.</source>
            <translation>请在“设置 → 公司”中填写，也可以不填直接继续。</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="57" />
            <source>An administrator fills them in under Settings → Company; you may go on without them.</source>
            <translation>公司信息由管理员在“设置 → 公司”中填写；您也可以直接继续。</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="58" />
            <source>Open &amp;settings…</source>
            <translation>打开设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../app/ui/companydata.cpp" line="59" />
            <source>&amp;Go on anyway</source>
            <translation>仍然继续(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>Huike::ConflictDialog</name>
        <message>
            <location filename="../app/models/conflictservice.cpp" line="25" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>客户级别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>背景资料</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="22" />
            <source>Conflicts to review</source>
            <translation>待处理的同步冲突</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="25" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="25" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="25" />
            <source>Before</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="25" />
            <source>Mine</source>
            <translation>我的修改</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="25" />
            <source>Theirs</source>
            <translation>服务器上的值</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="25" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="25" />
            <source>Changed by</source>
            <translation>修改人</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="39" />
            <source>Keep &amp;mine</source>
            <translation>保留我的(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="40" />
            <location filename="../app/ui/conflictdialog.cpp" line="77" />
            <source>Take &amp;theirs</source>
            <translation>采用服务器的(&amp;T)</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="41" />
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="42" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="43" />
            <source>Open the customer, quote or contract to look at it</source>
            <translation>打开相关的客户、报价单或合同</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="50" />
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="50" />
            <source>New value:</source>
            <translation>新值：</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="77" />
            <source>&amp;Dismiss</source>
            <translation>知道了(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/models/conflictservice.cpp" line="103" />
            <source>Not accepted by the server: %1</source>
            <translation>服务器未接受：%1</translation>
        </message>
        <message>
            <source>Not accepted by the server (%1): %2</source>
            <translation>服务器未接受（%1）：%2</translation>
        </message>
        <message>
            <location filename="../app/models/conflictservice.cpp" line="104" />
            <source>The record was deleted by someone else; your change was kept here.</source>
            <translation>该记录已被他人删除，您的修改保留在这里。</translation>
        </message>
        <message>
            <location filename="../app/models/conflictservice.cpp" line="105" />
            <source>Someone else changed this field after you last synced.</source>
            <translation>您上次同步后，他人修改了此字段。</translation>
        </message>
        <message>
            <location filename="../app/models/conflictservice.cpp" line="123" />
            <source>(new record)</source>
            <translation>（新建记录）</translation>
        </message>
        <message>
            <location filename="../app/ui/conflictdialog.cpp" line="123" />
            <source>Nothing to review.</source>
            <translation>没有需要处理的冲突。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ContactDialog</name>
        <message>
            <location filename="../app/ui/contactdialog.cpp" line="23" />
            <source>New contact</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <location filename="../app/ui/contactdialog.cpp" line="23" />
            <source>Contact — %1</source>
            <translation>联系人 — %1</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="56" />
            <location filename="../app/ui/contactdialog.cpp" line="26" />
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="57" />
            <location filename="../app/ui/contactdialog.cpp" line="26" />
            <source>&amp;Title</source>
            <translation>职务(&amp;T)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="58" />
            <location filename="../app/ui/contactdialog.cpp" line="26" />
            <source>&amp;Department</source>
            <translation>部门(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="59" />
            <location filename="../app/ui/contactdialog.cpp" line="27" />
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="60" />
            <location filename="../app/ui/contactdialog.cpp" line="27" />
            <source>&amp;Mobile</source>
            <translation>手机(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="61" />
            <location filename="../app/ui/contactdialog.cpp" line="27" />
            <source>&amp;Email</source>
            <translation>电子邮箱(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/ui/contactdialog.cpp" line="42" />
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../app/ui/contactdialog.cpp" line="45" />
            <source>(not set)</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="62" />
            <location filename="../app/ui/contactdialog.cpp" line="50" />
            <source>Decision &amp;role</source>
            <translation>决策角色(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="63" />
            <location filename="../app/ui/contactdialog.cpp" line="51" />
            <source>Primary contact</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="64" />
            <location filename="../app/ui/contactdialog.cpp" line="57" />
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>Huike::ContactListModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/models/contactlistmodel.cpp" line="95" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../app/models/contactlistmodel.cpp" line="96" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/models/contactlistmodel.cpp" line="97" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../app/models/contactlistmodel.cpp" line="98" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../app/models/contactlistmodel.cpp" line="99" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../app/models/contactlistmodel.cpp" line="100" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
    </context>
    <context>
        <name>Huike::ContactsPage</name>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="30" />
            <source>Search contacts by name, phone, e-mail or pinyin</source>
            <translation>按姓名、电话、邮箱或拼音搜索联系人</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="34" />
            <source>Contacts of my customers</source>
            <translation>我的客户的联系人</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="35" />
            <source>All contacts I can see</source>
            <translation>全部可见联系人</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="37" />
            <source>&amp;Export vCard…</source>
            <translation>导出 vCard(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="38" />
            <source>Saves the selected contacts — or, with none selected, the whole list — as a vCard file for an address book or a phone.</source>
            <translation>将选中的联系人（未选中时为整个列表）保存为 vCard 文件，可导入通讯录或手机。</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="118" />
            <source>The first %1 of %2 contacts; search to narrow the list</source>
            <translation>显示 %2 位联系人中的前 %1 位，请搜索以缩小范围</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/contactspage.cpp" line="119" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n 位联系人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/contactspage.cpp" line="122" />
            <source>%n selected</source>
            <translation>
                <numerusform>已选 %n 位</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="167" />
            <source>Export contacts as vCard</source>
            <translation>导出联系人为 vCard</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="168" />
            <source>contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="169" />
            <source>vCard files (*.vcf)</source>
            <translation>vCard 文件 (*.vcf)</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="175" />
            <source>Export vCard</source>
            <translation>导出 vCard</translation>
        </message>
        <message>
            <location filename="../app/ui/contactspage.cpp" line="175" />
            <source>The file could not be written: %1</source>
            <translation>无法写入文件：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/contactspage.cpp" line="177" />
            <source>%n contact(s) exported to %1</source>
            <translation>
                <numerusform>已将 %n 位联系人导出到 %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Huike::Contract</name>
        <message>
            <source>The instalment is in another currency than the contract.</source>
            <translation>该期款项的币种与合同币种不一致。</translation>
        </message>
        <message>
            <source>Only one instalment can be the balance line.</source>
            <translation>只能有一期作为尾款。</translation>
        </message>
        <message>
            <source>The amounts are too large.</source>
            <translation>金额过大，超出可处理范围。</translation>
        </message>
        <message>
            <source>A contract belongs to a customer.</source>
            <translation>合同必须关联客户。</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>The totals do not match the lines; recalculate the contract.</source>
            <translation>合计金额与明细不一致，请重新计算合同金额。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ContractEditor</name>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="101" />
            <source>YYYY-MM-DD, when signed</source>
            <translation>签订后填写，格式 YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="109" />
            <source>Contract amount incl. VAT, e.g. 120000.00</source>
            <translation>合同金额（含税），例如 120000.00</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="69" />
            <location filename="../app/ui/contracteditor.cpp" line="112" />
            <source>&amp;Subject:</source>
            <translation>主题(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="70" />
            <location filename="../app/ui/contracteditor.cpp" line="113" />
            <source>Party &amp;A (customer):</source>
            <translation>甲方（客户）(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="71" />
            <location filename="../app/ui/contracteditor.cpp" line="114" />
            <source>Party &amp;B (us):</source>
            <translation>乙方（我方）(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="117" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="72" />
            <location filename="../app/ui/contracteditor.cpp" line="120" />
            <source>Si&amp;gned on:</source>
            <translation>签订日期(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="125" />
            <source>&amp;Term:</source>
            <translation>合同期限(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="73" />
            <location filename="../app/ui/contracteditor.cpp" line="127" />
            <source>A&amp;mount:</source>
            <translation>合同金额(&amp;M)：</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已回款</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>未回款</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Add &amp;instalment</source>
            <translation>添加分期(&amp;I)</translation>
        </message>
        <message>
            <source>S&amp;plit by proportion…</source>
            <translation>按比例拆分(&amp;P)…</translation>
        </message>
        <message>
            <source>Remove instalment</source>
            <translation>删除分期</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>回款日期</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>期次</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>回款方式</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>流水号</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <source>Invoice type</source>
            <translation>发票类型</translation>
        </message>
        <message>
            <source>Amount incl. VAT</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>税额</translation>
        </message>
        <message>
            <source>Add &amp;invoice…</source>
            <translation>登记开票(&amp;I)…</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>发货内容</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>签收人</translation>
        </message>
        <message>
            <source>Add delive&amp;ry…</source>
            <translation>登记发货(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="166" />
            <source>Payment &amp;plan (回款计划)</source>
            <translation>回款计划(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="167" />
            <source>&amp;Lines</source>
            <translation>产品明细(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="168" />
            <source>Pa&amp;yments received</source>
            <translation>回款记录(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="169" />
            <source>I&amp;nvoices (开票记录)</source>
            <translation>开票记录(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="170" />
            <source>D&amp;eliveries (发货记录)</source>
            <translation>发货记录(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="172" />
            <source>Attac&amp;hments (附件)</source>
            <translation>附件(&amp;H)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="131" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="132" />
            <source>Submit for appro&amp;val</source>
            <translation>提交审批(&amp;V)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="133" />
            <source>Approve — si&amp;gned</source>
            <translation>审批通过 — 已签订(&amp;G)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="134" />
            <source>Send &amp;back</source>
            <translation>退回修改(&amp;B)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="135" />
            <source>Start e&amp;xecution</source>
            <translation>开始执行(&amp;X)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="136" />
            <source>Co&amp;mplete</source>
            <translation>完成(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="137" />
            <location filename="../app/ui/contracteditor.cpp" line="221" />
            <source>Terminate</source>
            <translation>终止</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="138" />
            <source>Record pa&amp;yment…</source>
            <translation>登记回款(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="139" />
            <source>Export P&amp;DF…</source>
            <translation>导出 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="140" />
            <source>P&amp;rint…</source>
            <translation>打印(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="141" />
            <source>Print the contract (Ctrl+P)</source>
            <translation>打印合同（Ctrl+P）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="185" />
            <location filename="../app/ui/contracteditor.cpp" line="367" />
            <source>Edit the contract</source>
            <translation>修改合同</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="206" />
            <source>Edit instalment %1</source>
            <translation>修改第 %1 期</translation>
        </message>
        <message>
            <source>Split the amount</source>
            <translation>拆分金额</translation>
        </message>
        <message>
            <source>Proportions of the instalments, e.g. 30/60/10:</source>
            <translation>各期比例，例如 30/60/10：</translation>
        </message>
        <message>
            <source>Give whole numbers separated by /, e.g. 30/60/10.</source>
            <translation>请输入以 / 分隔的整数，例如 30/60/10。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="221" />
            <source>Terminate this contract? This cannot be undone.</source>
            <translation>确定终止此合同吗？此操作不可撤销。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="582" />
            <source>Print contract %1</source>
            <translation>打印合同 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="590" />
            <source>Contract %1 sent to the printer.</source>
            <translation>合同 %1 已发送到打印机。</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>登记回款</translation>
        </message>
        <message>
            <source>Amount received for instalment %1 (due %2), today:</source>
            <translation>第 %1 期（%2 到期）今日回款金额：</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="284" />
            <source>Contract amount &lt;b style='font-size:large'&gt;%1&lt;/b&gt; (net %2, VAT %3) — in words: %4</source>
            <translation>合同金额 &lt;b style='font-size:large'&gt;%1&lt;/b&gt;（不含税 %2，税额 %3）— 大写：%4</translation>
        </message>
        <message>
            <source>%1 (balance)</source>
            <translation>%1（尾款）</translation>
        </message>
        <message>
            <source>The balance line takes what the other instalments leave.</source>
            <translation>尾款行自动承接其他各期之外的余额。</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付清</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>No payment plan yet.</source>
            <translation>尚无回款计划。</translation>
        </message>
        <message>
            <source>✔ %1 instalments add up to %2.</source>
            <translation>✔ %1 期合计 %2，与合同金额一致。</translation>
        </message>
        <message>
            <source>✘ The instalments add up to %1, the contract amount is %2.</source>
            <translation>✘ 各期合计 %1，合同金额为 %2，二者不符。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="55" />
            <source>The server did not accept your change to this contract: %1</source>
            <translation>服务器未接受您对本合同的修改：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="56" />
            <source>Someone else changed this contract at the same time: %1</source>
            <translation>他人同时修改了本合同：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="57" />
            <source>The contract changed on the server</source>
            <translation>合同在服务器上已变化</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="58" />
            <source>You have unsaved changes. Discard them and show the contract as it is stored?</source>
            <translation>您有未保存的修改。是否放弃这些修改，显示服务器上保存的合同？</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="59" />
            <source>Your unsaved changes are kept; the server may refuse them again.</source>
            <translation>您未保存的修改已保留；保存后服务器可能仍会拒绝。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="89" />
            <source>The contract is no longer stored.</source>
            <translation>该合同已不存在。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="89" />
            <source>The contract shows what is stored now.</source>
            <translation>已重新载入当前保存的合同。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="173" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="282" />
            <source>Contract amount &lt;b style='font-size:large'&gt;%1&lt;/b&gt; — in words: %2</source>
            <translation>合同金额 &lt;b style='font-size:large'&gt;%1&lt;/b&gt; — 大写：%2</translation>
        </message>
        <message>
            <source>✘ Instalment %1 is %2: each instalment is more than zero.</source>
            <translation>✘ 第 %1 期金额为 %2：每期回款金额必须大于零。</translation>
        </message>
        <message>
            <source>Instalment %1: the amount is a sum like 36000.00.</source>
            <translation>第 %1 期：金额格式如 36000.00。</translation>
        </message>
        <message>
            <source>Change instalment %1</source>
            <translation>修改第 %1 期</translation>
        </message>
        <message>
            <source>Instalment %1: the due date is a date like 2027-03-31.</source>
            <translation>第 %1 期：到期日格式如 2027-03-31。</translation>
        </message>
        <message>
            <source>Add an instalment</source>
            <translation>添加一期</translation>
        </message>
        <message>
            <source>Remove instalment %1</source>
            <translation>删除第 %1 期</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="344" />
            <source>Give percentages separated by /, e.g. 30/60/10.</source>
            <translation>请输入用 / 分隔的百分比，例如 30/60/10。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="354" />
            <source>The payment plan was not changed.</source>
            <translation>回款计划未作修改。</translation>
        </message>
        <message>
            <source>Split the plan %1</source>
            <translation>按 %1 拆分回款计划</translation>
        </message>
        <message>
            <source>The proportions %1 add up to %2 %, not 100 %.</source>
            <translation>比例 %1 合计为 %2%，不是 100%。</translation>
        </message>
        <message>
            <source>Add the remaining %1 % as the balance instalment (尾款), or spread the whole amount in these proportions?</source>
            <translation>将剩余的 %1% 作为尾款，还是按这些比例分摊全部合同金额？</translation>
        </message>
        <message>
            <source>Add %1 % as the &amp;balance</source>
            <translation>剩余 %1% 作为尾款(&amp;B)</translation>
        </message>
        <message>
            <source>Spread the whole amount in these proportions, or correct them?</source>
            <translation>按这些比例分摊全部合同金额，还是返回修改比例？</translation>
        </message>
        <message>
            <source>&amp;Spread in proportion</source>
            <translation>按比例分摊(&amp;S)</translation>
        </message>
        <message>
            <source>The amount is a sum like 120000.00.</source>
            <translation>金额格式如 120000.00。</translation>
        </message>
        <message>
            <source>Change the amount</source>
            <translation>修改合同金额</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="381" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="383" />
            <source>Contract %1</source>
            <translation>合同 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="541" />
            <source>Invoices are recorded once the contract is signed (approved).</source>
            <translation>合同签订（审批通过）后才能登记开票。</translation>
        </message>
        <message>
            <source>Invoiced %1 — %2 more than the contract amount %3.</source>
            <translation>已开票 %1，超出合同金额 %3 共 %2。</translation>
        </message>
        <message>
            <source>Invoiced %1 of the contract amount %2; %3 left to invoice.</source>
            <translation>合同金额 %2，已开票 %1，未开票 %3。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="556" />
            <source>Deliveries are recorded once the contract is signed (approved).</source>
            <translation>合同签订（审批通过）后才能登记发货。</translation>
        </message>
        <message>
            <source>No deliveries recorded yet.</source>
            <translation>尚无发货记录。</translation>
        </message>
        <message>
            <source>Deliveries recorded: %1, the latest on %2.</source>
            <translation>已发货 %1 次，最近一次发货日期 %2。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="430" />
            <source>Available once the contract is signed.</source>
            <translation>合同签订后可用。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="445" />
            <location filename="../app/ui/contracteditor.cpp" line="449" />
            <location filename="../app/ui/contracteditor.cpp" line="473" />
            <location filename="../app/ui/contracteditor.cpp" line="501" />
            <location filename="../app/ui/contracteditor.cpp" line="505" />
            <location filename="../app/ui/saverecord.h" line="20" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="454" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="478" />
            <source>The contract is now “%1”.</source>
            <translation>合同状态已改为“%1”。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="492" />
            <source>The amount is a sum like 36000.00.</source>
            <translation>金额格式如 36000.00。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="509" />
            <location filename="../app/ui/contracteditor.cpp" line="533" />
            <source>Payment of %1 recorded.</source>
            <translation>已登记回款 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="527" />
            <source>Payments are recorded once the contract is signed (approved).</source>
            <translation>合同签订（审批通过）后才能登记回款。</translation>
        </message>
        <message>
            <source>%1 (balance), due %2</source>
            <translation>第 %1 期（尾款），%2 到期</translation>
        </message>
        <message>
            <source>%1, due %2</source>
            <translation>第 %1 期，%2 到期</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="548" />
            <source>Invoice %1 recorded.</source>
            <translation>发票 %1 已登记。</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="563" />
            <source>Delivery on %1 recorded.</source>
            <translation>%1 的发货已登记。</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>无法写入 PDF：%1</translation>
        </message>
        <message>
            <source>PDF written to %1.</source>
            <translation>PDF 已保存到 %1。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>尚未保存的修改</translation>
        </message>
        <message>
            <location filename="../app/ui/contracteditor.cpp" line="60" />
            <source>Save the changes to this contract?</source>
            <translation>是否保存对此合同的修改？</translation>
        </message>
    </context>
    <context>
        <name>Huike::ContractPdf</name>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>品名规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>税额</translation>
        </message>
        <message>
            <source>Amount in words</source>
            <translation>大写金额</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
    </context>
    <context>
        <name>Huike::ContractRecordDialog</name>
        <message>
            <location filename="../app/ui/contractrecorddialog.cpp" line="59" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/contractrecorddialog.cpp" line="60" />
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>Huike::ContractService</name>
        <message>
            <location filename="../app/models/contractservice.cpp" line="70" />
            <source>%1 contract</source>
            <translation>%1 合同</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="110" />
            <source>The amounts are too large.</source>
            <translation>金额过大，超出可处理范围。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="189" />
            <source>A contract cannot go from “%1” to “%2”.</source>
            <translation>合同不能从“%1”改为“%2”。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="192" />
            <source>Add a payment plan that adds up to the contract amount before asking for approval.</source>
            <translation>提交审批前，请先制定与合同金额一致的回款计划。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="209" />
            <source>A manager, director or contract clerk approves contracts, not their owner.</source>
            <translation>合同须由经理、总监或合同管理员审批，负责人本人不能审批。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="212" />
            <source>Enter the date the contract was signed.</source>
            <translation>请填写合同签订日期。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="324" />
            <source>Payments are recorded against a signed contract.</source>
            <translation>合同签订后才能登记回款。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="331" />
            <source>Invoices are recorded against a signed contract.</source>
            <translation>合同签订后才能登记开票。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="338" />
            <source>Deliveries are recorded against a signed contract.</source>
            <translation>合同签订后才能登记发货。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="381" />
            <source>Save the contract before adding attachments.</source>
            <translation>请先保存合同，再添加附件。</translation>
        </message>
        <message>
            <location filename="../app/models/contractservice.cpp" line="396" />
            <source>Save the customer before adding attachments.</source>
            <translation>请先保存客户，再添加附件。</translation>
        </message>
    </context>
    <context>
        <name>Huike::CreditCode</name>
        <message>
            <location filename="../shared/core/creditcode.cpp" line="77" />
            <source>Enter the unified social credit code.</source>
            <translation>请输入统一社会信用代码。</translation>
        </message>
        <message>
            <location filename="../shared/core/creditcode.cpp" line="80" />
            <source>A unified social credit code has 18 characters.</source>
            <translation>统一社会信用代码为 18 位。</translation>
        </message>
        <message>
            <location filename="../shared/core/creditcode.cpp" line="83" />
            <source>Only digits and capital letters except I, O, Z, S and V are allowed.</source>
            <translation>只能包含数字和大写字母（不含 I、O、Z、S、V）。</translation>
        </message>
        <message>
            <location filename="../shared/core/creditcode.cpp" line="87" />
            <source>The check character does not match; please check the code for typing errors.</source>
            <translation>校验码不符，请检查是否输错。</translation>
        </message>
    </context>
    <context>
        <name>Huike::Customer360</name>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="289" />
            <source>Activity</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="140" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="171" />
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="195" />
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="223" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="255" />
            <source>Payment</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="272" />
            <source>Invoice</source>
            <translation>开票</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="373" />
            <source>Delivery</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="398" />
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../shared/schema/financetables.cpp" line="81" />
            <source>Expense</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="71" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="72" />
            <source>Waiting for approval</source>
            <translation>审批中</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="73" />
            <source>Approved, to be paid</source>
            <translation>已批准，待付款</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="74" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="75" />
            <source>Paid out</source>
            <translation>已付款</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="84" />
            <source>Loan</source>
            <translation>借款</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="84" />
            <source>Expense claim</source>
            <translation>费用报销</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="90" />
            <source>Initial contact</source>
            <translation>初步接洽</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="91" />
            <source>Needs confirmed</source>
            <translation>需求确认</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="92" />
            <source>Proposal and quote</source>
            <translation>方案报价</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="93" />
            <source>Negotiation</source>
            <translation>谈判审核</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="94" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="95" />
            <source>Lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="113" />
            <source>next: %1</source>
            <translation>下一步：%1</translation>
        </message>
        <message>
            <location filename="../shared/schema/timelinetexts.cpp" line="115" />
            <source>, done</source>
            <translation>，已完成</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="291" />
            <location filename="../shared/schema/financetables.cpp" line="83" />
            <location filename="../shared/schema/servicetables.cpp" line="68" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="174" />
            <source>expected %1</source>
            <translation>预计 %1 成交</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="256" />
            <source>Payment for %1</source>
            <translation>%1 回款</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="273" />
            <source>Invoice %1</source>
            <translation>发票 %1</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="374" />
            <source>Delivery: %1</source>
            <translation>发货：%1</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="376" />
            <source>received by %1</source>
            <translation>签收人：%1</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="399" />
            <source>Attachment: %1</source>
            <translation>附件：%1</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="400" />
            <source>of contract %1</source>
            <translation>合同 %1</translation>
        </message>
        <message>
            <location filename="../shared/schema/servicetables.cpp" line="66" />
            <source>Service ticket</source>
            <translation>服务工单</translation>
        </message>
        <message>
            <location filename="../shared/schema/servicetables.cpp" line="143" />
            <source>Asset</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../shared/schema/servicetables.cpp" line="145" />
            <source>%1, serial number %2</source>
            <translation>%1，序列号 %2</translation>
        </message>
    </context>
    <context>
        <name>Huike::Customer360Page</name>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="47" />
            <source>All records</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>记录联系(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="51" />
            <source>Log a call, visit, email or note (Ctrl+L)</source>
            <translation>记录电话、拜访、邮件或备注（Ctrl+L）</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="53" />
            <source>New &amp;quote…</source>
            <translation>新建报价(&amp;Q)…</translation>
        </message>
        <message>
            <source>New &amp;opportunity…</source>
            <translation>新建商机(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="50" />
            <source>Log ac&amp;tivity…</source>
            <translation>记录联系(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="55" />
            <source>New o&amp;pportunity…</source>
            <translation>新建商机(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="79" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="103" />
            <source>no level</source>
            <translation>未分级</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="104" />
            <source>owner: %1</source>
            <translation>客户经理：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="106" />
            <source>credit rating: %1</source>
            <translation>信用等级：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="110" />
            <source>%1, &lt;span style='color:#c0392b'&gt;%2 overdue&lt;/span&gt;</source>
            <translation>%1 个，&lt;span style='color:#c0392b'&gt;%2 个已超时&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="113" />
            <source>&lt;table cellspacing='12'&gt;&lt;tr&gt;&lt;td&gt;Lifetime revenue&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Receivables outstanding&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open pipeline (%3)&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Last contact&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open service tickets&lt;br&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Assets in warranty&lt;br&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellspacing='12'&gt;&lt;tr&gt;&lt;td&gt;累计回款&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;应收未收&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;进行中商机（%3 个）&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;最近联系&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;未结服务工单&lt;br&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在保设备&lt;br&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="124" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>&lt;table cellspacing='12'&gt;&lt;tr&gt;&lt;td&gt;Lifetime revenue&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Receivables outstanding&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open pipeline (%3)&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Last contact&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open service tickets&lt;br&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellspacing='12'&gt;&lt;tr&gt;&lt;td&gt;累计回款&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;应收未收&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;进行中商机（%3 个）&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;最近联系&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;未结服务工单&lt;br&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>&lt;table cellspacing='12'&gt;&lt;tr&gt;&lt;td&gt;Lifetime revenue&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Receivables outstanding&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open pipeline (%3)&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Last contact&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellspacing='12'&gt;&lt;tr&gt;&lt;td&gt;累计回款&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;应收未收&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;进行中商机（%3 个）&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;最近联系&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="123" />
            <source>never</source>
            <translation>从未联系</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerBasicTab</name>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="30" />
            <location filename="../app/ui/customerbasictab.cpp" line="12" />
            <source>Customer &amp;name</source>
            <translation>客户名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerbasictab.cpp" line="12" />
            <source>Full registered name, e.g. 上海恒信精密机械有限公司</source>
            <translation>工商注册全称，例如 上海恒信精密机械有限公司</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="31" />
            <location filename="../app/ui/customerbasictab.cpp" line="13" />
            <source>S&amp;hort name</source>
            <translation>简称(&amp;H)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="32" />
            <location filename="../app/ui/customerbasictab.cpp" line="14" />
            <source>&amp;Credit code</source>
            <translation>信用代码(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerbasictab.cpp" line="14" />
            <source>18 characters (统一社会信用代码)</source>
            <translation>18 位统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="33" />
            <location filename="../app/ui/customerbasictab.cpp" line="15" />
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="34" />
            <location filename="../app/ui/customerbasictab.cpp" line="16" />
            <source>&amp;Email</source>
            <translation>电子邮箱(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="35" />
            <location filename="../app/ui/customerbasictab.cpp" line="17" />
            <source>&amp;Website</source>
            <translation>网址(&amp;W)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="36" />
            <location filename="../app/ui/customerbasictab.cpp" line="18" />
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="37" />
            <location filename="../app/ui/customerbasictab.cpp" line="19" />
            <source>Pro&amp;vince</source>
            <translation>省份(&amp;V)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="38" />
            <location filename="../app/ui/customerbasictab.cpp" line="20" />
            <source>C&amp;ity</source>
            <translation>城市(&amp;I)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="39" />
            <location filename="../app/ui/customerbasictab.cpp" line="21" />
            <source>Pos&amp;tcode</source>
            <translation>邮编(&amp;T)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="40" />
            <location filename="../app/ui/customerbasictab.cpp" line="22" />
            <source>In&amp;dustry</source>
            <translation>行业(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="41" />
            <location filename="../app/ui/customerbasictab.cpp" line="23" />
            <source>&amp;Region</source>
            <translation>区域(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="42" />
            <location filename="../app/ui/customerbasictab.cpp" line="24" />
            <source>Si&amp;ze</source>
            <translation>规模(&amp;Z)</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerCard</name>
        <message>
            <location filename="../app/ui/customerfieldcommand.h" line="17" />
            <source>edit %1</source>
            <translation>修改 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/enumitems.h" line="18" />
            <source>(not set)</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="133" />
            <source>&amp;Basic data</source>
            <translation>基本信息(&amp;B)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="135" />
            <source>C&amp;lassification</source>
            <translation>客户分类(&amp;L)</translation>
        </message>
        <message>
            <source>Co&amp;ntacts</source>
            <translation>联系人(&amp;N)</translation>
        </message>
        <message>
            <source>Possible duplicates — double-click to open instead:</source>
            <translation>可能重复的客户 — 双击打开已有客户：</translation>
        </message>
        <message>
            <source>Customer exists</source>
            <translation>客户已存在</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="53" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="55" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="57" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="73" />
            <source>Share…</source>
            <translation>共享…</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="75" />
            <source>Share this customer with colleagues or a department</source>
            <translation>将此客户共享给同事或部门</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="141" />
            <source>Assets</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="172" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="175" />
            <source>Log activity</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>认领</translation>
        </message>
        <message>
            <source>Release to the public pool</source>
            <translation>释放到公海</translation>
        </message>
        <message>
            <source>Change owner…</source>
            <translation>变更客户经理…</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="109" />
            <source>This customer is no longer in your data.</source>
            <translation>该客户已不在您的数据中。</translation>
        </message>
        <message>
            <source>Customer &amp;name</source>
            <translation>客户名称(&amp;N)</translation>
        </message>
        <message>
            <source>Full registered name, e.g. 上海恒信精密机械有限公司</source>
            <translation>工商注册全称，例如 上海恒信精密机械有限公司</translation>
        </message>
        <message>
            <source>S&amp;hort name</source>
            <translation>简称(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Credit code</source>
            <translation>信用代码(&amp;C)</translation>
        </message>
        <message>
            <source>18 characters (统一社会信用代码)</source>
            <translation>18 位统一社会信用代码</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>电子邮箱(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>网址(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <source>Pro&amp;vince</source>
            <translation>省份(&amp;V)</translation>
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation>城市(&amp;I)</translation>
        </message>
        <message>
            <source>Post&amp;code</source>
            <translation>邮编(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="137" />
            <source>C&amp;ontacts</source>
            <translation>联系人(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="140" />
            <source>Attach&amp;ments</source>
            <translation>附件(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="54" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Pos&amp;tcode</source>
            <translation>邮编(&amp;T)</translation>
        </message>
        <message>
            <source>In&amp;dustry</source>
            <translation>行业(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>区域(&amp;R)</translation>
        </message>
        <message>
            <source>Si&amp;ze</source>
            <translation>规模(&amp;Z)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>客户状态(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>客户级别(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>客户类型(&amp;T)</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>获得途径(&amp;O)</translation>
        </message>
        <message>
            <source>e.g. trade fair, referral, website</source>
            <translation>例如 展会、转介绍、官网</translation>
        </message>
        <message>
            <source>Credit &amp;rating</source>
            <translation>信用等级(&amp;R)</translation>
        </message>
        <message>
            <source>Securit&amp;y level</source>
            <translation>保密级别(&amp;Y)</translation>
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation>标签(&amp;G)</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>多个标签用逗号分隔</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>&amp;Background</source>
            <translation>客户背景(&amp;B)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="197" />
            <source>Op&amp;en</source>
            <translation>打开(&amp;E)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <source>Decision role</source>
            <translation>决策角色</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>添加联系人(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>删除(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="429" />
            <source>Public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <source>public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <source>Sta&amp;tus</source>
            <translation>客户状态(&amp;T)</translation>
        </message>
        <message>
            <source>Le&amp;vel</source>
            <translation>客户级别(&amp;V)</translation>
        </message>
        <message>
            <source>Ty&amp;pe</source>
            <translation>客户类型(&amp;P)</translation>
        </message>
        <message>
            <source>Sou&amp;rce</source>
            <translation>获得途径(&amp;R)</translation>
        </message>
        <message>
            <source>Cre&amp;dit rating</source>
            <translation>信用等级(&amp;D)</translation>
        </message>
        <message>
            <source>Cla&amp;im</source>
            <translation>认领(&amp;I)</translation>
        </message>
        <message>
            <source>Claim this customer from the public pool (Ctrl+Shift+C)</source>
            <translation>从公海认领此客户（Ctrl+Shift+C）</translation>
        </message>
        <message>
            <source>R&amp;elease to pool</source>
            <translation>释放到公海(&amp;E)</translation>
        </message>
        <message>
            <source>Release this customer to the public pool (Ctrl+Shift+P)</source>
            <translation>将此客户释放到公海（Ctrl+Shift+P）</translation>
        </message>
        <message>
            <source>Change o&amp;wner…</source>
            <translation>变更客户经理(&amp;W)…</translation>
        </message>
        <message>
            <source>Give this customer to another sales rep (Ctrl+Shift+O)</source>
            <translation>将此客户转给其他销售代表（Ctrl+Shift+O）</translation>
        </message>
        <message>
            <source>Bac&amp;kground</source>
            <translation>客户背景(&amp;K)</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2（%3）</translation>
        </message>
        <message>
            <source>same credit code</source>
            <translation>信用代码相同</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>名称相同</translation>
        </message>
        <message>
            <source>similar name (%1 %)</source>
            <translation>名称相似（%1%）</translation>
        </message>
        <message>
            <source>%1 — %2 (%3; not shared with you)</source>
            <translation>%1 — %2（%3；未共享给您）</translation>
        </message>
        <message>
            <source>This customer exists and belongs to %1. Ask them or your manager to share it instead of creating it again.</source>
            <translation>该客户已存在，客户经理是 %1。请联系对方或您的主管共享给您，不要重复创建。</translation>
        </message>
        <message>
            <source>%1 (primary)</source>
            <translation>%1（主要）</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="293" />
            <source>C&amp;ontacts (%1)</source>
            <translation>联系人（%1）(&amp;O)</translation>
        </message>
        <message>
            <source>Co&amp;ntacts (%1)</source>
            <translation>联系人（%1）(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="306" />
            <source>add contact %1</source>
            <translation>添加联系人 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="318" />
            <source>edit contact %1</source>
            <translation>修改联系人 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="330" />
            <source>remove contact %1</source>
            <translation>删除联系人 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="360" />
            <location filename="../app/ui/customercard.cpp" line="371" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="361" />
            <location filename="../app/ui/customercard.cpp" line="483" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="362" />
            <source>The customer could not be saved on this computer: %1
Nothing you typed is lost; the card stays open.</source>
            <translation>客户无法保存到本机：%1
您输入的内容不会丢失，卡片保持打开。</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="376" />
            <source>Contact %1: %2</source>
            <translation>联系人 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="382" />
            <source>Not saved: please correct the fields marked in red.</source>
            <translation>未保存：请修改红色标出的字段。</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="400" />
            <source>Saved at %1</source>
            <translation>已于 %1 保存</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="404" />
            <source>Saved at %1; the level change is asked for and waits for your manager's approval.</source>
            <translation>已于 %1 保存；级别变更已提交申请，等待经理审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="433" />
            <source>&amp;360° view</source>
            <translation>360° 视图(&amp;3)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="447" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="462" />
            <source>Save the new customer first, then log activities.</source>
            <translation>请先保存新客户，再记录联系。</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="483" />
            <source>The activity could not be saved: %1</source>
            <translation>联系记录无法保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="486" />
            <source>Activity saved</source>
            <translation>联系记录已保存</translation>
        </message>
        <message>
            <location filename="../app/ui/customercardowner.cpp" line="33" />
            <source>Undo a merge…</source>
            <translation>撤销合并…</translation>
        </message>
        <message>
            <location filename="../app/ui/customercardowner.cpp" line="35" />
            <source>Undo a merge of other cards into this one (within 30 days)</source>
            <translation>撤销将其他客户合并到本客户的操作（30 天内有效）</translation>
        </message>
        <message>
            <location filename="../app/ui/customercardowner.cpp" line="41" />
            <source>The merge was undone: the cards and the records that moved are back.</source>
            <translation>已撤销合并：客户及转移的记录均已恢复。</translation>
        </message>
        <message>
            <location filename="../app/ui/customercardowner.cpp" line="53" />
            <source>In the public pool: %1</source>
            <translation>在公海中：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/customercardowner.cpp" line="55" />
            <source>%n day(s) left before it goes back to the pool</source>
            <translation>
                <numerusform>还剩 %n 天未跟进将退回公海</numerusform>
            </translation>
        </message>
        <message>
            <source>the public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="567" />
            <source>Not saved: the credit code belongs to %1.</source>
            <translation>未保存：该信用代码已属于%1。</translation>
        </message>
        <message>
            <source>Credit code already in use</source>
            <translation>信用代码已被使用</translation>
        </message>
        <message>
            <source>The unified social credit code %1 already belongs to %2 (%3). A credit code names one company, so this card cannot be saved with it.</source>
            <translation>统一社会信用代码 %1 已属于客户“%2”（%3）。一个信用代码只对应一家企业，因此本卡片不能以此代码保存。</translation>
        </message>
        <message>
            <source>Open the existing customer</source>
            <translation>打开已有客户</translation>
        </message>
        <message>
            <source>That customer is not shared with you; ask its owner or your manager.</source>
            <translation>该客户未共享给您，请联系其负责人或您的上级。</translation>
        </message>
        <message>
            <source>Needs the server</source>
            <translation>需要连接服务器</translation>
        </message>
        <message>
            <source>Owner not changed</source>
            <translation>负责人未变更</translation>
        </message>
        <message>
            <source>Claim %1 from the public pool? It becomes yours.</source>
            <translation>确定从公海认领“%1”吗？认领后该客户归您负责。</translation>
        </message>
        <message>
            <source>Claimed: this customer is yours now.</source>
            <translation>已认领：该客户现由您负责。</translation>
        </message>
        <message>
            <source>Release %1 to the public pool? Any sales rep can then claim it.</source>
            <translation>确定将“%1”释放到公海吗？释放后任何销售代表都可以认领。</translation>
        </message>
        <message>
            <source>Released to the public pool.</source>
            <translation>已释放到公海。</translation>
        </message>
        <message>
            <source>Change owner</source>
            <translation>变更客户经理</translation>
        </message>
        <message>
            <source>There is nobody you may give this customer to.</source>
            <translation>没有可以接收此客户的销售代表。</translation>
        </message>
        <message>
            <source>Give %1 to:</source>
            <translation>将“%1”转给：</translation>
        </message>
        <message>
            <source>Give %1 to %2? Its contacts, opportunities, quotes and contracts go along.</source>
            <translation>确定将“%1”转给%2吗？其联系人、商机、报价单和合同将一并转交。</translation>
        </message>
        <message>
            <source>The customer now belongs to %1.</source>
            <translation>该客户现由%1负责。</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="575" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="576" />
            <source>Customer card — %1</source>
            <translation>客户卡片 — %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>尚未保存的修改</translation>
        </message>
        <message>
            <location filename="../app/ui/customercard.cpp" line="582" />
            <source>Save the changes to this customer before closing?</source>
            <translation>关闭前是否保存对该客户的修改？</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerClassificationTab</name>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="43" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="30" />
            <source>Sta&amp;tus</source>
            <translation>客户状态(&amp;T)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="44" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="31" />
            <source>Le&amp;vel</source>
            <translation>客户级别(&amp;V)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="45" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="64" />
            <source>Ty&amp;pe</source>
            <translation>客户类型(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="46" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="65" />
            <source>Sou&amp;rce</source>
            <translation>获得途径(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="48" />
            <source>Withdraw request</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="50" />
            <source>Withdraw your level change request before it is decided</source>
            <translation>在审批前撤回您的级别变更申请</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="59" />
            <source>Why the customer should change level, for the approver</source>
            <translation>请说明变更级别的理由，供审批人参考</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="61" />
            <source>Reason for the &amp;change</source>
            <translation>变更理由(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="65" />
            <source>e.g. trade fair, referral, website</source>
            <translation>例如 展会、转介绍、官网</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="113" />
            <source>The level's approval could not be read: %1</source>
            <translation>无法读取级别审批情况：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="121" />
            <source>Level change waiting for approval: %1, asked by %2 on %3.</source>
            <translation>级别变更待审批：%1，%2 于 %3 申请。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="122" />
            <source>Level change waiting for approval: %1, asked by %2 on %3; %4 decides.</source>
            <translation>级别变更待审批：%1，%2 于 %3 申请，由 %4 审批。</translation>
        </message>
        <message>
            <source>⏳ Level change waiting for approval: %1, asked by %2 on %3.</source>
            <translation type="vanished">⏳ 级别变更待审批：%1，%2 于 %3 申请。</translation>
        </message>
        <message>
            <source>⏳ Level change waiting for approval: %1, asked by %2 on %3; %4 decides.</source>
            <translation type="vanished">⏳ 级别变更待审批：%1，%2 于 %3 申请，由 %4 审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="125" />
            <source>Reason: %1</source>
            <translation>理由：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="130" />
            <source>The level does not change while a request waits for approval.</source>
            <translation>级别变更申请审批期间，不能修改客户级别。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="151" />
            <source>Saving asks your manager to approve this level change; the customer keeps its level until then.</source>
            <translation>保存后将向经理提交级别变更申请；审批通过前客户保持原级别。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="175" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="182" />
            <source>The level change request is withdrawn.</source>
            <translation>级别变更申请已撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="47" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="66" />
            <source>Cre&amp;dit rating</source>
            <translation>信用等级(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="48" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="67" />
            <source>Securit&amp;y level</source>
            <translation>保密级别(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="49" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="68" />
            <source>Ta&amp;gs</source>
            <translation>标签(&amp;G)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerclassificationtab.cpp" line="68" />
            <source>separated by commas</source>
            <translation>多个标签用逗号分隔</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="51" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="70" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="50" />
            <location filename="../app/ui/customerclassificationtab.cpp" line="78" />
            <source>Bac&amp;kground</source>
            <translation>客户背景(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerContactsTab</name>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="15" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="15" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="15" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="15" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="15" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="15" />
            <source>Decision role</source>
            <translation>决策角色</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="21" />
            <source>&amp;Add contact…</source>
            <translation>添加联系人(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="22" />
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="23" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/customercontactstab.cpp" line="48" />
            <source>%1 (primary)</source>
            <translation>%1（主要）</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerDuplicatesPanel</name>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="20" />
            <source>Possible duplicates — double-click to open instead:</source>
            <translation>可能重复的客户 — 双击打开已有客户：</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="32" />
            <source>Customer exists</source>
            <translation>客户已存在</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="53" />
            <location filename="../app/ui/customerduplicatespanel.cpp" line="80" />
            <source>public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="54" />
            <location filename="../app/ui/customerduplicatespanel.cpp" line="83" />
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2（%3）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="76" />
            <source>same credit code</source>
            <translation>信用代码相同</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="77" />
            <source>same phone number</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="78" />
            <source>same name</source>
            <translation>名称相同</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="79" />
            <source>similar name (%1 %)</source>
            <translation>名称相似（%1%）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="86" />
            <source>%1 — %2 (%3; not shared with you)</source>
            <translation>%1 — %2（%3；未共享给您）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="88" />
            <source>This customer exists and belongs to %1. Ask them or your manager to share it instead of creating it again.</source>
            <translation>该客户已存在，客户经理是 %1。请联系对方或您的主管共享给您，不要重复创建。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="127" />
            <source>the public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="128" />
            <source>Credit code already in use</source>
            <translation>信用代码已被使用</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="129" />
            <source>The unified social credit code %1 already belongs to %2 (%3). A credit code names one company, so this card cannot be saved with it.</source>
            <translation>统一社会信用代码 %1 已属于客户“%2”（%3）。一个信用代码只对应一家企业，因此本卡片不能以此代码保存。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="134" />
            <source>Open the existing customer</source>
            <translation>打开已有客户</translation>
        </message>
        <message>
            <location filename="../app/ui/customerduplicatespanel.cpp" line="136" />
            <source>That customer is not shared with you; ask its owner or your manager.</source>
            <translation>该客户未共享给您，请联系其负责人或您的上级。</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerImport</name>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="218" />
            <source>Empty row.</source>
            <translation>空行。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="253" />
            <source>There is no level "%1" (A, B, C or D).</source>
            <translation>没有“%1”这个级别（应为 A、B、C 或 D）。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="259" />
            <source>There is no customer status "%1".</source>
            <translation>没有“%1”这个客户状态。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="265" />
            <source>There is no customer type "%1".</source>
            <translation>没有“%1”这个客户类型。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="271" />
            <source>There is no company size "%1".</source>
            <translation>没有“%1”这个企业规模。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="282" />
            <source>Several colleagues are called "%1": give the login name.</source>
            <translation>有多位同事叫“%1”，请填写登录名。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="285" />
            <source>There is no colleague "%1".</source>
            <translation>没有名为“%1”的同事。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="287" />
            <source>You cannot give customers to %1.</source>
            <translation>您不能把客户分配给%1。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="308" />
            <source>The customer name is empty.</source>
            <translation>客户名称为空。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="341" />
            <source>Contact %1 has no name.</source>
            <translation>联系人 %1 没有填写姓名。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="406" />
            <source>Its company (row %1 of the file) has errors.</source>
            <translation>所属客户（文件第 %1 行）有错误。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="411" />
            <source>Its company (row %1 of the file) is skipped.</source>
            <translation>所属客户（文件第 %1 行）已跳过。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="423" />
            <source>Repeats row %1 of the file.</source>
            <translation>与文件第 %1 行重复。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="426" />
            <source>Same company as row %1 of the file: its contacts are added there.</source>
            <translation>与文件第 %1 行是同一客户：联系人将添加到该客户。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="450" />
            <source>same credit code</source>
            <translation>信用代码相同</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="450" />
            <source>same name</source>
            <translation>名称相同</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="450" />
            <source>same phone number</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="456" />
            <source>same e-mail</source>
            <translation>邮箱相同</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="481" />
            <location filename="../app/models/customerimportplan.cpp" line="530" />
            <source>Already a customer: %1 (%2).</source>
            <translation>已是客户：%1（%2）。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="487" />
            <source>Already a customer in the public pool: %1 (%2). Claim it to change it.</source>
            <translation>已是公海客户：%1（%2）。领取后才能修改。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="492" />
            <source>Already a colleague's customer: %1 (%2); not changed.</source>
            <translation>已是同事的客户：%1（%2），不作修改。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="521" />
            <source>Its level stays: a change of level is asked for on the card and approved by the owner's manager.</source>
            <translation>客户级别未导入：级别变更须在客户卡片上提交申请，由负责人的经理审批。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="525" />
            <source>Already a customer: %1 (%2); nothing new.</source>
            <translation>已是客户：%1（%2），没有新内容。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportplan.cpp" line="529" />
            <source>Already a customer: %1 (%2); its new contacts are added.</source>
            <translation>已是客户：%1（%2），添加其中的新联系人。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimport.cpp" line="240" />
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location filename="../app/models/customerimport.cpp" line="435" />
            <source>The import stopped after %1 of %2 rows: %3</source>
            <translation>导入在第 %1 行（共 %2 行）后中止：%3</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="43" />
            <source>There is no import batch %1 here.</source>
            <translation>本机没有导入批次 %1。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="48" />
            <source>This import was undone already.</source>
            <translation>这次导入已经撤销过了。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="66" />
            <source>This import was made on another computer: undo it there.</source>
            <translation>这次导入是在另一台电脑上做的，请在那台电脑上撤销。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="77" />
            <source>Contact %1</source>
            <translation>联系人 %1</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="77" />
            <source>Customer %1</source>
            <translation>客户 %1</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="127" />
            <location filename="../app/models/customerimportundo.cpp" line="155" />
            <source>%1: changed since the import; kept.</source>
            <translation>%1：导入后已被修改，予以保留。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="134" />
            <source>%1: a contact of it was changed since the import; kept.</source>
            <translation>%1：其联系人在导入后被修改，予以保留。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="146" />
            <source>%1: records were added to it since the import; kept.</source>
            <translation>%1：导入后已新增相关记录，予以保留。</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="191" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="193" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="229" />
            <source>Stopped partway</source>
            <translation>中途停止</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="231" />
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="233" />
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="235" />
            <source>Partly undone</source>
            <translation>部分撤销</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="242" />
            <source>Create</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="243" />
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="244" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../app/models/customerimportundo.cpp" line="245" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../app/models/importreport.cpp" line="21" />
            <source>An error report is an .xlsx or .csv file.</source>
            <translation>错误报告须为 .xlsx 或 .csv 文件。</translation>
        </message>
        <message>
            <location filename="../app/models/importreport.cpp" line="24" />
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../app/models/importreport.cpp" line="25" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../app/models/importreport.cpp" line="26" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerListModel</name>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="424" />
            <location filename="../app/models/listexport.cpp" line="163" />
            <source>Public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="461" />
            <source>Days before the customer goes back to the public pool without a follow-up</source>
            <translation>若一直未跟进，客户退回公海前还剩的天数</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="466" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="467" />
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="468" />
            <source>Level</source>
            <translation>客户级别</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="469" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="470" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="471" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="472" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="473" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="474" />
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <location filename="../app/models/customerlistmodel.cpp" line="475" />
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerListPage</name>
        <message>
            <source>Search customers by name, short name or phone</source>
            <translation>按客户名称、简称或电话搜索</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="66" />
            <source>Filter customers by name, short name, pinyin or phone</source>
            <translation>按名称、简称、拼音或电话筛选客户</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="69" />
            <source>All levels</source>
            <translation>全部级别</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="73" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="77" />
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="159" />
            <location filename="../app/ui/customerlistpage.cpp" line="78" />
            <source>Public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="80" />
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="84" />
            <source>All regions</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="86" />
            <source>All industries</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="88" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="94" />
            <source>Saved views: a filter and sort kept under a name</source>
            <translation>常用视图：保存筛选条件和排序，随时切换</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="95" />
            <source>Save &amp;view…</source>
            <translation>保存视图(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="96" />
            <source>Delete view</source>
            <translation>删除视图</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="99" />
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="99" />
            <source>Name of this view:</source>
            <translation>视图名称：</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="113" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="114" />
            <source>Save the list as shown — its filter, sort and columns, every row — as an Excel or CSV file</source>
            <translation>将列表按当前显示（筛选、排序和列，全部行）保存为 Excel 或 CSV 文件</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="116" />
            <source>&amp;Levels…</source>
            <translation>级别统计(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="117" />
            <source>The customers by level: how many, what they paid and what they still owe</source>
            <translation>按客户级别统计：客户数、回款和应收</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="122" />
            <source>&amp;New customer</source>
            <translation>新建客户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="123" />
            <source>Create a customer (Ctrl+N)</source>
            <translation>新建客户（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="125" />
            <source>&amp;Claim</source>
            <translation>认领(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="126" />
            <source>Claim the selected customers from the public pool (Ctrl+Shift+C)</source>
            <translation>从公海认领选中的客户（Ctrl+Shift+C）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="127" />
            <source>Release to &amp;pool</source>
            <translation>释放到公海(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="128" />
            <source>Release the selected customers to the public pool (Ctrl+Shift+P)</source>
            <translation>将选中的客户释放到公海（Ctrl+Shift+P）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="129" />
            <source>Change &amp;owner…</source>
            <translation>变更客户经理(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="130" />
            <source>Give the selected customers to another owner (Ctrl+Shift+O)</source>
            <translation>把选中的客户转给其他客户经理（Ctrl+Shift+O）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="112" />
            <location filename="../app/ui/customerlistactions.cpp" line="117" />
            <location filename="../app/ui/customerlistpage.cpp" line="133" />
            <source>Claim</source>
            <translation>认领</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="138" />
            <location filename="../app/ui/customerlistpage.cpp" line="135" />
            <source>Release to the public pool</source>
            <translation>释放到公海</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="137" />
            <source>Change owner…</source>
            <translation>变更客户经理…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="155" />
            <source>&amp;Merge…</source>
            <translation>合并(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="156" />
            <source>Merge the selected customers into one card</source>
            <translation>将选中的客户合并为一个客户</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="157" />
            <source>Merge customers…</source>
            <translation>合并客户…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="158" />
            <source>Undo a merge into this customer…</source>
            <translation>撤销合并…</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/customerlistpage.cpp" line="233" />
            <source>%n customer(s)</source>
            <translation>
                <numerusform>共 %n 个客户</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="234" />
            <source>Could not read the list: %1</source>
            <translation>无法读取列表：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="271" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="62" />
            <location filename="../app/ui/customerlistactions.cpp" line="240" />
            <source>Needs the server</source>
            <translation>需要连接服务器</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="81" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/customerlistactions.cpp" line="95" />
            <source>… and %n more</source>
            <translation>
                <numerusform>……另有 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/customerlistactions.cpp" line="97" />
            <source>%n customer(s) could not be changed:</source>
            <translation>
                <numerusform>有 %n 个客户未能变更：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="112" />
            <source>None of the selected customers is in the public pool.</source>
            <translation>选中的客户都不在公海中。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/customerlistactions.cpp" line="118" />
            <source>Claim %n customer(s) from the public pool? They become yours.</source>
            <translation>
                <numerusform>确定从公海认领 %n 个客户吗？认领后这些客户归您负责。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="125" />
            <source>Not claimed</source>
            <translation>未认领</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="139" />
            <source>None of the selected customers is one you may release to the public pool.</source>
            <translation>选中的客户中没有您可以释放到公海的客户。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/customerlistactions.cpp" line="145" />
            <source>Release %n customer(s) to the public pool? Any sales rep can then claim them.</source>
            <translation>
                <numerusform>确定将 %n 个客户释放到公海吗？释放后任何销售代表都可以认领。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="152" />
            <source>Not released</source>
            <translation>未释放</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="167" />
            <location filename="../app/ui/customerlistactions.cpp" line="185" />
            <source>Change owner</source>
            <translation>变更客户经理</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/customerlistactions.cpp" line="167" />
            <source>Give %n customer(s) to:</source>
            <translation>
                <numerusform>将 %n 个客户转给：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="184" />
            <source>the public pool</source>
            <translation>公海</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/customerlistactions.cpp" line="186" />
            <source>Give %n customer(s) to %1? Their contacts, opportunities, quotes and contracts go with them.</source>
            <translation>
                <numerusform>确定将 %n 个客户转给%1吗？其联系人、商机、报价单和合同将一并转交。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="194" />
            <source>Owner not changed</source>
            <translation>负责人未变更</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="245" />
            <source>Merge customers</source>
            <translation>合并客户</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistactions.cpp" line="245" />
            <source>Select two or more customers to merge.</source>
            <translation>请选择两个或更多客户进行合并。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="314" />
            <source>All customers</source>
            <translation>全部客户</translation>
        </message>
        <message>
            <location filename="../app/ui/customerlistpage.cpp" line="304" />
            <source>My customers</source>
            <translation>我的客户</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的修改</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>未变更</translation>
        </message>
        <message>
            <source>The owners could not be changed: %1</source>
            <translation>客户经理无法变更：%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerMergePreview</name>
        <message>
            <location filename="../app/models/customermerge.cpp" line="33" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="34" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="35" />
            <source>Quotes</source>
            <translation>报价</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="36" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="37" />
            <source>Payment plan instalments</source>
            <translation>回款计划</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="38" />
            <source>Payments</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="39" />
            <source>Invoices</source>
            <translation>发票</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="40" />
            <source>Deliveries</source>
            <translation>发货记录</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="41" />
            <source>Follow-up activities</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <location filename="../app/models/customermerge.cpp" line="42" />
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerOwnerRow</name>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="23" />
            <source>Cla&amp;im</source>
            <translation>认领(&amp;I)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="25" />
            <source>Claim this customer from the public pool (Ctrl+Shift+C)</source>
            <translation>从公海认领此客户（Ctrl+Shift+C）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="26" />
            <source>R&amp;elease to pool</source>
            <translation>释放到公海(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="28" />
            <source>Release this customer to the public pool (Ctrl+Shift+P)</source>
            <translation>将此客户释放到公海（Ctrl+Shift+P）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="29" />
            <source>Change o&amp;wner…</source>
            <translation>变更客户经理(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="31" />
            <source>Give this customer to another sales rep (Ctrl+Shift+O)</source>
            <translation>将此客户转给其他销售代表（Ctrl+Shift+O）</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="42" />
            <location filename="../app/ui/customerownerrow.cpp" line="117" />
            <source>Claim</source>
            <translation>认领</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="45" />
            <source>Release to the public pool</source>
            <translation>释放到公海</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="48" />
            <source>Change owner…</source>
            <translation>变更客户经理…</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="81" />
            <source>Public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="101" />
            <source>Needs the server</source>
            <translation>需要连接服务器</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="109" />
            <source>Owner not changed</source>
            <translation>负责人未变更</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="117" />
            <source>Claim %1 from the public pool? It becomes yours.</source>
            <translation>确定从公海认领“%1”吗？认领后该客户归您负责。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="123" />
            <source>Claimed: this customer is yours now.</source>
            <translation>已认领：该客户现由您负责。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="131" />
            <source>Release %1 to the public pool? Any sales rep can then claim it.</source>
            <translation>确定将“%1”释放到公海吗？释放后任何销售代表都可以认领。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="137" />
            <source>Released to the public pool.</source>
            <translation>已释放到公海。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="153" />
            <location filename="../app/ui/customerownerrow.cpp" line="157" />
            <location filename="../app/ui/customerownerrow.cpp" line="168" />
            <source>Change owner</source>
            <translation>变更客户经理</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="153" />
            <source>There is nobody you may give this customer to.</source>
            <translation>没有可以接收此客户的销售代表。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="157" />
            <source>Give %1 to:</source>
            <translation>将“%1”转给：</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="169" />
            <source>Give %1 to %2? Its contacts, opportunities, quotes and contracts go along.</source>
            <translation>确定将“%1”转给%2吗？其联系人、商机、报价单和合同将一并转交。</translation>
        </message>
        <message>
            <location filename="../app/ui/customerownerrow.cpp" line="176" />
            <source>The customer now belongs to %1.</source>
            <translation>该客户现由%1负责。</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerPicker</name>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="95" />
            <source>Choose a customer</source>
            <translation>选择客户</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="97" />
            <source>Name, short name, pinyin or phone</source>
            <translation>名称、简称、拼音或电话</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="99" />
            <source>&amp;Customer:</source>
            <translation>客户(&amp;C)：</translation>
        </message>
    </context>
    <context>
        <name>Huike::CustomerService</name>
        <message>
            <location filename="../app/models/customerservice.cpp" line="114" />
            <source>A level change of this customer waits for approval: it is decided or withdrawn first.</source>
            <translation>该客户的级别变更申请正在审批中，须先审批或撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/customerservice.cpp" line="193" />
            <location filename="../app/models/customerservice.cpp" line="242" />
            <source>same credit code</source>
            <translation>信用代码相同</translation>
        </message>
        <message>
            <location filename="../app/models/customerservice.cpp" line="196" />
            <source>same phone number</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <location filename="../app/models/customerservice.cpp" line="199" />
            <source>same name</source>
            <translation>名称相同</translation>
        </message>
        <message>
            <location filename="../app/models/customerservice.cpp" line="199" />
            <source>similar name (%1 %)</source>
            <translation>名称相似（%1%）</translation>
        </message>
        <message>
            <location filename="../app/models/customerservice.cpp" line="373" />
            <source>The request no longer exists.</source>
            <translation>该申请已不存在。</translation>
        </message>
    </context>
    <context>
        <name>Huike::DelegationClient</name>
        <message>
            <location filename="../app/syncclient/delegationclient.cpp" line="47" />
            <source>Setting a delegation needs a connection to the server. Try again when you are online.</source>
            <translation>设置审批代理需要连接服务器，请联网后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/delegationclient.cpp" line="110" />
            <source>Your session has expired. Log in again, then try once more.</source>
            <translation>登录已过期，请重新登录后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/delegationclient.cpp" line="120" />
            <source>Choose a colleague other than yourself.</source>
            <translation>请选择您本人以外的同事。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/delegationclient.cpp" line="122" />
            <source>Choose an active colleague.</source>
            <translation>请选择一位在职的同事。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/delegationclient.cpp" line="124" />
            <source>The last day is before the first.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/delegationclient.cpp" line="126" />
            <source>A delegation covers at most 90 days.</source>
            <translation>审批代理最长 90 天。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/delegationclient.cpp" line="127" />
            <source>The server refused the dates.</source>
            <translation>服务器不接受这些日期。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/delegationclient.cpp" line="130" />
            <source>The server could not make the change (error %1). Try again later.</source>
            <translation>服务器未能完成此变更（错误 %1），请稍后再试。</translation>
        </message>
    </context>
    <context>
        <name>Huike::DelegationDialog</name>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="19" />
            <source>Delegation while away</source>
            <translation>审批代理</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="20" />
            <source>While you are away, the colleague you choose decides the approval steps that wait for you. Nobody decides a request they asked themselves.</source>
            <translation>您休假期间，待您审批的步骤由您指定的同事代为审批。任何人都不能审批自己提交的申请。</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="38" />
            <source>&amp;Colleague:</source>
            <translation>代理人(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="41" />
            <source>Away &amp;from:</source>
            <translation>休假开始(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="44" />
            <source>Away &amp;until:</source>
            <translation>休假结束(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="50" />
            <source>&amp;Set delegation</source>
            <translation>设置代理(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="51" />
            <source>C&amp;lear delegation</source>
            <translation>取消代理(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="77" />
            <source>No delegation is set.</source>
            <translation>未设置审批代理。</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="88" />
            <source>Now: %1 decides for you from %2 to %3.</source>
            <translation>当前：%2 至 %3 由 %1 代您审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="101" />
            <source>Choose the colleague who decides for you.</source>
            <translation>请选择代您审批的同事。</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="105" />
            <source>The last day is before the first.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="113" />
            <source>The delegation is set.</source>
            <translation>审批代理已设置。</translation>
        </message>
        <message>
            <location filename="../app/ui/delegationdialog.cpp" line="130" />
            <source>The delegation is cleared.</source>
            <translation>审批代理已取消。</translation>
        </message>
    </context>
    <context>
        <name>Huike::DeliveriesTab</name>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="21" />
            <source>Delivered on</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="21" />
            <source>Goods</source>
            <translation>发货内容</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="21" />
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="21" />
            <source>Tracking number</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="21" />
            <source>Received by</source>
            <translation>签收人</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="21" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="22" />
            <source>Add delive&amp;ry…</source>
            <translation>登记发货(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="32" />
            <source>Serial numbers of the assets delivered (设备)</source>
            <translation>已交付设备的序列号</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="51" />
            <source>Deliveries are recorded once the contract is signed (approved).</source>
            <translation>合同签订（审批通过）后才能登记发货。</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="53" />
            <source>No deliveries recorded yet.</source>
            <translation>尚无发货记录。</translation>
        </message>
        <message>
            <location filename="../app/ui/deliveriestab.cpp" line="55" />
            <source>Deliveries recorded: %1, the latest on %2.</source>
            <translation>已发货 %1 次，最近一次发货日期 %2。</translation>
        </message>
    </context>
    <context>
        <name>Huike::DeliveryDialog</name>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="14" />
            <source>Record a delivery</source>
            <translation>登记发货</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="15" />
            <source>&amp;Delivered on:</source>
            <translation>发货日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="16" />
            <source>&amp;What was delivered:</source>
            <translation>发货内容(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="16" />
            <source>e.g. 2 rack servers, 1 backup software licence</source>
            <translation>如：机架式服务器 2 台、备份软件 1 套</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="17" />
            <source>Ca&amp;rrier:</source>
            <translation>承运商(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="17" />
            <source>e.g. SF Express, or our own van</source>
            <translation>如：顺丰速运，或自有车辆送货</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="18" />
            <source>&amp;Tracking number:</source>
            <translation>快递单号(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="18" />
            <source>e.g. SF1234567890123</source>
            <translation>如 SF1234567890123</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="19" />
            <source>Received &amp;by:</source>
            <translation>签收人(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="19" />
            <source>Who signed for the goods</source>
            <translation>收货时签收的人</translation>
        </message>
        <message>
            <location filename="../app/ui/deliverydialog.cpp" line="20" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>Huike::DocumentEditor</name>
        <message>
            <location filename="../app/ui/documenteditor.cpp" line="58" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/ui/documenteditor.cpp" line="91" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../app/ui/documenteditor.cpp" line="91" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/ui/documenteditor.cpp" line="96" />
            <source>PDF written to %1.</source>
            <translation>PDF 已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/documenteditor.cpp" line="96" />
            <source>The PDF could not be written: %1</source>
            <translation>无法写入 PDF：%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::DocumentList</name>
        <message>
            <location filename="../app/models/documentlist.cpp" line="375" />
            <source>An instalment due on %1 is not paid in full.</source>
            <translation>%1 到期的一期款项尚未收齐。</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="377" />
            <source>The quote is no longer valid.</source>
            <translation>该报价单已过有效期。</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="393" />
            <location filename="../app/ui/documentlistpage.cpp" line="254" />
            <source>%1 · overdue</source>
            <translation>%1 · 已逾期</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="413" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="414" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="415" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="416" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="417" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="418" />
            <source>Received</source>
            <translation>已回款</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="419" />
            <source>Outstanding</source>
            <translation>未回款</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="420" />
            <source>Next instalment</source>
            <translation>下期回款</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="421" />
            <source>Quote date</source>
            <translation>报价日期</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="421" />
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="422" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="422" />
            <source>Ends on</source>
            <translation>到期日期</translation>
        </message>
        <message>
            <location filename="../app/models/documentlist.cpp" line="423" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
    </context>
    <context>
        <name>Huike::DocumentListPage</name>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="176" />
            <source>Quote number, customer or subject (Ctrl+F)</source>
            <translation>报价单号、客户或主题（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="177" />
            <source>Contract number, customer or subject (Ctrl+F)</source>
            <translation>合同编号、客户或主题（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="179" />
            <source>Fi&amp;lter:</source>
            <translation>筛选(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="183" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="191" />
            <source>S&amp;tatus:</source>
            <translation>状态(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="194" />
            <source>&amp;Due or overdue</source>
            <translation>即将到期或已逾期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="196" />
            <source>Only contracts with an instalment not paid in full that is overdue or due within the reminder days (setting reminders.instalment_days, 7 by default)</source>
            <translation>只显示有款项未收齐、且已逾期或在提醒天数内到期的合同（设置项 reminders.instalment_days，默认 7 天）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="199" />
            <source>&amp;New quote…</source>
            <translation>新建报价(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="199" />
            <source>&amp;New contract…</source>
            <translation>新建合同(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="200" />
            <source>Choose a customer, then write the quote</source>
            <translation>先选择客户，再填写报价单</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="200" />
            <source>Choose a customer, then draw up the contract</source>
            <translation>先选择客户，再起草合同</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="201" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="202" />
            <source>Save the list as shown — its filter and sort, every row — as an Excel or CSV file</source>
            <translation>将列表按当前显示（筛选和排序，全部行）保存为 Excel 或 CSV 文件</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="326" />
            <location filename="../app/ui/documentlistpage.cpp" line="355" />
            <source>Could not read the list: %1</source>
            <translation>无法读取列表：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="344" />
            <source>Quotes</source>
            <translation>报价</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="344" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/documentlistpage.cpp" line="399" />
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n 份报价单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/documentlistpage.cpp" line="399" />
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n 份合同</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="405" />
            <source>No quote matches the filter.</source>
            <translation>没有符合筛选条件的报价单。</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="405" />
            <source>No contract matches the filter.</source>
            <translation>没有符合筛选条件的合同。</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="407" />
            <source>No quotes yet. “New quote…” above writes one for a customer; so does “New quote…” in a customer's 360° view.</source>
            <translation>还没有报价单。点击上方的“新建报价…”为客户填写报价单，也可以在客户的 360° 视图中点击“新建报价…”。</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="408" />
            <source>No contracts yet. “New contract…” above draws one up for a customer; “Make the contract…” on an accepted quote copies its lines.</source>
            <translation>还没有合同。点击上方的“新建合同…”为客户起草合同；在已接受的报价单上点击“生成合同…”可直接带入报价明细。</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="473" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="473" />
            <source>The contract could not be read: %1</source>
            <translation>无法读取该合同：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="489" />
            <source>New quote — choose the customer</source>
            <translation>新建报价 — 选择客户</translation>
        </message>
        <message>
            <location filename="../app/ui/documentlistpage.cpp" line="489" />
            <source>New contract — choose the customer</source>
            <translation>新建合同 — 选择客户</translation>
        </message>
    </context>
    <context>
        <name>Huike::DocumentPdf</name>
        <message>
            <source>(company name: set it in the settings)</source>
            <translation>（公司名称：请在设置中填写）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="162" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="163" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="164" />
            <source>Bank account</source>
            <translation>开户行及账号</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="165" />
            <source>Tax number</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="233" />
            <location filename="../app/ui/documentpdf.cpp" line="276" />
            <source>Quotation</source>
            <translation>报价单</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="233" />
            <source>Quotation — delivery copy (no prices)</source>
            <translation>报价单（仓库联，不含价格）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="236" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="236" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="238" />
            <location filename="../app/ui/documentpdf.cpp" line="299" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="238" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="239" />
            <location filename="../app/ui/documentpdf.cpp" line="307" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="239" />
            <location filename="../app/ui/documentpdf.cpp" line="307" />
            <source>Item</source>
            <translation>品名规格</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="239" />
            <location filename="../app/ui/documentpdf.cpp" line="308" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="239" />
            <location filename="../app/ui/documentpdf.cpp" line="308" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="241" />
            <location filename="../app/ui/documentpdf.cpp" line="309" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="241" />
            <location filename="../app/ui/documentpdf.cpp" line="309" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="241" />
            <location filename="../app/ui/documentpdf.cpp" line="310" />
            <source>VAT rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="242" />
            <source>Net</source>
            <translation>金额（不含税）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="242" />
            <source>Tax</source>
            <translation>税额</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="242" />
            <location filename="../app/ui/documentpdf.cpp" line="310" />
            <source>Total</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="256" />
            <source>Net total</source>
            <translation>不含税合计</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="256" />
            <source>Tax total</source>
            <translation>税额合计</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="256" />
            <source>Total incl. tax</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="257" />
            <location filename="../app/ui/documentpdf.cpp" line="322" />
            <source>Amount in words</source>
            <translation>大写金额</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="258" />
            <source>Unit prices include VAT.</source>
            <translation>以上单价含税。</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="258" />
            <source>Unit prices exclude VAT.</source>
            <translation>以上单价不含税。</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="261" />
            <source>Terms</source>
            <translation>条款</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="262" />
            <source>Supplier (seal)</source>
            <translation>供方（盖章）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="262" />
            <source>Customer (seal)</source>
            <translation>需方（盖章）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="270" />
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="296" />
            <location filename="../app/ui/documentpdf.cpp" line="356" />
            <location filename="../app/ui/documentpdf.cpp" line="362" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="297" />
            <source>Contract number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="299" />
            <source>Party A (buyer)</source>
            <translation>甲方（需方）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="299" />
            <source>Party B (seller)</source>
            <translation>乙方（供方）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="300" />
            <source>Term</source>
            <translation>合同期限</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="315" />
            <source>Contract amount incl. VAT</source>
            <translation>合同金额（含税）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="316" />
            <source>net</source>
            <translation>不含税</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="317" />
            <source>VAT</source>
            <translation>税额</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="319" />
            <source>Contract amount (no VAT)</source>
            <translation>合同金额（不含税）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="321" />
            <source>Contract amount</source>
            <translation>合同金额</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="327" />
            <source>Payment plan</source>
            <translation>回款计划</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="328" />
            <source>Instalment</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="328" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="329" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="329" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="333" />
            <source>Other terms</source>
            <translation>其他约定</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="335" />
            <source>Party A (seal)</source>
            <translation>甲方（盖章）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="335" />
            <source>Party B (seal)</source>
            <translation>乙方（盖章）</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="335" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="343" />
            <source>Deliveries</source>
            <translation>发货记录</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="344" />
            <source>Delivered on</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="344" />
            <source>Goods</source>
            <translation>发货内容</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="345" />
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="345" />
            <source>Tracking number</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <location filename="../app/ui/documentpdf.cpp" line="346" />
            <source>Received by</source>
            <translation>签收人</translation>
        </message>
    </context>
    <context>
        <name>Huike::Enums</name>
        <message>
            <location filename="../shared/core/enums.cpp" line="23" />
            <source>Prospect</source>
            <translation>潜在客户</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="24" />
            <source>Active</source>
            <translation>合作中</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="25" />
            <source>Dormant</source>
            <translation>休眠</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="58" />
            <location filename="../shared/core/enums.cpp" line="92" />
            <source>Lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="28" />
            <source>Level A (key account)</source>
            <translation>A 级（重点客户）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="26" />
            <source>Churned</source>
            <translation>已流失</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="29" />
            <source>Level B (major)</source>
            <translation>B 级（主要客户）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="30" />
            <source>Level C (ordinary)</source>
            <translation>C 级（普通客户）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="31" />
            <source>Level D (minor)</source>
            <translation>D 级（一般客户）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="33" />
            <source>End customer</source>
            <translation>消费客户</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="34" />
            <source>Reseller</source>
            <translation>中间客户</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="35" />
            <source>Public institution</source>
            <translation>公利客户</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="37" />
            <source>Micro (under 10 staff)</source>
            <translation>微型（10 人以下）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="38" />
            <source>Small (10–99 staff)</source>
            <translation>小型（10–99 人）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="39" />
            <source>Medium (100–499 staff)</source>
            <translation>中型（100–499 人）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="40" />
            <source>Large (500–999 staff)</source>
            <translation>大型（500–999 人）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="41" />
            <source>Enterprise (1000+ staff)</source>
            <translation>特大型（1000 人以上）</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="43" />
            <source>Decision maker</source>
            <translation>决策者</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="44" />
            <source>Influencer</source>
            <translation>影响者</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="45" />
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="46" />
            <source>Gatekeeper</source>
            <translation>把关者</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="47" />
            <location filename="../shared/core/enums.cpp" line="76" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="49" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="50" />
            <source>Sales director</source>
            <translation>销售总监</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="51" />
            <source>Sales manager</source>
            <translation>销售经理</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="52" />
            <source>Sales representative</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="53" />
            <source>Contract clerk</source>
            <translation>商务专员</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="54" />
            <source>Service agent</source>
            <translation>客服专员</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="56" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="57" />
            <location filename="../shared/core/enums.cpp" line="91" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="60" />
            <location filename="../shared/core/enums.cpp" line="66" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="61" />
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="62" />
            <source>Accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="63" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="64" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="67" />
            <source>In approval</source>
            <translation>审批中</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="68" />
            <source>Signed</source>
            <translation>已签订</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="69" />
            <source>Executing</source>
            <translation>执行中</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="70" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="71" />
            <source>Terminated</source>
            <translation>已终止</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="73" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="74" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="75" />
            <source>Bank acceptance draft</source>
            <translation>银行承兑汇票</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="78" />
            <source>Special VAT invoice</source>
            <translation>增值税专用发票</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="79" />
            <source>Ordinary VAT invoice</source>
            <translation>增值税普通发票</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="81" />
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="82" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="83" />
            <source>E-mail message</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="94" />
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="95" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="96" />
            <source>Fault report</source>
            <translation>故障报修</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="97" />
            <source>Return or exchange</source>
            <translation>退换货</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="99" />
            <source>Telephone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="100" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="101" />
            <source>In person</source>
            <translation>上门</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="102" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="103" />
            <source>Other channel</source>
            <translation>其他渠道</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="105" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="106" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="107" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="108" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="110" />
            <source>New ticket</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="111" />
            <source>Assigned</source>
            <translation>已分派</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="112" />
            <source>Being handled</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="113" />
            <source>Suspended</source>
            <translation>已挂起</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="114" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="115" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="117" />
            <source>In use at the customer</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="118" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="119" />
            <source>Scrapped</source>
            <translation>已报废</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="84" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="86" />
            <source>Awaiting approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="87" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="88" />
            <source>Not approved</source>
            <translation>未批准</translation>
        </message>
        <message>
            <location filename="../shared/core/enums.cpp" line="90" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="48" />
            <source>Quote discount</source>
            <translation>报价折扣</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="49" />
            <source>Customer level change</source>
            <translation>客户级别变更</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="50" />
            <source>Contract approval</source>
            <translation>合同审批</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="52" />
            <source>Expense claim</source>
            <translation>费用报销</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="53" />
            <source>Loan</source>
            <translation>借款</translation>
        </message>
    </context>
    <context>
        <name>Huike::ExpenseAttachments</name>
        <message>
            <location filename="../app/models/expenseattachments.cpp" line="90" />
            <source>Invoices are added to your own claims while they are drafts or rejected.</source>
            <translation>只能在本人草稿或被驳回的报销单上添加发票。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseattachments.cpp" line="94" />
            <location filename="../app/models/expenseattachments.cpp" line="189" />
            <source>That line is not one of this claim's lines (it may have been removed).</source>
            <translation>所选明细不在这张报销单上（可能已删除）。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseattachments.cpp" line="98" />
            <source>An invoice is a photo, a PDF or an OFD file.</source>
            <translation>发票须为照片、PDF 或 OFD 文件。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseattachments.cpp" line="157" />
            <source>Line %1 · %2 · %3</source>
            <translation>第 %1 条明细 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../app/models/expenseattachments.cpp" line="179" />
            <source>That invoice is no longer attached to the claim.</source>
            <translation>该发票已不在这张报销单上。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseattachments.cpp" line="185" />
            <source>Which line an invoice is for changes on your own claims while they are drafts or rejected.</source>
            <translation>只能在本人草稿或被驳回的报销单上更改发票所属明细。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ExpenseAttachmentsPanel</name>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="97" />
            <source>Invoice file</source>
            <translation>发票文件</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="97" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="97" />
            <source>Invoice for</source>
            <translation>所属</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="97" />
            <source>On this computer</source>
            <translation>本机已有</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="97" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Drop invoice photos or PDFs here. Enter opens the selected invoice.</source>
            <translation type="vanished">将发票照片或 PDF 拖到此处即可添加；按回车键打开所选发票。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="124" />
            <source>Attach &amp;invoices…</source>
            <translation>添加发票(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="125" />
            <source>Open invoice</source>
            <translation>打开发票</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="126" />
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="339" />
            <source>Remove invoice</source>
            <translation>删除发票</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="127" />
            <source>Removes the selected invoice from the claim (Delete).</source>
            <translation>从报销单中删除所选发票（Delete 键）。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="207" />
            <source>Expense line %1</source>
            <translation>第 %1 条明细</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="62" />
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="207" />
            <source>Whole claim</source>
            <translation>整张报销单</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="108" />
            <source>Drop invoice photos or PDFs here. Enter opens the selected invoice; in the column "Invoice for" F2 or Enter chooses the expense line it is for.</source>
            <translation>将发票照片或 PDF 拖到此处即可添加；按回车键打开所选发票；在“所属”列按 F2 或回车键选择发票所属明细。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="177" />
            <source>New invoices are attached to expense line %1 (the line selected in the claim).</source>
            <translation>新添加的发票归入第 %1 条明细（即报销单中选中的明细）。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="178" />
            <source>New invoices are attached to the whole claim.</source>
            <translation>新添加的发票归入整张报销单。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="210" />
            <source>F2 or Enter chooses the expense line this invoice is for.</source>
            <translation>按 F2 或回车键选择此发票所属的明细。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="212" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="212" />
            <source>No — downloaded when opened</source>
            <translation>否（打开时下载）</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="222" />
            <source>Save the claim before attaching invoices.</source>
            <translation>请先保存报销单，再添加发票。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="224" />
            <source>No invoices yet. Attach photos or PDFs of the invoices, or drop them here.</source>
            <translation>尚未添加发票。请添加发票照片或 PDF，也可将文件拖到此处。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="225" />
            <source>No invoices attached to this claim.</source>
            <translation>此报销单未附发票。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="251" />
            <source>%1 was not attached to the claim: %2</source>
            <translation>%1 未能添加到报销单：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="265" />
            <source>%n invoice(s) attached; uploaded with the next sync.</source>
            <translation>
                <numerusform>已添加 %n 张发票，下次同步时上传。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="266" />
            <source>%n invoice(s) attached to expense line %1; uploaded with the next sync.</source>
            <translation>
                <numerusform>已添加 %n 张发票到第 %1 条明细，下次同步时上传。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="279" />
            <source>The invoice %1 stays where it was: %2</source>
            <translation>发票 %1 的所属未更改：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="284" />
            <source>The invoice %1 is now for: %2.</source>
            <translation>发票 %1 现归入：%2。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="291" />
            <source>Attach invoices</source>
            <translation>添加发票</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="292" />
            <source>Invoice photos and PDFs (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff *.pdf *.ofd)</source>
            <translation>发票照片和 PDF (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff *.pdf *.ofd)</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="115" />
            <source>No program on this computer opens the invoice %1.</source>
            <translation>本机没有能打开发票 %1 的程序。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="116" />
            <source>Invoice %1 opened.</source>
            <translation>已打开发票 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="117" />
            <source>The invoice %1 is not on this computer yet; it is downloaded when you are logged in to the server.</source>
            <translation>发票 %1 尚未下载到本机，登录服务器后打开时自动下载。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="118" />
            <source>Downloading the invoice %1…</source>
            <translation>正在下载发票 %1…</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="119" />
            <source>The invoice %1 cannot be opened: %2</source>
            <translation>无法打开发票 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="329" />
            <source>Invoice %1 removed.</source>
            <translation>已删除发票 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseattachmentspanel.cpp" line="339" />
            <source>Remove the invoice %1 from this claim?</source>
            <translation>确定从此报销单中删除发票 %1 吗？</translation>
        </message>
    </context>
    <context>
        <name>Huike::ExpenseCategories</name>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="29" />
            <source>Travel</source>
            <translation>差旅费</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="30" />
            <source>Local transport</source>
            <translation>交通费</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="31" />
            <source>Meals</source>
            <translation>餐费</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="32" />
            <source>Business entertainment</source>
            <translation>业务招待费</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="33" />
            <source>Office supplies</source>
            <translation>办公费</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="34" />
            <source>Telephone and internet</source>
            <translation>通讯费</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="35" />
            <source>Training</source>
            <translation>培训费</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="36" />
            <source>Other expenses</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="68" />
            <source>List at least one expense category.</source>
            <translation>请至少列出一个费用类别。</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="73" />
            <source>The category code “%1” is not valid: use up to 32 letters, digits, “_” or “-”.</source>
            <translation>类别代码“%1”无效：最多 32 位，只能使用字母、数字、“_”或“-”。</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="75" />
            <source>The category code “%1” is listed twice.</source>
            <translation>类别代码“%1”重复。</translation>
        </message>
        <message>
            <location filename="../shared/core/expensecategory.cpp" line="77" />
            <source>The category “%1” needs a name.</source>
            <translation>请填写类别“%1”的名称。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ExpenseEditor</name>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="70" />
            <source>e.g. Visit to Hangzhou customers, 18–20 November</source>
            <translation>例如：11 月 18–20 日拜访杭州客户</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="71" />
            <source>&amp;Purpose:</source>
            <translation>事由(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="76" />
            <source>The month of this date is the budget month the claim counts against</source>
            <translation>按此日期所在月份计入预算</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="77" />
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="81" />
            <source>e.g. 5000.00</source>
            <translation>例如 5000.00</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="82" />
            <source>Amount &amp;asked:</source>
            <translation>借款金额(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="85" />
            <source>&amp;Notes:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Find the customer it was for…</source>
            <translation>查找相关客户…</translation>
        </message>
        <message>
            <source>Link the customer</source>
            <translation>关联客户</translation>
        </message>
        <message>
            <source>No customer</source>
            <translation>不关联客户</translation>
        </message>
        <message>
            <source>Unlink the customer</source>
            <translation>取消关联客户</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="95" />
            <source>For customer:</source>
            <translation>相关客户：</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="104" />
            <source>amount to offset</source>
            <translation>冲抵金额</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="106" />
            <source>Offset against &amp;loan:</source>
            <translation>冲抵借款(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="111" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="111" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="111" />
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="111" />
            <source>What it was</source>
            <translation>费用说明</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="111" />
            <source>Invoice number</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="119" />
            <source>&amp;Add line</source>
            <translation>添加明细(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="121" />
            <source>&amp;Remove line</source>
            <translation>删除明细(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="148" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="149" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="155" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="156" />
            <source>S&amp;ubmit for approval</source>
            <translation>提交审批(&amp;U)</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="157" />
            <source>&amp;Withdraw</source>
            <translation>撤回(&amp;W)</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="158" />
            <source>&amp;Edit again</source>
            <translation>重新编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="159" />
            <source>Mark &amp;paid…</source>
            <translation>确认付款(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="160" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="182" />
            <source>Change the purpose</source>
            <translation>修改事由</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="183" />
            <source>Change the notes</source>
            <translation>修改备注</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="184" />
            <source>Change the loan amount</source>
            <translation>修改借款金额</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="185" />
            <source>Change the offset</source>
            <translation>修改冲抵金额</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="186" />
            <source>Change the date</source>
            <translation>修改日期</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="187" />
            <source>Choose the loan</source>
            <translation>选择借款</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="188" />
            <source>Change a line</source>
            <translation>修改明细</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="298" />
            <source>New expense claim</source>
            <translation>新建费用报销</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="298" />
            <source>New loan</source>
            <translation>新建借款</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="299" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="300" />
            <source>Expense claim</source>
            <translation>费用报销</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="300" />
            <source>Loan</source>
            <translation>借款</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="314" />
            <source>(no loan)</source>
            <translation>（不冲抵借款）</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="317" />
            <source>%1 — %2 left</source>
            <translation>%1 — 剩余 %2</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="320" />
            <source>(a loan not on this computer)</source>
            <translation>（本机没有的借款）</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="355" />
            <source>Add a line</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="367" />
            <source>Remove a line</source>
            <translation>删除明细</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="379" />
            <source>Total: %1</source>
            <translation>合计：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="381" />
            <source>The amounts are too large.</source>
            <translation>金额过大，超出可处理范围。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="387" />
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="388" />
            <source>%1: budget %2, used %3, this claim %4, left %5</source>
            <translation>%1：预算 %2，已用 %3，本单 %4，剩余 %5</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="393" />
            <source>over budget</source>
            <translation>超预算</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="401" />
            <source>No budget is set for %1 in this department.</source>
            <translation>本部门 %1 未设置预算。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="402" />
            <source>Budget %1</source>
            <translation>%1 预算</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="403" />
            <source>Over budget: the approval takes the extra step the flow sets for it.</source>
            <translation>超预算：审批将按流程增加超预算审批步骤。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="465" />
            <source>Over budget when it was submitted.</source>
            <translation>提交时已超预算。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="467" />
            <source>Comment: %1</source>
            <translation>审批意见：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="469" />
            <source>Paid on %1.</source>
            <translation>已于 %1 付款。</translation>
        </message>
        <message>
            <source>Offset by claims so far: %1.</source>
            <translation>已由报销冲抵：%1。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="472" />
            <source>Saved here; it goes to the server with the next sync.</source>
            <translation>已保存在本机，下次同步时提交到服务器。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="474" />
            <source>The server refused the last change (%1): see Review conflicts.</source>
            <translation>服务器拒绝了最近的修改（%1）：请在“查看冲突”中处理。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="499" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="503" />
            <source>Could not save: %1</source>
            <translation>无法保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="514" />
            <source>Over budget</source>
            <translation>超预算</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="515" />
            <source>This claim is over the month's budget. Submit it anyway? It takes the extra approval step for claims over budget.</source>
            <translation>该报销超出本月预算。仍要提交吗？超预算的报销需增加一步审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="525" />
            <source>Submitted: the approvers see it after the next sync.</source>
            <translation>已提交：下次同步后审批人即可看到。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="528" />
            <source>Could not submit: %1</source>
            <translation>无法提交：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="541" />
            <source>Withdrawn: it is a draft again.</source>
            <translation>已撤回，单据恢复为草稿。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="566" />
            <source>Mark paid</source>
            <translation>确认付款</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="567" />
            <source>Paid %1 to %2 on (YYYY-MM-DD):</source>
            <translation>%2 的 %1 付款日期（YYYY-MM-DD）：</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="585" />
            <source>Marked paid.</source>
            <translation>已确认付款。</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseeditor.cpp" line="594" />
            <source>Save the changes to this expense?</source>
            <translation>保存对该单据的修改吗？</translation>
        </message>
    </context>
    <context>
        <name>Huike::ExpenseForPicker</name>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="29" />
            <source>Find the customer it was for…</source>
            <translation>查找相关客户…</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="33" />
            <source>Link the customer</source>
            <translation>关联客户</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="36" />
            <source>No customer</source>
            <translation>不关联客户</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="39" />
            <source>Unlink the customer</source>
            <translation>取消关联客户</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="42" />
            <source>The customer's opportunity the money was spent for</source>
            <translation>这笔费用所属的客户商机</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="46" />
            <source>Choose the opportunity</source>
            <translation>选择商机</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="55" />
            <source>(no opportunity)</source>
            <translation>（不关联商机）</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="57" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../app/ui/expenseforpicker.cpp" line="65" />
            <source>(an opportunity not on this computer)</source>
            <translation>（本机没有的商机）</translation>
        </message>
    </context>
    <context>
        <name>Huike::ExpenseService</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>审批中</translation>
        </message>
        <message>
            <source>Approved, to be paid</source>
            <translation>已批准，待付款</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>借款</translation>
        </message>
        <message>
            <source>Expense claim</source>
            <translation>费用报销</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="194" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="277" />
            <source>The request waits for approval: withdraw it to change it.</source>
            <translation>申请正在审批中：如需修改，请先撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="278" />
            <source>This expense can no longer be changed.</source>
            <translation>该单据已不能修改。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="282" />
            <source>Say what the expense is for.</source>
            <translation>请填写报销事由。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="284" />
            <source>Enter the date as YYYY-MM-DD.</source>
            <translation>请按 YYYY-MM-DD 格式填写日期。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="290" />
            <source>Line %1: enter the date as YYYY-MM-DD.</source>
            <translation>第 %1 行：请按 YYYY-MM-DD 格式填写日期。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="292" />
            <source>Line %1: choose a category.</source>
            <translation>第 %1 行：请选择费用类别。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="294" />
            <source>Line %1: the amount is more than nothing.</source>
            <translation>第 %1 行：金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="299" />
            <source>The amounts are too large.</source>
            <translation>金额过大，超出可处理范围。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="306" />
            <source>The amount is not negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="309" />
            <location filename="../app/models/expenseservice.cpp" line="439" />
            <source>The offset against the loan is at most the claim's amount.</source>
            <translation>冲抵借款的金额不能超过报销金额。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="311" />
            <source>Choose the loan the offset settles.</source>
            <translation>请选择要冲抵的借款。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="423" />
            <source>Its requester submits an expense.</source>
            <translation>只有申请人本人可以提交。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="425" />
            <source>This expense has been submitted already.</source>
            <translation>该单据已提交。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="437" />
            <source>An expense claim lists what was spent: add a line.</source>
            <translation>报销单需列出费用明细：请添加一行。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="440" />
            <source>Only %1 of the loan is left to offset.</source>
            <translation>该借款仅剩 %1 可冲抵。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="441" />
            <source>The amount must be more than nothing.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="454" />
            <location filename="../app/models/expenseservice.cpp" line="471" />
            <location filename="../app/models/expenseservice.cpp" line="486" />
            <source>The expense no longer exists.</source>
            <translation>该单据已不存在。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="456" />
            <source>Only a request waiting for approval is withdrawn.</source>
            <translation>只有审批中的申请可以撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="458" />
            <source>Only the requester withdraws a request.</source>
            <translation>只有申请人本人可以撤回申请。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="460" />
            <source>A step has been decided: the request can no longer be withdrawn.</source>
            <translation>已有审批步骤作出决定，申请不能再撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="473" />
            <source>Only a rejected expense is taken back to edit.</source>
            <translation>只有被驳回的单据可以重新编辑。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="475" />
            <source>Its requester takes an expense back to edit it.</source>
            <translation>只有申请人可以重新编辑被驳回的单据。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="488" />
            <source>It has been paid already.</source>
            <translation>该单据已付款。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="488" />
            <source>Only an approved expense is paid.</source>
            <translation>只有已批准的单据可以付款。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="490" />
            <source>Another person pays your own expense.</source>
            <translation>本人的报销须由他人付款。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="491" />
            <source>Finance (a clerk, director or administrator) pays expenses.</source>
            <translation>报销由财务（内勤、总监或管理员）付款。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="493" />
            <source>Enter the date paid as YYYY-MM-DD.</source>
            <translation>请按 YYYY-MM-DD 格式填写付款日期。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="507" />
            <source>A submitted expense is kept; withdraw it first.</source>
            <translation>已提交的单据会保留；请先撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/expenseservice.cpp" line="508" />
            <source>Its requester deletes an expense.</source>
            <translation>只有申请人可以删除单据。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ExpensesPage</name>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="48" />
            <source>My claims and loans</source>
            <translation>我的报销与借款</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="55" />
            <source>Approved, to be paid</source>
            <translation>已批准，待付款</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="56" />
            <source>Loans not yet repaid</source>
            <translation>未还清的借款</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="58" />
            <source>All I can see</source>
            <translation>我可查看的全部</translation>
        </message>
        <message>
            <source>New &amp;claim</source>
            <translation>新建报销(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="60" />
            <source>&amp;New claim</source>
            <translation>新建报销(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="62" />
            <source>New &amp;loan</source>
            <translation>新建借款(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="64" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="65" />
            <source>Mark &amp;paid…</source>
            <translation>确认付款(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="67" />
            <source>&amp;Delete draft</source>
            <translation>删除草稿(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="76" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="76" />
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="76" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="76" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="76" />
            <source>Categories</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="76" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="77" />
            <source>Requester</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="77" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="130" />
            <source>Could not read the expenses: %1</source>
            <translation>无法读取报销单：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="153" />
            <source> · over budget</source>
            <translation> · 超预算</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="168" />
            <source>Nothing here yet. “New claim” starts an expense claim.</source>
            <translation>暂无单据。点击“新建报销”开始填写报销单。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/expensespage.cpp" line="169" />
            <source>%n expense(s), together %1</source>
            <translation>
                <numerusform>共 %n 张单据，合计 %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="213" />
            <source>The expense no longer exists.</source>
            <translation>该单据已不存在。</translation>
        </message>
        <message>
            <source>Mark paid</source>
            <translation>确认付款</translation>
        </message>
        <message>
            <source>Date paid out (YYYY-MM-DD):</source>
            <translation>付款日期（YYYY-MM-DD）：</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="236" />
            <source>Marked paid.</source>
            <translation>已确认付款。</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="248" />
            <source>Delete draft</source>
            <translation>删除草稿</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="248" />
            <source>Delete this draft?</source>
            <translation>删除该草稿吗？</translation>
        </message>
        <message>
            <location filename="../app/ui/expensespage.cpp" line="252" />
            <source>Deleted.</source>
            <translation>已删除。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ExportVouchersCommand</name>
        <message>
            <location filename="../app/exportvoucherscommand.cpp" line="84" />
            <source>export-vouchers takes no other arguments: "%1"</source>
            <translation>export-vouchers 不接受其他参数：“%1”</translation>
        </message>
        <message>
            <location filename="../app/exportvoucherscommand.cpp" line="86" />
            <source>--period, --format and -o are needed</source>
            <translation>需要 --period、--format 和 -o 参数</translation>
        </message>
        <message>
            <location filename="../app/exportvoucherscommand.cpp" line="89" />
            <source>--period is a month as YYYY-MM (e.g. 2026-11), not "%1"</source>
            <translation>--period 应为 YYYY-MM 格式的月份（如 2026-11），而不是“%1”</translation>
        </message>
        <message>
            <location filename="../app/exportvoucherscommand.cpp" line="92" />
            <source>--format is kingdee, yonyou or list, not "%1"</source>
            <translation>--format 应为 kingdee、yonyou 或 list，而不是“%1”</translation>
        </message>
        <message>
            <location filename="../app/exportvoucherscommand.cpp" line="95" />
            <source>-o names the file to write</source>
            <translation>-o 指定要写入的文件</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/exportvoucherscommand.cpp" line="122" />
            <source>The %n voucher(s) of %1 were all exported before; nothing new is left. Add --again to write them once more with the same numbers.</source>
            <translation>
                <numerusform>%1 的 %n 张凭证均已导出过，没有新的凭证。如需按原凭证号再次导出，请加 --again。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/exportvoucherscommand.cpp" line="132" />
            <source>There are no payments or invoices to book in %1.</source>
            <translation>%1 没有需要记账的回款或开票。</translation>
        </message>
        <message>
            <location filename="../app/exportvoucherscommand.cpp" line="142" />
            <source>exported: %1 vouchers (%2) to %3</source>
            <translation>已导出 %1 张凭证（%2）到 %3</translation>
        </message>
    </context>
    <context>
        <name>Huike::FinanceMenu</name>
        <message>
            <location filename="../app/ui/financemenu.cpp" line="19" />
            <source>Fin&amp;ance</source>
            <translation>财务(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/ui/financemenu.cpp" line="27" />
            <source>&amp;Expense claims and loans</source>
            <translation>报销与借款(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/ui/financemenu.cpp" line="28" />
            <source>New expense &amp;claim…</source>
            <translation>新建费用报销(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../app/ui/financemenu.cpp" line="31" />
            <source>Expenses to &amp;pay</source>
            <translation>待付款(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/ui/financemenu.cpp" line="33" />
            <source>&amp;Budgets and expense categories…</source>
            <translation>部门预算与费用类别(&amp;B)…</translation>
        </message>
    </context>
    <context>
        <name>Huike::FunnelPage</name>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="42" />
            <source>Everyone</source>
            <translation>全部人员</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="46" />
            <source>All departments</source>
            <translation>全部部门</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="50" />
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="51" />
            <source>Next quarter</source>
            <translation>下季度</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="52" />
            <source>This year</source>
            <translation>本年度</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="53" />
            <source>Any time</source>
            <translation>不限时间</translation>
        </message>
        <message>
            <source>Export &amp;chart…</source>
            <translation>导出图表(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="55" />
            <source>E&amp;xport chart…</source>
            <translation>导出图表(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="57" />
            <source>&amp;Owner:</source>
            <translation>负责人(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="57" />
            <source>&amp;Department:</source>
            <translation>部门(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Closing:</source>
            <translation>预计成交(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="57" />
            <source>C&amp;losing:</source>
            <translation>预计成交(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="75" />
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="75" />
            <location filename="../app/ui/funnelpage.cpp" line="149" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="75" />
            <source>Probability</source>
            <translation>赢率</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="75" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="75" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="90" />
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="90" />
            <source>sales-funnel.png</source>
            <translation>销售漏斗.png</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="90" />
            <source>PNG image (*.png);;PDF (*.pdf)</source>
            <translation>PNG 图片 (*.png);;PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="125" />
            <source>Open pipeline &lt;b&gt;%1&lt;/b&gt; · weighted forecast &lt;b&gt;%2&lt;/b&gt; · won &lt;b&gt;%3&lt;/b&gt;</source>
            <translation>进行中商机 &lt;b&gt;%1&lt;/b&gt; · 加权预测 &lt;b&gt;%2&lt;/b&gt; · 已赢单 &lt;b&gt;%3&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/funnelpage.cpp" line="129" />
            <source> · %1: %n opportunities, %2</source>
            <translation>
                <numerusform> · %1：%n 个商机，%2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="131" />
            <source> · target &lt;b&gt;%1&lt;/b&gt;</source>
            <translation> · 目标 &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="134" />
            <source>⚠ Sales roller coaster ahead: won plus the weighted pipeline fall %1 short of the target. Fill the early stages now.</source>
            <translation>⚠ 销售过山车预警：已赢单加上加权预测距目标还差 %1，请尽快补充前期阶段的商机。</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="145" />
            <source>Sales funnel by stage (amount, count, conversion)</source>
            <translation>各阶段销售漏斗（金额、数量、转化率）</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/funnelpage.cpp" line="167" />
            <source>%n opp.</source>
            <translation>
                <numerusform>%n 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="169" />
            <source>conv. %1 %</source>
            <translation>转化 %1%</translation>
        </message>
        <message>
            <location filename="../app/ui/funnelpage.cpp" line="218" />
            <source>Sales funnel</source>
            <translation>销售漏斗</translation>
        </message>
    </context>
    <context>
        <name>Huike::GlobalSearch</name>
        <message>
            <location filename="../app/ui/globalsearch.cpp" line="20" />
            <source>Search customers, contacts, opportunities, contracts — Chinese, pinyin or digits (Ctrl+K)</source>
            <translation>搜索客户、联系人、商机、合同 — 支持汉字、拼音、首字母或号码（Ctrl+K）</translation>
        </message>
        <message>
            <location filename="../app/ui/globalsearch.cpp" line="89" />
            <source>No matches</source>
            <translation>没有找到匹配的记录</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/globalsearch.cpp" line="94" />
            <source>Still indexing %n record(s); results may be incomplete.</source>
            <translation>
                <numerusform>还有 %n 条记录正在建立索引，结果可能不完整。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Huike::HistoryClient</name>
        <message>
            <location filename="../app/syncclient/historyclient.cpp" line="65" />
            <source>This record has no history on the server.</source>
            <translation>服务器上没有此记录的历史。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/historyclient.cpp" line="69" />
            <source>Not connected to the server.</source>
            <translation>未连接服务器。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/historyclient.cpp" line="91" />
            <source>The server could not be reached.</source>
            <translation>无法连接服务器。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/historyclient.cpp" line="95" />
            <source>Your session has expired. Log in again, then try once more.</source>
            <translation>登录已过期，请重新登录后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/historyclient.cpp" line="99" />
            <source>The server does not show you this record's history (it is not, or no longer, within your reach).</source>
            <translation>服务器未向您提供此记录的历史（该记录不在或已不在您的权限范围内）。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/historyclient.cpp" line="103" />
            <source>The server could not send the history (error %1). Try again later.</source>
            <translation>服务器未能发送历史（错误 %1），请稍后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/historyclient.cpp" line="110" />
            <source>The history could not be kept on this computer: %1</source>
            <translation>历史未能保存到本机：%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::HistoryService</name>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="52" />
            <source>Last activity</source>
            <translation>最近跟进</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="53" />
            <source>Reason for the public pool</source>
            <translation>进入公海原因</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="54" />
            <source>In the public pool since</source>
            <translation>进入公海时间</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="55" />
            <source>Merged into</source>
            <translation>已合并到</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="87" />
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="88" />
            <source>End date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="89" />
            <source>Probability</source>
            <translation>赢率</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="90" />
            <location filename="../app/models/historycaptions.cpp" line="103" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="91" />
            <source>Next step due</source>
            <translation>下一步期限</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="92" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="93" />
            <location filename="../app/models/historycaptions.cpp" line="94" />
            <location filename="../app/models/historycaptions.cpp" line="104" />
            <source>Amount before tax</source>
            <translation>不含税金额</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="95" />
            <source>Total</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="99" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="100" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="101" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="102" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="105" />
            <source>Tax</source>
            <translation>税额</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="106" />
            <source>Amount with tax</source>
            <translation>含税金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="107" />
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="108" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Balance payment</source>
            <translation>尾款</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="110" />
            <source>Paid on</source>
            <translation>回款日期</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>流水号</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="111" />
            <source>Issued on</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="112" />
            <source>Delivered on</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="113" />
            <source>Received by</source>
            <translation>签收人</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>审批意见</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="109" />
            <source>Date paid out</source>
            <translation>付款日期</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="114" />
            <source>Decided at</source>
            <translation>审批时间</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="125" />
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="126" />
            <source>contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="127" />
            <source>activity</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="128" />
            <source>opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="129" />
            <source>quote</source>
            <translation>报价单</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="130" />
            <source>quote line</source>
            <translation>报价明细</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="131" />
            <source>approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="132" />
            <source>contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="133" />
            <source>contract line</source>
            <translation>合同明细</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="134" />
            <source>instalment</source>
            <translation>回款计划</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="135" />
            <source>payment</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="136" />
            <source>invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="137" />
            <source>delivery</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="138" />
            <source>attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="139" />
            <source>stage change</source>
            <translation>阶段变更</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="34" />
            <source>Prices include VAT</source>
            <translation>含税</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="34" />
            <source>Prices exclude VAT</source>
            <translation>不含税</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="76" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="150" />
            <source>%1 (revision %2)</source>
            <translation>%1（第 %2 版）</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="152" />
            <source>instalment %1</source>
            <translation>第 %1 期</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="163" />
            <source>%1 (deleted)</source>
            <translation>%1（已删除）</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="174" />
            <location filename="../app/models/historyservice.cpp" line="190" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="174" />
            <location filename="../app/models/historyservice.cpp" line="190" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="202" />
            <source>(not on this computer)</source>
            <translation>（本机没有此记录）</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="226" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="226" />
            <source>(someone not on this computer)</source>
            <translation>（本机没有此用户）</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="231" />
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="232" />
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="233" />
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="234" />
            <source>Shared</source>
            <translation>共享</translation>
        </message>
        <message>
            <location filename="../app/models/historyservice.cpp" line="235" />
            <source>Sharing ended</source>
            <translation>取消共享</translation>
        </message>
    </context>
    <context>
        <name>Huike::HistoryTab</name>
        <message>
            <location filename="../app/ui/historytab.cpp" line="27" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="30" />
            <source>All records</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="38" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="50" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="50" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="50" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="62" />
            <source>Load more</source>
            <translation>加载更多</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="161" />
            <source>The history starts once the record is saved.</source>
            <translation>记录保存后开始记录历史。</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="169" />
            <source>The history kept on this computer could not be read.</source>
            <translation>无法读取本机保存的历史。</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="177" />
            <source>Not yet synced</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="178" />
            <source>Changed here at %1; it goes to the server with the next sync.</source>
            <translation>于 %1 在本机修改，下次同步时提交到服务器。</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="198" />
            <source>Fetching the history from the server…</source>
            <translation>正在从服务器获取历史…</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="201" />
            <source>Offline: this record's history has not been fetched on this computer yet; only changes not yet synced are shown.</source>
            <translation>离线：本机尚未获取此记录的历史，仅显示尚未同步的修改。</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="202" />
            <source>Offline: showing the history as fetched at %1.</source>
            <translation>离线：显示的是 %1 获取的历史。</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="205" />
            <source>%1 Showing the history as fetched at %2.</source>
            <translation>%1 显示的是 %2 获取的历史。</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="207" />
            <source>Fetched from the server at %1.</source>
            <translation>已于 %1 从服务器获取。</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="209" />
            <source>No changes recorded.</source>
            <translation>没有修改记录。</translation>
        </message>
        <message>
            <location filename="../app/ui/historytab.cpp" line="209" />
            <source>No changes recorded. %1</source>
            <translation>没有修改记录。%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::ImportCommand</name>
        <message>
            <location filename="../app/importcommand.cpp" line="70" />
            <source>unknown encoding "%1" (UTF-8, GB18030, GBK, UTF-16)</source>
            <translation>未知编码“%1”（可用 UTF-8、GB18030、GBK、UTF-16）</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="106" />
            <source>--on-duplicate takes skip, fill or overwrite, not "%1"</source>
            <translation>--on-duplicate 只能是 skip、fill 或 overwrite，不能是“%1”</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="113" />
            <source>the report is written as .xlsx or .csv, not "%1"</source>
            <translation>报告只能保存为 .xlsx 或 .csv，不能是“%1”</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="76" />
            <source>no file %1</source>
            <translation>没有文件 %1</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="91" />
            <source>warning: %1 characters could not be read as %2; try --encoding</source>
            <translation>警告：有 %1 个字符无法按 %2 读取，请尝试 --encoding</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="93" />
            <source>%1 has no rows</source>
            <translation>%1 中没有数据行</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="125" />
            <source>no column of customer names found (a header such as 客户名称, 公司名称 or Name); the headers are: %1</source>
            <translation>没有找到客户名称列（列名如 客户名称、公司名称 或 Name）；文件中的列名是：%1</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="166" />
            <source>batch %1: %2 rows landed; undo them with: huike import undo %1</source>
            <translation>批次 %1：已导入 %2 行；可用 huike import undo %1 撤销</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="184" />
            <source>the sheet has no column for %1; the headers are: %2</source>
            <translation>表格缺少以下列：%1；现有列标题为：%2</translation>
        </message>
        <message>
            <location filename="../app/importcommand.cpp" line="208" />
            <source>%1 assets were imported before it stopped</source>
            <translation>中止前已导入 %1 台设备</translation>
        </message>
    </context>
    <context>
        <name>Huike::ImportDialog</name>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="74" />
            <location filename="../app/ui/importdialog.cpp" line="142" />
            <location filename="../app/ui/importdialog.cpp" line="424" />
            <location filename="../app/ui/importdialog.cpp" line="457" />
            <location filename="../app/ui/importdialog.cpp" line="465" />
            <location filename="../app/ui/importdialog.cpp" line="473" />
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="85" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="93" />
            <source>&amp;Import customers…</source>
            <translation>导入客户(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="100" />
            <source>Import &amp;history…</source>
            <translation>导入历史(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="113" />
            <source>Choose the file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="114" />
            <source>An Excel or WPS workbook (.xlsx) or a text file (.csv, .txt) with one customer per row and the column names in the first row.</source>
            <translation>Excel 或 WPS 工作簿（.xlsx）或文本文件（.csv、.txt）：每行一个客户，第一行为列名。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="119" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="124" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="127" />
            <source>&amp;Sheet:</source>
            <translation>工作表(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="132" />
            <source>GB18030 / GBK (Excel on Chinese Windows)</source>
            <translation>GB18030 / GBK（中文 Windows 版 Excel）</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="134" />
            <source>&amp;Encoding:</source>
            <translation>编码(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="143" />
            <source>Spreadsheets and text (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>表格和文本文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="155" />
            <source>What each column fills</source>
            <translation>各列导入到哪里</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="156" />
            <source>Suggested from the column names; change any. The choice is remembered for files with the same columns.</source>
            <translation>已按列名自动对应，可逐列修改。相同列名的文件下次会沿用这次的选择。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="160" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="160" />
            <source>First values</source>
            <translation>前几个值</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="160" />
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="168" />
            <source>&amp;Suggest again</source>
            <translation>重新对应(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="180" />
            <source>Check before importing</source>
            <translation>导入前检查</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="181" />
            <source>Nothing is written yet. Fix the rows with errors in the file and open it again, or import the others: rows with errors are left out.</source>
            <translation>尚未写入任何数据。可以在文件中改正有错误的行后重新打开，也可以直接导入其余各行：有错误的行不会导入。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="187" />
            <source>Skip them</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="188" />
            <source>Fill their empty fields</source>
            <translation>补充其空白字段</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="189" />
            <source>Overwrite their fields</source>
            <translation>覆盖其字段</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="190" />
            <source>Customers already &amp;there:</source>
            <translation>已有的客户(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="196" />
            <source>All rows</source>
            <translation>全部行</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="199" />
            <source>S&amp;how:</source>
            <translation>显示(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="205" />
            <source>Save &amp;error report…</source>
            <translation>保存错误报告(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="233" />
            <location filename="../app/ui/importdialog.cpp" line="240" />
            <source>Save error report</source>
            <translation>保存错误报告</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="234" />
            <source>-errors</source>
            <translation>-错误</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="235" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="258" />
            <source>For this row: skip</source>
            <translation>本行：跳过</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="259" />
            <source>For this row: fill the empty fields</source>
            <translation>本行：补充空白字段</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="260" />
            <source>For this row: overwrite</source>
            <translation>本行：覆盖</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="261" />
            <source>For this row: as chosen above</source>
            <translation>本行：按上方选择</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="270" />
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="280" />
            <source>&amp;Undo this import…</source>
            <translation>撤销本次导入(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="285" />
            <location filename="../app/ui/importdialog.cpp" line="527" />
            <source>Undo this import</source>
            <translation>撤销本次导入</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="286" />
            <source>Remove the customers and contacts this import created and put back the fields it changed? Records edited since are kept.</source>
            <translation>删除本次导入新建的客户和联系人，并恢复被修改的字段？导入后已被编辑的记录会保留。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="316" />
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="316" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/importdialog.cpp" line="342" />
            <source>%n row(s) of data.</source>
            <translation>
                <numerusform>共 %n 行数据。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="344" />
            <source>Read as %1 (detected; change it above if the text looks wrong).</source>
            <translation>按 %1 读取（自动识别；如文字显示不对，请在上方更换编码）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/importdialog.cpp" line="346" />
            <source>%n character(s) could not be read in this encoding.</source>
            <translation>
                <numerusform>有 %n 个字符无法按此编码读取。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="349" />
            <source>Columns: %1</source>
            <translation>列：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="383" />
            <source>%1 (contact %2)</source>
            <translation>%1（联系人 %2）</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="411" />
            <location filename="../app/ui/importdialog.cpp" line="465" />
            <source>Choose the column that holds the customer names.</source>
            <translation>请指定客户名称所在的列。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="417" />
            <source>Checking the rows…</source>
            <translation>正在检查各行…</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="437" />
            <source>%1 new, %2 to update, %3 skipped, %4 with errors</source>
            <translation>新建 %1，更新 %2，跳过 %3，错误 %4</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="458" />
            <source>Choose a file with at least one row of data.</source>
            <translation>请选择至少有一行数据的文件。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="473" />
            <source>No row would create or change a customer.</source>
            <translation>没有任何一行会新建或修改客户。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="487" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="498" />
            <source>%1 customers created, %2 updated, %3 rows skipped, %4 rows with errors left out.</source>
            <translation>新建客户 %1 个，更新 %2 个，跳过 %3 行，有错误未导入 %4 行。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="504" />
            <source>Cancelled: the first %1 of %2 rows were imported.</source>
            <translation>已取消：共 %2 行中的前 %1 行已导入。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="507" />
            <source>They go to the server with the next sync.</source>
            <translation>这些数据将在下次同步时上传到服务器。</translation>
        </message>
        <message>
            <location filename="../app/ui/importdialog.cpp" line="522" />
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/importdialog.cpp" line="530" />
            <source>Undone: %n record(s) removed or put back.</source>
            <translation>
                <numerusform>已撤销：删除或恢复了 %n 条记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/importdialog.cpp" line="531" />
            <source>%n record(s) were kept:</source>
            <translation>
                <numerusform>保留了 %n 条记录：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Huike::ImportHistoryDialog</name>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="23" />
            <source>Import history</source>
            <translation>导入历史</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="28" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="28" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="28" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="28" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="28" />
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="28" />
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="28" />
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="29" />
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="37" />
            <source>&amp;Undo import…</source>
            <translation>撤销导入(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="71" />
            <source>(%1 kept)</source>
            <translation>（保留 %1 条）</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="90" />
            <location filename="../app/ui/importhistorydialog.cpp" line="103" />
            <location filename="../app/ui/importhistorydialog.cpp" line="107" />
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="91" />
            <source>Remove the customers and contacts this import created and put back the fields it changed? Records edited since are kept.</source>
            <translation>删除本次导入新建的客户和联系人，并恢复被修改的字段？导入后已被编辑的记录会保留。</translation>
        </message>
        <message>
            <location filename="../app/ui/importhistorydialog.cpp" line="98" />
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/importhistorydialog.cpp" line="108" />
            <source>Undone: %n record(s) removed or put back.</source>
            <translation>
                <numerusform>已撤销：删除或恢复了 %n 条记录。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Huike::ImportMapping</name>
        <message>
            <location filename="../app/models/importmapping.cpp" line="28" />
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="31" />
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="33" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="36" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="39" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="41" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="43" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="45" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="47" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="49" />
            <source>Postcode</source>
            <translation>邮编</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="51" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="53" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="55" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="57" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="59" />
            <source>Level</source>
            <translation>客户级别</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="61" />
            <source>Type</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="63" />
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="65" />
            <source>Background / notes</source>
            <translation>客户背景 / 备注</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="68" />
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="70" />
            <source>Confidentiality</source>
            <translation>保密级别</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="72" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="73" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="76" />
            <source>Contact: name</source>
            <translation>联系人：姓名</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="78" />
            <source>Contact: title</source>
            <translation>联系人：职务</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="80" />
            <source>Contact: department</source>
            <translation>联系人：部门</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="82" />
            <source>Contact: phone</source>
            <translation>联系人：电话</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="84" />
            <source>Contact: mobile</source>
            <translation>联系人：手机</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="86" />
            <source>Contact: e-mail</source>
            <translation>联系人：邮箱</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="88" />
            <source>Contact: notes</source>
            <translation>联系人：备注</translation>
        </message>
        <message>
            <location filename="../app/models/importmapping.cpp" line="275" />
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
    </context>
    <context>
        <name>Huike::ImportPreviewModel</name>
        <message>
            <location filename="../app/models/importpreviewmodel.cpp" line="78" />
            <source>Changes: %1</source>
            <translation>修改：%1</translation>
        </message>
        <message>
            <location filename="../app/models/importpreviewmodel.cpp" line="78" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/models/importpreviewmodel.cpp" line="81" />
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>新增 %n 个联系人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/models/importpreviewmodel.cpp" line="128" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../app/models/importpreviewmodel.cpp" line="129" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../app/models/importpreviewmodel.cpp" line="130" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>Huike::InvoiceDialog</name>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="15" />
            <source>Record an invoice</source>
            <translation>登记开票</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="16" />
            <source>Invoice &amp;number:</source>
            <translation>发票号码(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="16" />
            <source>8 digits, or 20 for a fully digital invoice</source>
            <translation>8 位数字，全电发票为 20 位</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="17" />
            <source>&amp;Issued on:</source>
            <translation>开票日期(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="23" />
            <source>Invoice &amp;type:</source>
            <translation>发票类型(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="24" />
            <source>A&amp;mount incl. VAT:</source>
            <translation>价税合计(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="24" />
            <source>e.g. 11300.00</source>
            <translation>如 11300.00</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="25" />
            <source>&amp;VAT:</source>
            <translation>税额(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="25" />
            <source>e.g. 1300.00</source>
            <translation>如 1300.00</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="26" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="54" />
            <source>Enter the amount.</source>
            <translation>请输入金额。</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicedialog.cpp" line="54" />
            <source>Type a sum like 11300.00.</source>
            <translation>请输入金额，如 11300.00。</translation>
        </message>
    </context>
    <context>
        <name>Huike::InvoicesTab</name>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="18" />
            <source>Issued on</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="18" />
            <source>Invoice number</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="18" />
            <source>Invoice type</source>
            <translation>发票类型</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="18" />
            <source>Amount incl. VAT</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="18" />
            <source>VAT</source>
            <translation>税额</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="18" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="19" />
            <source>Add &amp;invoice…</source>
            <translation>登记开票(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="38" />
            <source>Invoices are recorded once the contract is signed (approved).</source>
            <translation>合同签订（审批通过）后才能登记开票。</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="43" />
            <source>Invoiced %1 — %2 more than the contract amount %3.</source>
            <translation>已开票 %1，超出合同金额 %3 共 %2。</translation>
        </message>
        <message>
            <location filename="../app/ui/invoicestab.cpp" line="45" />
            <source>Invoiced %1 of the contract amount %2; %3 left to invoice.</source>
            <translation>合同金额 %2，已开票 %1，未开票 %3。</translation>
        </message>
    </context>
    <context>
        <name>Huike::LevelStatisticsDialog</name>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="31" />
            <source>Customers by level</source>
            <translation>客户级别统计</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="33" />
            <source>Customer level</source>
            <translation>客户级别</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="33" />
            <source>Number of customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="33" />
            <source>Paid to date</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="33" />
            <source>Still owed</source>
            <translation>应收</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="52" />
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="94" />
            <source>The figures could not be read: %1</source>
            <translation>无法读取统计数据：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="120" />
            <source>Without a level</source>
            <translation>无级别</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="124" />
            <source>Sum of all levels</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../app/ui/levelstatisticsdialog.cpp" line="127" />
            <source>Paid to date: every payment received from the customers. Still owed: what signed, running and completed contracts are still owed. Customers you can see only.</source>
            <translation>回款：已收到的全部客户回款。应收：已签订、执行中和已完成的合同尚未收回的金额。仅统计您可见的客户。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ListExport</name>
        <message>
            <location filename="../app/models/listexport.cpp" line="76" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../app/models/listexport.cpp" line="99" />
            <source>Quotes</source>
            <translation>报价</translation>
        </message>
        <message>
            <location filename="../app/models/listexport.cpp" line="99" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/models/listexport.cpp" line="243" />
            <source>The list could not be read: %1</source>
            <translation>无法读取列表：%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::ListExportDialog</name>
        <message>
            <location filename="../app/ui/listexportdialog.cpp" line="23" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../app/ui/listexportdialog.cpp" line="24" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
        </message>
        <message>
            <location filename="../app/ui/listexportdialog.cpp" line="25" />
            <source>CSV, GB18030 for older Excel (*.csv)</source>
            <translation>CSV 文件，GB18030 编码，适用于旧版 Excel (*.csv)</translation>
        </message>
        <message>
            <location filename="../app/ui/listexportdialog.cpp" line="28" />
            <source>Export list</source>
            <translation>导出列表</translation>
        </message>
        <message>
            <location filename="../app/ui/listexportdialog.cpp" line="43" />
            <source>Exporting %1…</source>
            <translation>正在导出 %1…</translation>
        </message>
        <message>
            <location filename="../app/ui/listexportdialog.cpp" line="43" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../app/ui/listexportdialog.cpp" line="45" />
            <location filename="../app/ui/listexportdialog.cpp" line="70" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../app/ui/listexportdialog.cpp" line="66" />
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，未写入任何文件。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/listexportdialog.cpp" line="75" />
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>已导出 %n 行到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Huike::LoanRepayments</name>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="31" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="31" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="91" />
            <source>The loan no longer exists.</source>
            <translation>该借款已不存在。</translation>
        </message>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="93" />
            <location filename="../app/models/loanrepayments.cpp" line="123" />
            <source>Finance (a clerk, director or administrator other than the borrower) records a repayment.</source>
            <translation>还款由财务登记（借款人以外的文员、总监或管理员）。</translation>
        </message>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="95" />
            <source>Enter the date received as YYYY-MM-DD.</source>
            <translation>请按 YYYY-MM-DD 格式输入收款日期。</translation>
        </message>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="99" />
            <source>Only a loan paid out is repaid.</source>
            <translation>借款付出后才能登记还款。</translation>
        </message>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="101" />
            <source>Only %1 of the loan is left to repay.</source>
            <translation>该借款仅剩 %1 未还。</translation>
        </message>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="102" />
            <source>The amount must be more than nothing.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../app/models/loanrepayments.cpp" line="121" />
            <source>The repayment no longer exists.</source>
            <translation>该还款记录已不存在。</translation>
        </message>
    </context>
    <context>
        <name>Huike::LoanRepaymentsPanel</name>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="37" />
            <source>Received on</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="37" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="37" />
            <source>Repayment method</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="37" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="37" />
            <source>Recorded by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="46" />
            <source>Record &amp;repayment…</source>
            <translation>登记还款(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="48" />
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="174" />
            <source>Remove repayment</source>
            <translation>删除还款</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="89" />
            <source>(not synced yet)</source>
            <translation>（尚未同步）</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="92" />
            <source>Lent %1 · set against claims %2 · repaid %3 · left %4</source>
            <translation>借出 %1 · 报销冲抵 %2 · 已还 %3 · 未还 %4</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="125" />
            <source>Repayment recorded; it goes to the server with the next sync.</source>
            <translation>还款已登记，下次同步时提交到服务器。</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="131" />
            <source>Repayment removed.</source>
            <translation>还款记录已删除。</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="137" />
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="165" />
            <source>Record repayment</source>
            <translation>登记还款</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="153" />
            <source>&amp;Amount:</source>
            <translation>金额(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="154" />
            <source>&amp;Received on:</source>
            <translation>收款日期(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="155" />
            <source>&amp;Method:</source>
            <translation>方式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="156" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="165" />
            <source>Enter the amount received, e.g. 1200.00.</source>
            <translation>请输入收到的金额，例如 1200.00。</translation>
        </message>
        <message>
            <location filename="../app/ui/loanrepaymentspanel.cpp" line="175" />
            <source>Remove the repayment of %1 received on %2? Record it again if it was wrong.</source>
            <translation>删除 %2 收到的 %1 还款吗？如登记有误，删除后请重新登记。</translation>
        </message>
    </context>
    <context>
        <name>Huike::LoginClient</name>
        <message>
            <location filename="../app/syncclient/loginclient.cpp" line="21" />
            <source>The server %1 cannot be reached.</source>
            <translation>无法连接服务器 %1。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/loginclient.cpp" line="46" />
            <source>Wrong login or password.</source>
            <translation>登录名或密码错误。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/loginclient.cpp" line="50" />
            <source>Too many failed logins; try again in a few minutes.</source>
            <translation>登录失败次数过多，请几分钟后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/loginclient.cpp" line="75" />
            <source>Your session has ended; please log in again.</source>
            <translation>登录已失效，请重新登录。</translation>
        </message>
    </context>
    <context>
        <name>Huike::LoginDialog</name>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="19" />
            <source>Log in to Huike</source>
            <translation>登录汇客 CRM</translation>
        </message>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="31" />
            <source>&amp;Server</source>
            <translation>服务器(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="32" />
            <source>&amp;Login</source>
            <translation>登录名(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="33" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="34" />
            <source>&amp;Remember me on this computer</source>
            <translation>在这台电脑上记住我(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="35" />
            <source>Keeps your session in the system keychain, so the next start needs no password.</source>
            <translation>登录凭据保存在系统钥匙串中，下次启动无需输入密码。</translation>
        </message>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="39" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="42" />
            <source>Work offline</source>
            <translation>离线工作</translation>
        </message>
        <message>
            <location filename="../app/ui/logindialog.cpp" line="114" />
            <source>Your password could not be stored on this computer (no system keychain is available). Huike will ask for it again at the next start.</source>
            <translation>无法在这台电脑上保存密码（系统钥匙串不可用）。下次启动汇客时需要重新输入密码。</translation>
        </message>
    </context>
    <context>
        <name>Huike::Main</name>
        <message>
            <source>Your login cannot be remembered on this computer: %1</source>
            <translation>无法在这台电脑上记住登录：%1</translation>
        </message>
        <message>
            <location filename="../app/loginflow.cpp" line="77" />
            <source>Huike</source>
            <translation>汇客 CRM</translation>
        </message>
    </context>
    <context>
        <name>Huike::MainWindow</name>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="112" />
            <source>Huike CRM — %1</source>
            <translation>汇客 CRM — %1</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="149" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="150" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="141" />
            <source>The contacts of all your customers will be listed here.</source>
            <translation>这里将列出您所有客户的联系人。</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="151" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="138" />
            <source>The opportunity list and board (by stage) will be here.</source>
            <translation>这里将显示商机列表和按阶段划分的看板。</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="152" />
            <source>Quotes</source>
            <translation>报价</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="139" />
            <source>Quotes with the quote editor will be here.</source>
            <translation>这里将提供报价单及报价编辑器。</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="153" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="140" />
            <source>Contracts, payment plans and invoices will be here.</source>
            <translation>这里将提供合同、回款计划和开票记录。</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="172" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Service tickets will be here.</source>
            <translation>这里将提供服务工单。</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="155" />
            <source>The sales funnel and reports will be here.</source>
            <translation>这里将提供销售漏斗和各类报表。</translation>
        </message>
        <message>
            <source>Next steps due today or overdue (Ctrl+Shift+D)</source>
            <translation>今天到期或已逾期的下一步（Ctrl+Shift+D）</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="202" />
            <source>Reminders</source>
            <translation>待办提醒</translation>
        </message>
        <message>
            <source>Discount approvals waiting for you (Ctrl+Shift+A)</source>
            <translation>待您审批的折扣申请（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="215" />
            <source>Approvals waiting for me</source>
            <translation>待我审批</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="222" />
            <source>360° view</source>
            <translation>360° 视图</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="278" />
            <source>Review conflicts</source>
            <translation>处理冲突</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="279" />
            <source>Ctrl+Shift+R</source>
            <translation>Ctrl+Shift+R</translation>
        </message>
        <message>
            <source>&amp;Import customers…</source>
            <translation>导入客户(&amp;I)…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>导入历史(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="406" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="411" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="414" />
            <source>&amp;Customers</source>
            <translation>客户(&amp;C)</translation>
        </message>
        <message>
            <source>Fin&amp;ance</source>
            <translation>财务(&amp;A)</translation>
        </message>
        <message>
            <source>Fi&amp;nance</source>
            <translation>财务(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Expense claims and loans</source>
            <translation>报销与借款(&amp;E)</translation>
        </message>
        <message>
            <source>New expense &amp;claim…</source>
            <translation>新建费用报销(&amp;C)…</translation>
        </message>
        <message>
            <source>Expenses to &amp;pay</source>
            <translation>待付款(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Budgets and expense categories…</source>
            <translation>部门预算与费用类别(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="429" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="433" />
            <source>&amp;Company settings…</source>
            <translation>公司设置(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="436" />
            <source>&amp;Approval flows…</source>
            <translation>审批流程设置(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="441" />
            <source>&amp;Language</source>
            <translation>界面语言(&amp;L)</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="452" />
            <source>The language changes when Huike starts next.</source>
            <translation>界面语言将在下次启动汇客时生效。</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="457" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="458" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="460" />
            <source>&amp;About Huike</source>
            <translation>关于汇客(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/screenshottour.cpp" line="84" />
            <location filename="../app/ui/mainwindow.cpp" line="474" />
            <source>About Huike</source>
            <translation>关于汇客</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/mainwindow.cpp" line="205" />
            <source>%n reminder(s) due</source>
            <translation>
                <numerusform>%n 条待办提醒</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/mainwindow.cpp" line="217" />
            <source>%n approval(s) waiting</source>
            <translation>
                <numerusform>%n 项待审批</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="100" />
            <location filename="../app/ui/mainwindow.cpp" line="285" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="154" />
            <source>Sales funnel</source>
            <translation>销售漏斗</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="164" />
            <source>Expenses</source>
            <translation>费用报销</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="181" />
            <source>Public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="203" />
            <source>Next steps, instalments and contract ends due (Ctrl+Shift+D)</source>
            <translation>到期的下一步、回款和合同到期提醒（Ctrl+Shift+D）</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="216" />
            <source>Requests waiting for your approval (Ctrl+Shift+A)</source>
            <translation>待您审批的申请（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="286" />
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="296" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../app/ui/mainwindow.cpp" line="335" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
    </context>
    <context>
        <name>Huike::MergeClient</name>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="59" />
            <source>Merging customers needs a connection to the server. Try again when you are online.</source>
            <translation>合并客户需要连接服务器，请联网后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="66" />
            <source>Your session has expired. Log in again, then try once more.</source>
            <translation>登录已过期，请重新登录后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="68" />
            <source>Only an administrator, a director, or a manager of every card's owner may merge these customers.</source>
            <translation>只有管理员、总监，或这些客户全部负责人的上级经理，才能合并这些客户。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="70" />
            <source>This merge is not known to the server.</source>
            <translation>服务器上找不到这次合并。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="71" />
            <source>One of the customers is no longer within your reach.</source>
            <translation>其中一个客户已不在您的权限范围内。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="74" />
            <source>A merge can only be undone within 30 days.</source>
            <translation>合并只能在 30 天内撤销。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="76" />
            <source>This merge was undone already.</source>
            <translation>这次合并已经撤销过了。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="78" />
            <source>One of the customers was merged into another already. Sync, then try again.</source>
            <translation>其中一个客户已被合并到其他客户，请先同步再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="80" />
            <source>Another customer now has the merged card's unified social credit code.</source>
            <translation>被合并客户的统一社会信用代码现已被另一个客户使用。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="81" />
            <source>The customers were changed since the merge; it cannot be undone.</source>
            <translation>合并后客户已有改动，无法撤销。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="82" />
            <source>One of the customers was deleted. Sync, then try again.</source>
            <translation>其中一个客户已被删除，请先同步再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="84" />
            <source>The server refused the merge (%1).</source>
            <translation>服务器拒绝了此次合并（%1）。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/mergeclient.cpp" line="86" />
            <source>The server could not make the change (error %1). Try again later.</source>
            <translation>服务器未能完成此变更（错误 %1），请稍后再试。</translation>
        </message>
    </context>
    <context>
        <name>Huike::MergeDialog</name>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="25" />
            <location filename="../app/ui/mergedialog.cpp" line="93" />
            <source>Merge customers</source>
            <translation>合并客户</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="27" />
            <source>Choose the card that stays and, for each field that differs, the value it keeps. Every record of the other cards moves to the card that stays; the other cards point to it. A merge can be undone within 30 days.</source>
            <translation>请选择要保留的客户，并为每个不一致的字段选择要保留的值。其他客户的全部记录都将转到保留的客户名下，其他客户将指向保留的客户。合并可在 30 天内撤销。</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="43" />
            <source>Card that stays</source>
            <translation>保留的客户</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="43" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="50" />
            <source>Keep this card</source>
            <translation>保留此客户</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="53" />
            <source>Public pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="87" />
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="88" />
            <source>&amp;Undo merge</source>
            <translation>撤销合并(&amp;U)</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/mergedialog.cpp" line="94" />
            <source>Merge %n other card(s) into “%1”? Their records move to it.</source>
            <translation>
                <numerusform>确定将其他 %n 个客户合并到“%1”？它们的记录将转到该客户名下。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="101" />
            <location filename="../app/ui/mergedialog.cpp" line="226" />
            <location filename="../app/ui/mergedialog.cpp" line="239" />
            <location filename="../app/ui/mergedialog.cpp" line="244" />
            <location filename="../app/ui/mergedialog.cpp" line="250" />
            <source>Undo merge</source>
            <translation>撤销合并</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="101" />
            <source>Undo this merge? The cards and the records that moved come back.</source>
            <translation>确定撤销这次合并？被合并的客户及转移的记录将恢复。</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="174" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="175" />
            <source>No records move: the other cards have none.</source>
            <translation>没有需要转移的记录：其他客户名下没有记录。</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="176" />
            <source>Records that move to the card that stays: %1</source>
            <translation>将转到保留客户名下的记录：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="176" />
            <location filename="../app/ui/mergedialog.cpp" line="235" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="218" />
            <source>Merged into “%1”. The records follow with the next sync.</source>
            <translation>已合并到“%1”。相关记录将在下次同步后更新。</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="235" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="239" />
            <source>No merge into this customer can be undone (only within 30 days).</source>
            <translation>该客户没有可撤销的合并（只能撤销 30 天内的合并）。</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="245" />
            <source>Undo the merge of %1? The cards and the records that moved come back.</source>
            <translation>确定撤销合并（%1）？被合并的客户及转移的记录将恢复。</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="250" />
            <source>Undo the merge of:</source>
            <translation>撤销以下合并：</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="257" />
            <source>Merge not undone</source>
            <translation>未能撤销合并</translation>
        </message>
        <message>
            <location filename="../app/ui/mergedialog.cpp" line="273" />
            <source>The merge was undone: the cards and the records that moved are back.</source>
            <translation>已撤销合并：客户及转移的记录均已恢复。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/mergedialog.cpp" line="275" />
            <source>Left as they are, since they changed after the merge: %n field(s) and %1 record(s).</source>
            <translation>
                <numerusform>以下内容在合并后有改动，保持不变：%n 个字段、%1 条记录。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Huike::OpportunitiesPage</name>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="228" />
            <source>Filter by opportunity or customer name…</source>
            <translation>按商机或客户名称筛选…</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="231" />
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="232" />
            <source>Board by stage</source>
            <translation>按阶段看板</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="238" />
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="238" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="238" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="238" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="238" />
            <source>Probability</source>
            <translation>赢率</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="239" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="239" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="369" />
            <source>several currencies</source>
            <translation>多种币种</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/opportunitiespage.cpp" line="370" />
            <source>%n opportunity(s)</source>
            <translation>
                <numerusform>%n 个商机</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Huike::OpportunityDialog</name>
        <message numerus="yes">
            <location filename="../app/ui/opportunitiespage.cpp" line="67" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n 小时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/opportunitiespage.cpp" line="70" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="80" />
            <source>New opportunity</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="80" />
            <source>Opportunity — %1</source>
            <translation>商机 — %1</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="75" />
            <location filename="../app/ui/opportunitiespage.cpp" line="104" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="76" />
            <location filename="../app/ui/opportunitiespage.cpp" line="105" />
            <source>&amp;Stage:</source>
            <translation>阶段(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="106" />
            <source>&amp;Probability (%):</source>
            <translation>赢率（%）(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="107" />
            <source>&amp;Amount (CNY):</source>
            <translation>金额（元）(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="77" />
            <location filename="../app/ui/opportunitiespage.cpp" line="108" />
            <source>Expected &amp;close:</source>
            <translation>预计成交日期(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="78" />
            <location filename="../app/ui/opportunitiespage.cpp" line="109" />
            <source>C&amp;ompetitors:</source>
            <translation>竞争对手(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="79" />
            <location filename="../app/ui/opportunitiespage.cpp" line="110" />
            <source>Ne&amp;xt step:</source>
            <translation>下一步(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="80" />
            <location filename="../app/ui/opportunitiespage.cpp" line="111" />
            <source>&amp;Reason lost:</source>
            <translation>输单原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="113" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="113" />
            <source>Entered</source>
            <translation>进入时间</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="113" />
            <source>Time in stage</source>
            <translation>停留时长</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="120" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="122" />
            <source>New &amp;quote…</source>
            <translation>新建报价(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="123" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="131" />
            <source>Stage history:</source>
            <translation>阶段历史：</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="171" />
            <source>The probability is a number from 0 to 100.</source>
            <translation>赢率须为 0 到 100 之间的数字。</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="176" />
            <source>The amount is a sum like 120000.00.</source>
            <translation>金额格式如 120000.00。</translation>
        </message>
        <message>
            <location filename="../app/ui/opportunitiespage.cpp" line="195" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::OpportunityService</name>
        <message>
            <location filename="../app/models/opportunityservice.cpp" line="57" />
            <location filename="../app/models/opportunityservice.cpp" line="108" />
            <source>Choose one of the pipeline's stages.</source>
            <translation>请选择销售流程中的一个阶段。</translation>
        </message>
    </context>
    <context>
        <name>Huike::OutcomeText</name>
        <message>
            <location filename="../app/models/outcometext.cpp" line="36" />
            <source>This status change is not possible from the record's current status.</source>
            <translation>从记录当前的状态不能改为该状态。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="37" />
            <source>The document has left draft: its content is fixed. For a quote, make a new revision.</source>
            <translation>单据已不是草稿，内容不能再修改；报价单请新建一个版本。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="38" />
            <source>The discount is above the limit: a manager must approve it before the quote is sent.</source>
            <translation>折扣超出限额：报价单发出前须经经理审批。</translation>
        </message>
        <message>
            <source>This needs a manager's approval first: a discount above the limit, or a sales rep's change of a customer's level.</source>
            <translation type="vanished">此操作须先经经理审批：折扣超出限额，或销售人员变更客户级别。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="39" />
            <source>A sales rep's change of a customer's level is approved by the owner's manager: ask for it on the card.</source>
            <translation>销售人员变更客户级别须经客户负责人的经理审批：请在客户卡片上提交申请。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="40" />
            <source>The ticket was rated already: a rating is given once.</source>
            <translation>该工单已评价过，每个工单只能评价一次。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="41" />
            <source>The ticket was closed too long ago to reopen: log a new one.</source>
            <translation>该工单关闭已久，不能再重新打开，请新建工单。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="42" />
            <source>A request for this waits for approval: it is decided or withdrawn first.</source>
            <translation>相关申请正在审批中，须先审批或撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="43" />
            <source>Choose someone other than yourself.</source>
            <translation>请选择您以外的其他人。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="44" />
            <source>Not a date: write it as 2026-12-01.</source>
            <translation>不是有效日期，请按 2026-12-01 的格式填写。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="45" />
            <source>The end date is before the start date.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="46" />
            <source>The request has a field the server does not know.</source>
            <translation>请求中包含服务器无法识别的字段。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="47" />
            <source>The approval flow is not one the server can run; see the flow's settings.</source>
            <translation>审批流程设置无效，服务器无法执行；请检查流程设置。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="48" />
            <source>A step of the request has been decided: it can no longer be withdrawn.</source>
            <translation>申请已有审批步骤作出决定，不能再撤回。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="49" />
            <source>The value changed since the request was made; ask again from the value it has now.</source>
            <translation>提交申请后该值已被修改，请按当前值重新申请。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="50" />
            <source>The value asked for is the one it already has.</source>
            <translation>申请的值与当前值相同。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="51" />
            <source>The payment plan does not add up to the contract amount.</source>
            <translation>回款计划合计与合同金额不符。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="52" />
            <source>This document number is already in use.</source>
            <translation>该单据编号已被使用。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="53" />
            <source>Service tickets name this asset: set its status to returned or scrapped instead of deleting it.</source>
            <translation>已有服务工单关联此设备，不能删除，请把状态改为“已退回”或“已报废”。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="54" />
            <source>Another asset of this product has this serial number.</source>
            <translation>该产品已有其他设备使用此序列号。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="55" />
            <source>Someone other than the requester and the owner must decide this.</source>
            <translation>须由申请人和负责人以外的人审批。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="56" />
            <source>You are not allowed to do this: it is decided by a manager other than the requester and the record's owner, or needs rights you do not have.</source>
            <translation>您无权进行此操作：须由申请人和负责人以外的经理决定，或需要您不具备的权限。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="58" />
            <source>Some values are not valid; open the record and correct them.</source>
            <translation>部分内容不符合要求，请打开记录修改。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="59" />
            <source>A required field is empty.</source>
            <translation>有必填项未填写。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="60" />
            <source>This field cannot be changed here: it is set by the server or fixed when the record was created.</source>
            <translation>该字段不能在此修改：它由服务器设定，或在记录创建时已确定。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="61" />
            <source>The record refers to an invalid id.</source>
            <translation>记录引用了无效的编号。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="62" />
            <source>A record it refers to does not exist (or no longer exists) for this customer.</source>
            <translation>所引用的记录在该客户下不存在（或已被删除）。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="63" />
            <source>The record is no longer visible to you (it was deleted or moved to someone else).</source>
            <translation>您已看不到该记录（已被删除或转给了他人）。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="64" />
            <source>Another customer already has this unified social credit code.</source>
            <translation>已有其他客户使用该统一社会信用代码。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="65" />
            <source>Someone else changed the same field after your last sync.</source>
            <translation>在您上次同步之后，他人修改了同一字段。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="66" />
            <source>Someone else deleted the record; your change was kept here.</source>
            <translation>他人已删除该记录；您的修改保留在此处。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="67" />
            <source>This kind of record cannot be changed from the client.</source>
            <translation>此类记录不能在客户端修改。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="68" />
            <source>A value is not in a valid form.</source>
            <translation>有内容格式不正确。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="69" />
            <source>A date or time is not valid.</source>
            <translation>日期或时间无效。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="70" />
            <source>A value is outside the allowed range.</source>
            <translation>有数值超出允许范围。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="71" />
            <source>The attached file has not reached the server yet; it is sent again at the next sync.</source>
            <translation>附件文件尚未上传到服务器，下次同步时将重新发送。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="72" />
            <source>The attached file's size does not match the uploaded file.</source>
            <translation>附件大小与已上传的文件不一致。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="73" />
            <source>The attached file arrived damaged; it is sent again at the next sync.</source>
            <translation>附件在传输中损坏，下次同步时将重新发送。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="75" />
            <location filename="../app/models/outcometext.cpp" line="76" />
            <source>The server could not read the change (damaged data).</source>
            <translation>服务器无法读取该修改（数据损坏）。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="77" />
            <source>The change is too large for the server.</source>
            <translation>修改内容过大，服务器无法接收。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="78" />
            <source>Changes arrived out of order; they are sent again at the next sync.</source>
            <translation>修改到达顺序有误，下次同步时将重新发送。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="79" />
            <source>The local copy is too old; it is downloaded again.</source>
            <translation>本地数据过旧，将重新下载。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="80" />
            <location filename="../app/models/outcometext.cpp" line="81" />
            <source>This version of the program is too old for the server; please update it.</source>
            <translation>程序版本过旧，服务器不再支持，请升级。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="82" />
            <source>Your login has expired; please log in again.</source>
            <translation>登录已过期，请重新登录。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="83" />
            <source>The server ran into an error; try again later or tell your administrator.</source>
            <translation>服务器内部出错，请稍后重试或联系管理员。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="84" />
            <source>The server does not allow this kind of request.</source>
            <translation>服务器不允许此类请求。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="85" />
            <source>A value is not one of the allowed choices.</source>
            <translation>有内容不在可选范围内。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="86" />
            <source>A value is too short.</source>
            <translation>有内容太短。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="87" />
            <source>A value is too long.</source>
            <translation>某个值太长。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="88" />
            <source>You hold as many customers as a rep may: release one before you claim another.</source>
            <translation>您负责的客户已达上限：请先放回一个客户再领取。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="89" />
            <source>The password must not be the same as the login name.</source>
            <translation>密码不能与登录名相同。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="90" />
            <source>Too many attempts; please wait a moment and try again.</source>
            <translation>尝试次数过多，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="92" />
            <source>This customer was merged into another already.</source>
            <translation>该客户已被合并到其他客户。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="93" />
            <source>This field cannot be chosen in a merge.</source>
            <translation>合并时不能选择此字段。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="94" />
            <source>This merge was undone already.</source>
            <translation>这次合并已经撤销过了。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="95" />
            <source>A merge can only be undone within 30 days.</source>
            <translation>合并只能在 30 天内撤销。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="96" />
            <source>The customers were changed since the merge; it cannot be undone.</source>
            <translation>合并后客户已有改动，无法撤销。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="105" />
            <location filename="../app/models/outcometext.cpp" line="216" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="106" />
            <source>Contract title</source>
            <translation>合同名称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="107" />
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="108" />
            <source>Contact name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="109" />
            <source>Job title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="110" />
            <source>Opportunity name</source>
            <translation>商机名称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="111" />
            <source>Product name</source>
            <translation>产品名称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="112" />
            <source>Approval status</source>
            <translation>审批状态</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="113" />
            <source>Approval kind</source>
            <translation>审批类型</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="114" />
            <source>Quote total</source>
            <translation>报价总额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="115" />
            <source>Instalment amount</source>
            <translation>本期金额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="116" />
            <location filename="../app/models/outcometext.cpp" line="166" />
            <location filename="../app/models/outcometext.cpp" line="338" />
            <source>Instalment</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="117" />
            <source>Amount received</source>
            <translation>回款金额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="118" />
            <source>Invoice amount</source>
            <translation>发票金额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="119" />
            <location filename="../app/models/outcometext.cpp" line="283" />
            <source>Invoice number</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="120" />
            <source>Invoice type</source>
            <translation>发票类型</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="121" />
            <source>Follow-up type</source>
            <translation>跟进方式</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="122" />
            <source>Contract amount</source>
            <translation>合同金额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="123" />
            <source>In the catalogue</source>
            <translation>在售</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="124" />
            <location filename="../app/models/outcometext.cpp" line="285" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="125" />
            <source>Department name</source>
            <translation>部门名称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="126" />
            <source>Stage name</source>
            <translation>阶段名称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="127" />
            <source>Month exported</source>
            <translation>导出月份</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="128" />
            <source>Voucher file format</source>
            <translation>凭证文件格式</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="129" />
            <source>Number of vouchers</source>
            <translation>凭证张数</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="130" />
            <source>First voucher numbers</source>
            <translation>起始凭证号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="131" />
            <source>Last voucher numbers</source>
            <translation>截止凭证号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="132" />
            <source>Records exported</source>
            <translation>已导出的业务记录</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="135" />
            <location filename="../app/models/outcometext.cpp" line="300" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="136" />
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="137" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="138" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="139" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="140" />
            <source>Postcode</source>
            <translation>邮编</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="141" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="142" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="143" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="144" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="145" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="146" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="147" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="148" />
            <source>Company size</source>
            <translation>企业规模</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="149" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="150" />
            <source>Level</source>
            <translation>客户级别</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="151" />
            <source>Customer type</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="152" />
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="153" />
            <source>Background</source>
            <translation>背景资料</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="154" />
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="155" />
            <source>Confidentiality</source>
            <translation>保密级别</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="156" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="157" />
            <location filename="../app/models/outcometext.cpp" line="158" />
            <location filename="../app/models/outcometext.cpp" line="349" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="159" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="160" />
            <location filename="../app/models/outcometext.cpp" line="331" />
            <location filename="../app/models/outcometext.cpp" line="488" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="161" />
            <location filename="../app/models/outcometext.cpp" line="332" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="162" />
            <location filename="../app/models/outcometext.cpp" line="333" />
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="163" />
            <location filename="../app/models/outcometext.cpp" line="167" />
            <location filename="../app/models/outcometext.cpp" line="334" />
            <location filename="../app/models/outcometext.cpp" line="381" />
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="164" />
            <location filename="../app/models/outcometext.cpp" line="336" />
            <location filename="../app/models/outcometext.cpp" line="388" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="165" />
            <location filename="../app/models/outcometext.cpp" line="345" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="168" />
            <source>Kind of record</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="169" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="170" />
            <source>Role in the decision</source>
            <translation>决策角色</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="171" />
            <source>Primary contact</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="172" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="173" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="174" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="175" />
            <source>Specification</source>
            <translation>规格型号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="176" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="177" />
            <source>List price</source>
            <translation>目录价</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="178" />
            <source>VAT rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="179" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="180" />
            <source>Active</source>
            <translation>合作中</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="181" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="182" />
            <source>Probability</source>
            <translation>赢率</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="183" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="184" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="185" />
            <source>Competitors</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="186" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="187" />
            <source>Next step due</source>
            <translation>下一步期限</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="188" />
            <source>Reason for losing</source>
            <translation>输单原因</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="189" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="190" />
            <source>Revision</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="191" />
            <source>Prices with/without VAT</source>
            <translation>含税/不含税</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="192" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="193" />
            <source>Net</source>
            <translation>金额（不含税）</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="194" />
            <source>VAT</source>
            <translation>税额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="195" />
            <source>Total</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="196" />
            <source>Terms</source>
            <translation>条款</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="197" />
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="198" />
            <source>Expense line of the invoice</source>
            <translation>发票所属报销明细</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="199" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="200" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="201" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="202" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="203" />
            <source>Signing date</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="204" />
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="205" />
            <source>End date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="206" />
            <source>Party A</source>
            <translation>甲方</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="207" />
            <source>Party B</source>
            <translation>乙方</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="208" />
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="209" />
            <source>Balance payment</source>
            <translation>尾款</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="210" />
            <location filename="../app/models/outcometext.cpp" line="275" />
            <source>Date received</source>
            <translation>回款日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="211" />
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="212" />
            <source>Reference</source>
            <translation>流水号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="213" />
            <source>Date issued</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="214" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="215" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="217" />
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="218" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="219" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="220" />
            <source>Decided by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="221" />
            <source>Decided on</source>
            <translation>审批时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="222" />
            <source>Comment</source>
            <translation>审批意见</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="223" />
            <source>Value when asked</source>
            <translation>申请时的值</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="224" />
            <source>Value asked for</source>
            <translation>申请变更为</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="225" />
            <source>Approver</source>
            <translation>审批人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="226" />
            <source>What is asked</source>
            <translation>申请事项</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="227" />
            <location filename="../app/models/outcometext.cpp" line="354" />
            <source>Approval step</source>
            <translation>审批步骤</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="229" />
            <source>Approvers</source>
            <translation>审批人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="230" />
            <source>Approver roles</source>
            <translation>审批角色</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="231" />
            <source>Reminder after (hours)</source>
            <translation>超时提醒（小时）</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="232" />
            <source>Waiting since</source>
            <translation>开始等待时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="233" />
            <source>Decided on behalf of</source>
            <translation>被代理的审批人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="234" />
            <source>Delegate while away</source>
            <translation>休假代理人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="235" />
            <source>Away from</source>
            <translation>休假开始</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="236" />
            <source>Away until</source>
            <translation>休假结束</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="237" />
            <source>Date spent</source>
            <translation>费用日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="238" />
            <source>For customer</source>
            <translation>关联客户</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="239" />
            <source>Offset against loan</source>
            <translation>冲抵借款</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="240" />
            <source>Offset</source>
            <translation>冲抵金额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="241" />
            <source>For opportunity</source>
            <translation>关联商机</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="242" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="243" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="244" />
            <source>Handled by</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="245" />
            <location filename="../app/models/outcometext.cpp" line="246" />
            <source>Escalation level</source>
            <translation>升级级别</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="247" />
            <source>Note for this step</source>
            <translation>本步说明</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="248" />
            <source>Reason for suspending</source>
            <translation>挂起原因</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="249" />
            <source>Resume on</source>
            <translation>恢复日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="250" />
            <source>How it was solved</source>
            <translation>解决方案</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="251" />
            <source>First response due</source>
            <translation>首次响应期限</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="252" />
            <source>Resolution due</source>
            <translation>解决期限</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="253" />
            <source>First responded</source>
            <translation>首次响应时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="254" />
            <source>Resolved at</source>
            <translation>解决时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="255" />
            <source>Closed at</source>
            <translation>关闭时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="256" />
            <source>Time suspended</source>
            <translation>挂起时段</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="257" />
            <source>First response overdue</source>
            <translation>首次响应超时</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="258" />
            <source>Resolution overdue</source>
            <translation>解决超时</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="259" />
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="260" />
            <source>Customer's comment</source>
            <translation>客户评价</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="261" />
            <source>Rated at</source>
            <translation>评价时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="262" />
            <source>Survey link</source>
            <translation>评价链接</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="263" />
            <location filename="../app/models/outcometext.cpp" line="361" />
            <source>Service ticket</source>
            <translation>服务工单</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="264" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="265" />
            <source>Serial number</source>
            <translation>序列号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="266" />
            <source>Invoice date</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="267" />
            <source>Installed at</source>
            <translation>安装地点</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="268" />
            <location filename="../app/models/outcometext.cpp" line="363" />
            <source>Asset</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="269" />
            <source>Spare part</source>
            <translation>配件</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="270" />
            <source>Product category</source>
            <translation>产品类别</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="271" />
            <source>From status</source>
            <translation>原状态</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="272" />
            <source>To status</source>
            <translation>新状态</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="273" />
            <source>Loan</source>
            <translation>借款</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="274" />
            <source>Repayment method</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="276" />
            <source>Recorded by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="277" />
            <source>Repaid</source>
            <translation>已还金额</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="278" />
            <source>Over budget</source>
            <translation>超预算</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="279" />
            <source>Paid by</source>
            <translation>付款人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="280" />
            <source>Date paid out</source>
            <translation>付款日期</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>回款日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="281" />
            <source>Expense</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="282" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="284" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="286" />
            <source>From stage</source>
            <translation>原阶段</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="287" />
            <source>To stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="288" />
            <source>Changed on</source>
            <translation>变更时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="289" />
            <source>Delivery date</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="290" />
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="291" />
            <source>Tracking number</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="292" />
            <source>Receiver</source>
            <translation>收货人</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="293" />
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="294" />
            <source>File type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="295" />
            <source>File size</source>
            <translation>文件大小</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="296" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="297" />
            <location filename="../app/models/outcometext.cpp" line="347" />
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="298" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="299" />
            <source>Login name</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="301" />
            <source>Manager</source>
            <translation>上级</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="302" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="303" />
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="304" />
            <source>Parent department</source>
            <translation>上级部门</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="305" />
            <source>Order</source>
            <translation>排序</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="306" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="307" />
            <source>Last follow-up</source>
            <translation>最近跟进</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="308" />
            <source>Customers already there</source>
            <translation>已有的客户</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="309" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="310" />
            <source>Rows imported</source>
            <translation>已导入行数</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="311" />
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="312" />
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="313" />
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="314" />
            <source>Rows with errors</source>
            <translation>错误行数</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="315" />
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="316" />
            <source>Kept at the undo</source>
            <translation>撤销时保留</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="317" />
            <source>Undone on</source>
            <translation>撤销时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="318" />
            <source>Why it went to the public pool</source>
            <translation>进入公海原因</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="319" />
            <source>In the public pool since</source>
            <translation>进入公海时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="320" />
            <source>Merged into</source>
            <translation>已合并到</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="321" />
            <source>With its owner since</source>
            <translation>当前负责人接手时间</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="335" />
            <source>Quote line</source>
            <translation>报价明细</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="337" />
            <source>Contract line</source>
            <translation>合同明细</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="339" />
            <source>Payment received</source>
            <translation>回款记录</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="340" />
            <source>Invoice record</source>
            <translation>发票记录</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="341" />
            <source>Delivery record</source>
            <translation>发货记录</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="342" />
            <source>Follow-up</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="228" />
            <location filename="../app/models/outcometext.cpp" line="343" />
            <source>Approval request</source>
            <translation>审批申请</translation>
        </message>
        <message>
            <source>Discount approval</source>
            <translation>折扣审批</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="344" />
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="346" />
            <source>Stage change</source>
            <translation>阶段变更</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="348" />
            <source>User account</source>
            <translation>用户账号</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="350" />
            <source>Department membership</source>
            <translation>部门成员</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="351" />
            <source>Sales stage</source>
            <translation>销售阶段</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="352" />
            <source>Import batch</source>
            <translation>导入批次</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="353" />
            <source>Voucher export</source>
            <translation>凭证导出</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="355" />
            <source>Expense or loan</source>
            <translation>报销或借款</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="356" />
            <source>Who sees an expense</source>
            <translation>报销可见人员</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="357" />
            <source>Expense line</source>
            <translation>报销明细</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="358" />
            <source>Expense approval step</source>
            <translation>报销审批步骤</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="359" />
            <source>Expense invoice attachment</source>
            <translation>报销发票附件</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="360" />
            <source>Loan repayment</source>
            <translation>借款还款</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="362" />
            <source>Ticket history entry</source>
            <translation>工单处理记录</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="364" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="382" />
            <source>Quote %1 V%2</source>
            <translation>报价单 %1 V%2</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="389" />
            <source>Contract %1</source>
            <translation>合同 %1</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="398" />
            <source>The server did not accept the change.</source>
            <translation>服务器未接受该修改。</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="437" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="454" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="454" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="493" />
            <location filename="../app/models/outcometext.cpp" line="499" />
            <source>%1, line %2</source>
            <translation>%1 第 %2 行</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="493" />
            <location filename="../app/models/outcometext.cpp" line="499" />
            <source>%1, a line</source>
            <translation>%1 的一行明细</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="501" />
            <source>%1, instalment %2</source>
            <translation>%1 第 %2 期回款</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="503" />
            <source>%1, payment of %2</source>
            <translation>%1 %2 的回款</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="505" />
            <source>%1, invoice %2</source>
            <translation>%1 发票 %2</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="507" />
            <source>%1, delivery of %2</source>
            <translation>%1 %2 的发货</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="509" />
            <source>Level change of %1</source>
            <translation>%1 的级别变更</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="511" />
            <source>Discount approval for %1</source>
            <translation>%1 的折扣审批</translation>
        </message>
        <message>
            <location filename="../app/models/outcometext.cpp" line="519" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>Huike::OwnershipClient</name>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="48" />
            <source>This needs a connection to the server. Try again when you are online.</source>
            <translation>此操作需要连接服务器，请联网后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="96" />
            <location filename="../app/syncclient/ownershipclient.cpp" line="151" />
            <source>Your session has expired. Log in again, then try once more.</source>
            <translation>登录已过期，请重新登录后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="98" />
            <source>Only sales staff can claim customers from the public pool.</source>
            <translation>只有销售人员可以从公海认领客户。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="99" />
            <source>You may not release this customer to the public pool.</source>
            <translation>您无权将此客户释放到公海。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="100" />
            <source>You may not give this customer to that person (a manager assigns within their own team).</source>
            <translation>您无权将此客户转给该人员（经理只能在本团队内分配客户）。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="103" />
            <source>This customer is no longer within your reach (someone may have claimed it first).</source>
            <translation>您已无法访问此客户（可能已被他人抢先认领）。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="106" />
            <source>You already hold %1 customers, the most a sales rep may hold (%2). Release one to the pool before you claim another.</source>
            <translation>您已负责 %1 个客户，达到每位销售的上限（%2 个）。请先释放一个客户到公海，再认领新客户。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="110" />
            <source>Someone else claimed this customer first.</source>
            <translation>此客户已被他人抢先认领。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="111" />
            <source>This customer is already in the public pool.</source>
            <translation>此客户已在公海中。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="112" />
            <source>The customer was changed at the same time; try again.</source>
            <translation>此客户刚被他人修改，请重试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="114" />
            <source>The server refused the new owner: there is no such active user.</source>
            <translation>服务器拒绝了新的负责人：该用户不存在或已停用。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="115" />
            <source>Say why the customer goes back to the pool (at most 200 characters).</source>
            <translation>请填写释放到公海的原因（不超过 200 字）。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="116" />
            <source>The server refused the change.</source>
            <translation>服务器拒绝了此变更。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="118" />
            <location filename="../app/syncclient/ownershipclient.cpp" line="159" />
            <source>The server could not make the change (error %1). Try again later.</source>
            <translation>服务器未能完成此变更（错误 %1），请稍后再试。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="123" />
            <source>The server's answer could not be read.</source>
            <translation>无法读取服务器的答复。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="153" />
            <source>Only who may change this customer may share it.</source>
            <translation>只有可以修改此客户的人才能共享它。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="155" />
            <source>This customer or share is no longer within your reach.</source>
            <translation>此客户或共享已不在您的权限范围内。</translation>
        </message>
        <message>
            <location filename="../app/syncclient/ownershipclient.cpp" line="157" />
            <source>The server refused the share: there is no such active colleague or department.</source>
            <translation>服务器拒绝了共享：没有这位在职同事或这个部门。</translation>
        </message>
    </context>
    <context>
        <name>Huike::PaymentDialog</name>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="19" />
            <source>Record payment</source>
            <translation>登记回款</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="24" />
            <source>%1 — outstanding %2</source>
            <translation>%1 — 未收 %2</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="25" />
            <source>&amp;Instalment:</source>
            <translation>期次(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="26" />
            <source>&amp;Paid on:</source>
            <translation>回款日期(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="27" />
            <source>A&amp;mount received:</source>
            <translation>回款金额(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="27" />
            <source>e.g. 36000.00</source>
            <translation>如 36000.00</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="32" />
            <source>Me&amp;thod:</source>
            <translation>回款方式(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="33" />
            <source>&amp;Reference:</source>
            <translation>凭证号(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="33" />
            <source>Bank slip or voucher number</source>
            <translation>银行回单号或凭证号</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="34" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="73" />
            <source>Enter the amount received.</source>
            <translation>请输入回款金额。</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentdialog.cpp" line="73" />
            <source>Type a sum like 36000.00.</source>
            <translation>请输入金额，如 36000.00。</translation>
        </message>
    </context>
    <context>
        <name>Huike::PaymentPlanEdits</name>
        <message>
            <location filename="../app/models/paymentplanedits.cpp" line="15" />
            <source>Instalment %1: the amount is a sum like 36000.00.</source>
            <translation>第 %1 期：金额格式如 36000.00。</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanedits.cpp" line="19" />
            <location filename="../app/models/paymentplanedits.cpp" line="48" />
            <source>Change instalment %1</source>
            <translation>修改第 %1 期</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanedits.cpp" line="28" />
            <source>The amount is a sum like 120000.00.</source>
            <translation>金额格式如 120000.00。</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanedits.cpp" line="36" />
            <source>Change the amount</source>
            <translation>修改合同金额</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanedits.cpp" line="45" />
            <source>Instalment %1: the due date is a date like 2027-03-31.</source>
            <translation>第 %1 期：到期日格式如 2027-03-31。</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanedits.cpp" line="56" />
            <location filename="../app/models/paymentplanedits.cpp" line="80" />
            <source>Add an instalment</source>
            <translation>添加一期</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanedits.cpp" line="93" />
            <source>Remove instalment %1</source>
            <translation>删除第 %1 期</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanedits.cpp" line="127" />
            <source>Split the plan %1</source>
            <translation>按 %1 拆分回款计划</translation>
        </message>
    </context>
    <context>
        <name>Huike::PaymentPlanModel</name>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="41" />
            <source>No payment plan yet.</source>
            <translation>尚无回款计划。</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="43" />
            <source>✘ The instalments add up to %1, the contract amount is %2.</source>
            <translation>✘ 各期合计 %1，合同金额为 %2，二者不符。</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="45" />
            <source>✘ Instalment %1 is %2: each instalment is more than zero.</source>
            <translation>✘ 第 %1 期金额为 %2：每期回款金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="48" />
            <source>✔ %1 instalments add up to %2.</source>
            <translation>✔ %1 期合计 %2，与合同金额一致。</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="68" />
            <source>%1 (balance)</source>
            <translation>%1（尾款）</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="77" />
            <source>Paid</source>
            <translation>已付清</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="77" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="77" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="96" />
            <source>The balance line takes what the other instalments leave.</source>
            <translation>尾款行自动承接其他各期之外的余额。</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="111" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="112" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="113" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="114" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="115" />
            <source>Received</source>
            <translation>已回款</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="116" />
            <source>Outstanding</source>
            <translation>未回款</translation>
        </message>
        <message>
            <location filename="../app/models/paymentplanmodel.cpp" line="117" />
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>Huike::PaymentPlanTab</name>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="51" />
            <source>Add &amp;instalment</source>
            <translation>添加分期(&amp;I)</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="52" />
            <source>S&amp;plit by proportion…</source>
            <translation>按比例拆分(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="53" />
            <source>Remove instalment</source>
            <translation>删除分期</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="69" />
            <location filename="../app/ui/paymentplantab.cpp" line="101" />
            <source>Split the amount</source>
            <translation>拆分金额</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="70" />
            <source>Proportions of the instalments, e.g. 30/60/10:</source>
            <translation>各期比例，例如 30/60/10：</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="102" />
            <source>The proportions %1 add up to %2 %, not 100 %.</source>
            <translation>比例 %1 合计为 %2%，不是 100%。</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="105" />
            <source>Add the remaining %1 % as the balance instalment (尾款), or spread the whole amount in these proportions?</source>
            <translation>将剩余的 %1% 作为尾款，还是按这些比例分摊全部合同金额？</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="106" />
            <source>Add %1 % as the &amp;balance</source>
            <translation>剩余 %1% 作为尾款(&amp;B)</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="108" />
            <source>Spread the whole amount in these proportions, or correct them?</source>
            <translation>按这些比例分摊全部合同金额，还是返回修改比例？</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentplantab.cpp" line="110" />
            <source>&amp;Spread in proportion</source>
            <translation>按比例分摊(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>Huike::PaymentsTab</name>
        <message>
            <location filename="../app/ui/paymentstab.cpp" line="14" />
            <source>Paid on</source>
            <translation>回款日期</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentstab.cpp" line="14" />
            <source>Instalment</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentstab.cpp" line="14" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentstab.cpp" line="14" />
            <source>Method</source>
            <translation>回款方式</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentstab.cpp" line="14" />
            <source>Reference</source>
            <translation>流水号</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentstab.cpp" line="46" />
            <source>%1 (balance), due %2</source>
            <translation>第 %1 期（尾款），%2 到期</translation>
        </message>
        <message>
            <location filename="../app/ui/paymentstab.cpp" line="47" />
            <source>%1, due %2</source>
            <translation>第 %1 期，%2 到期</translation>
        </message>
    </context>
    <context>
        <name>Huike::PhoneNumber</name>
        <message>
            <location filename="../shared/core/phonenumber.cpp" line="174" />
            <source>A phone number contains only digits, spaces and dashes.</source>
            <translation>电话号码只能包含数字、空格和短横线。</translation>
        </message>
        <message>
            <location filename="../shared/core/phonenumber.cpp" line="181" />
            <source>A mobile number has 11 digits.</source>
            <translation>手机号码为 11 位数字。</translation>
        </message>
        <message>
            <location filename="../shared/core/phonenumber.cpp" line="183" />
            <source>Not a mainland phone number: use a mobile number (11 digits), an area code and number (010-65529988), or a 400/800 number.</source>
            <translation>不是有效的大陆电话号码：请填写 11 位手机号、带区号的座机号（如 010-65529988）或 400/800 号码。</translation>
        </message>
    </context>
    <context>
        <name>Huike::PoolPage</name>
        <message>
            <location filename="../app/ui/poolpage.cpp" line="27" />
            <source>Search the pool by name, region or industry</source>
            <translation>按名称、地区或行业搜索公海客户</translation>
        </message>
        <message>
            <location filename="../app/ui/poolpage.cpp" line="117" />
            <source>Claim (needs the server)</source>
            <translation>认领（需连接服务器）</translation>
        </message>
        <message>
            <location filename="../app/ui/poolpage.cpp" line="120" />
            <source>&amp;Claim</source>
            <translation>认领(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/poolpage.cpp" line="121" />
            <source>You hold as many customers as a sales rep may: release one first.</source>
            <translation>您负责的客户已达上限，请先释放一个客户。</translation>
        </message>
        <message>
            <location filename="../app/ui/poolpage.cpp" line="122" />
            <source>Claim the selected customer: it becomes yours if nobody was quicker.</source>
            <translation>认领选中的客户：如无他人抢先，该客户即归您负责。</translation>
        </message>
        <message>
            <location filename="../app/ui/poolpage.cpp" line="127" />
            <source>You hold %1 of at most %2 customers.</source>
            <translation>您已负责 %1 个客户（上限 %2 个）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/poolpage.cpp" line="128" />
            <source>You hold %n customer(s).</source>
            <translation>
                <numerusform>您已负责 %n 个客户。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/poolpage.cpp" line="129" />
            <source>%n customer(s) in the pool.</source>
            <translation>
                <numerusform>公海中共有 %n 个客户。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/poolpage.cpp" line="150" />
            <source>Claimed %1: it is yours now.</source>
            <translation>已认领“%1”，该客户现由您负责。</translation>
        </message>
    </context>
    <context>
        <name>Huike::PoolService</name>
        <message>
            <location filename="../app/models/poolservice.cpp" line="57" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/models/poolservice.cpp" line="58" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../app/models/poolservice.cpp" line="59" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../app/models/poolservice.cpp" line="60" />
            <source>Why it is in the pool</source>
            <translation>进入公海原因</translation>
        </message>
        <message>
            <location filename="../app/models/poolservice.cpp" line="61" />
            <source>Back in the pool since</source>
            <translation>进入公海日期</translation>
        </message>
        <message>
            <location filename="../app/models/poolservice.cpp" line="103" />
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/models/poolservice.cpp" line="108" />
            <source>No follow-up for %n day(s): returned automatically</source>
            <translation>
                <numerusform>%n 天未跟进，系统自动收回</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/models/poolservice.cpp" line="111" />
            <source>Put back in the pool by a manager</source>
            <translation>由主管放回公海</translation>
        </message>
    </context>
    <context>
        <name>Huike::QuoteEditor</name>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="53" />
            <source>Prices exclude VAT (不含税)</source>
            <translation>单价不含税</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="54" />
            <source>Prices include VAT (含税)</source>
            <translation>单价含税</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="65" />
            <location filename="../app/ui/quoteeditor.cpp" line="63" />
            <source>&amp;Subject:</source>
            <translation>主题(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="66" />
            <location filename="../app/ui/quoteeditor.cpp" line="67" />
            <source>&amp;Valid until:</source>
            <translation>有效期至(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="67" />
            <location filename="../app/models/historycaptions.cpp" line="74" />
            <location filename="../app/ui/quoteeditor.cpp" line="72" />
            <source>&amp;Prices:</source>
            <translation>计价(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="81" />
            <source>Product code or name…</source>
            <translation>产品编码或名称…</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="82" />
            <source>Add &amp;product</source>
            <translation>添加产品(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="83" />
            <source>Add free &amp;line</source>
            <translation>添加自定义行(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="84" />
            <source>Re&amp;move line</source>
            <translation>删除行(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="97" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="98" />
            <source>Ask for &amp;approval…</source>
            <translation>申请审批(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="99" />
            <source>&amp;Withdraw the request</source>
            <translation>撤回申请(&amp;W)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="100" />
            <source>Withdraw the discount request to change the lines again</source>
            <translation>撤回折扣申请后即可再次修改明细</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="101" />
            <source>Mark as s&amp;ent</source>
            <translation>标记为已发送(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="102" />
            <source>Customer a&amp;ccepted</source>
            <translation>客户已接受(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="103" />
            <source>Customer &amp;declined</source>
            <translation>客户已拒绝(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="104" />
            <source>New &amp;revision</source>
            <translation>新建版本(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="105" />
            <source>E&amp;xport PDF…</source>
            <translation>导出 PDF(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="106" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="107" />
            <source>Print the quote (Ctrl+P)</source>
            <translation>打印报价单（Ctrl+P）</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="108" />
            <source>Make the con&amp;tract…</source>
            <translation>生成合同(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="109" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/models/historycaptions.cpp" line="68" />
            <location filename="../app/ui/quoteeditor.cpp" line="114" />
            <source>&amp;Terms:</source>
            <translation>条款(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="150" />
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="161" />
            <source>Edit line %1</source>
            <translation>修改第 %1 行</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="177" />
            <source>Edit subject</source>
            <translation>修改主题</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="178" />
            <source>Change prices with/without VAT</source>
            <translation>切换含税/不含税</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="179" />
            <source>Change validity</source>
            <translation>修改有效期</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="183" />
            <source>Edit terms</source>
            <translation>修改条款</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="193" />
            <source>Ask for approval</source>
            <translation>申请审批</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="194" />
            <source>Why this discount? (the manager sees it)</source>
            <translation>折扣理由（经理审批时可见）：</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="210" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="125" />
            <source>Lines</source>
            <translation>明细</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="126" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="210" />
            <source>Include prices? (No: the copy for the warehouse)</source>
            <translation>是否包含价格？（选“否”生成不含价格的仓库联）</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="260" />
            <source>Choose a product from the list first.</source>
            <translation>请先从列表中选择产品。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="274" />
            <source>Add %1</source>
            <translation>添加 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="284" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="288" />
            <source>Add a line</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="300" />
            <source>Remove line %1</source>
            <translation>删除第 %1 行</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="309" />
            <location filename="../app/ui/quoteeditor.cpp" line="423" />
            <source>The amounts are too large.</source>
            <translation>金额过大，超出可处理范围。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="316" />
            <source>%1 %: %2</source>
            <translation>%1%：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="317" />
            <source>Net total &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; VAT &lt;b&gt;%2&lt;/b&gt;%3 &amp;nbsp; Total incl. VAT &lt;b style='font-size:large'&gt;%4&lt;/b&gt;</source>
            <translation>不含税合计 &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; 税额 &lt;b&gt;%2&lt;/b&gt;%3 &amp;nbsp; 价税合计 &lt;b style='font-size:large'&gt;%4&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="320" />
            <source>In words: %1</source>
            <translation>大写：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="328" />
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="329" />
            <source>Quote %1 V%2 — %3</source>
            <translation>报价单 %1 V%2 — %3</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="365" />
            <source>Discounts up to %1 % need no approval.</source>
            <translation>折扣不超过 %1% 无需审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="367" />
            <source>✔ Approved by %1: a discount up to %2 %. %3</source>
            <translation>✔ %1 已批准：折扣不超过 %2%。%3</translation>
        </message>
        <message>
            <source>⏳ Waiting for a manager's approval of %1 % (asked %2). It goes to the server at the next sync.</source>
            <translation>⏳ 折扣 %1% 待经理审批（%2 提交），下次同步时发送到服务器。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="371" />
            <source>Waiting for a manager's approval of %1 % (asked %2); the lines stay as asked until it is decided or withdrawn.</source>
            <translation>折扣 %1% 待经理审批（%2 提交）；审批或撤回之前，报价明细保持申请时的内容。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="375" />
            <source>✘ Not approved: %1. Lower the discount or ask again.</source>
            <translation>✘ 未批准：%1。请降低折扣或重新申请。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="377" />
            <source>A discount of %1 % is above %2 %: ask a manager for approval before sending.</source>
            <translation>折扣 %1% 超过 %2%：发送前须经经理审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="392" />
            <source>line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="393" />
            <source>Not saved — %1: %2</source>
            <translation>未保存 — %1：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="397" />
            <location filename="../app/ui/quoteeditor.cpp" line="443" />
            <location filename="../app/ui/quoteeditor.cpp" line="508" />
            <location filename="../app/ui/quoteeditor.cpp" line="538" />
            <location filename="../app/ui/quoteeditor.cpp" line="557" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="407" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="447" />
            <source>The quote is now “%1”.</source>
            <translation>报价单状态已改为“%1”。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="457" />
            <source>Approval needed</source>
            <translation>需要审批</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="458" />
            <source>Save the quote and ask your manager for approval now?</source>
            <translation>现在保存报价单并提交经理审批吗？</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="465" />
            <source>The server did not accept your change to this quote: %1</source>
            <translation>服务器未接受您对本报价单的修改：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="466" />
            <source>Someone else changed this quote at the same time: %1</source>
            <translation>他人同时修改了本报价单：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="467" />
            <source>The quote changed on the server</source>
            <translation>报价单在服务器上已变化</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="468" />
            <source>You have unsaved changes. Discard them and show the quote as it is stored?</source>
            <translation>您有未保存的修改。是否放弃这些修改，显示服务器上保存的报价单？</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="469" />
            <source>Your unsaved changes are kept; the server may refuse them again.</source>
            <translation>您未保存的修改已保留；保存后服务器可能仍会拒绝。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="498" />
            <source>The quote is no longer stored.</source>
            <translation>该报价单已不存在。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="498" />
            <source>The quote shows what is stored now.</source>
            <translation>已重新载入当前保存的报价单。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="512" />
            <source>Approval asked for. Your manager sees it after the next sync.</source>
            <translation>已提交审批，下次同步后经理即可看到。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="545" />
            <source>The request is withdrawn: the lines can be changed again.</source>
            <translation>申请已撤回，可以再次修改报价明细。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="554" />
            <source>Revision V%1 made from V%2; edit and send it.</source>
            <translation>已由 V%2 生成新版本 V%1，请修改后发送。</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>无法写入 PDF：%1</translation>
        </message>
        <message>
            <source>PDF written to %1.</source>
            <translation>PDF 已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="575" />
            <source>Print quote %1</source>
            <translation>打印报价单 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="576" />
            <source>Without &amp;prices (the copy for the warehouse)</source>
            <translation>不含价格(&amp;P)（仓库联）</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="586" />
            <source>Quote %1 sent to the printer.</source>
            <translation>报价单 %1 已发送到打印机。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>尚未保存的修改</translation>
        </message>
        <message>
            <location filename="../app/ui/quoteeditor.cpp" line="470" />
            <source>Save the changes to this quote?</source>
            <translation>是否保存对此报价单的修改？</translation>
        </message>
    </context>
    <context>
        <name>Huike::QuoteLinesModel</name>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="78" />
            <source>Discount on the list price, in percent</source>
            <translation>相对目录价的折扣（百分比）</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="103" />
            <source>Product / description</source>
            <translation>产品 / 描述</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="104" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="105" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="106" />
            <source>Unit price (incl. VAT)</source>
            <translation>单价（含税）</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="106" />
            <source>Unit price (excl. VAT)</source>
            <translation>单价（不含税）</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="107" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="108" />
            <source>VAT rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="109" />
            <source>Net</source>
            <translation>金额（不含税）</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="110" />
            <source>VAT</source>
            <translation>税额</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="111" />
            <source>Total</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="129" />
            <source>Describe the line.</source>
            <translation>请填写该行的描述。</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="132" />
            <source>The quantity is a number above zero, e.g. 2 or 1.5.</source>
            <translation>数量须为大于零的数字，例如 2 或 1.5。</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="136" />
            <source>The unit price is an amount, e.g. 38500 or 1250.50.</source>
            <translation>单价须为金额，例如 38500 或 1250.50。</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="140" />
            <source>The discount is between 0 and 100 %.</source>
            <translation>折扣应在 0% 到 100% 之间。</translation>
        </message>
        <message>
            <location filename="../app/models/quotelinesmodel.cpp" line="144" />
            <source>Use a VAT rate in force: 13, 9, 6, 5, 3, 1 or 0 %.</source>
            <translation>请使用现行增值税税率：13%、9%、6%、5%、3%、1% 或 0%。</translation>
        </message>
    </context>
    <context>
        <name>Huike::QuotePdf</name>
        <message>
            <source>(company name: set it in the settings)</source>
            <translation>（公司名称：请在设置中填写）</translation>
        </message>
        <message>
            <source>Quotation</source>
            <translation>报价单</translation>
        </message>
        <message>
            <source>Quotation — delivery copy (no prices)</source>
            <translation>报价单（仓库联，不含价格）</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>品名规格</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>金额（不含税）</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税额</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <source>Net total</source>
            <translation>不含税合计</translation>
        </message>
        <message>
            <source>Tax total</source>
            <translation>税额合计</translation>
        </message>
        <message>
            <source>Total incl. tax</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <source>Amount in words</source>
            <translation>大写金额</translation>
        </message>
        <message>
            <source>Unit prices include VAT.</source>
            <translation>以上单价含税。</translation>
        </message>
        <message>
            <source>Unit prices exclude VAT.</source>
            <translation>以上单价不含税。</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>Supplier (seal)</source>
            <translation>供方（盖章）</translation>
        </message>
        <message>
            <source>Customer (seal)</source>
            <translation>需方（盖章）</translation>
        </message>
    </context>
    <context>
        <name>Huike::QuoteService</name>
        <message>
            <location filename="../app/models/quoteservice.cpp" line="59" />
            <source>Prices in CNY. Valid for 30 days. Delivery within 15 working days of the order; payment by bank transfer.</source>
            <translation>以上价格以人民币计。报价有效期 30 天。订单确认后 15 个工作日内交货；付款方式：银行转账。</translation>
        </message>
        <message>
            <location filename="../app/models/quoteservice.cpp" line="89" />
            <source>The amounts are too large.</source>
            <translation>金额过大，超出可处理范围。</translation>
        </message>
        <message>
            <location filename="../app/models/quoteservice.cpp" line="160" />
            <source>A quote cannot go from “%1” to “%2”.</source>
            <translation>报价单不能从“%1”改为“%2”。</translation>
        </message>
        <message>
            <location filename="../app/models/quoteservice.cpp" line="164" />
            <source>Add at least one line before sending the quote.</source>
            <translation>发送前请至少添加一行。</translation>
        </message>
        <message>
            <location filename="../app/models/quoteservice.cpp" line="170" />
            <source>A discount of %1 % is above %2 %: a manager approves it before the quote is sent.</source>
            <translation>折扣 %1% 超过 %2%：须经经理审批后才能发送报价单。</translation>
        </message>
        <message>
            <source>You own this quote: another manager decides its discount.</source>
            <translation>您是该报价单的负责人，其折扣须由其他经理审批。</translation>
        </message>
        <message>
            <source>Quote %1 V%2 expired on %3: it cannot be approved any more. Reject it, or let the requester make a new revision.</source>
            <translation>报价单 %1 V%2 已于 %3 过期，不能再批准。请驳回，或由申请人新建版本。</translation>
        </message>
    </context>
    <context>
        <name>Huike::RecordDialog</name>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="133" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="134" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="135" />
            <source>Heading</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="136" />
            <source>Revision</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="137" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="138" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="139" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="140" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="141" />
            <source>Net amount</source>
            <translation>不含税金额</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="142" />
            <source>Tax</source>
            <translation>税额</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="143" />
            <source>Total</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="144" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="145" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="146" />
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="147" />
            <source>Start</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="148" />
            <source>End</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="149" />
            <source>Paid on</source>
            <translation>回款日期</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="150" />
            <source>Issued on</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="151" />
            <source>Delivered on</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="152" />
            <source>Method</source>
            <translation>回款方式</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="153" />
            <source>Reference</source>
            <translation>流水号</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="154" />
            <source>Goods</source>
            <translation>发货内容</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="155" />
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="156" />
            <source>Tracking number</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="157" />
            <source>Received by</source>
            <translation>签收人</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="158" />
            <source>Competitors</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="159" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="160" />
            <source>Party A</source>
            <translation>甲方</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="161" />
            <source>Party B</source>
            <translation>乙方</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="162" />
            <source>Terms</source>
            <translation>条款</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="163" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="164" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/customer360page.cpp" line="188" />
            <source>The editor for this kind of record comes with the sales pipeline; here it is read-only.</source>
            <translation>此类记录的编辑功能将随销售管理模块提供，这里仅供查看。</translation>
        </message>
    </context>
    <context>
        <name>Huike::RecordJson</name>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="65" />
            <source>There is no such field.</source>
            <translation>没有这个字段。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="69" />
            <source>This field is set by the server.</source>
            <translation>此字段由服务器设置，不能修改。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="77" />
            <source>This field cannot be empty.</source>
            <translation>此字段不能为空。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="87" />
            <source>Write the amount as a string with at most two decimals, e.g. "12345.67".</source>
            <translation>金额请写成最多两位小数的字符串，例如 "12345.67"。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="96" />
            <source>Write the number as a string with at most four decimals, e.g. "0.3333".</source>
            <translation>数值请写成最多四位小数的字符串，例如 "0.3333"。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="103" />
            <source>Expected true or false.</source>
            <translation>应为 true 或 false。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="110" />
            <source>Expected a whole number.</source>
            <translation>应为整数。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="118" />
            <source>Expected an id.</source>
            <translation>应为有效的 ID。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="125" />
            <source>Expected a date (YYYY-MM-DD).</source>
            <translation>应为日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="133" />
            <source>Expected a time with an offset, e.g. 2026-11-24T09:30:00+08:00.</source>
            <translation>应为带时区的时间，例如 2026-11-24T09:30:00+08:00。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="140" />
            <source>Expected text.</source>
            <translation>应为文本。</translation>
        </message>
        <message>
            <location filename="../shared/sync/recordjson.cpp" line="142" />
            <source>The text is too long.</source>
            <translation>文本过长。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ReleaseReasonDialog</name>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="17" />
            <source>Release to the public pool</source>
            <translation>释放到公海</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="24" />
            <source>No purchase plan for now</source>
            <translation>客户暂无采购计划</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="24" />
            <source>The contact cannot be reached</source>
            <translation>联系人长期联系不上</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="25" />
            <source>Not a customer we serve</source>
            <translation>不属于我们的目标客户</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="25" />
            <source>Went to a competitor</source>
            <translation>已选择竞争对手</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="25" />
            <source>Too many customers to follow up</source>
            <translation>客户太多，无暇跟进</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="27" />
            <source>Why does it go back? (required)</source>
            <translation>释放原因（必填）</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="32" />
            <source>Release</source>
            <translation>释放</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="38" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../app/ui/releasereasondialog.cpp" line="64" />
            <source>Say why the customer goes back to the pool.</source>
            <translation>请填写释放到公海的原因。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ReminderDialog</name>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="31" />
            <source>Overdue (%1)</source>
            <translation>已逾期（%1）</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="32" />
            <source>Today (%1)</source>
            <translation>今天（%1）</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="33" />
            <source>This week (%1)</source>
            <translation>本周（%1）</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="34" />
            <source>Later (%1)</source>
            <translation>以后（%1）</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="44" />
            <source>Reminders</source>
            <translation>待办提醒</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="46" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="46" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="46" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="55" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="59" />
            <source>Dis&amp;miss</source>
            <translation>已处理(&amp;M)</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="61" />
            <source>Handled: the reminder no longer shows on this computer. The record itself stays as it is.</source>
            <translation>标记为已处理：此提醒不再在本机显示，相关记录本身不受影响。</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="62" />
            <source>&amp;Snooze</source>
            <translation>推迟(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="64" />
            <source>Shows the reminder again later</source>
            <translation>稍后再次提醒</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="66" />
            <source>For 1 day</source>
            <translation>推迟 1 天</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="67" />
            <source>For 1 week</source>
            <translation>推迟 1 周</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="229" />
            <source>Contract %1, instalment %2: %3 outstanding</source>
            <translation>合同 %1 第 %2 期：待回款 %3</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="235" />
            <source>Contract %1 has ended and is not completed</source>
            <translation>合同 %1 已到期但尚未完成</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="236" />
            <source>Contract %1 ends</source>
            <translation>合同 %1 即将到期</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="239" />
            <source>Ticket %1 is overdue: %2</source>
            <translation>工单 %1 已超时：%2</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>打开客户(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="56" />
            <source>&amp;Done</source>
            <translation>已完成(&amp;D)</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="58" />
            <source>Ticks a next step off. An instalment's reminder goes when it is paid, a contract's when it is completed.</source>
            <translation>将下一步标记为已完成。回款提醒在该期款项收齐后消失，合同提醒在合同完成后消失。</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="105" />
            <location filename="../app/ui/reminderdialog.cpp" line="150" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../app/ui/reminderdialog.cpp" line="219" />
            <source>%1 (overdue)</source>
            <translation>%1（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>Huike::SearchIndex</name>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="119" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="138" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="170" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../shared/schema/builtintables.cpp" line="221" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../shared/schema/servicetables.cpp" line="141" />
            <source>Assets</source>
            <translation>设备</translation>
        </message>
    </context>
    <context>
        <name>Huike::ServiceFigures</name>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="165" />
            <source>Unassigned</source>
            <translation>未分派</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="168" />
            <source>(unknown colleague)</source>
            <translation>（未知同事）</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="190" />
            <source>Export as .xlsx or .csv.</source>
            <translation>请导出为 .xlsx 或 .csv 文件。</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="194" />
            <source>By status</source>
            <translation>按状态</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="199" />
            <location filename="../app/models/servicefigures.cpp" line="210" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="300" />
            <source>Total of the period</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="202" />
            <location filename="../app/models/servicefigures.cpp" line="221" />
            <location filename="../app/models/servicefigures.cpp" line="222" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="86" />
            <source>Tickets</source>
            <translation>工单数</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="203" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="86" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="204" />
            <source>Resolved within SLA</source>
            <translation>按时解决</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="205" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="87" />
            <source>SLA met %</source>
            <translation>按时解决率 %</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="206" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="87" />
            <source>Avg. resolution (h)</source>
            <translation>平均解决时长（小时）</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="207" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="88" />
            <source>Avg. satisfaction</source>
            <translation>平均满意度</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="221" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="222" />
            <source>By kind</source>
            <translation>按类型</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="222" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="223" />
            <source>By month</source>
            <translation>按月份</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="223" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="224" />
            <source>By agent</source>
            <translation>按处理人</translation>
        </message>
        <message>
            <location filename="../app/models/servicefigures.cpp" line="224" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="86" />
            <source>Agent</source>
            <translation>处理人</translation>
        </message>
    </context>
    <context>
        <name>Huike::ServiceFiguresDialog</name>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="58" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="332" />
            <source>Service figures</source>
            <translation>服务统计</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="66" />
            <source>Logged &amp;from:</source>
            <translation>登记日期从(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="68" />
            <source>&amp;until:</source>
            <translation>至(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="96" />
            <source>Export &amp;table…</source>
            <translation>导出表格(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="98" />
            <source>Export c&amp;harts…</source>
            <translation>导出图表(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="122" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="122" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="124" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="133" />
            <source>Export figures</source>
            <translation>导出服务统计</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="124" />
            <source>service-figures.xlsx</source>
            <translation>服务统计.xlsx</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="136" />
            <location filename="../app/ui/servicefiguresdialog.cpp" line="139" />
            <source>Export charts</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="136" />
            <source>service-figures.png</source>
            <translation>服务统计.png</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="137" />
            <source>PNG image (*.png);;PDF (*.pdf)</source>
            <translation>PNG 图片 (*.png);;PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="139" />
            <source>The charts could not be written to %1.</source>
            <translation>图表无法写入 %1。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="196" />
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="207" />
            <source>The figures could not be read: %1</source>
            <translation>无法读取统计数据：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="209" />
            <source>The period ends before it starts.</source>
            <translation>结束日期早于开始日期，请调整统计期间。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="212" />
            <source>&lt;b&gt;%1&lt;/b&gt; tickets logged · &lt;b&gt;%2&lt;/b&gt; resolved · SLA met &lt;b&gt;%3&lt;/b&gt; · average resolution &lt;b&gt;%4&lt;/b&gt; h · average satisfaction &lt;b&gt;%5&lt;/b&gt;</source>
            <translation>登记工单 &lt;b&gt;%1&lt;/b&gt; 张 · 已解决 &lt;b&gt;%2&lt;/b&gt; 张 · 按时解决率 &lt;b&gt;%3&lt;/b&gt; · 平均解决时长 &lt;b&gt;%4&lt;/b&gt; 小时 · 平均满意度 &lt;b&gt;%5&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="219" />
            <source>Tickets by status</source>
            <translation>各状态工单数</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="220" />
            <source>Tickets by kind</source>
            <translation>各类型工单数</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="261" />
            <source>Resolved within SLA per month (%)</source>
            <translation>每月按时解决率（%）</translation>
        </message>
        <message>
            <location filename="../app/ui/servicefiguresdialog.cpp" line="263" />
            <source>SLA met %</source>
            <translation>按时解决率 %</translation>
        </message>
    </context>
    <context>
        <name>Huike::ServicePage</name>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="51" />
            <source>My tickets</source>
            <translation>我的工单</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="52" />
            <source>My team's</source>
            <translation>我团队的</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="53" />
            <source>Unassigned</source>
            <translation>未分派</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="54" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="55" />
            <source>All open</source>
            <translation>全部未结</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="56" />
            <source>All tickets</source>
            <translation>全部工单</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="67" />
            <source>Number, subject or customer…</source>
            <translation>工单号、主题或客户…</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="72" />
            <source>Every kind</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="78" />
            <source>Every priority</source>
            <translation>全部优先级</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="82" />
            <source>&amp;List</source>
            <translation>列表(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="83" />
            <source>&amp;Board</source>
            <translation>看板(&amp;B)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="91" />
            <source>&amp;New ticket</source>
            <translation>新建工单(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="93" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="97" />
            <source>&amp;Import assets…</source>
            <translation>导入设备(&amp;I)…</translation>
        </message>
        <message>
            <source>Service &amp;settings…</source>
            <translation type="vanished">服务设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Figures…</source>
            <translation type="vanished">服务统计(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="107" />
            <source>Service se&amp;ttings…</source>
            <translation>服务设置(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="110" />
            <source>Fi&amp;gures…</source>
            <translation>服务统计(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="118" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="118" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="118" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="118" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="118" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="118" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="119" />
            <source>Handled by</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="119" />
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="217" />
            <location filename="../app/ui/servicepage.cpp" line="286" />
            <source>Could not read the tickets: %1</source>
            <translation>无法读取工单：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="248" />
            <source>No tickets here. “New ticket” logs what a customer asks or reports.</source>
            <translation>这里没有工单。点“新建工单”登记客户的咨询或报修。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/servicepage.cpp" line="250" />
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>共 %n 个工单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/servicepage.cpp" line="251" />
            <source>, %n overdue</source>
            <translation>
                <numerusform>，其中 %n 个已超时</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="261" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="274" />
            <location filename="../app/ui/servicepage.cpp" line="276" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="276" />
            <source>nobody</source>
            <translation>无人处理</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="284" />
            <source>The board shows up to %1 tickets per column, the most urgent first.</source>
            <translation>看板每列最多显示 %1 个工单，最紧急的在前。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicepage.cpp" line="303" />
            <source>The ticket no longer exists.</source>
            <translation>该工单已不存在。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ServiceSettingsDialog</name>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="27" />
            <source>Service settings</source>
            <translation>服务设置</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="34" />
            <source>Service &amp;targets</source>
            <translation>服务时限(&amp;T)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="35" />
            <source>Working &amp;calendar</source>
            <translation>工作日历(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="36" />
            <source>&amp;Warranty periods</source>
            <translation>保修期(&amp;W)</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="77" />
            <source>The stored service targets cannot be read (%1); the defaults are shown.</source>
            <translation>已保存的服务时限无法读取（%1），现显示默认值。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="83" />
            <source>The stored working calendar cannot be read (%1); the default is shown.</source>
            <translation>已保存的工作日历无法读取（%1），现显示默认日历。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="89" />
            <source>The stored warranty periods cannot be read (%1); the defaults are shown.</source>
            <translation>已保存的保修期无法读取（%1），现显示默认值。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="98" />
            <source>Only an administrator can change the service settings.</source>
            <translation>只有管理员可以修改服务设置。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="122" />
            <source>The service targets cannot be saved: %1</source>
            <translation>服务时限无法保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="123" />
            <source>The working calendar cannot be saved: %1</source>
            <translation>工作日历无法保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="124" />
            <source>The warranty periods cannot be saved: %1</source>
            <translation>保修期无法保存：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="127" />
            <location filename="../app/ui/servicesettingsdialog.cpp" line="153" />
            <source>Nothing was saved: correct what the tab says first.</source>
            <translation>未保存任何设置：请先按该页的提示改正。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="139" />
            <source>Nothing has changed.</source>
            <translation>没有需要保存的修改。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="146" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="157" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../app/ui/servicesettingsdialog.cpp" line="164" />
            <source>Save the changed service settings?</source>
            <translation>是否保存已修改的服务设置？</translation>
        </message>
    </context>
    <context>
        <name>Huike::SettingsDialog</name>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="64" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="80" />
            <source>Company &amp;name:</source>
            <translation>公司名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="80" />
            <source>e.g. 杭州汇客软件有限公司</source>
            <translation>例如：杭州汇客软件有限公司</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="81" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="82" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="83" />
            <source>&amp;Bank and account:</source>
            <translation>开户行及账号(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="83" />
            <source>e.g. 中国工商银行杭州分行 1202 0000 0000 0000 000</source>
            <translation>例如：中国工商银行杭州分行 1202 0000 0000 0000 000</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="84" />
            <source>&amp;Taxpayer number:</source>
            <translation>纳税人识别号(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="84" />
            <source>The unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="89" />
            <source>C&amp;hoose…</source>
            <translation>选择(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="90" />
            <source>Remo&amp;ve</source>
            <translation>移除(&amp;V)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="106" />
            <source>Logo:</source>
            <translation>徽标：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="115" />
            <source>&amp;Company</source>
            <translation>公司信息(&amp;C)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="120" />
            <source>Approval above &amp;discount (%):</source>
            <translation>折扣超过此值需审批(&amp;D)（%）：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="120" />
            <source>10</source>
            <translation>10</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="121" />
            <source>A quote with a line discounted more than this needs a manager's approval before it is sent.</source>
            <translation>报价单中任一行的折扣超过此值时，发送前须经经理审批。</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="125" />
            <source>Printed under every new quote, e.g. delivery, payment and warranty terms.</source>
            <translation>打印在每张新报价单下方，例如交货、付款和质保条款。</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="126" />
            <source>Default quote &amp;terms:</source>
            <translation>默认报价条款(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="127" />
            <source>Remind of &amp;instalments (days ahead):</source>
            <translation>回款提前提醒天数(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="127" />
            <source>7</source>
            <translation>7</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="128" />
            <source>Remind of contract &amp;ends (days ahead):</source>
            <translation>合同到期提前提醒天数(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="128" />
            <source>30</source>
            <translation>30</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="129" />
            <source>&amp;Quotes and contracts</source>
            <translation>报价与合同(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="135" />
            <source>Sales &amp;target of the period:</source>
            <translation>本期销售目标(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="135" />
            <source>e.g. 1000000.00</source>
            <translation>例如：1000000.00</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="136" />
            <source>The funnel warns when the weighted early pipeline cannot meet it.</source>
            <translation>当加权后的早期商机不足以完成目标时，销售漏斗会发出提醒。</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="137" />
            <source>Most customers a sales rep may hold:</source>
            <translation>每位销售最多负责客户数：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="137" />
            <source>0 = no limit</source>
            <translation>0 表示不限</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="138" />
            <source>A rep holding this many customers claims no more from the public pool until releasing one.</source>
            <translation>销售负责的客户达到此数量后，须先释放客户才能再从公海认领。</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="142" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="142" />
            <source>Win probability (%)</source>
            <translation>赢率（%）</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="142" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="142" />
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="149" />
            <source>Sales &amp;stages:</source>
            <translation>销售阶段(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="159" />
            <source>&amp;Add stage</source>
            <translation>添加阶段(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="160" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="161" />
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="172" />
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="186" />
            <source>Sa&amp;les</source>
            <translation>销售(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="191" />
            <source>What each customer level means in this company: the card shows it beside the level, the statistics by level use the names.</source>
            <translation>本公司各客户级别的含义：客户卡片在级别旁显示，级别统计使用这里的名称。</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="199" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="199" />
            <source>e.g. strategic customer</source>
            <translation>例如：战略客户</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="200" />
            <source>Description:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="201" />
            <source>Criteria:</source>
            <translation>评定标准：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="201" />
            <source>e.g. buys over ¥1,000,000 a year</source>
            <translation>例如：年采购额 100 万元以上</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="210" />
            <source>Customer le&amp;vels</source>
            <translation>客户级别(&amp;V)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="221" />
            <source>Lan&amp;guage:</source>
            <translation>界面语言(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="229" />
            <source>The language changes when Huike starts next.</source>
            <translation>界面语言将在下次启动汇客时生效。</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="231" />
            <source>This compute&amp;r</source>
            <translation>本机(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="236" />
            <source>Only an administrator can change these settings.</source>
            <translation>只有管理员可以修改这些设置。</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="324" />
            <source>Choose the logo</source>
            <translation>选择徽标</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="325" />
            <source>Pictures (%1)</source>
            <translation>图片（%1）</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="332" />
            <source>This file is not a picture Huike can read: %1</source>
            <translation>无法读取该图片文件：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="338" />
            <source>The picture is too large even when scaled down; choose a simpler one.</source>
            <translation>图片缩小后仍然过大，请选择更简单的图片。</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="349" />
            <source>No logo</source>
            <translation>无徽标</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="377" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="390" />
            <source>Row %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../app/ui/settingsdialog.cpp" line="422" />
            <source>Save the changed settings?</source>
            <translation>是否保存已修改的设置？</translation>
        </message>
    </context>
    <context>
        <name>Huike::SettingsService</name>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="68" />
            <source>Criteria: %1</source>
            <translation>评定标准：%1</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="148" />
            <location filename="../app/models/settingsservice.cpp" line="256" />
            <source>Only an administrator can change the company's settings.</source>
            <translation>只有管理员可以修改公司设置。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="161" />
            <source>The logo is too large; choose a smaller picture.</source>
            <translation>徽标图片过大，请选择较小的图片。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="165" />
            <source>A percentage from 0 to 100, e.g. 10 or 12.5.</source>
            <translation>请输入 0 到 100 之间的百分比，例如 10 或 12.5。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="170" />
            <source>An amount like 1000000.00, or empty for none.</source>
            <translation>请输入金额，例如 1000000.00；不设目标请留空。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="177" />
            <source>A number of days from 0 to 366.</source>
            <translation>请输入 0 到 366 之间的天数。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="184" />
            <source>A whole number of customers, 0 for no limit.</source>
            <translation>请输入整数客户数，0 表示不限。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="194" />
            <source>Two stages have this name.</source>
            <translation>有两个阶段同名。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="196" />
            <source>Two stages have this code.</source>
            <translation>有两个阶段代码相同。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="202" />
            <source>Keep at least one active open stage.</source>
            <translation>至少保留一个启用的进行中阶段。</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="263" />
            <source>The service targets cannot be saved: %1</source>
            <translation>服务时限无法保存：%1</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="265" />
            <source>The working calendar cannot be saved: %1</source>
            <translation>工作日历无法保存：%1</translation>
        </message>
        <message>
            <location filename="../app/models/settingsservice.cpp" line="267" />
            <source>The warranty periods cannot be saved: %1</source>
            <translation>保修期无法保存：%1</translation>
        </message>
    </context>
    <context>
        <name>Huike::ShareDialog</name>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="34" />
            <source>Share %1</source>
            <translation>共享“%1”</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="38" />
            <source>Colleague: %1</source>
            <translation>同事：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="43" />
            <source>Department: %1 (and the departments below)</source>
            <translation>部门：%1（含下级部门）</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="49" />
            <location filename="../app/ui/sharedialog.cpp" line="120" />
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="50" />
            <location filename="../app/ui/sharedialog.cpp" line="120" />
            <source>Can edit</source>
            <translation>可编辑</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="51" />
            <location filename="../app/ui/sharedialog.cpp" line="130" />
            <source>&amp;Share</source>
            <translation>共享(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="55" />
            <source>Shared with</source>
            <translation>共享对象</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="55" />
            <source>Access</source>
            <translation>权限</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="55" />
            <source>Since</source>
            <translation>共享日期</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="62" />
            <source>&amp;Revoke</source>
            <translation>取消共享(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="74" />
            <source>Share with:</source>
            <translation>共享给：</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="75" />
            <source>Access:</source>
            <translation>权限：</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="85" />
            <source>Shared with:</source>
            <translation>已共享给：</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="117" />
            <source>Department: %1</source>
            <translation>部门：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="130" />
            <source>Share (needs the server)</source>
            <translation>共享（需连接服务器）</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="151" />
            <source>Shared (%1). They see it after their next sync.</source>
            <translation>已共享（%1）。对方下次同步后即可看到。</translation>
        </message>
        <message>
            <location filename="../app/ui/sharedialog.cpp" line="170" />
            <source>No longer shared with %1.</source>
            <translation>已取消与 %1 的共享。</translation>
        </message>
    </context>
    <context>
        <name>Huike::SheetWriter</name>
        <message>
            <location filename="../app/dataio/sheetwriter.cpp" line="120" />
            <source>The file %1 could not be written: %2</source>
            <translation>无法写入文件 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/dataio/sheetwriter.cpp" line="173" />
            <location filename="../app/dataio/sheetwriter.cpp" line="302" />
            <source>There are no columns to export.</source>
            <translation>没有可导出的列。</translation>
        </message>
        <message>
            <source>the Excel writer (libxlsxwriter) could not be loaded: %1</source>
            <translation>无法加载 Excel 写入组件（libxlsxwriter）：%1</translation>
        </message>
        <message>
            <location filename="../app/dataio/sheetwriter.cpp" line="205" />
            <source>out of memory</source>
            <translation>内存不足</translation>
        </message>
        <message>
            <location filename="../app/dataio/sheetwriter.cpp" line="227" />
            <source>the temporary files could not be created</source>
            <translation>无法创建临时文件</translation>
        </message>
        <message>
            <location filename="../app/dataio/sheetwriter.cpp" line="245" />
            <source>A CSV file is written in UTF-8 or GB18030, not in %1.</source>
            <translation>CSV 文件只能使用 UTF-8 或 GB18030 编码，不支持 %1。</translation>
        </message>
        <message>
            <location filename="../app/dataio/sheetwriter.cpp" line="282" />
            <location filename="../app/models/listexport.cpp" line="124" />
            <source>An Excel sheet holds at most %1 rows; export as CSV instead.</source>
            <translation>一个 Excel 工作表最多容纳 %1 行，请改为导出 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../app/dataio/sheetwriter.cpp" line="460" />
            <source>it could not be replaced</source>
            <translation>无法替换原有文件</translation>
        </message>
    </context>
    <context>
        <name>Huike::ShortcutsDialog</name>
        <message>
            <location filename="../app/ui/helpdialogs.cpp" line="58" />
            <source>Keyboard shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../app/ui/helpdialogs.cpp" line="61" />
            <source>Command</source>
            <translation>功能</translation>
        </message>
        <message>
            <location filename="../app/ui/helpdialogs.cpp" line="61" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../app/ui/helpdialogs.cpp" line="74" />
            <source>In text fields the usual editing keys apply: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo, Ctrl+C / Ctrl+V copy and paste. In a customer card, quote or contract: Ctrl+S saves.</source>
            <translation>在输入框中可使用常用编辑键：Ctrl+Z 撤销，Ctrl+Shift+Z 或 Ctrl+Y 重做，Ctrl+C / Ctrl+V 复制和粘贴。在客户卡片、报价单或合同中：Ctrl+S 保存。</translation>
        </message>
    </context>
    <context>
        <name>Huike::SlaRulesTab</name>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="43" />
            <source>How soon a ticket is answered and resolved, by priority and, where it differs, by kind. Hours are working hours of the calendar unless the rule runs round the clock. The rule for normal priority and every kind is the fallback for any other ticket: it can be changed but not removed.</source>
            <translation>按优先级（需要区分时再按工单类型）设定工单的首次响应时限和解决时限。除“全天候”规则外，小时数按工作日历中的工作时间计算。“普通、全部类型”这条规则是其他工单的兜底规则，可以修改，不能删除。</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="54" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="54" />
            <source>Ticket kind</source>
            <translation>工单类型</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="54" />
            <source>First response within</source>
            <translation>首次响应时限</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="54" />
            <source>Resolved within</source>
            <translation>解决时限</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="54" />
            <source>Round the clock</source>
            <translation>全天候</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="56" />
            <source>Counts every hour of the day and every day, holidays too, instead of working time.</source>
            <translation>按自然时间 7×24 小时计时（含夜间、周末和节假日），不按工作时间。</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="65" />
            <source>&amp;Add rule</source>
            <translation>添加规则(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="66" />
            <source>&amp;Remove rule</source>
            <translation>删除规则(&amp;R)</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="79" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="80" />
            <source>0: a resolved ticket is never reopened; the customer logs a new one.</source>
            <translation>0：已解决的工单不能重开，客户需另建工单。</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="81" />
            <source>A customer may reopen a resolved ticket wit&amp;hin:</source>
            <translation>已解决工单的重开期限(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="101" />
            <source>Every kind</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="109" />
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="110" />
            <source>Hours, e.g. 0.5 for half an hour: working hours unless the rule runs round the clock.</source>
            <translation>小时数，如 0.5 表示半小时；未勾选“全天候”时按工作时间计算。</translation>
        </message>
        <message>
            <location filename="../app/ui/slarulestab.cpp" line="192" />
            <source>The rule for normal priority and every kind is the fallback: change its hours, it cannot be removed.</source>
            <translation>“普通、全部类型”是兜底规则：可以修改时限，不能删除。</translation>
        </message>
    </context>
    <context>
        <name>Huike::SyncStatusWidget</name>
        <message>
            <location filename="../app/ui/syncstatuswidget.cpp" line="27" />
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <location filename="../app/ui/syncstatuswidget.cpp" line="28" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location filename="../app/ui/syncstatuswidget.cpp" line="29" />
            <source>Synced</source>
            <translation>已同步</translation>
        </message>
        <message>
            <location filename="../app/ui/syncstatuswidget.cpp" line="30" />
            <source>Offline — changes are kept on this computer</source>
            <translation>离线 — 修改已保存在本机</translation>
        </message>
        <message>
            <location filename="../app/ui/syncstatuswidget.cpp" line="31" />
            <source>Sync error: %1</source>
            <translation>同步出错：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/syncstatuswidget.cpp" line="35" />
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n 项修改待同步</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/syncstatuswidget.cpp" line="37" />
            <source>%n conflict(s) to review</source>
            <translation>
                <numerusform>%n 个冲突待处理</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/syncstatuswidget.cpp" line="39" />
            <source>last synced %1</source>
            <translation>上次同步 %1</translation>
        </message>
    </context>
    <context>
        <name>Huike::TableFile</name>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="19" />
            <source>Reading the file was cancelled.</source>
            <translation>已取消读取文件。</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="24" />
            <source>The table has more than 1,048,576 rows: split it into smaller files.</source>
            <translation>表格超过 1,048,576 行，请拆分成几个较小的文件。</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="31" />
            <source>Row %1 has more than 16,384 columns: the file is not a table that can be imported.</source>
            <translation>第 %1 行超过 16,384 列，该文件不是可以导入的表格。</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="39" />
            <source>The table has more than 30 million cells: split it into smaller files.</source>
            <translation>表格超过 3000 万个单元格，请拆分成几个较小的文件。</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="46" />
            <source>The file holds no table: it is empty.</source>
            <translation>文件中没有表格：文件是空的。</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="51" />
            <source>%1 is an old Excel or WPS workbook (.xls, .et) that cannot be read here: open it in Excel or WPS and save it as .xlsx or .csv (File → Save As, 另存为).</source>
            <translation>%1 是旧版 Excel 或 WPS 工作簿（.xls、.et），无法直接读取：请在 Excel 或 WPS 中打开，另存为 .xlsx 或 .csv 格式（文件 → 另存为）。</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="60" />
            <source>%1 is not an .xlsx workbook: open it in Excel or WPS and save it as .xlsx or .csv (File → Save As, 另存为).</source>
            <translation>%1 不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开，另存为 .xlsx 或 .csv 格式（文件 → 另存为）。</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="90" />
            <location filename="../app/dataio/ziparchive_p.h" line="23" />
            <source>Could not open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="119" />
            <location filename="../app/dataio/tablefile.cpp" line="142" />
            <source>%1 is larger than 512 MiB: split it into smaller files.</source>
            <translation>%1 超过 512 MiB，请拆分成几个较小的文件。</translation>
        </message>
        <message>
            <location filename="../app/dataio/tablefile.cpp" line="133" />
            <source>Could not read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/dataio/ziparchive_p.h" line="29" />
            <source>The workbook is stored in a way this program cannot read (ZIP64): open it in Excel or WPS and save it again as .xlsx.</source>
            <translation>该工作簿的存储方式（ZIP64）本程序无法读取：请在 Excel 或 WPS 中打开，重新另存为 .xlsx。</translation>
        </message>
        <message>
            <location filename="../app/dataio/ziparchive_p.h" line="37" />
            <source>The workbook is damaged (its zip structure cannot be read): open it in Excel or WPS and save it again.</source>
            <translation>工作簿已损坏（无法读取其压缩结构）：请在 Excel 或 WPS 中打开后重新保存。</translation>
        </message>
        <message>
            <location filename="../app/dataio/ziparchive_p.h" line="44" />
            <source>The workbook is protected with a password: open it in Excel or WPS, remove the password and save it again.</source>
            <translation>工作簿设有密码保护：请在 Excel 或 WPS 中打开，取消密码后重新保存。</translation>
        </message>
        <message>
            <location filename="../app/dataio/ziparchive_p.h" line="51" />
            <source>The workbook is compressed in a way this program cannot read: open it in Excel or WPS and save it again as .xlsx.</source>
            <translation>该工作簿的压缩方式本程序无法读取：请在 Excel 或 WPS 中打开，重新另存为 .xlsx。</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxxml.cpp" line="19" />
            <source>The workbook is too large: a sheet holds more than 1 GiB of data. Split it into smaller files.</source>
            <translation>工作簿过大：一个工作表的数据超过 1 GiB，请拆分成几个较小的文件。</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxxml.cpp" line="26" />
            <source>The workbook is damaged (a part of it is not valid XML): open it in Excel or WPS and save it again.</source>
            <translation>工作簿已损坏（部分内容不是有效的 XML）：请在 Excel 或 WPS 中打开后重新保存。</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxreader.cpp" line="35" />
            <source>The workbook has no sheets.</source>
            <translation>工作簿中没有工作表。</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxreader.cpp" line="41" />
            <source>The workbook has no sheet “%1”; its sheets are %2.</source>
            <translation>工作簿中没有名为“%1”的工作表；现有工作表：%2。</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxreader.cpp" line="74" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxreader.cpp" line="47" />
            <source>The workbook is damaged: the sheet “%1” is missing from it. Open it in Excel or WPS and save it again.</source>
            <translation>工作簿已损坏：缺少工作表“%1”的内容。请在 Excel 或 WPS 中打开后重新保存。</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxreader.cpp" line="54" />
            <source>The sheet “%1” is a chart or a dialog, not a table: pick another sheet.</source>
            <translation>工作表“%1”是图表或对话框，不是表格，请选择其他工作表。</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxreader.cpp" line="61" />
            <source>The workbook is damaged: a cell of row %1 refers to text that is not in the file.</source>
            <translation>工作簿已损坏：第 %1 行有单元格引用了文件中不存在的文本。</translation>
        </message>
        <message>
            <location filename="../app/dataio/xlsxreader.cpp" line="68" />
            <source>The sheet “%1” is empty.</source>
            <translation>工作表“%1”是空的。</translation>
        </message>
    </context>
    <context>
        <name>Huike::TicketEditor</name>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="85" />
            <source>Find the customer: name, pinyin, phone…</source>
            <translation>查找客户：名称、拼音、电话…</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="93" />
            <source>Choose the customer</source>
            <translation>选择客户</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="96" />
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="110" />
            <source>&amp;Kind, channel, priority:</source>
            <translation>类型、渠道、优先级(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="120" />
            <source>C&amp;ontact, product:</source>
            <translation>联系人、产品(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="130" />
            <source>&amp;Asset (serial number):</source>
            <translation>设备（序列号）(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="135" />
            <source>e.g. The compressor is noisy after the last service</source>
            <translation>例如：上次保养后空压机噪音很大</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="136" />
            <source>&amp;Subject:</source>
            <translation>主题(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="141" />
            <source>&amp;Details:</source>
            <translation>详细描述(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="145" />
            <source>Handling:</source>
            <translation>处理情况：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="148" />
            <source>First response:</source>
            <translation>首次响应：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="151" />
            <source>Resolution:</source>
            <translation>解决时限：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="158" />
            <source>Copy &amp;link</source>
            <translation>复制链接(&amp;L)</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="161" />
            <source>Satisfaction:</source>
            <translation>满意度：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="170" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="170" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="170" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="170" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="170" />
            <source>Status · handled by</source>
            <translation>状态 · 处理人</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="182" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="183" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="184" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="187" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="210" />
            <source>The survey link is copied: send it to the customer's contact.</source>
            <translation>调查链接已复制，请发给客户联系人。</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="212" />
            <source>Change the subject</source>
            <translation>修改主题</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="213" />
            <source>Change the details</source>
            <translation>修改详细描述</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="214" />
            <source>Change the kind</source>
            <translation>修改类型</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="215" />
            <source>Change the channel</source>
            <translation>修改渠道</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="216" />
            <source>Change the priority</source>
            <translation>修改优先级</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="217" />
            <source>Choose the contact</source>
            <translation>选择联系人</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="218" />
            <source>Choose the product</source>
            <translation>选择产品</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="219" />
            <source>Choose the asset</source>
            <translation>选择设备</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="268" />
            <source>(no contact)</source>
            <translation>（不指定联系人）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="270" />
            <source>(no product)</source>
            <translation>（无产品）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="272" />
            <source>(no asset)</source>
            <translation>（无设备）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="275" />
            <source>(choose a customer)</source>
            <translation>（请选择客户）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="356" />
            <source>Saved. It goes to the server with the next sync.</source>
            <translation>已保存，下次同步时提交到服务器。</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="403" />
            <source>%1: done. It goes to the server with the next sync.</source>
            <translation>已%1，下次同步时提交到服务器。</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="424" />
            <source> (due %1)</source>
            <translation>（截止 %1）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="452" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="472" />
            <source>New service ticket</source>
            <translation>新建服务工单</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="472" />
            <source>Service ticket %1</source>
            <translation>服务工单 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="473" />
            <source>New service ticket %1</source>
            <translation>新建服务工单 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="474" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="493" />
            <source>nobody on it yet</source>
            <translation>尚未分派</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="493" />
            <source>with %1</source>
            <translation>处理人：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="493" />
            <source>(unknown)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="495" />
            <source>escalated to the manager</source>
            <translation>已升级至主管</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="495" />
            <source>escalated to a director</source>
            <translation>已升级至总监</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="497" />
            <source>waiting: %1, until %2</source>
            <translation>挂起：%1，预计 %2 恢复</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="499" />
            <source>solution: %1</source>
            <translation>解决方案：%1</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="502" />
            <source>changes not yet synced</source>
            <translation>有修改尚未同步</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="506" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="510" />
            <source>%1 of 5 — %2</source>
            <translation>%1 分（满分 5 分）— %2</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="510" />
            <source>no comment</source>
            <translation>无评语</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="512" />
            <source>The survey link comes with the next sync.</source>
            <translation>下次同步后即可获得调查链接。</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="514" />
            <source>Asked once the ticket is closed.</source>
            <translation>工单关闭后进行满意度调查。</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketeditor.cpp" line="543" />
            <source>Save the changes to this ticket?</source>
            <translation>保存对该工单的修改吗？</translation>
        </message>
    </context>
    <context>
        <name>Huike::TicketMoveDialog</name>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="21" />
            <source>Assign…</source>
            <translation>分派…</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="23" />
            <source>Start work</source>
            <translation>开始处理</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="25" />
            <source>Suspend…</source>
            <translation>挂起…</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="27" />
            <source>Resume</source>
            <translation>恢复处理</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="29" />
            <source>Resolve…</source>
            <translation>解决…</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="31" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="33" />
            <source>Reopen…</source>
            <translation>重新打开…</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="35" />
            <source>Escalate…</source>
            <translation>升级…</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="37" />
            <source>Enter rating…</source>
            <translation>录入满意度…</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="46" />
            <source>%1 — ticket %2</source>
            <translation>%1 — 工单 %2</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="52" />
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="56" />
            <source>&amp;Hand to:</source>
            <translation>分派给(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="61" />
            <source>e.g. waiting for the spare part, the customer is away</source>
            <translation>例如：等待备件到货、客户出差</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="62" />
            <source>&amp;Waiting for:</source>
            <translation>挂起原因(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="68" />
            <source>&amp;Resume on:</source>
            <translation>恢复日期(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="73" />
            <source>What was done: the cause and the fix</source>
            <translation>处理经过：故障原因和解决办法</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="75" />
            <source>&amp;Solution:</source>
            <translation>解决方案(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="82" />
            <source> of 5</source>
            <translation> 分（满分 5 分）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="83" />
            <source>&amp;Satisfaction:</source>
            <translation>满意度(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="90" />
            <source>What the customer said</source>
            <translation>客户的评价</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="91" />
            <source>Why (required)</source>
            <translation>原因（必填）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="92" />
            <source>For the ticket's history (optional)</source>
            <translation>记入工单处理记录（选填）</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="93" />
            <source>&amp;Comment:</source>
            <translation>评语(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../app/ui/ticketmovedialog.cpp" line="93" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>Huike::TicketService</name>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="37" />
            <source>Say why the ticket waits.</source>
            <translation>请填写挂起原因。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="39" />
            <source>Say when work on the ticket resumes.</source>
            <translation>请填写恢复处理的日期。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="41" />
            <source>Say how the ticket was solved.</source>
            <translation>请填写解决方案。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="43" />
            <source>Choose who works on the ticket.</source>
            <translation>请选择处理人。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="46" />
            <source>The resume date is today or later.</source>
            <translation>恢复日期不能早于今天。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="48" />
            <source>A rating is 1 to 5.</source>
            <translation>满意度为 1 到 5 分。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="50" />
            <source>Only service staff or the person on the ticket may do this.</source>
            <translation>只有客服人员或该工单的处理人可以执行此操作。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="52" />
            <source>A ticket is escalated one level at a time, while it is open: to the manager, then to a director.</source>
            <translation>未结工单逐级升级：先到主管，再到总监。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="54" />
            <source>This step does not follow from the ticket's status.</source>
            <translation>工单当前状态下不能执行这一步。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="63" />
            <source>Save the ticket first.</source>
            <translation>请先保存工单。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="66" />
            <source>Your account is not known on this computer yet: sync first.</source>
            <translation>本机尚无您的账号信息，请先同步。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="169" />
            <source>Say why the ticket is reopened.</source>
            <translation>请填写重新打开的原因。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketmoves.cpp" line="178" />
            <source>Say why the ticket is escalated.</source>
            <translation>请填写升级原因。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="76" />
            <source>Logged</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="76" />
            <source>Assigned</source>
            <translation>已分派</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="77" />
            <source>Started</source>
            <translation>开始处理</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="77" />
            <source>Suspended</source>
            <translation>已挂起</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="78" />
            <source>Resumed</source>
            <translation>恢复处理</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="78" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="79" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="79" />
            <source>Reopened</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="80" />
            <source>Escalated</source>
            <translation>升级</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="80" />
            <source>SLA breached, escalated</source>
            <translation>超出服务时限，已升级</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="81" />
            <source>Rated</source>
            <translation>评价</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="81" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="82" />
            <source>Rated by the customer (survey link)</source>
            <translation>客户评价（调查链接）</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="93" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="94" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="98" />
            <source>set when synced</source>
            <translation>同步后计算</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="100" />
            <source>met</source>
            <translation>已达标</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="102" />
            <source>missed</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="104" />
            <source>paused, %1 left</source>
            <translation>已暂停，剩余 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/models/ticketservice.cpp" line="109" />
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>已超时 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="110" />
            <source>overdue by %1</source>
            <translation>已超时 %1</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="110" />
            <source>%1 left</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="378" />
            <source>A closed ticket is not changed: reopen it first.</source>
            <translation>已关闭的工单不能修改，请先重新打开。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="382" />
            <source>Choose the customer the ticket is for.</source>
            <translation>请选择工单所属客户。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="384" />
            <source>Say what the customer asks or reports.</source>
            <translation>请填写客户咨询或反映的问题。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="386" />
            <source>Choose the kind of ticket.</source>
            <translation>请选择工单类型。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="388" />
            <source>Choose how the customer reached you.</source>
            <translation>请选择客户的联系渠道。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="390" />
            <source>Choose the priority.</source>
            <translation>请选择优先级。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="395" />
            <source>The asset is not one of this customer's.</source>
            <translation>该设备不属于此客户。</translation>
        </message>
        <message>
            <location filename="../app/models/ticketservice.cpp" line="436" />
            <source>Only a new ticket is deleted; close the others.</source>
            <translation>只能删除新建的工单，其他工单请关闭。</translation>
        </message>
    </context>
    <context>
        <name>Huike::TimelineModel</name>
        <message>
            <location filename="../app/models/customer360.cpp" line="465" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/models/customer360.cpp" line="466" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../app/models/customer360.cpp" line="467" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../app/models/customer360.cpp" line="468" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../app/models/customer360.cpp" line="469" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
    </context>
    <context>
        <name>Huike::TimelineTexts</name>
        <message>
            <source>Loan</source>
            <translation>借款</translation>
        </message>
        <message>
            <source>Expense claim</source>
            <translation>费用报销</translation>
        </message>
    </context>
    <context>
        <name>Huike::UserDirectory</name>
        <message>
            <location filename="../server/auth/userdirectory.cpp" line="51" />
            <source>Give a department path, e.g. 销售部/华东区.</source>
            <translation>请填写部门路径，例如“销售部/华东区”。</translation>
        </message>
        <message>
            <location filename="../server/auth/userdirectory.cpp" line="89" />
            <source>A password has at least %1 characters.</source>
            <translation>密码至少 %1 位。</translation>
        </message>
        <message>
            <location filename="../server/auth/userdirectory.cpp" line="91" />
            <source>The password cannot be the login.</source>
            <translation>密码不能与登录名相同。</translation>
        </message>
        <message>
            <location filename="../server/auth/userdirectory.cpp" line="102" />
            <source>The role is one of admin, director, manager, sales, clerk, service.</source>
            <translation>角色应为 admin（管理员）、director（总监）、manager（经理）、sales（销售）、clerk（商务）或 service（客服）之一。</translation>
        </message>
        <message>
            <location filename="../server/auth/userdirectory.cpp" line="116" />
            <source>The login %1 is taken.</source>
            <translation>登录名 %1 已被占用。</translation>
        </message>
        <message>
            <location filename="../server/auth/userdirectory.cpp" line="121" />
            <location filename="../server/auth/userdirectory.cpp" line="148" />
            <location filename="../server/auth/userdirectory.cpp" line="165" />
            <source>There is no user %1.</source>
            <translation>用户 %1 不存在。</translation>
        </message>
    </context>
    <context>
        <name>Huike::Validation</name>
        <message>
            <location filename="../shared/core/activity.cpp" line="14" />
            <source>An activity belongs to a customer.</source>
            <translation>联系记录必须关联客户。</translation>
        </message>
        <message>
            <location filename="../shared/core/activity.cpp" line="23" />
            <source>Write a subject or some text.</source>
            <translation>请填写主题或内容。</translation>
        </message>
        <message>
            <location filename="../shared/core/activity.cpp" line="27" />
            <source>A due date needs a next step.</source>
            <translation>填写了到期日，请同时填写下一步计划。</translation>
        </message>
        <message>
            <location filename="../shared/core/contact.cpp" line="14" />
            <source>A contact belongs to a customer.</source>
            <translation>联系人必须关联客户。</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="85" />
            <source>Instalment %1: %2</source>
            <translation>第 %1 期：%2</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="88" />
            <source>The instalment is in another currency than the contract.</source>
            <translation>该期款项的币种与合同币种不一致。</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="97" />
            <source>Only one instalment can be the balance line.</source>
            <translation>只能有一期作为尾款。</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="100" />
            <source>The instalments add up to %1 but the contract amount is %2.</source>
            <translation>各期回款合计 %1，与合同金额 %2 不一致。</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="114" />
            <source>A contract belongs to a customer.</source>
            <translation>合同必须关联客户。</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="122" />
            <source>The end date is before the start date.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="137" />
            <source>The totals do not match the lines; recalculate the contract.</source>
            <translation>合计金额与明细不一致，请重新计算合同金额。</translation>
        </message>
        <message>
            <location filename="../shared/core/customer.cpp" line="33" />
            <source>A postcode has six digits.</source>
            <translation>邮政编码为 6 位数字。</translation>
        </message>
        <message>
            <location filename="../shared/core/customer.cpp" line="41" />
            <source>Not a valid web address.</source>
            <translation>网址格式不正确。</translation>
        </message>
        <message numerus="yes">
            <location filename="../shared/core/customer.cpp" line="51" />
            <source>At most %n tags.</source>
            <translation>
                <numerusform>最多 %n 个标签。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../shared/core/customer.cpp" line="57" />
            <source>A tag is 1 to %n characters and contains no comma.</source>
            <translation>
                <numerusform>标签长度为 1 到 %n 个字符，且不能包含逗号。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../shared/core/department.cpp" line="39" />
            <source>A department name cannot contain '/'.</source>
            <translation>部门名称不能包含“/”。</translation>
        </message>
        <message>
            <location filename="../shared/core/department.cpp" line="44" />
            <source>The path must end with the department's name.</source>
            <translation>部门路径必须以该部门名称结尾。</translation>
        </message>
        <message>
            <location filename="../shared/core/invoicerecord.cpp" line="15" />
            <source>An invoice is recorded against a contract.</source>
            <translation>开票记录必须关联合同。</translation>
        </message>
        <message>
            <location filename="../shared/core/invoicerecord.cpp" line="21" />
            <source>An invoice number has 8 or 20 digits.</source>
            <translation>发票号码为 8 位或 20 位数字。</translation>
        </message>
        <message>
            <location filename="../shared/core/invoicerecord.cpp" line="26" />
            <source>An invoice amount is more than zero.</source>
            <translation>开票金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../shared/core/invoicerecord.cpp" line="31" />
            <source>The tax is between zero and the amount.</source>
            <translation>税额应在零和开票金额之间。</translation>
        </message>
        <message>
            <location filename="../shared/core/lineitem.cpp" line="16" />
            <source>Lines are numbered from 1.</source>
            <translation>明细行号从 1 开始。</translation>
        </message>
        <message>
            <location filename="../shared/core/opportunity.cpp" line="19" />
            <source>An opportunity belongs to a customer.</source>
            <translation>商机必须关联客户。</translation>
        </message>
        <message>
            <location filename="../shared/core/opportunity.cpp" line="25" />
            <location filename="../shared/core/salesstage.cpp" line="44" />
            <source>The probability is between 0 and 100 %.</source>
            <translation>赢率应在 0% 到 100% 之间。</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="127" />
            <location filename="../shared/core/opportunity.cpp" line="29" />
            <source>The amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>An instalment is more than zero.</source>
            <translation>每期回款金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../shared/core/paymentrecord.cpp" line="14" />
            <source>A payment is recorded against a contract.</source>
            <translation>回款记录必须关联合同。</translation>
        </message>
        <message>
            <location filename="../shared/core/paymentrecord.cpp" line="19" />
            <source>A payment is more than zero.</source>
            <translation>回款金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../shared/core/pricing.cpp" line="100" />
            <source>The quantity must be greater than 0.</source>
            <translation>数量必须大于 0。</translation>
        </message>
        <message>
            <location filename="../shared/core/pricing.cpp" line="104" />
            <location filename="../shared/core/product.cpp" line="21" />
            <source>The price cannot be negative.</source>
            <translation>单价不能为负数。</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="14" />
            <source>An approval belongs to a customer.</source>
            <translation>审批须属于某个客户。</translation>
        </message>
        <message>
            <source>Only quotes are approved so far.</source>
            <translation>目前只有报价单需要审批。</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="24" />
            <source>An approval names the record it is for.</source>
            <translation>审批须指明对应的单据。</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="18" />
            <source>Unknown kind of approval.</source>
            <translation>未知的审批类型。</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="21" />
            <source>This kind of approval is not for that kind of record.</source>
            <translation>此类审批不适用于该类记录。</translation>
        </message>
        <message>
            <source>A level change is asked for the customer itself.</source>
            <translation>级别变更须针对客户本身申请。</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="30" />
            <source>Not a customer level.</source>
            <translation>不是有效的客户级别。</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="33" />
            <source>The level asked for is the one the customer has.</source>
            <translation>申请的级别与客户当前级别相同。</translation>
        </message>
        <message>
            <location filename="../shared/core/approval.cpp" line="37" />
            <location filename="../shared/core/pricing.cpp" line="108" />
            <source>The discount is between 0 and 100 %.</source>
            <translation>折扣应在 0% 到 100% 之间。</translation>
        </message>
        <message>
            <location filename="../shared/core/pricing.cpp" line="112" />
            <location filename="../shared/core/product.cpp" line="25" />
            <source>Not a VAT rate in use (13, 9, 6, 5, 3, 1 or 0 %).</source>
            <translation>不是现行增值税税率（13%、9%、6%、5%、3%、1% 或 0%）。</translation>
        </message>
        <message>
            <location filename="../shared/core/quote.cpp" line="53" />
            <source>A quote belongs to a customer.</source>
            <translation>报价单必须关联客户。</translation>
        </message>
        <message>
            <location filename="../shared/core/quote.cpp" line="59" />
            <source>Revisions are numbered from 1.</source>
            <translation>版本号从 1 开始。</translation>
        </message>
        <message>
            <location filename="../shared/core/quote.cpp" line="66" />
            <source>A quote that is sent needs at least one line.</source>
            <translation>发送报价单前至少需要一行明细。</translation>
        </message>
        <message>
            <location filename="../shared/core/quote.cpp" line="75" />
            <source>The totals do not match the lines; recalculate the quote.</source>
            <translation>合计金额与明细不一致，请重新计算报价。</translation>
        </message>
        <message>
            <location filename="../shared/core/contract.cpp" line="105" />
            <location filename="../shared/core/contract.cpp" line="139" />
            <location filename="../shared/core/pricing.cpp" line="119" />
            <location filename="../shared/core/quote.cpp" line="80" />
            <source>The amounts are too large.</source>
            <translation>金额过大，超出可处理范围。</translation>
        </message>
        <message>
            <location filename="../shared/core/user.cpp" line="21" />
            <source>A login has 2 to 32 lowercase letters, digits, '.', '_' or '-'.</source>
            <translation>登录名为 2 到 32 位，只能包含小写字母、数字、“.”、“_”或“-”。</translation>
        </message>
        <message>
            <location filename="../shared/core/user.cpp" line="29" />
            <source>A user cannot be their own manager.</source>
            <translation>用户不能是自己的上级。</translation>
        </message>
        <message numerus="yes">
            <location filename="../shared/core/validation.cpp" line="85" />
            <source>At most %n characters.</source>
            <translation>
                <numerusform>最多 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../shared/core/validation.cpp" line="100" />
            <source>Not a valid email address.</source>
            <translation>电子邮箱格式不正确。</translation>
        </message>
        <message>
            <location filename="../shared/core/validation.cpp" line="125" />
            <source>Not a mainland mobile number (11 digits starting with 1).</source>
            <translation>不是有效的大陆手机号码（以 1 开头的 11 位数字）。</translation>
        </message>
        <message>
            <location filename="../shared/core/validation.cpp" line="139" />
            <source>Not a valid date (YYYY-MM-DD).</source>
            <translation>日期格式不正确（应为 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../shared/core/validation.cpp" line="153" />
            <source>Not a valid point in time.</source>
            <translation>时间格式不正确。</translation>
        </message>
        <message>
            <location filename="../shared/core/validation.cpp" line="75" />
            <location filename="../shared/core/validation.cpp" line="135" />
            <location filename="../shared/core/validation.cpp" line="149" />
            <location filename="../shared/schema/rowvalidation.cpp" line="43" />
            <source>This field is required.</source>
            <translation>此项必填。</translation>
        </message>
        <message>
            <location filename="../shared/schema/rowvalidation.cpp" line="51" />
            <source>Choose one of: %1.</source>
            <translation>请从以下选项中选择：%1。</translation>
        </message>
        <message>
            <location filename="../shared/schema/rowvalidation.cpp" line="103" />
            <source>The tax mode is inclusive or exclusive.</source>
            <translation>计税方式只能是含税或不含税。</translation>
        </message>
        <message>
            <location filename="../shared/core/salesstage.cpp" line="37" />
            <source>A stage code uses ASCII letters, digits and _ only.</source>
            <translation>阶段编码只能使用英文字母、数字和下划线。</translation>
        </message>
        <message>
            <location filename="../shared/core/salesstage.cpp" line="53" />
            <source>A stage change belongs to an opportunity.</source>
            <translation>阶段变化须属于某个商机。</translation>
        </message>
        <message>
            <location filename="../shared/core/deliveryrecord.cpp" line="15" />
            <source>A delivery is recorded against a contract.</source>
            <translation>发货记录必须关联合同。</translation>
        </message>
        <message>
            <location filename="../shared/core/deliveryrecord.cpp" line="26" />
            <source>A tracking number has 4 to 40 letters, digits or hyphens.</source>
            <translation>快递单号须为 4 到 40 位字母、数字或连字符。</translation>
        </message>
        <message>
            <location filename="../shared/core/attachmentrecord.cpp" line="25" />
            <source>An attachment belongs to a customer.</source>
            <translation>附件必须关联客户。</translation>
        </message>
        <message>
            <location filename="../shared/core/attachmentrecord.cpp" line="29" />
            <source>A file name without folders, please.</source>
            <translation>文件名不能包含文件夹路径。</translation>
        </message>
        <message>
            <location filename="../shared/core/attachmentrecord.cpp" line="33" />
            <source>An attachment is at most %1 MB.</source>
            <translation>附件不能超过 %1 MB。</translation>
        </message>
        <message>
            <location filename="../shared/core/attachmentrecord.cpp" line="37" />
            <source>The file's SHA-256 is 64 lower-case hexadecimal digits.</source>
            <translation>文件的 SHA-256 校验值应为 64 位小写十六进制数字。</translation>
        </message>
        <message>
            <location filename="../shared/core/paymentplanline.cpp" line="15" />
            <source>The amount is more than zero.</source>
            <translation>回款金额必须大于零。</translation>
        </message>
    </context>
    <context>
        <name>Huike::ValidationErrors</name>
        <message>
            <source>This field is required.</source>
            <translation>此项必填。</translation>
        </message>
        <message>
            <source>Not a valid email address.</source>
            <translation>电子邮箱格式不正确。</translation>
        </message>
        <message>
            <source>Not a mainland mobile number (11 digits starting with 1).</source>
            <translation>不是有效的大陆手机号码（以 1 开头的 11 位数字）。</translation>
        </message>
        <message>
            <source>Not a valid date (YYYY-MM-DD).</source>
            <translation>日期格式不正确（应为 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Not a valid point in time.</source>
            <translation>时间格式不正确。</translation>
        </message>
    </context>
    <context>
        <name>Huike::VoucherDialog</name>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="43" />
            <location filename="../app/ui/voucherdialog.cpp" line="214" />
            <location filename="../app/ui/voucherdialog.cpp" line="225" />
            <location filename="../app/ui/voucherdialog.cpp" line="240" />
            <location filename="../app/ui/voucherdialog.cpp" line="248" />
            <source>Export accounting vouchers</source>
            <translation>导出记账凭证</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="51" />
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="56" />
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="60" />
            <source>Voucher / summary</source>
            <translation>凭证 / 摘要</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="60" />
            <source>Account</source>
            <translation>会计科目</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="60" />
            <source>Debit</source>
            <translation>借方金额</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="60" />
            <source>Credit</source>
            <translation>贷方金额</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="60" />
            <source>Customer / department / person</source>
            <translation>客户 / 部门 / 人员</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="64" />
            <source>&amp;Preview:</source>
            <translation>预览(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="76" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Fi&amp;nance</source>
            <translation>财务(&amp;N)</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="109" />
            <source>Fin&amp;ance</source>
            <translation>财务(&amp;A)</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="114" />
            <source>Export accounting &amp;vouchers…</source>
            <translation>导出记账凭证(&amp;V)…</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/voucherdialog.cpp" line="158" />
            <source>%1-%2  %3  (%n attachment(s))</source>
            <translation>
                <numerusform>%1-%2  %3  （附单据 %n 张）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="182" />
            <source>No payments or invoices to book in %1.</source>
            <translation>%1 没有需要记账的回款或开票。</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="185" />
            <source>Every voucher of %1 was exported before; nothing new is left.</source>
            <translation>%1 的凭证均已导出过，没有新的凭证。</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/voucherdialog.cpp" line="188" />
            <source>%n voucher(s); debits %1, credits %2 — %3</source>
            <translation>
                <numerusform>共 %n 张凭证；借方合计 %1，贷方合计 %2 —— %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="190" />
            <source>debits and credits balance</source>
            <translation>借贷平衡</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="190" />
            <source>NOT BALANCED</source>
            <translation>借贷不平衡</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/ui/voucherdialog.cpp" line="195" />
            <source>%n voucher(s) of this month were exported before (in %1 export(s)); they are left out.</source>
            <translation>
                <numerusform>本月已有 %n 张凭证导出过（共 %1 次导出），本次不再包含。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="226" />
            <source>The vouchers of %1 were all exported before. Export them again with the same numbers? Import them into the accounting software only once.</source>
            <translation>%1 的凭证均已导出过。是否按原凭证号再次导出？同一批凭证只能在财务软件中引入一次。</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="237" />
            <source>Vouchers %1</source>
            <translation>凭证清单 %1</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="238" />
            <source>Vouchers %1 %2</source>
            <translation>记账凭证 %1 %2</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="242" />
            <source>Text file (*.txt)</source>
            <translation>文本文件 (*.txt)</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="242" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../app/ui/voucherdialog.cpp" line="249" />
            <source>The vouchers were written to %1.</source>
            <translation>凭证已导出到 %1。</translation>
        </message>
    </context>
    <context>
        <name>Huike::VoucherExport</name>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="114" />
            <source>Voucher %1-%2 does not balance; nothing was written.</source>
            <translation>凭证 %1-%2 借贷不平衡，未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="152" />
            <location filename="../app/dataio/voucherexport.cpp" line="155" />
            <source>%1 cannot be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="162" />
            <source>Vouchers</source>
            <translation>凭证清单</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="164" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="164" />
            <source>Voucher</source>
            <translation>凭证字号</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="164" />
            <source>Attached documents</source>
            <translation>附单据数</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="165" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="165" />
            <source>Account code</source>
            <translation>科目代码</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="165" />
            <source>Account</source>
            <translation>会计科目</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="166" />
            <source>Debit</source>
            <translation>借方金额</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="166" />
            <source>Credit</source>
            <translation>贷方金额</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="166" />
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="167" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="167" />
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="167" />
            <source>From record</source>
            <translation>来源记录</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="188" />
            <source>Vouchers total</source>
            <translation>合计</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/dataio/voucherexport.cpp" line="188" />
            <source>%n voucher(s)</source>
            <translation>
                <numerusform>共 %n 张凭证</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="210" />
            <source>%1 has no sheet “%2”.</source>
            <translation>%1 中没有工作表“%2”。</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="218" />
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="222" />
            <source>%1 is too large for a voucher file.</source>
            <translation>%1 过大，不像是凭证文件。</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="234" />
            <source>Line %1 of %2 should be “%3”.</source>
            <translation>%2 的第 %1 行应为“%3”。</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="256" />
            <source>The columns of %1 are not those of the template %2.</source>
            <translation>%1 的列与模板 %2 不一致。</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="271" />
            <source>Row %1 of %2: %3</source>
            <translation>%2 第 %1 行：%3</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="279" />
            <source>“%1” is not a date.</source>
            <translation>“%1”不是日期。</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="283" />
            <source>“%1” is not a voucher number.</source>
            <translation>“%1”不是凭证号。</translation>
        </message>
        <message>
            <location filename="../app/dataio/voucherexport.cpp" line="287" />
            <source>“%1” / “%2” are not amounts.</source>
            <translation>“%1”/“%2”不是金额。</translation>
        </message>
    </context>
    <context>
        <name>Huike::VoucherService</name>
        <message>
            <location filename="../app/exportvoucherscommand.cpp" line="108" />
            <location filename="../app/models/voucherservice.cpp" line="408" />
            <source>Only administrators, directors and contract clerks export vouchers.</source>
            <translation>只有管理员、总监和合同专员可以导出凭证。</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="78" />
            <source>Kingdee (Excel voucher import)</source>
            <translation>金蝶（Excel 凭证引入）</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="79" />
            <source>Yonyou U8 / T3 (text voucher import)</source>
            <translation>用友 U8 / T3（文本凭证引入）</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="80" />
            <source>Voucher list for the accountant (Excel)</source>
            <translation>凭证清单，供会计核对（Excel）</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="168" />
            <source>Payment received from %1, contract %2</source>
            <translation>收到%1回款，合同 %2</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="169" />
            <source>Payment received from %1, contract %2, %3</source>
            <translation>收到%1回款，合同 %2，%3</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="189" />
            <source>Invoice %1 issued to %2, contract %3</source>
            <translation>向%2开具发票 %1，合同 %3</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="247" />
            <source>Loan paid to %1: %2</source>
            <translation>支付%1借款：%2</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="255" />
            <source>Expense claim of %1: %2</source>
            <translation>%1报销：%2</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="268" />
            <source>%1 — %2</source>
            <comment>voucher entry: expense category — claim title</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="291" />
            <source>Loan repaid by %1: %2</source>
            <translation>%1归还借款：%2</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="302" />
            <source>“%1” is not a month (YYYY-MM).</source>
            <translation>“%1”不是有效月份（格式 YYYY-MM）。</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="347" />
            <source>The vouchers cannot be made: %1 (%2). Nothing was exported.</source>
            <translation>无法生成凭证：%1（%2）。未导出任何凭证。</translation>
        </message>
        <message>
            <location filename="../app/models/voucherservice.cpp" line="406" />
            <source>There are no vouchers to export for %1.</source>
            <translation>%1 没有可导出的凭证。</translation>
        </message>
    </context>
    <context>
        <name>Huike::VoucherTemplate</name>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="54" />
            <source>There is no voucher template “%1”.</source>
            <translation>没有名为“%1”的凭证模板。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="55" />
            <source>The voucher template %1 cannot be read: %2</source>
            <translation>无法读取凭证模板 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="60" />
            <source>The voucher template %1 is too large.</source>
            <translation>凭证模板 %1 过大。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="74" />
            <source>The voucher template %1 is broken: %2</source>
            <translation>凭证模板 %1 有误：%2</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="80" />
            <source>not JSON (%1 at byte %2).</source>
            <translation>不是 JSON 格式（第 %2 字节：%1）。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="82" />
            <source>not a JSON object.</source>
            <translation>不是 JSON 对象。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="94" />
            <source>“file” must be “xlsx” or “text”, not “%1”.</source>
            <translation>“file”只能是“xlsx”或“text”，不能是“%1”。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="101" />
            <source>the encoding “%1” is not one of UTF-8 and GB18030.</source>
            <translation>编码“%1”不是 UTF-8 或 GB18030。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="107" />
            <source>the separator must be a character such as “,” or a tab.</source>
            <translation>分隔符须为一个字符，如“,”或制表符。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="111" />
            <source>“lineEnd” must be \r\n or \n.</source>
            <translation>“lineEnd”只能是 \r\n 或 \n。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="118" />
            <source>the date format “%1” does not show the day.</source>
            <translation>日期格式“%1”不含日。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="122" />
            <source>“zeroAmount” must be "0" or "".</source>
            <translation>“zeroAmount”只能是 "0" 或 ""。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="125" />
            <source>“numberWidth” must be between 0 and 10.</source>
            <translation>“numberWidth”须在 0 到 10 之间。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="128" />
            <source>it has no columns.</source>
            <translation>没有定义任何列。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="133" />
            <source>the column “%1” names the field “%2”, which is not one of %3.</source>
            <translation>列“%1”对应的字段“%2”无效，可用字段为：%3。</translation>
        </message>
        <message>
            <location filename="../app/dataio/vouchertemplate.cpp" line="143" />
            <source>it has no column for the field “%1”.</source>
            <translation>缺少字段“%1”的列。</translation>
        </message>
    </context>
    <context>
        <name>Huike::WarrantyTab</name>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="23" />
            <source>How long a delivered product is covered, counted from the invoice date (or the delivery date before there is an invoice). 0 months: no cover.</source>
            <translation>已交付商品的保修期限，自开票日期起算（尚未开票的自交付日期起算）。0 个月表示不保修。</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="35" />
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="42" />
            <source>&amp;Main unit (整机):</source>
            <translation>整机(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="43" />
            <source>&amp;Part (配件):</source>
            <translation>配件(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="44" />
            <source>After a &amp;repair of the same fault:</source>
            <translation>同一故障维修后(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="47" />
            <source>Product categories with their own periods. Leave a cell empty to follow the default above.</source>
            <translation>单独设定保修期的商品类别。单元格留空即沿用上面的默认值。</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="62" />
            <source>Add categor&amp;y</source>
            <translation>添加类别(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="63" />
            <source>Remo&amp;ve category</source>
            <translation>删除类别(&amp;V)</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="85" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="85" />
            <source>Main unit (default %1)</source>
            <translation>整机（默认 %1 个月）</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="86" />
            <source>Part (default %1)</source>
            <translation>配件（默认 %1 个月）</translation>
        </message>
        <message>
            <location filename="../app/ui/warrantytab.cpp" line="87" />
            <source>After repair (default %1)</source>
            <translation>维修后（默认 %1 个月）</translation>
        </message>
    </context>
    <context>
        <name>Huike::WorkCalendarTab</name>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="33" />
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="33" />
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="34" />
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="34" />
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="35" />
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="35" />
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="36" />
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="57" />
            <source>The working time service targets count in. Public holidays are days off whatever their weekday; 调休 workdays are weekend days worked.</source>
            <translation>服务时限按这里的工作时间计算。法定节假日不论星期几都放假；调休上班日是周末补班的日子。</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="73" />
            <source>The company's time zone, whatever this computer's is.</source>
            <translation>公司所在的时区，与本机时区无关。</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="74" />
            <source>Time &amp;zone:</source>
            <translation>时区(&amp;Z)：</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="80" />
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="80" />
            <source>To</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="85" />
            <source>Times such as 09:00, in order; 24:00 ends the day.</source>
            <translation>填写 09:00 这样的时间，按先后顺序；24:00 表示到当天结束。</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="87" />
            <source>Add &amp;period</source>
            <translation>添加时段(&amp;P)</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="88" />
            <source>Remove p&amp;eriod</source>
            <translation>删除时段(&amp;E)</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="109" />
            <source>Working &amp;hours:</source>
            <translation>工作时段(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="121" />
            <source>Working days:</source>
            <translation>工作日：</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="125" />
            <source>Public h&amp;olidays (days off)</source>
            <translation>法定节假日（放假）(&amp;O)</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="125" />
            <source>Dates off, e.g. 2026-10-01</source>
            <translation>放假日期，例如 2026-10-01</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="126" />
            <source>调休 wor&amp;kdays (weekend days worked)</source>
            <translation>调休上班日（周末补班）(&amp;K)</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="126" />
            <source>Weekend dates worked, e.g. 2026-10-10</source>
            <translation>周末补班日期，例如 2026-10-10</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="148" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../app/ui/workcalendartab.cpp" line="149" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../app/ui/unsavedchanges.h" line="16" />
            <source>Unsaved changes</source>
            <translation>尚未保存的修改</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../app/main.cpp" line="130" />
            <source>Huike</source>
            <translation>汇客 CRM</translation>
        </message>
        <message>
            <location filename="../app/ui/jobprogress.cpp" line="15" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Village Station</source>
        <translation>村站</translation>
    </message>
</context>
<context>
    <name>Carriers</name>
    <message>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <source>ZTO</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <source>YTO</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <source>Yunda</source>
        <translation>韵达快递</translation>
    </message>
    <message>
        <source>STO</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <source>J&amp;T</source>
        <translation>极兔速递</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>China Post</source>
        <translation>中国邮政</translation>
    </message>
    <message>
        <source>Best Express</source>
        <translation>百世快递</translation>
    </message>
    <message>
        <source>Deppon</source>
        <translation>德邦快递</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Not available yet in this version.</source>
        <translation>本版本尚未提供此功能。</translation>
    </message>
</context>
<context>
    <name>CommissionReportDialog</name>
    <message>
        <source>Agent purchase commission</source>
        <translation>代购佣金</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Service fees</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Commission expected</source>
        <translation>应得佣金</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DayClosePage</name>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>What the ledger says (since the last close)</source>
        <translation>账上数字（自上次结账以来）</translation>
    </message>
    <message>
        <source>Cash at the last close</source>
        <translation>上次结账现金</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>现金支出</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>钱箱应有</translation>
    </message>
    <message>
        <source>Mobile payments</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>清点钱箱</translation>
    </message>
    <message>
        <source>Cash counted, in yuan</source>
        <translation>清点的现金（元）</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Hand the shift over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>Why the cash differs, if it does</source>
        <translation>现金有差额时请说明原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save the close and print the report</source>
        <translation>保存结账并打印报表</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Save the report of the last close to the exports folder</source>
        <translation>把最近一次结账的报表保存到导出文件夹</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>In</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>, {n} late</source>
        <translation>，其中补录 {n} 笔</translation>
    </message>
    <message>
        <source>Entries since the last close: {n}{late}</source>
        <translation>自上次结账以来的流水：{n} 笔{late}</translation>
    </message>
    <message>
        <source>none, the drawer is right</source>
        <translation>无，钱箱正确</translation>
    </message>
    <message>
        <source>{amount} more than expected</source>
        <translation>长款 {amount}</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>短款 {amount}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>Saved. Counted {counted}, expected {expected}, difference {diff}.</source>
        <translation>已保存。实点 {counted}，应有 {expected}，差额 {diff}。</translation>
    </message>
    <message>
        <source>Day report saved as {path}</source>
        <translation>日结报表已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Barcode scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <source>GSM modem</source>
        <translation>短信猫</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>not connected, retrying</source>
        <translation>未连接，正在重试</translation>
    </message>
    <message>
        <source>error, retrying</source>
        <translation>出错，正在重试</translation>
    </message>
    <message>
        <source>No stable reading: put the weight on the scale and wait until it settles.</source>
        <translation>没有稳定读数：请把砝码放在秤上，等读数稳定。</translation>
    </message>
    <message>
        <source>Scale shows {shown}; reference {known}; within {tol} g. OK.</source>
        <translation>秤显示 {shown}，标准重量 {known}，误差在 {tol} 克以内。正常。</translation>
    </message>
    <message>
        <source>Scale shows {shown} but the reference is {known} ({diff:+d} g, allowed ±{tol} g). Have the scale calibrated.</source>
        <translation>秤显示 {shown}，但标准重量是 {known}（相差 {diff:+d} 克，允许 ±{tol} 克）。请校准电子秤。</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>The device layer is not running in this session.</source>
        <translation>本次运行未启动设备层。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>实时数据</translation>
    </message>
    <message>
        <source>Model and port</source>
        <translation>型号和端口</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0, COM3, socket://host:port</source>
        <translation>/dev/ttyUSB0、COM3、socket://主机:端口</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>保存并连接</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Find ports</source>
        <translation>查找端口</translation>
    </message>
    <message>
        <source>Detect model</source>
        <translation>识别型号</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>置零</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>去皮</translation>
    </message>
    <message>
        <source>known weight, e.g. 5 kg</source>
        <translation>已知重量，如 5 kg</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>phone for a test SMS</source>
        <translation>测试短信的手机号</translation>
    </message>
    <message>
        <source>Send test SMS</source>
        <translation>发送测试短信</translation>
    </message>
    <message>
        <source>Scan any barcode: it appears in the live view.</source>
        <translation>扫任意条码，会显示在实时数据中。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Print a test label</source>
        <translation>打印测试标签</translation>
    </message>
    <message>
        <source>Model suggested from the USB id; check it.</source>
        <translation>已根据 USB 编号推荐型号，请核对。</translation>
    </message>
    <message>
        <source>Asking the device on {port}… this takes a few seconds.</source>
        <translation>正在询问 {port} 上的设备…需要几秒钟。</translation>
    </message>
    <message>
        <source>The device answered as: {model}. Press “Save and connect”.</source>
        <translation>设备识别为：{model}。请按“保存并连接”。</translation>
    </message>
    <message>
        <source>No known protocol answered on {port}. Choose the model by hand (some scales only send when something is on them).</source>
        <translation>{port} 上没有已知协议应答。请手动选择型号（有些秤只有放上东西才发送数据）。</translation>
    </message>
    <message>
        <source>Good frames: {good}   Bad frames: {bad}</source>
        <translation>正常帧：{good}   错误帧：{bad}</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>尚无读数。</translation>
    </message>
    <message>
        <source>Out of range (overload or below zero)</source>
        <translation>超出量程（超载或低于零）</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>settling…</source>
        <translation>未稳定…</translation>
    </message>
    <message>
        <source>net</source>
        <translation>净重</translation>
    </message>
    <message>
        <source>gross</source>
        <translation>毛重</translation>
    </message>
    <message>
        <source>Last scan: {code}</source>
        <translation>最近扫码：{code}</translation>
    </message>
    <message>
        <source>Saved. The program connects by itself and reconnects when the device is plugged in again.</source>
        <translation>已保存。程序会自动连接，设备重新插上后会自动重连。</translation>
    </message>
    <message>
        <source>No scale is configured.</source>
        <translation>尚未配置电子秤。</translation>
    </message>
    <message>
        <source>Command sent to the scale.</source>
        <translation>指令已发送到电子秤。</translation>
    </message>
    <message>
        <source>No printer is configured for this role.</source>
        <translation>尚未配置这台打印机。</translation>
    </message>
    <message>
        <source>Test sent to the printer; see “Print jobs” for its state.</source>
        <translation>测试内容已交给打印机；状态见“打印任务”。</translation>
    </message>
    <message>
        <source>No modem is configured.</source>
        <translation>尚未配置短信猫。</translation>
    </message>
    <message>
        <source>Village Station test message. 村站测试短信。</source>
        <translation>村站测试短信。Village Station test message.</translation>
    </message>
    <message>
        <source>SMS sent (reference {ref}).</source>
        <translation>短信已发送（编号 {ref}）。</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Send a parcel</source>
        <translation>寄件</translation>
    </message>
    <message>
        <source>Sender (real name)</source>
        <translation>寄件人（实名）</translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone</source>
        <translation>姓名、拼音首字母或手机号</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>HK/Macao/Taiwan permit</source>
        <translation>港澳台居民证件</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>What is inside</source>
        <translation>寄的是什么</translation>
    </message>
    <message>
        <source>Opened and inspected</source>
        <translation>已开箱验视</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Parcel and price</source>
        <translation>包裹与运费</translation>
    </message>
    <message>
        <source>empty = from the scale</source>
        <translation>不填则取电子秤读数</translation>
    </message>
    <message>
        <source>Weigh and price</source>
        <translation>称重计价</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Paid: accept</source>
        <translation>已收款，收寄</translation>
    </message>
    <message>
        <source>Hand to courier</source>
        <translation>交给快递员</translation>
    </message>
    <message>
        <source>Charged {chargeable} (actual {actual}, by volume {volume})</source>
        <translation>计费重量 {chargeable}（实重 {actual}，体积重 {volume}）</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Size (cm)</source>
        <translation>尺寸（厘米）</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Waiting for the courier</source>
        <translation>等待快递员揽收</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>寄往</translation>
    </message>
    <message>
        <source>Courier's name</source>
        <translation>快递员姓名</translation>
    </message>
    <message>
        <source>Accepted: {carrier} to {province}, {price} received. ID {id}.</source>
        <translation>已收寄：{carrier} 寄往{province}，已收 {price}。证件 {id}。</translation>
    </message>
    <message>
        <source>Nothing is waiting for the courier.</source>
        <translation>没有等待揽收的包裹。</translation>
    </message>
    <message>
        <source>Handed to {courier}; the list is printing.</source>
        <translation>已交给 {courier}；交接清单正在打印。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Scan or type the waybill number.</source>
        <translation>请扫描或输入运单号。</translation>
    </message>
    <message>
        <source>“{text}” is not a waybill number: use 6 to 40 letters and digits. Nothing was saved.</source>
        <translation>“{text}”不是运单号：应为6到40位字母或数字。未保存任何内容。</translation>
    </message>
    <message>
        <source>“{text}” is not a known carrier.</source>
        <translation>“{text}”不是已知的快递公司。</translation>
    </message>
    <message>
        <source>“{text}” is a pickup code, not a waybill. To hand a parcel over, use the pickup page (F2).</source>
        <translation>“{text}”是取件码，不是运单号。取件请到取件出库页（F2）。</translation>
    </message>
    <message>
        <source>Waybill {waybill} is already on the shelf: code {pickup_code}, slot {slot}, since {since}. Nothing was saved.</source>
        <translation>运单 {waybill} 已在货架上：取件码 {pickup_code}，货位 {slot}，{since} 入库。未保存任何内容。</translation>
    </message>
    <message>
        <source>Waybill {waybill} was taken in on {since} and has already left the station.</source>
        <translation>运单 {waybill} 曾于 {since} 入库，已离开本站。</translation>
    </message>
    <message>
        <source>This parcel was not found.</source>
        <translation>找不到这个包裹。</translation>
    </message>
    <message>
        <source>Parcel {pickup_code} is no longer on the shelf. Nothing was saved.</source>
        <translation>包裹 {pickup_code} 已不在货架上。未保存任何内容。</translation>
    </message>
    <message>
        <source>The note is too long (at most {max} characters).</source>
        <translation>备注太长（最多{max}个字）。</translation>
    </message>
    <message>
        <source>A hold can be extended by 1 to {max} days.</source>
        <translation>可延期1到{max}天。</translation>
    </message>
    <message>
        <source>No shelves are set up. Add shelves in the settings.</source>
        <translation>还没有设置货架。请在设置中添加货架。</translation>
    </message>
    <message>
        <source>Every shelf slot is full ({capacity} places). Hand parcels over, return old ones or add a shelf. Nothing was saved.</source>
        <translation>所有货位都已满（共 {capacity} 个位置）。请先出库、退回滞留件或添加货架。未保存任何内容。</translation>
    </message>
    <message>
        <source>Slot {slot} still holds {count} parcels and cannot be removed.</source>
        <translation>货位 {slot} 还有 {count} 件包裹，不能删除。</translation>
    </message>
    <message>
        <source>Slot {slot} holds {count} parcels: its capacity cannot be smaller.</source>
        <translation>货位 {slot} 有 {count} 件包裹：容量不能小于此数。</translation>
    </message>
    <message>
        <source>At most {max} shelves.</source>
        <translation>最多 {max} 个货架。</translation>
    </message>
    <message>
        <source>“{text}” is not a shelf name: use 1 to 4 letters or digits.</source>
        <translation>“{text}”不能作货架名：请用1到4位字母或数字。</translation>
    </message>
    <message>
        <source>There are two shelves named {text}.</source>
        <translation>有两个货架都叫 {text}。</translation>
    </message>
    <message>
        <source>A shelf has 1 to {max} tiers.</source>
        <translation>货架层数应为1到{max}。</translation>
    </message>
    <message>
        <source>A tier holds 1 to {max} parcels.</source>
        <translation>每层可放1到{max}件。</translation>
    </message>
    <message>
        <source>No pickup code is free: all {total} codes are in use or resting. Use more code digits or a shorter rest in the settings.</source>
        <translation>没有可用的取件码：{total} 个取件码都在使用或停用期中。请在设置中增加序号位数或缩短停用时间。</translation>
    </message>
    <message>
        <source>“{text}” is not a pickup code. Type it like 3-2-0417 or 0417.</source>
        <translation>“{text}”不是取件码。请按 3-2-0417 或 0417 的格式输入。</translation>
    </message>
    <message>
        <source>A pickup code has 3 to 6 serial digits.</source>
        <translation>取件码序号应为3到6位。</translation>
    </message>
    <message>
        <source>The code rest must be 0 to 1440 hours.</source>
        <translation>停用时间应为0到1440小时。</translation>
    </message>
    <message>
        <source>Scan or type a pickup code, the last 4 digits of the phone or the waybill.</source>
        <translation>请扫描或输入取件码、手机后4位或运单号。</translation>
    </message>
    <message>
        <source>“{text}” is not a pickup code, phone ending or waybill.</source>
        <translation>“{text}”不是取件码、手机尾号或运单号。</translation>
    </message>
    <message>
        <source>No parcel is waiting for “{text}”. Check the code, or try the last 4 digits of the phone.</source>
        <translation>没有“{text}”的待取包裹。请核对取件码，或试试手机后4位。</translation>
    </message>
    <message>
        <source>Tick at least one parcel.</source>
        <translation>请至少勾选一个包裹。</translation>
    </message>
    <message>
        <source>At most {max} parcels in one handover: hand the rest over in a second round.</source>
        <translation>一次最多出库 {max} 件：其余请分批出库。</translation>
    </message>
    <message>
        <source>A parcel ({pickup_code}) has already been handed over or has left the station. Nothing was saved.</source>
        <translation>有包裹（{pickup_code}）已出库或已离开本站。未保存任何内容。</translation>
    </message>
    <message>
        <source>A storage fee is due. Choose how it is paid, or waive it.</source>
        <translation>需收保管费。请选择付款方式，或免收。</translation>
    </message>
    <message>
        <source>This handover was not found.</source>
        <translation>找不到这次出库记录。</translation>
    </message>
    <message>
        <source>This handover has already been undone.</source>
        <translation>这次出库已经撤销过了。</translation>
    </message>
    <message>
        <source>This handover took a storage fee of {fee}. Paying it back is a money correction: ask the shopkeeper to undo it.</source>
        <translation>这次取件收了保管费 {fee}。退还保管费属于账款更正，请店主来撤销。</translation>
    </message>
    <message>
        <source>Please give the reason for the undo.</source>
        <translation>请填写撤销原因。</translation>
    </message>
    <message>
        <source>No SMS modem is set up. Use the printed list or the WeChat text.</source>
        <translation>没有设置短信猫。请使用打印清单或微信群文字。</translation>
    </message>
    <message>
        <source>This notice was not found.</source>
        <translation>找不到这条通知。</translation>
    </message>
    <message>
        <source>Only an SMS can be sent again.</source>
        <translation>只有短信可以重发。</translation>
    </message>
    <message>
        <source>This notice is still waiting to be sent.</source>
        <translation>这条通知还在等待发送。</translation>
    </message>
    <message>
        <source>No printer is set up.</source>
        <translation>没有设置打印机。</translation>
    </message>
    <message>
        <source>The free days or overdue days are out of range.</source>
        <translation>免费天数或滞留天数超出范围。</translation>
    </message>
    <message>
        <source>The storage fee is out of range.</source>
        <translation>保管费超出范围。</translation>
    </message>
    <message>
        <source>A notice template is empty or longer than 300 characters.</source>
        <translation>通知模板为空或超过300个字。</translation>
    </message>
    <message>
        <source>This stock-take was not found.</source>
        <translation>找不到这次盘库。</translation>
    </message>
    <message>
        <source>This stock-take is already finished. Start a new one.</source>
        <translation>这次盘库已结束。请开始新的盘库。</translation>
    </message>
    <message>
        <source>Type the courier's name.</source>
        <translation>请输入快递员姓名。</translation>
    </message>
    <message>
        <source>Some of these parcels were already handed to a courier. Nothing was saved.</source>
        <translation>其中有包裹已交给快递员。未保存任何内容。</translation>
    </message>
    <message>
        <source>Choose the sender from the person registry.</source>
        <translation>请从人员库中选择寄件人。</translation>
    </message>
    <message>
        <source>The sender's ID number is required (real-name sending).</source>
        <translation>寄件须实名登记：请输入寄件人证件号码。</translation>
    </message>
    <message>
        <source>The ID number {text} is not valid. Check it against the card.</source>
        <translation>证件号码 {text} 无效。请对照证件核对。</translation>
    </message>
    <message>
        <source>Open and inspect the parcel, then tick the box.</source>
        <translation>请开箱验视后勾选。</translation>
    </message>
    <message>
        <source>Type what is inside the parcel.</source>
        <translation>请填写寄递物品。</translation>
    </message>
    <message>
        <source>The contents text is too long (at most {max} characters).</source>
        <translation>物品描述太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>Type the recipient's name.</source>
        <translation>请输入收件人姓名。</translation>
    </message>
    <message>
        <source>Type the recipient's address.</source>
        <translation>请输入收件地址。</translation>
    </message>
    <message>
        <source>The address is too long (at most {max} characters).</source>
        <translation>地址太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>Choose the destination province.</source>
        <translation>请选择寄往的省份。</translation>
    </message>
    <message>
        <source>Each side must be 0 to {max} cm.</source>
        <translation>每边长度应为0到{max}厘米。</translation>
    </message>
    <message>
        <source>No stable weight: wait for the scale to settle, or type the weight.</source>
        <translation>没有稳定的重量：请等电子秤稳定，或手动输入重量。</translation>
    </message>
    <message>
        <source>This sending was not found.</source>
        <translation>找不到这条寄件记录。</translation>
    </message>
    <message>
        <source>There is no tariff for this carrier and zone. Add one in the settings.</source>
        <translation>没有这家快递公司在该区域的价目。请在设置中添加。</translation>
    </message>
    <message>
        <source>The tariff weights are out of range.</source>
        <translation>价目中的重量超出范围。</translation>
    </message>
    <message>
        <source>The tariff prices are out of range.</source>
        <translation>价目中的价格超出范围。</translation>
    </message>
    <message>
        <source>The volume divisor must be 1000 to 20000.</source>
        <translation>体积重系数应为1000到20000。</translation>
    </message>
    <message>
        <source>The dates of the tariff are not valid.</source>
        <translation>资费的日期无效。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money. Type it like 12.50.</source>
        <translation>“{text}”不是有效金额，请按 12.50 的格式输入。</translation>
    </message>
    <message>
        <source>The amount “{text}” is too large.</source>
        <translation>金额“{text}”过大。</translation>
    </message>
    <message>
        <source>“{text}” is not a weight. Type it like 1.25 kg or 800 g.</source>
        <translation>“{text}”不是有效重量，请按 1.25 kg 或 800 g 的格式输入。</translation>
    </message>
    <message>
        <source>The weight “{text}” is too large.</source>
        <translation>重量“{text}”过大。</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number. Type 11 digits, a masked number like 138****5678, or the last 4 digits.</source>
        <translation>“{text}”不是有效的电话号码。请输入 11 位号码、138****5678 这样的隐私号码，或后 4 位。</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most {max} characters).</source>
        <translation>姓名太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>The name “{text}” contains digits or symbols.</source>
        <translation>姓名“{text}”中含有数字或符号。</translation>
    </message>
    <message>
        <source>“{text}” is only the last 4 digits. A person needs a full or masked phone number.</source>
        <translation>“{text}”只是后 4 位。登记人员需要完整号码或隐私号码。</translation>
    </message>
    <message>
        <source>A person can have at most {max} phone numbers.</source>
        <translation>每人最多登记 {max} 个电话号码。</translation>
    </message>
    <message>
        <source>The village or group name is too long (at most {max} characters).</source>
        <translation>村名或村民小组名称太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>The notes are too long (at most {max} characters).</source>
        <translation>备注太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>This person was not found. They may have been merged into another record.</source>
        <translation>找不到此人，可能已合并到另一条记录。</translation>
    </message>
    <message>
        <source>A person with the same phone or name already exists.</source>
        <translation>已有相同电话或姓名的人员。</translation>
    </message>
    <message>
        <source>The household this person should join does not exist.</source>
        <translation>要加入的户不存在。</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>请选择两个不同的人员进行合并。</translation>
    </message>
    <message>
        <source>One of these records has already been merged.</source>
        <translation>其中一条记录已经合并过。</translation>
    </message>
    <message>
        <source>This operator does not exist or is no longer active.</source>
        <translation>该操作员不存在或已停用。</translation>
    </message>
    <message>
        <source>Wrong PIN. {remaining} attempts left before this operator is locked for 5 minutes.</source>
        <translation>密码错误。再错 {remaining} 次，该操作员将被锁定 5 分钟。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This operator is locked; try again in {minutes} minutes.</source>
        <translation>密码错误次数过多，该操作员已被锁定，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 6 digits.</source>
        <translation>密码必须是 4 到 6 位数字。</translation>
    </message>
    <message>
        <source>The PIN must not be the same digit repeated.</source>
        <translation>密码不能是同一个数字重复。</translation>
    </message>
    <message>
        <source>The two PINs are different. Please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>The last shopkeeper cannot be deactivated.</source>
        <translation>不能停用最后一位站长。</translation>
    </message>
    <message>
        <source>Please type the station's name.</source>
        <translation>请输入服务站名称。</translation>
    </message>
    <message>
        <source>The station's name is too long (at most {max} characters).</source>
        <translation>服务站名称太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <source>The station code “{text}” is not valid: use 2 to 20 letters, digits or dashes, like HX-001.</source>
        <translation>站点编码“{text}”无效：请使用 2 到 20 个字母、数字或短横线，例如 HX-001。</translation>
    </message>
    <message>
        <source>The paper width must be 58 mm or 80 mm.</source>
        <translation>纸宽必须是 58 毫米或 80 毫米。</translation>
    </message>
    <message>
        <source>This station has already been set up.</source>
        <translation>本站已经设置过了。</translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation>金额无效。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>A mobile or bank payment needs its transaction number.</source>
        <translation>移动支付或银行转账需要填写交易单号。</translation>
    </message>
    <message>
        <source>The transaction number is too long (at most {max} characters).</source>
        <translation>交易单号太长（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>Corrections are made by reversing the wrong entry.</source>
        <translation>更正须通过冲销错误的记录来完成。</translation>
    </message>
    <message>
        <source>Please give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <source>This ledger entry does not exist.</source>
        <translation>该账目不存在。</translation>
    </message>
    <message>
        <source>A correction cannot itself be reversed.</source>
        <translation>冲销记录本身不能再冲销。</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>该账目已经冲销过。</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to. Check its permissions or start with --home pointing elsewhere.</source>
        <translation>数据文件夹 {path} 无法写入。请检查权限，或用 --home 指定其他文件夹启动。</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Nothing was changed. Check the file's permissions.</source>
        <translation>数据库 {path} 是只读的，未做任何修改。请检查文件权限。</translation>
    </message>
    <message>
        <source>The database is in use by another program (perhaps the station program is already open). Close it and start again.</source>
        <translation>数据库正被另一个程序使用（可能村站程序已经打开）。请关闭后重新启动。</translation>
    </message>
    <message>
        <source>The database {path} is damaged and was not opened. Nothing was changed. Restore a backup from the backups folder.</source>
        <translation>数据库 {path} 已损坏，未打开，也未做任何修改。请从备份文件夹恢复备份。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program. Nothing was changed. Please install the newer version.</source>
        <translation>该数据库由更新版本的程序写入，未做任何修改。请安装新版本。</translation>
    </message>
    <message>
        <source>Upgrading the database failed; the copy taken before the upgrade was put back. Nothing was lost.</source>
        <translation>数据库升级失败，已恢复升级前的副本，没有丢失任何数据。</translation>
    </message>
    <message>
        <source>The device is not connected. Check its cable and power; the program reconnects by itself.</source>
        <translation>设备未连接。请检查连线和电源，程序会自动重连。</translation>
    </message>
    <message>
        <source>Sending to the device failed; it may have been unplugged.</source>
        <translation>发送到设备失败，设备可能已被拔出。</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>设备没有及时响应。</translation>
    </message>
    <message>
        <source>The device has been stopped.</source>
        <translation>设备已停止。</translation>
    </message>
    <message>
        <source>{url} is in use by a configured device; remove it first to detect the model.</source>
        <translation>{url} 正被已配置的设备使用；请先移除该设备再识别型号。</translation>
    </message>
    <message>
        <source>Choose or type the port the device is connected to.</source>
        <translation>请选择或输入设备所连接的端口。</translation>
    </message>
    <message>
        <source>This model does not fit that device role.</source>
        <translation>该型号不适用于此类设备。</translation>
    </message>
    <message>
        <source>Unknown device model.</source>
        <translation>未知的设备型号。</translation>
    </message>
    <message>
        <source>Unknown device role.</source>
        <translation>未知的设备类型。</translation>
    </message>
    <message>
        <source>This model is not connected through a serial port.</source>
        <translation>该型号不通过串口连接。</translation>
    </message>
    <message>
        <source>This device does not support that command.</source>
        <translation>该设备不支持此指令。</translation>
    </message>
    <message>
        <source>SMS not sent: there is no SIM card in the modem.</source>
        <translation>短信未发出：短信猫中没有 SIM 卡。</translation>
    </message>
    <message>
        <source>SMS not sent: the SIM card asks for its PIN.</source>
        <translation>短信未发出：SIM 卡需要输入 PIN 码。</translation>
    </message>
    <message>
        <source>SMS not sent: the SIM card is busy; try again.</source>
        <translation>短信未发出：SIM 卡忙，请重试。</translation>
    </message>
    <message>
        <source>SMS not sent: the modem has no mobile network.</source>
        <translation>短信未发出：短信猫没有移动网络信号。</translation>
    </message>
    <message>
        <source>SMS not sent: the network did not answer in time.</source>
        <translation>短信未发出：网络没有及时响应。</translation>
    </message>
    <message>
        <source>SMS not sent: the network is busy; try again later.</source>
        <translation>短信未发出：网络繁忙，请稍后再试。</translation>
    </message>
    <message>
        <source>SMS not sent: the phone number is not valid.</source>
        <translation>短信未发出：手机号码无效。</translation>
    </message>
    <message>
        <source>SMS not sent: sending is barred on this SIM card.</source>
        <translation>短信未发出：此 SIM 卡被禁止发送短信。</translation>
    </message>
    <message>
        <source>SMS not sent: the network rejected the message.</source>
        <translation>短信未发出：网络拒绝了该短信。</translation>
    </message>
    <message>
        <source>SMS not sent: the SIM card has no SMS centre number.</source>
        <translation>短信未发出：SIM 卡没有短信中心号码。</translation>
    </message>
    <message>
        <source>SMS not sent: the modem does not support this.</source>
        <translation>短信未发出：短信猫不支持此功能。</translation>
    </message>
    <message>
        <source>SMS not sent: the modem does not answer.</source>
        <translation>短信未发出：短信猫没有响应。</translation>
    </message>
    <message>
        <source>SMS not sent: the modem's port is not available.</source>
        <translation>短信未发出：短信猫的端口不可用。</translation>
    </message>
    <message>
        <source>SMS not sent: no modem is set up and the station is not connected to a hub.</source>
        <translation>短信未发出：没有设置短信猫，本站也未连接乡镇中心。</translation>
    </message>
    <message>
        <source>SMS not sent: the message is empty.</source>
        <translation>短信未发出：内容为空。</translation>
    </message>
    <message>
        <source>Line {line}: please type what to buy.</source>
        <translation>第{line}行：请填写要买的商品。</translation>
    </message>
    <message>
        <source>Line {line}: the item name is too long (at most {max} characters).</source>
        <translation>第{line}行：商品名称太长（最多{max}个字）。</translation>
    </message>
    <message>
        <source>Line {line}: choose the shopping platform.</source>
        <translation>第{line}行：请选择购物平台。</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be a whole number from 1 to {max}.</source>
        <translation>第{line}行：数量必须是1到{max}之间的整数。</translation>
    </message>
    <message>
        <source>Line {line}: the unit price must be more than zero and at most ￥{max}.</source>
        <translation>第{line}行：单价必须大于零且不超过￥{max}。</translation>
    </message>
    <message>
        <source>Line {line}: the link or the size/colour text is too long (at most {max} characters).</source>
        <translation>第{line}行：链接或尺码颜色太长（最多{max}个字）。</translation>
    </message>
    <message>
        <source>The order has no items. Add at least one thing to buy.</source>
        <translation>订单里没有商品，请至少添加一件。</translation>
    </message>
    <message>
        <source>An order can have at most {max} items; make a second order.</source>
        <translation>一个订单最多{max}件商品，请另开一单。</translation>
    </message>
    <message>
        <source>The shipping cost must be between ￥0 and ￥{max}.</source>
        <translation>运费必须在￥0到￥{max}之间。</translation>
    </message>
    <message>
        <source>The order total is more than ￥{max}. Check the prices and quantities.</source>
        <translation>订单合计超过￥{max}，请检查单价和数量。</translation>
    </message>
    <message>
        <source>“{text}” is not a platform order number. Type or scan the number shown in the shopping app.</source>
        <translation>“{text}”不是平台订单号。请输入或扫描购物App里显示的订单号。</translation>
    </message>
    <message>
        <source>The platform order number {text} is already recorded on this order.</source>
        <translation>平台订单号 {text} 已记录在本订单上。</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>This step does not fit the order's current state. Check the order's history.</source>
        <translation>订单当前状态不能做这一步，请查看订单记录。</translation>
    </message>
    <message>
        <source>The deposit must be zero or more.</source>
        <translation>定金不能是负数。</translation>
    </message>
    <message>
        <source>The deposit is more than the order needs: the total is {total_text} and at most {due_text} is still due.</source>
        <translation>定金超过了订单所需：合计 {total_text}，最多还应收 {due_text}。</translation>
    </message>
    <message>
        <source>The goods can only be handed over with the balance: collect {due_text}.</source>
        <translation>收齐尾款才能交货：请收 {due_text}。</translation>
    </message>
    <message>
        <source>That is more than the balance. Collect exactly {due_text} and give change.</source>
        <translation>超过了尾款。请按 {due_text} 收款并找零。</translation>
    </message>
    <message>
        <source>The refund must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <source>The refund is more than the villager paid for this order ({paid_text}).</source>
        <translation>退款超过了村民为本订单付的钱（{paid_text}）。</translation>
    </message>
    <message>
        <source>The commission amount is not valid.</source>
        <translation>佣金金额无效。</translation>
    </message>
    <message>
        <source>This service fee rule is not valid: check the amounts and the tiers' order.</source>
        <translation>服务费规则无效：请检查金额和档位顺序。</translation>
    </message>
    <message>
        <source>No agent purchase order was found.</source>
        <translation>没有找到代购订单。</translation>
    </message>
    <message>
        <source>The tracking number {text} is already on this order.</source>
        <translation>快递单号 {text} 已在本订单上。</translation>
    </message>
    <message>
        <source>The tracking number {text} already belongs to order {order_no}.</source>
        <translation>快递单号 {text} 已属于订单 {order_no}。</translation>
    </message>
    <message>
        <source>Choose return or exchange.</source>
        <translation>请选择退货或换货。</translation>
    </message>
    <message>
        <source>Choose the operator who takes over the drawer.</source>
        <translation>请选择接班的操作员。</translation>
    </message>
    <message>
        <source>A shift is handed over to another operator, not to yourself.</source>
        <translation>交班要交给另一位操作员，不能交给自己。</translation>
    </message>
    <message>
        <source>The day {date} is already closed. Later money is recorded as late and counted at the next close.</source>
        <translation>{date} 已日结。之后的收支记为补录，在下次结账时计入。</translation>
    </message>
    <message>
        <source>Type the cash counted in the drawer, like 1250.50.</source>
        <translation>请输入钱箱里清点的现金，例如 1250.50。</translation>
    </message>
    <message>
        <source>This day close does not exist.</source>
        <translation>该结账记录不存在。</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage. Type it like 3 or 2.5.</source>
        <translation>“{text}”不是百分比。请输入例如 3 或 2.5。</translation>
    </message>
    <message>
        <source>Tier {line}: type both the order amount and the fee.</source>
        <translation>第 {line} 档：请同时填写订单金额和服务费。</translation>
    </message>
    <message>
        <source>PDF files cannot be made on this PC. Nothing was saved.</source>
        <translation>这台电脑无法生成 PDF 文件。未保存任何内容。</translation>
    </message>
    <message>
        <source>The file could not be written to {folder}. Check the disk and the folder's permissions.</source>
        <translation>无法写入文件到 {folder}。请检查磁盘和文件夹权限。</translation>
    </message>
    <message>
        <source>This print job is damaged or from a newer version and cannot be printed.</source>
        <translation>该打印任务已损坏或来自更新的版本，无法打印。</translation>
    </message>
    <message>
        <source>This print job does not exist.</source>
        <translation>该打印任务不存在。</translation>
    </message>
    <message>
        <source>the hub cannot be reached (no network?); the records wait on this PC and go when the network is back</source>
        <translation>连不上乡镇中心（没有网络？）；记录保存在本机，网络恢复后自动上传</translation>
    </message>
    <message>
        <source>this station is not connected to a hub yet</source>
        <translation>本站尚未连接乡镇中心</translation>
    </message>
    <message>
        <source>the hub has revoked this station's key; ask the supervisor</source>
        <translation>乡镇中心已吊销本站密钥，请联系督导</translation>
    </message>
    <message>
        <source>the hub did not accept this station's signature; ask the supervisor</source>
        <translation>乡镇中心不接受本站签名，请联系督导</translation>
    </message>
    <message>
        <source>the hub needs a newer version of this program; records are kept until then</source>
        <translation>乡镇中心需要更新版本的程序；在此之前记录会保留</translation>
    </message>
    <message>
        <source>the hub is busy; trying again shortly</source>
        <translation>乡镇中心繁忙，稍后重试</translation>
    </message>
    <message>
        <source>the hub reported an error; trying again shortly</source>
        <translation>乡镇中心报错，稍后重试</translation>
    </message>
    <message>
        <source>an answer that was not the hub's (a Wi-Fi login page?); nothing was marked as sent</source>
        <translation>收到的不是乡镇中心的应答（Wi-Fi 登录页？）；没有记录被标记为已发送</translation>
    </message>
    <message>
        <source>an unreadable answer from the hub; trying again</source>
        <translation>乡镇中心的应答无法读取，正在重试</translation>
    </message>
    <message>
        <source>an answer that does not match the request; trying again</source>
        <translation>应答与请求不符，正在重试</translation>
    </message>
    <message>
        <source>training data is never sent to the hub</source>
        <translation>培训数据从不发送到乡镇中心</translation>
    </message>
    <message>
        <source>The hub refused this enrolment code (used or expired?). Ask the supervisor for a new one.</source>
        <translation>乡镇中心拒绝了这个注册码（已用过或过期？）。请向督导要一个新的。</translation>
    </message>
    <message>
        <source>The server at that address is not the hub in the code. Nothing was changed.</source>
        <translation>该地址的服务器不是注册码中的乡镇中心，未做任何更改。</translation>
    </message>
    <message>
        <source>this database was copied or restored; its new records are sent separately, nothing is lost</source>
        <translation>此数据库是复制或恢复的；新记录单独上传，不会丢失</translation>
    </message>
    <message>
        <source>That file is not an answer from the hub for this station.</source>
        <translation>该文件不是乡镇中心给本站的回执。</translation>
    </message>
    <message>
        <source>That is not an enrolment code. Scan the QR code on the hub's page again.</source>
        <translation>这不是注册码。请重新扫描乡镇中心页面上的二维码。</translation>
    </message>
    <message>
        <source>Parcel {pickup_code} is agent purchase {order_no}: {balance} is still due. Take it on the purchases page (F4, scan the order QR); nothing was handed over.</source>
        <translation>包裹 {pickup_code} 是代购订单 {order_no}：还欠 {balance}。请在代购页面（F4，扫订单二维码）收款；本次未出库任何包裹。</translation>
    </message>
    <message>
        <source>This backup cannot be read or is not a station database.</source>
        <translation>无法读取此备份，或它不是村站数据库。</translation>
    </message>
    <message>
        <source>Something went wrong ({code}). Nothing was saved.</source>
        <translation>出现问题（{code}），未保存任何内容。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was saved. Details are in the log.</source>
        <translation>发生意外错误，未保存任何内容。详情见日志。</translation>
    </message>
</context>
<context>
    <name>FiguresHeader</name>
    <message>
        <source>Today in {taken_in} · out {handed_over} · waiting {waiting} · overdue {overdue}</source>
        <translation>今日入库 {taken_in} · 出库 {handed_over} · 在库 {waiting} · 滞留 {overdue}</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Parcel pickup</source>
        <translation>取件出库</translation>
    </message>
    <message>
        <source>Pickup code, last 4 digits of the phone, or the waybill</source>
        <translation>取件码、手机后4位或运单号</translation>
    </message>
    <message>
        <source>Whole household (Ctrl+H)</source>
        <translation>全家包裹 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Picked up by someone else: their name</source>
        <translation>代取人姓名（本人取件不填）</translation>
    </message>
    <message>
        <source>Signature or photo file (optional)</source>
        <translation>签名或照片文件（可选）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <source>Waive the fee</source>
        <translation>免收保管费</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Undo last handover</source>
        <translation>撤销上一次出库</translation>
    </message>
    <message>
        <source>Hand over (F12)</source>
        <translation>出库 (F12)</translation>
    </message>
    <message>
        <source>Close the open window first; the scan “{code}” was not used.</source>
        <translation>请先关闭打开的窗口；扫描的“{code}”未使用。</translation>
    </message>
    <message>
        <source>Several people match: confirm the name</source>
        <translation>有多人匹配：请核对姓名</translation>
    </message>
    <message>
        <source>recipient unknown</source>
        <translation>收件人未知</translation>
    </message>
    <message>
        <source>{name}: {n} parcels waiting</source>
        <translation>{name}：{n} 件待取</translation>
    </message>
    <message>
        <source>Storage fee: {fee}</source>
        <translation>保管费：{fee}</translation>
    </message>
    <message>
        <source>Signature or photo</source>
        <translation>签名或照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Find the parcels first (code, phone last 4 or waybill).</source>
        <translation>请先查找包裹（取件码、手机后4位或运单号）。</translation>
    </message>
    <message>
        <source>Handed over {n}: {codes}</source>
        <translation>已出库 {n} 件：{codes}</translation>
    </message>
    <message>
        <source> · fee {fee} received</source>
        <translation> · 已收保管费 {fee}</translation>
    </message>
    <message>
        <source>There is no handover to undo in this session.</source>
        <translation>本次没有可撤销的出库。</translation>
    </message>
    <message>
        <source>Handover undone: the parcels are back on the shelf and the storage fee {fee} is paid back (a correcting entry in the ledger).</source>
        <translation>已撤销取件：包裹已放回货架，保管费 {fee} 已退还（账本中记一笔冲正）。</translation>
    </message>
    <message>
        <source>Handover undone: the parcels are back on the shelf.</source>
        <translation>出库已撤销：包裹已回到货架。</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>Sync: not connected to a hub yet · {n} records waiting</source>
        <translation>同步：尚未连接乡镇中心 · {n} 条记录待上传</translation>
    </message>
    <message>
        <source>Sync: problem — {reason}</source>
        <translation>同步：有问题 —— {reason}</translation>
    </message>
    <message>
        <source>Sync: uploading {sent}/{total}</source>
        <translation>同步：正在上传 {sent}/{total}</translation>
    </message>
    <message>
        <source>Sync: sending…</source>
        <translation>同步：正在发送…</translation>
    </message>
    <message>
        <source>Sync: connected</source>
        <translation>同步：已连接</translation>
    </message>
    <message>
        <source>last success {time}</source>
        <translation>上次成功 {time}</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} 条待上传</translation>
    </message>
    <message>
        <source>{n} held back</source>
        <translation>{n} 条暂扣</translation>
    </message>
    <message>
        <source>All {total} waiting records were sent.</source>
        <translation>待上传的 {total} 条记录已全部发送。</translation>
    </message>
    <message>
        <source>working out the time left</source>
        <translation>正在估算剩余时间</translation>
    </message>
    <message>
        <source>under a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>约剩 {n} 分钟</translation>
    </message>
    <message>
        <source>{sent} of {total} records sent · {rate} per second · {left}</source>
        <translation>已发送 {sent}/{total} 条 · 每秒 {rate} 条 · {left}</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Training mode never sends anything to the hub.</source>
        <translation>培训模式从不向乡镇中心发送任何数据。</translation>
    </message>
    <message>
        <source>Connect to the township hub</source>
        <translation>连接乡镇中心</translation>
    </message>
    <message>
        <source>Scan the enrolment QR code shown on the hub's supervisor page (or paste its text), then press “Connect”.</source>
        <translation>扫描乡镇中心督导页面上的注册二维码（或粘贴其文字），然后按“连接”。</translation>
    </message>
    <message>
        <source>enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>乡镇中心</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send held-back records again</source>
        <translation>重新发送暂扣的记录</translation>
    </message>
    <message>
        <source>Rotate station key</source>
        <translation>更换站点密钥</translation>
    </message>
    <message>
        <source>Yes, give this station a new key</source>
        <translation>确定，更换站点密钥</translation>
    </message>
    <message>
        <source>Catching up with the hub</source>
        <translation>正在向乡镇中心补传</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No network: carry the records on a USB stick</source>
        <translation>没有网络：用U盘带记录</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>写入文件</translation>
    </message>
    <message>
        <source>the hub's answer file from the USB stick</source>
        <translation>U盘里乡镇中心的回执文件</translation>
    </message>
    <message>
        <source>Read the answer</source>
        <translation>读取回执</translation>
    </message>
    <message>
        <source>Records to the hub</source>
        <translation>交给乡镇中心的记录</translation>
    </message>
    <message>
        <source>Answer from the hub</source>
        <translation>乡镇中心的回执</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Scan or paste the enrolment code first.</source>
        <translation>请先扫描或粘贴注册码。</translation>
    </message>
    <message>
        <source>Connected to {hub}. Records now go to the hub by themselves.</source>
        <translation>已连接到 {hub}。记录会自动上传到乡镇中心。</translation>
    </message>
    <message>
        <source>{n} records queued again.</source>
        <translation>已重新排队 {n} 条记录。</translation>
    </message>
    <message>
        <source>{n} records written to {path}. Take the file to the hub.</source>
        <translation>已将 {n} 条记录写入 {path}。请把文件带到乡镇中心。</translation>
    </message>
    <message>
        <source>The hub confirmed {n} records.</source>
        <translation>乡镇中心确认了 {n} 条记录。</translation>
    </message>
    <message>
        <source>The hub will hold a new key for this station and refuse the old one. Press “Yes, give this station a new key” to go on.</source>
        <translation>乡镇中心将为本站保存新的密钥，旧密钥随即作废。请按“确定，更换站点密钥”继续。</translation>
    </message>
    <message>
        <source>This station has a new key. The hub accepts only the new key now.</source>
        <translation>本站已换用新密钥，乡镇中心现在只接受新密钥。</translation>
    </message>
    <message>
        <source>The hub has stopped accepting this station, so its key cannot be replaced from here. Everything recorded stays on this PC; ask the supervisor to re-admit the station.</source>
        <translation>乡镇中心已停用本站，无法在这里更换密钥。所有记录都保存在这台电脑上；请联系乡镇督导重新启用本站。</translation>
    </message>
    <message>
        <source>The key was not replaced: {reason}</source>
        <translation>密钥未更换：{reason}</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Parcel intake</source>
        <translation>收件入库</translation>
    </message>
    <message>
        <source>Scan the waybill (or type it and press Enter)</source>
        <translation>扫描运单号（或输入后按回车）</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Batch: each scan is taken in at once (Ctrl+B)</source>
        <translation>连续入库：每扫一件直接入库（Ctrl+B）</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>F11: next guess</source>
        <translation>F11：换下一个快递公司</translation>
    </message>
    <message>
        <source>Last 4 digits, 138****5678 or the full number</source>
        <translation>手机后4位、138****5678 或完整号码</translation>
    </message>
    <message>
        <source>Name on the waybill (optional)</source>
        <translation>面单上的姓名（可不填）</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>New person (Ctrl+N)</source>
        <translation>新建人员 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print a shelf sticker</source>
        <translation>打印货架标签</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>The parcels taken in this session are listed here, newest first.</source>
        <translation>本次入库的包裹列在这里，最新的在最上面。</translation>
    </message>
    <message>
        <source>Undo selected intake (Ctrl+Z)</source>
        <translation>撤销选中的入库 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close the open window first; the scan “{code}” was not used.</source>
        <translation>请先关闭打开的窗口；扫描的“{code}”未使用。</translation>
    </message>
    <message>
        <source>{waybill} — type the recipient's phone, then Enter</source>
        <translation>{waybill} — 请输入收件人手机号，然后按回车</translation>
    </message>
    <message>
        <source>Carrier changed to {carrier}.</source>
        <translation>快递公司已改为{carrier}。</translation>
    </message>
    <message>
        <source>no stable weight</source>
        <translation>无稳定重量</translation>
    </message>
    <message>
        <source>recipient to be completed {who}</source>
        <translation>收件人待补全 {who}</translation>
    </message>
    <message>
        <source> · purchase order {order} arrived</source>
        <translation> · 代购订单 {order} 已到货</translation>
    </message>
    <message>
        <source>{n} taken in this session</source>
        <translation>本次已入库 {n} 件</translation>
    </message>
    <message>
        <source>{waybill} was not taken in; scan it again.</source>
        <translation>{waybill} 没有入库成功，请重新扫描。</translation>
    </message>
    <message>
        <source>Scan it again to take it in anyway.</source>
        <translation>如确要入库，请再扫一次。</translation>
    </message>
    <message>
        <source>Select the parcel to undo in the list.</source>
        <translation>请在列表中选中要撤销的包裹。</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Intake of {waybill} undone; code {code} is free again.</source>
        <translation>{waybill} 的入库已撤销，取件码 {code} 已释放。</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Village Station</source>
        <translation>村站</translation>
    </message>
    <message>
        <source>TRAINING MODE — practice data, simulated devices, nothing is sent to the hub</source>
        <translation>培训模式 —— 练习数据、模拟设备，不会上传到乡镇中心</translation>
    </message>
    <message>
        <source>Opening the station database…</source>
        <translation>正在打开服务站数据库…</translation>
    </message>
    <message>
        <source>Devices: none configured</source>
        <translation>设备：未配置</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Operator: {name} ({role})</source>
        <translation>操作员：{name}（{role}）</translation>
    </message>
    <message>
        <source>Devices: {list}</source>
        <translation>设备：{list}</translation>
    </message>
    <message>
        <source>Sync: off in training mode</source>
        <translation>同步：培训模式下关闭</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>合并两条记录</translation>
    </message>
    <message>
        <source>Which record should be kept? Phones and everything recorded for the other one move to it.</source>
        <translation>保留哪一条记录？另一条的电话和所有业务记录都会转到保留的记录上。</translation>
    </message>
</context>
<context>
    <name>ParcelSettingsDialog</name>
    <message>
        <source>Parcel settings</source>
        <translation>快递设置</translation>
    </message>
    <message>
        <source>Shelves and codes</source>
        <translation>货架与取件码</translation>
    </message>
    <message>
        <source>Notices and fees</source>
        <translation>通知与收费</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>运费价目</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Parcels per tier</source>
        <translation>每层件数</translation>
    </message>
    <message>
        <source>Add shelf</source>
        <translation>添加货架</translation>
    </message>
    <message>
        <source>Remove selected shelf</source>
        <translation>删除选中的货架</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Serial digits</source>
        <translation>序号位数</translation>
    </message>
    <message>
        <source>A freed code rests for</source>
        <translation>取件码释放后停用</translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>催取时间（天）</translation>
    </message>
    <message>
        <source>Overdue after (days)</source>
        <translation>超过几天算滞留</translation>
    </message>
    <message>
        <source>Free storage (days)</source>
        <translation>免费保管（天）</translation>
    </message>
    <message>
        <source>Fee per day after that (0 = none)</source>
        <translation>之后每天保管费（0 = 不收）</translation>
    </message>
    <message>
        <source>Fee at most</source>
        <translation>保管费上限</translation>
    </message>
    <message>
        <source>Station's province</source>
        <translation>本站所在省份</translation>
    </message>
    <message>
        <source>Arrival SMS</source>
        <translation>到件短信</translation>
    </message>
    <message>
        <source>Arrival SMS, several parcels</source>
        <translation>多件到件短信</translation>
    </message>
    <message>
        <source>Reminder SMS</source>
        <translation>催取短信</translation>
    </message>
    <message>
        <source>Purchase arrived SMS</source>
        <translation>代购到货短信</translation>
    </message>
    <message>
        <source>Set by the township hub for every station.</source>
        <translation>由乡镇中心统一设置，各站不能修改。</translation>
    </message>
    <message>
        <source>Greyed-out settings are set by the township hub for every station.</source>
        <translation>灰色的项目由乡镇中心为各站统一设置，这里不能修改。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>First weight</source>
        <translation>首重</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>续重</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>Same province</source>
        <translation>省内</translation>
    </message>
    <message>
        <source>Other provinces</source>
        <translation>省外</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>偏远地区</translation>
    </message>
    <message>
        <source>First kg price</source>
        <translation>首重1公斤价格</translation>
    </message>
    <message>
        <source>Each further kg</source>
        <translation>每续重1公斤</translation>
    </message>
    <message>
        <source>Valid from (YYYY-MM-DD)</source>
        <translation>生效日期（年-月-日）</translation>
    </message>
    <message>
        <source>Add tariff</source>
        <translation>添加价目</translation>
    </message>
    <message>
        <source>Tariff saved.</source>
        <translation>价目已保存。</translation>
    </message>
</context>
<context>
    <name>ParcelsOverduePage</name>
    <message>
        <source>Overdue parcels and notices</source>
        <translation>滞留件与通知</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>全部快递公司</translation>
    </message>
    <message>
        <source>Parcel settings…</source>
        <translation>快递设置…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>保管费</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Extend hold 7 days</source>
        <translation>延期7天</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mark problem</source>
        <translation>登记问题件</translation>
    </message>
    <message>
        <source>Courier who takes the returns</source>
        <translation>取走退件的快递员</translation>
    </message>
    <message>
        <source>Return selected to carrier</source>
        <translation>选中的退回快递公司</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催取提醒</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>WeChat text</source>
        <translation>微信群文字</translation>
    </message>
    <message>
        <source>Arrival list</source>
        <translation>到件清单</translation>
    </message>
    <message>
        <source>Queue reminders for parcels 3 and 7 days old</source>
        <translation>为滞留3天和7天的包裹生成催取提醒</translation>
    </message>
    <message>
        <source>Send the queued SMS through the modem</source>
        <translation>通过短信猫发送待发短信</translation>
    </message>
    <message>
        <source>Copy the arrival list as text for the village WeChat group</source>
        <translation>复制到件清单文字，发到村微信群</translation>
    </message>
    <message>
        <source>Print the arrival list for the notice board</source>
        <translation>打印到件清单，贴在公告栏</translation>
    </message>
    <message>
        <source>Select one or more parcels in the list.</source>
        <translation>请在列表中选中一个或多个包裹。</translation>
    </message>
    <message>
        <source>Hold extended by 7 days.</source>
        <translation>已延期7天。</translation>
    </message>
    <message>
        <source>Problem recorded.</source>
        <translation>问题件已登记。</translation>
    </message>
    <message>
        <source>Returned to the carrier; the list for the courier is printing.</source>
        <translation>已退回快递公司；交接清单正在打印。</translation>
    </message>
    <message>
        <source>{n} reminders queued.</source>
        <translation>已生成 {n} 条催取提醒。</translation>
    </message>
    <message>
        <source>SMS sent: {sent}, failed: {failed}.</source>
        <translation>短信已发送 {sent} 条，失败 {failed} 条。</translation>
    </message>
    <message>
        <source>The WeChat text is on the clipboard: paste it into the village group. {n} recipients are recorded as told.</source>
        <translation>微信通知文字已复制，请粘贴到村群里。已记录通知 {n} 位收件人。</translation>
    </message>
    <message>
        <source>Arrival list sent to the printer.</source>
        <translation>到件清单已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>ParcelsStocktakePage</name>
    <message>
        <source>Stock-take</source>
        <translation>盘库</translation>
    </message>
    <message>
        <source>Shelf being scanned</source>
        <translation>正在盘的货架</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Start stock-take</source>
        <translation>开始盘库</translation>
    </message>
    <message>
        <source>Finish and compare</source>
        <translation>结束并核对</translation>
    </message>
    <message>
        <source>Scan each parcel's waybill or code sticker</source>
        <translation>逐件扫描运单号或取件码标签</translation>
    </message>
    <message>
        <source>Expected, not seen</source>
        <translation>应在未扫到</translation>
    </message>
    <message>
        <source>Seen, not on record</source>
        <translation>扫到但无记录</translation>
    </message>
    <message>
        <source>On the wrong shelf</source>
        <translation>放错货架</translation>
    </message>
    <message>
        <source>Close the open window first; the scan “{code}” was not used.</source>
        <translation>请先关闭打开的窗口；扫描的“{code}”未使用。</translation>
    </message>
    <message>
        <source>Press “Start stock-take” first.</source>
        <translation>请先按“开始盘库”。</translation>
    </message>
    <message>
        <source>{n} scanned</source>
        <translation>已扫 {n} 件</translation>
    </message>
    <message>
        <source>Stock-take started: scan every parcel.</source>
        <translation>盘库开始：请逐件扫描。</translation>
    </message>
    <message>
        <source>{code} belongs on {slot}, found on shelf {shelf}</source>
        <translation>{code} 应在 {slot}，却在 {shelf} 号货架</translation>
    </message>
    <message>
        <source>Expected {expected}, seen {seen}: {missing} missing, {unknown} unknown, {wrong} on the wrong shelf. The result is saved.</source>
        <translation>应有 {expected} 件，扫到 {seen} 件：缺 {missing} 件，无记录 {unknown} 件，放错货架 {wrong} 件。结果已保存。</translation>
    </message>
</context>
<context>
    <name>ParcelsTabs</name>
    <message>
        <source>Pickup</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>Overdue and notices</source>
        <translation>滞留与通知</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>盘库</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name, pinyin initials (zs), last 4 digits or full phone</source>
        <translation>姓名、拼音首字母（zs）、手机后4位或完整号码</translation>
    </message>
    <message>
        <source>New person (Ctrl+N)</source>
        <translation>新建人员 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>合并两条记录</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>找到 {n} 人</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>已保存：{name}</translation>
    </message>
    <message>
        <source>Select exactly two rows (hold Ctrl) to merge them.</source>
        <translation>请选中两行（按住 Ctrl）再合并。</translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation>已合并到 {name}。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>11 digits, or masked like 138****5678</source>
        <translation>11 位号码，或 138****5678 这样的隐私号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>第二个电话</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Possible duplicate: {people}. Check the list; press “Create anyway” if this is really a different person.</source>
        <translation>可能重复：{people}。请核对；如果确实是另一个人，请按“仍然新建”。</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>waiting: out of paper</source>
        <translation>等待：缺纸</translation>
    </message>
    <message>
        <source>waiting: cover open</source>
        <translation>等待：纸仓盖未关</translation>
    </message>
    <message>
        <source>waiting: printer offline</source>
        <translation>等待：打印机离线</translation>
    </message>
    <message>
        <source>waiting: printer not answering</source>
        <translation>等待：打印机无响应</translation>
    </message>
    <message>
        <source>waiting: no printer set up</source>
        <translation>等待：未设置打印机</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>PrintJobsPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Try waiting jobs now</source>
        <translation>立即重试等待中的任务</translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>已重新加入打印队列。</translation>
    </message>
    <message>
        <source>Only a waiting job can be cancelled.</source>
        <translation>只能取消等待中的任务。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Wrong station</source>
        <translation>错分（不是本站）</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
</context>
<context>
    <name>PurchaseActionDialog</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Transaction number of a mobile payment</source>
        <translation>移动支付的交易单号</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>支付单号</translation>
    </message>
</context>
<context>
    <name>PurchaseFeeDialog</name>
    <message>
        <source>Service fee for agent purchases</source>
        <translation>代购服务费</translation>
    </message>
    <message>
        <source>The fee is worked out on the goods plus shipping of each new order. Orders already taken keep their fee.</source>
        <translation>服务费按每个新订单的商品金额加运费计算。已下的订单保持原服务费。</translation>
    </message>
    <message>
        <source>Fixed fee per order</source>
        <translation>每单固定收费</translation>
    </message>
    <message>
        <source>Percentage with a floor and a ceiling</source>
        <translation>按比例收费（设最低和最高）</translation>
    </message>
    <message>
        <source>Tiers by order amount</source>
        <translation>按订单金额分档</translation>
    </message>
    <message>
        <source>Kind of fee</source>
        <translation>收费方式</translation>
    </message>
    <message>
        <source>In yuan, like 3.00</source>
        <translation>单位元，例如 3.00</translation>
    </message>
    <message>
        <source>Fee per order (yuan)</source>
        <translation>每单服务费（元）</translation>
    </message>
    <message>
        <source>Like 3 or 2.5</source>
        <translation>例如 3 或 2.5</translation>
    </message>
    <message>
        <source>Percentage of goods and shipping (%)</source>
        <translation>占商品加运费的比例（%）</translation>
    </message>
    <message>
        <source>Empty: no floor</source>
        <translation>留空：不设最低</translation>
    </message>
    <message>
        <source>At least (yuan)</source>
        <translation>最低（元）</translation>
    </message>
    <message>
        <source>Empty: no ceiling</source>
        <translation>留空：不设最高</translation>
    </message>
    <message>
        <source>At most (yuan)</source>
        <translation>最高（元）</translation>
    </message>
    <message>
        <source>Order amount up to (yuan)</source>
        <translation>订单金额不超过（元）</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>服务费（元）</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>添加一档</translation>
    </message>
    <message>
        <source>Remove the chosen tier</source>
        <translation>删除所选档位</translation>
    </message>
    <message>
        <source>Fee above the last tier (yuan)</source>
        <translation>超过最高档的服务费（元）</translation>
    </message>
    <message>
        <source>In force now: {rule}</source>
        <translation>当前规则：{rule}</translation>
    </message>
    <message>
        <source>{fee} per order</source>
        <translation>每单 {fee}</translation>
    </message>
    <message>
        <source>{percent}% of goods and shipping</source>
        <translation>商品加运费的 {percent}%</translation>
    </message>
    <message>
        <source>, at least {amount}</source>
        <translation>，最低 {amount}</translation>
    </message>
    <message>
        <source>, at most {amount}</source>
        <translation>，最高 {amount}</translation>
    </message>
    <message>
        <source>up to {limit}: {fee}</source>
        <translation>{limit} 以内：{fee}</translation>
    </message>
    <message>
        <source>above: {fee}</source>
        <translation>以上：{fee}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderDialog</name>
    <message>
        <source>New agent purchase</source>
        <translation>新建代购订单</translation>
    </message>
    <message>
        <source>Customer: name, pinyin initials or last 4 digits of the phone</source>
        <translation>顾客：姓名、拼音首字母或手机后4位</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>尚未选择顾客。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Link or product id</source>
        <translation>链接或商品编号</translation>
    </message>
    <message>
        <source>Size / colour</source>
        <translation>尺码 / 颜色</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <source>Shipping (yuan)</source>
        <translation>运费（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Deposit taken now (yuan)</source>
        <translation>现收定金（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Transaction number of a mobile payment</source>
        <translation>移动支付的交易单号</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>支付单号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>保存并打印小票</translation>
    </message>
    <message>
        <source>Customer: {name} {phones} {village}</source>
        <translation>顾客：{name} {phones} {village}</translation>
    </message>
    <message>
        <source>goods {goods} + shipping {shipping} + service fee {fee} = {total}</source>
        <translation>商品 {goods} + 运费 {shipping} + 服务费 {fee} = {total}</translation>
    </message>
    <message>
        <source>Choose the customer first (search above, or New person).</source>
        <translation>请先选择顾客（在上方搜索，或新建人员）。</translation>
    </message>
</context>
<context>
    <name>Purchases</name>
    <message>
        <source>Quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>Deposit taken</source>
        <translation>已收定金</translation>
    </message>
    <message>
        <source>Ordered online</source>
        <translation>已网上下单</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交货</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后中</translation>
    </message>
    <message>
        <source>Return sent</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已完结</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Purchase deposit</source>
        <translation>代购定金</translation>
    </message>
    <message>
        <source>Purchase balance</source>
        <translation>代购尾款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Storage fee</source>
        <translation>保管费</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>寄件运费</translation>
    </message>
    <message>
        <source>Farmer payout</source>
        <translation>农户货款</translation>
    </message>
    <message>
        <source>Produce sale</source>
        <translation>农产品销售</translation>
    </message>
    <message>
        <source>Cash taken out</source>
        <translation>现金取出</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>已建单</translation>
    </message>
    <message>
        <source>Tracking number added</source>
        <translation>已录快递单号</translation>
    </message>
    <message>
        <source>One parcel arrived</source>
        <translation>一个包裹已到</translation>
    </message>
    <message>
        <source>After-sales asked</source>
        <translation>申请售后</translation>
    </message>
    <message>
        <source>Commission expected</source>
        <translation>预计佣金</translation>
    </message>
    <message>
        <source>Commission received</source>
        <translation>已收佣金</translation>
    </message>
    <message>
        <source>Agent purchase</source>
        <translation>代购</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>应收尾款</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation>期初现金</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>流水笔数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Agent purchases</source>
        <translation>代购</translation>
    </message>
    <message>
        <source>Scan the order QR or a tracking number; or search a name, item or platform order number</source>
        <translation>扫订单二维码或快递单号；也可搜索姓名、商品或平台订单号</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成订单</translation>
    </message>
    <message>
        <source>Arrived, not collected</source>
        <translation>已到货未取</translation>
    </message>
    <message>
        <source>Deposit taken, not ordered for over a day</source>
        <translation>已收定金超过一天未下单</translation>
    </message>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation>新建订单 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Service fee…</source>
        <translation>服务费…</translation>
    </message>
    <message>
        <source>Commission report</source>
        <translation>佣金报表</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>应收尾款</translation>
    </message>
    <message>
        <source>Choose an order, or scan its QR code.</source>
        <translation>请选择订单，或扫描订单二维码。</translation>
    </message>
    <message>
        <source>Hand over, collect balance</source>
        <translation>交货并收尾款</translation>
    </message>
    <message>
        <source>Platform order no.</source>
        <translation>平台订单号</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Take deposit</source>
        <translation>收定金</translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation>退货 / 换货</translation>
    </message>
    <message>
        <source>Return parcel sent</source>
        <translation>退货已寄出</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>关闭订单</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>重打小票</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> 等{n}件</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}小时</translation>
    </message>
    <message>
        <source>No order matches “{text}”.</source>
        <translation>没有与“{text}”相符的订单。</translation>
    </message>
    <message>
        <source>Total {total} · paid {paid} · refunded {refunded}</source>
        <translation>合计 {total} · 已付 {paid} · 已退 {refunded}</translation>
    </message>
    <message>
        <source>Balance due: {due}</source>
        <translation>应收尾款：{due}</translation>
    </message>
    <message>
        <source>Platform orders: {numbers}</source>
        <translation>平台订单：{numbers}</translation>
    </message>
    <message>
        <source>Tracking: {numbers}</source>
        <translation>快递单号：{numbers}</translation>
    </message>
    <message>
        <source>Hand over {order}</source>
        <translation>交货 {order}</translation>
    </message>
    <message>
        <source>Collect the balance and give the goods.</source>
        <translation>收取尾款后交货。</translation>
    </message>
    <message>
        <source>Ordered online</source>
        <translation>已网上下单</translation>
    </message>
    <message>
        <source>Scan or type the platform's order number.</source>
        <translation>扫描或输入平台订单号。</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>The courier's waybill number of this order.</source>
        <translation>本订单的快递运单号。</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>退货或换货</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>The waybill of the parcel sent back.</source>
        <translation>退回包裹的运单号。</translation>
    </message>
    <message>
        <source>Return waybill</source>
        <translation>退货运单号</translation>
    </message>
    <message>
        <source>Money the platform refunded, given back to the villager.</source>
        <translation>平台退回的钱，退给村民。</translation>
    </message>
    <message>
        <source>Everything paid is given back.</source>
        <translation>已付款项全部退还。</translation>
    </message>
    <message>
        <source>Commission received</source>
        <translation>已收佣金</translation>
    </message>
    <message>
        <source>Commission paid by the platform for this order.</source>
        <translation>平台为本订单支付的佣金。</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>小票已发送到打印机。</translation>
    </message>
    <message>
        <source>Saved: {order} is now “{state}”.</source>
        <translation>已保存：{order} 现在是“{state}”。</translation>
    </message>
    <message>
        <source>Order {order} saved; the receipt is printing.</source>
        <translation>订单 {order} 已保存，正在打印小票。</translation>
    </message>
    <message>
        <source>Service fee saved: {rule}. It applies to new orders.</source>
        <translation>服务费已保存：{rule}。对新订单生效。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Shopkeeper</source>
        <translation>站长</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Print jobs</source>
        <translation>打印任务</translation>
    </message>
    <message>
        <source>Township hub</source>
        <translation>乡镇中心</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>小票纸宽</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN (4-6 digits)</source>
        <translation>密码（4-6 位数字）</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Operator {name} added.</source>
        <translation>已添加操作员 {name}。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A copy of the database is made every day and before every upgrade; the last 14 of each kind are kept.</source>
        <translation>每天以及每次升级前都会自动备份数据库；每类保留最近 14 份。</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Yes, restore it</source>
        <translation>确定恢复</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before a change</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>Backup taken.</source>
        <translation>已完成备份。</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>请先选择一个备份。</translation>
    </message>
    <message>
        <source>Restoring replaces everything recorded since that backup. A copy of today's database is kept first. Press “Yes, restore it” to go on.</source>
        <translation>恢复会替换该备份之后记录的所有内容。恢复前会先保存当前数据库的副本。按“确定恢复”继续。</translation>
    </message>
    <message>
        <source>Backup restored. Please log in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
    <message>
        <source>{mm} mm</source>
        <translation>{mm} 毫米</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome! Let us set up this station</source>
        <translation>欢迎！先来设置本服务站</translation>
    </message>
    <message>
        <source>This is asked only once. Everything can be changed later in Settings.</source>
        <translation>只需设置一次，以后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. Hexing Village Service Station</source>
        <translation>例如：和兴村电商服务站</translation>
    </message>
    <message>
        <source>e.g. HX-001</source>
        <translation>例如：HX-001</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>站点编码</translation>
    </message>
    <message>
        <source>Shopkeeper's name</source>
        <translation>站长姓名</translation>
    </message>
    <message>
        <source>PIN (4-6 digits)</source>
        <translation>密码（4-6 位数字）</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 毫米</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 毫米</translation>
    </message>
    <message>
        <source>Receipt paper width</source>
        <translation>小票纸宽</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>创建服务站</translation>
    </message>
    <message>
        <source>Creating the station…</source>
        <translation>正在创建服务站…</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Simulated devices</source>
        <translation>模拟设备</translation>
    </message>
    <message>
        <source>e.g. SF1234567890123</source>
        <translation>例如 SF1234567890123</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>e.g. 38.6 kg</source>
        <translation>例如 38.6 kg</translation>
    </message>
    <message>
        <source>Put on scale</source>
        <translation>放上秤</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <source>Printer out of paper</source>
        <translation>打印机缺纸</translation>
    </message>
    <message>
        <source>Modem without SIM card</source>
        <translation>短信猫没有 SIM 卡</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>最近的小票</translation>
    </message>
    <message>
        <source>Last label</source>
        <translation>最近的标签</translation>
    </message>
    <message>
        <source>The virtual printer's output appears here.</source>
        <translation>虚拟打印机打印的内容显示在这里。</translation>
    </message>
    <message>
        <source>Practice login: 培训员, PIN {pin}</source>
        <translation>练习登录：培训员，密码 {pin}</translation>
    </message>
    <message>
        <source>Reset training data</source>
        <translation>重置培训数据</translation>
    </message>
    <message>
        <source>Yes, start again from fresh demo data</source>
        <translation>确定，用新的演示数据重新开始</translation>
    </message>
    <message>
        <source>Scanned {code}</source>
        <translation>已扫码 {code}</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>还没有打印内容。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Parcel intake</source>
        <translation>收件入库</translation>
    </message>
    <message>
        <source>Scan a waybill to take a parcel in: carrier guessed, recipient matched, shelf slot and pickup code assigned, arrival notice queued.</source>
        <translation>扫描运单即可入库：自动识别快递公司、匹配收件人、分配货位和取件码，并生成到件通知。</translation>
    </message>
    <message>
        <source>Parcel pickup</source>
        <translation>取件出库</translation>
    </message>
    <message>
        <source>Scan or type a pickup code or the last 4 digits of a phone, see every waiting parcel of the person and hand several over at once.</source>
        <translation>扫描或输入取件码、手机后4位，查看此人所有待取包裹，一次交付多件。</translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation>寄件</translation>
    </message>
    <message>
        <source>Real-name sender record, open-box check, weight from the scale, price from the carrier's tariff, payment and receipt.</source>
        <translation>寄件人实名登记、开箱验视、电子秤称重、按快递资费计价、收款并打印小票。</translation>
    </message>
    <message>
        <source>Agent purchases</source>
        <translation>代购</translation>
    </message>
    <message>
        <source>Order goods online for villagers: quote, deposit, tracking, automatic match of the arriving parcel, handover with the balance.</source>
        <translation>为村民网上下单：报价、收定金、跟踪物流、到件自动匹配、交货时收尾款。</translation>
    </message>
    <message>
        <source>Farm produce</source>
        <translation>农产品</translation>
    </message>
    <message>
        <source>Weigh in farmers' produce, grade it, print lot labels with a trace QR code and compliance certificates, export listings.</source>
        <translation>农产品过磅、分级，打印带追溯二维码的批次标签和承诺达标合格证，导出商品上架表。</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Count the cash drawer against the ledger, see the difference and its causes, print the day report.</source>
        <translation>清点钱箱并与账目核对，查看差额及原因，打印日结报表。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Log out (Ctrl+L)</source>
        <translation>退出登录 (Ctrl+L)</translation>
    </message>
</context>
</TS>